/**
 * `dockgrade check`: flags in, one call into the grading pipeline (grader/pipeline/pipeline.ts), reports
 * and CI output out. `--watch` (watch-command.ts) and `--wait` (below) call the same pipeline.
 */
import { REPORTER_NAMES } from '../../reports/index.js';
import { withDeadline } from '../core/deadline.js';
import { secondsToMs } from './command-declaration.js';
import type { CheckArgs } from './commands/check-declaration.js';
import { ExitCode, UsageError } from '../core/errors.js';
import type { RunResult } from '../model/result-schema.js';
import { selectLater } from '../pipeline/catalog.js';
import { gradeSource, journalStage, loadStateEarly, type Catalog, type GradeStageOptions, type JournalStageOptions, type LoadedState } from '../pipeline/pipeline.js';
import { parseOutputTargets } from './report-outputs.js';
import { emitRun, exitCodeOf, warnTo } from './run-output.js';

export { emitRun, exitCodeOf, warnTo } from './run-output.js';

/** The grading stages' options for a `check` run. */
export function stageOptions(args: CheckArgs, catalog: Catalog, err: NodeJS.WritableStream, exercises = selectLater(catalog, (args.selectors ?? []).map(String))): GradeStageOptions & JournalStageOptions {
  return { catalog, exercises: exercises(), prefix: String(args.prefix), showSecrets: args.showSecrets, journal: args.journal, currentOnly: args.currentOnly, warn: warnTo(err) };
}

/** `--timeout`, `--wait` and `--interval` as milliseconds; a UsageError (exit 2) for a value that is none, or `--interval` alone. */
async function checkTimes(args: CheckArgs): Promise<{ timeoutMs: number; waitMs?: number; intervalMs?: number }> {
  if (args.interval !== undefined && args.wait === undefined) throw new UsageError('--interval needs --wait', 'add --wait 60s (or drop --interval)').inKorean('--interval은 --wait와 함께 씁니다', '--wait 60s를 더하세요 (또는 --interval을 빼세요)');
  const timeoutMs = secondsToMs(args.timeout, '--timeout');
  if (args.wait === undefined) return { timeoutMs };
  const { parseDuration } = await import('../core/duration.js');
  return { timeoutMs, waitMs: parseDuration(args.wait, '--wait'), intervalMs: args.interval === undefined ? undefined : parseDuration(args.interval, '--interval') };
}

/** `dockgrade check`: collect (or read) once, grade the selected exercises, render every requested report. */
export async function runCheck(args: CheckArgs, catalog: Catalog, out: NodeJS.WriteStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  // an empty --snapshot must never fall back to the live engine (a teacher's script with an unset variable)
  if (args.snapshot === '') throw new UsageError("--snapshot: the file name is empty ('')", 'name a snapshot file, or - to read it from standard input').inKorean("--snapshot: 파일 이름이 비어 있습니다 ('')", '상태 파일 이름을 쓰거나, 표준 입력에서 읽으려면 -를 쓰세요');
  const { timeoutMs, waitMs, intervalMs } = await checkTimes(args);
  if (catalog.course) {
    const { courseCheckCatalog } = await import('../course/course-check.js');
    catalog = courseCheckCatalog(catalog);
  }
  // A selector that names nothing, or a format that is none, is a usage error before any engine is asked
  const chosen = selectLater(catalog, (args.selectors ?? []).map(String));
  const targets = parseOutputTargets(([] as string[]).concat(args.format), args.output, REPORTER_NAMES);
  // One grading of a live engine: the engine is asked for what it reads, and then the exercises are built
  // while it answers (issue 25: the other core was idle for the ~5 ms a check of the chapter builds, and
  // then the engine's answers were waited for); their events are asked for once they are built.
  const source = { snapshotFile: args.snapshot, host: args.host, probes: args.probes, timeoutMs };
  let built: { resolve(exercises: GradeStageOptions['exercises']): void; reject(error: unknown): void } | undefined;
  const early = !args.snapshot && !args.watch && waitMs === undefined ? loadStateEarly(source, new Promise((resolve, reject) => (built = { resolve, reject }))) : undefined;
  if (early) await early.asked;
  let stages: ReturnType<typeof stageOptions>;
  try {
    stages = stageOptions(args, catalog, err, chosen);
  } catch (error) {
    built?.reject(error);
    throw error;
  }
  built?.resolve(stages.exercises);
  if (args.watch) {
    if (args.snapshot) throw new UsageError('--watch follows a live engine; it cannot watch a --snapshot file', 'drop --snapshot, or drop --watch').inKorean('--watch는 실제 엔진을 따라갑니다; --snapshot 파일은 지켜볼 수 없습니다', '--snapshot이나 --watch 가운데 하나를 빼세요');
    if (waitMs !== undefined) throw new UsageError('--wait and --watch do not go together', '--wait grades until everything passes; --watch keeps grading until Ctrl+C').inKorean('--wait와 --watch는 함께 쓸 수 없습니다', '--wait는 모두 통과할 때까지, --watch는 Ctrl+C까지 다시 채점합니다');
    const { runWatch } = await import('./watch-command.js');
    return runWatch(stages, targets, { host: args.host, timeoutMs, probes: args.probes, prefix: stages.prefix, lang: args.lang, debounceMs: args.debounce, color: args.color }, out, err);
  }
  let state: LoadedState | undefined;
  // the book's texts its earlier runs found clean of secrets (this build's, clean-texts.ts)
  const clean = catalog.id === 'book' ? (await import('../pipeline/clean-texts.js')).keepCleanTexts(catalog.publicWords) : undefined;
  // --timeout bounds each attempt as a whole; --wait bounds how long attempts go on.
  const gradeOnce = () =>
    withDeadline(timeoutMs, 'the run', async () => {
      const graded = await gradeSource(source, stages, early?.state);
      state = graded.state;
      return graded.run;
    });
  // While waiting, attempts are not journalled: only the run that is reported.
  let run = waitMs === undefined ? await gradeOnce() : await gradeWaiting(gradeOnce, { snapshot: args.snapshot, waitMs, intervalMs }, err);
  run = await journalStage(run, state!, stages);
  clean?.save();
  // A course's hidden checks are counted for the teacher, never shown to the student (grader/course/student-view.ts).
  // Its points scale applies to every format (grader/course/points-scale.ts).
  if (catalog.course) run = (await import('../course/course-run.js')).studentRun(run, catalog);
  if (args.deterministic) run = (await import('../pipeline/deterministic.js')).deterministicRun(run);
  await emitRun(run, targets, args.lang, out, args.color, catalog.publicWords);
  const { emitCiOutputs } = await import('./ci-output.js');
  const stdoutIsReport = targets.some((target) => target.file === undefined && target.format !== 'pretty');
  await emitCiOutputs(run, { lang: args.lang, env: process.env, stdoutIsReport, stdout: out, publicWords: catalog.publicWords });
  return exitCodeOf(run);
}

/** `--wait`: grades until every selected exercise passes or the time runs out; records how long. */
async function gradeWaiting(gradeOnce: () => Promise<RunResult>, options: { snapshot?: string; waitMs: number; intervalMs?: number }, err: NodeJS.WritableStream): Promise<RunResult> {
  if (options.snapshot) throw new UsageError('--wait needs a live engine; a snapshot file never changes', 'drop --wait or --snapshot').inKorean('--wait에는 실제 엔진이 필요합니다; 상태 파일은 바뀌지 않습니다', '--wait나 --snapshot 가운데 하나를 빼세요');
  const { waitUntil, DEFAULT_INTERVAL_MS } = await import('../core/wait.js');
  const { formatDuration } = await import('../core/duration.js');
  let lastNote = -Infinity;
  const { value, waited } = await waitUntil(gradeOnce, (run) => exitCodeOf(run) === ExitCode.Ok, {
    timeoutMs: options.waitMs ?? 0,
    intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS,
    // A progress line after the first attempt and then every 10 s, so a CI log shows what it waits for.
    onRetry: (attempts, elapsedMs) => {
      if (elapsedMs - lastNote < 10_000) return;
      lastNote = elapsedMs;
      err.write(`dockgrade: waiting for the state to pass (attempt ${attempts}, ${formatDuration(elapsedMs)} of ${formatDuration(options.waitMs ?? 0)})\n`);
    },
  });
  return { ...value, waited };
}
