import { EXERCISES } from '../../exercises/index.js';
import { loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { grade } from '../check/run.js';
import { selectExercises } from '../check/select.js';
import type { ExerciseDefinition } from '../check/types.js';
import { withDeadline } from '../core/deadline.js';
import { ExitCode, UsageError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { RunResult } from '../model/result-schema.js';
import { publicText, redactRun, secretValues } from '../core/secrets.js';
import { loadState, type LoadedState } from '../pipeline/source.js';
import { useColor } from './options.js';
import { emitReports, parseOutputTargets, type OutputTarget } from './report-outputs.js';

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

/** Exit code of a run: 0 when no selected exercise fails or errors, else 1. */
export function exitCodeOf(run: RunResult): number {
  return run.exercises.some((e) => e.status === 'fail' || e.status === 'error') ? ExitCode.Findings : ExitCode.Ok;
}

/** Prints a one-line warning on stderr. */
export function warnTo(err: NodeJS.WritableStream): (line: string) => void {
  return (line) => err.write(`dockgrade: warning: ${line}\n`);
}

/**
 * Grades a loaded state and adds each exercise's history. A live run is recorded in the learner's
 * journal; a snapshot file is annotated from the journal it carries and never writes the learner's.
 */
export async function gradeWithJourney(exercises: readonly ExerciseDefinition[], state: LoadedState, options: CheckOptions, err: NodeJS.WritableStream): Promise<RunResult> {
  return journalRun(await gradeState(exercises, state, options), state, options, err);
}

/** Grades a loaded state; secrets are hidden in the run itself, so every format and the journal only see them hidden. */
async function gradeState(exercises: readonly ExerciseDefinition[], state: LoadedState, options: CheckOptions): Promise<RunResult> {
  const graded = await grade(exercises, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source });
  // An engine lost while probing ends the run (exit 3) before anything is recorded or reported.
  state.assertEngineAnswered();
  return options.showSecrets ? graded : redactRun(graded, secretValues(state.snapshot, publicText(EXERCISES)));
}

/** Adds each exercise's history to a graded run (and records a live run in the journal). */
async function journalRun(run: RunResult, state: LoadedState, options: CheckOptions, err: NodeJS.WritableStream): Promise<RunResult> {
  if (options.currentOnly) run = { ...run, currentOnly: true };
  if (options.journal === false) return run;
  // An exercise that passed earlier counts, unless the user asked for the current state only.
  const journey = { credit: !options.currentOnly };
  const { recordRun } = await import('../journal/journal.js');
  if (state.source.type === 'snapshot') return state.snapshot.journal ? recordRun(state.snapshot.journal, run, undefined, journey).run : run;
  const { journalPath, recordInJournal } = await import('../journal/journal-file.js');
  return recordInJournal(run, journalPath(), warnTo(err), undefined, journey);
}

/** Renders one run into every requested report (files atomically, at most one to `out`). */
export async function emitRun(run: RunResult, targets: readonly OutputTarget[], lang: Lang, out: NodeJS.WriteStream, colorFlag?: boolean): Promise<void> {
  await emitReports(targets, async (format, color) => (await loadReporter(format))!(run, { lang, color }), { lang, color: useColor(out, process.env, colorFlag), out });
}

/** `dockgrade check`: collect (or read) once, grade the selected exercises, render every requested report. */
export async function runCheck(options: CheckOptions, out: NodeJS.WriteStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const exercises = selectExercises(EXERCISES, options.selectors);
  const targets = parseOutputTargets(([] as string[]).concat(options.format), options.output, REPORTER_NAMES);
  if (options.watch) {
    if (options.snapshot) throw new UsageError('--watch follows a live engine; it cannot watch a --snapshot file', 'drop --snapshot, or drop --watch');
    if (options.waitMs !== undefined) throw new UsageError('--wait and --watch do not go together', '--wait grades until everything passes; --watch keeps grading until Ctrl+C');
    const { runWatch } = await import('./watch-command.js');
    return runWatch(exercises, targets, options, out, err);
  }
  let state: LoadedState | undefined;
  // --timeout bounds each attempt as a whole; --wait bounds how long attempts go on.
  const gradeOnce = () =>
    withDeadline(options.timeoutMs, 'the run', async () => {
      state = await loadState({ snapshotFile: options.snapshot, host: options.host, probes: options.probes, timeoutMs: options.timeoutMs });
      return gradeState(exercises, state, options);
    });
  // While waiting, attempts are not journalled: only the run that is reported.
  let run = options.waitMs === undefined ? await gradeOnce() : await gradeWaiting(gradeOnce, options, err);
  run = await journalRun(run, state!, options, err);
  if (options.deterministic) run = (await import('../pipeline/deterministic.js')).deterministicRun(run);
  await emitRun(run, targets, options.lang, out, options.color);
  const { emitCiOutputs } = await import('./ci-output.js');
  const stdoutIsReport = targets.some((target) => target.file === undefined && target.format !== 'pretty');
  await emitCiOutputs(run, { lang: options.lang, env: options.env, stdoutIsReport, stdout: out });
  return exitCodeOf(run);
}

/** `--wait`: grades until every selected exercise passes or the time runs out; records how long. */
async function gradeWaiting(gradeOnce: () => Promise<RunResult>, options: CheckOptions, err: NodeJS.WritableStream): Promise<RunResult> {
  if (options.snapshot) throw new UsageError('--wait needs a live engine; a snapshot file never changes', 'drop --wait or --snapshot');
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
