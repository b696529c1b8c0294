/**
 * `dockgrade check`: flags in, one call into the grading pipeline (grader/pipeline/pipeline.ts), reports
 * and CI output out. `--watch` (watch-command.ts) and `--wait` (below) call the same pipeline.
 */
import { EXERCISES } from '../../exercises/index.js';
import { REPORTER_NAMES } from '../../reports/index.js';
import { selectExercises } from '../check/select.js';
import type { ExerciseDefinition } from '../check/types.js';
import { withDeadline } from '../core/deadline.js';
import { ExitCode, UsageError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { RunResult } from '../model/result-schema.js';
import { gradeSource, journalStage, type GradeStageOptions, type JournalStageOptions, type LoadedState } from '../pipeline/pipeline.js';
import { parseOutputTargets } from './report-outputs.js';
import { emitRun, exitCodeOf, warnTo } from './run-output.js';

export interface CheckOptions {
  selectors: string[];
  /** `FORMAT` or `FORMAT=FILE`, one or several (default pretty). */
  format: string | string[];
  output?: string;
  snapshot?: string;
  probes: boolean;
  lang: Lang;
  host?: string;
  prefix: string;
  /** Overall bound of the run (and of each engine request). */
  timeoutMs?: number;
  /** `--wait`: re-collect and re-grade until everything passes or this many ms have passed. */
  waitMs?: number;
  /** `--interval`: pause between attempts while waiting. */
  intervalMs?: number;
  /** `--deterministic`: sorted, no timestamps or machine details (see grader/pipeline/deterministic.ts). */
  deterministic?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Print secret-looking values in clear (default: masked everywhere). */
  showSecrets?: boolean;
  /** Record the run in the progress journal and show each exercise's history (default true). */
  journal?: boolean;
  /**
   * `--current-only`: grade the current state alone; an exercise that passed earlier (in the journal)
   * does not count. The history is still shown.
   */
  currentOnly?: boolean;
  /** Re-grade whenever the engine's state changes, until Ctrl+C. */
  watch?: boolean;
  /** `--color` / `--no-color`; undefined: decided by the terminal and the environment (options.ts). */
  color?: boolean;
  /** Quiet time after the last engine event before a re-grade (watch only). */
  debounceMs?: number;
}

export { emitRun, exitCodeOf, warnTo } from './run-output.js';

/** The grading stages' options for a `check` run. */
export function stageOptions(exercises: readonly ExerciseDefinition[], options: CheckOptions, err: NodeJS.WritableStream): GradeStageOptions & JournalStageOptions {
  return { exercises, prefix: options.prefix, showSecrets: options.showSecrets, journal: options.journal, currentOnly: options.currentOnly, warn: warnTo(err) };
}

/** `dockgrade check`: collect (or read) once, grade the selected exercises, render every requested report. */
export async function runCheck(options: CheckOptions, out: NodeJS.WriteStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const exercises = selectExercises(EXERCISES, options.selectors);
  const targets = parseOutputTargets(([] as string[]).concat(options.format), options.output, REPORTER_NAMES);
  if (options.watch) {
    if (options.snapshot) throw new UsageError('--watch follows a live engine; it cannot watch a --snapshot file', 'drop --snapshot, or drop --watch').inKorean('--watch는 실제 엔진을 따라갑니다; --snapshot 파일은 지켜볼 수 없습니다', '--snapshot이나 --watch 가운데 하나를 빼세요');
    if (options.waitMs !== undefined) throw new UsageError('--wait and --watch do not go together', '--wait grades until everything passes; --watch keeps grading until Ctrl+C').inKorean('--wait와 --watch는 함께 쓸 수 없습니다', '--wait는 모두 통과할 때까지, --watch는 Ctrl+C까지 다시 채점합니다');
    const { runWatch } = await import('./watch-command.js');
    return runWatch(stageOptions(exercises, options, err), targets, options, out, err);
  }
  let state: LoadedState | undefined;
  const stages = stageOptions(exercises, options, err);
  // --timeout bounds each attempt as a whole; --wait bounds how long attempts go on.
  const gradeOnce = () =>
    withDeadline(options.timeoutMs, 'the run', async () => {
      const graded = await gradeSource({ snapshotFile: options.snapshot, host: options.host, probes: options.probes, timeoutMs: options.timeoutMs }, stages);
      state = graded.state;
      return graded.run;
    });
  // While waiting, attempts are not journalled: only the run that is reported.
  let run = options.waitMs === undefined ? await gradeOnce() : await gradeWaiting(gradeOnce, options, err);
  run = await journalStage(run, state!, stages);
  if (options.deterministic) run = (await import('../pipeline/deterministic.js')).deterministicRun(run);
  await emitRun(run, targets, options.lang, out, options.color);
  const { emitCiOutputs } = await import('./ci-output.js');
  const stdoutIsReport = targets.some((target) => target.file === undefined && target.format !== 'pretty');
  await emitCiOutputs(run, { lang: options.lang, env: options.env, stdoutIsReport, stdout: out });
  return exitCodeOf(run);
}

/** `--wait`: grades until every selected exercise passes or the time runs out; records how long. */
async function gradeWaiting(gradeOnce: () => Promise<RunResult>, options: CheckOptions, err: NodeJS.WritableStream): Promise<RunResult> {
  if (options.snapshot) throw new UsageError('--wait needs a live engine; a snapshot file never changes', 'drop --wait or --snapshot').inKorean('--wait에는 실제 엔진이 필요합니다; 스냅숏 파일은 바뀌지 않습니다', '--wait나 --snapshot 가운데 하나를 빼세요');
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
