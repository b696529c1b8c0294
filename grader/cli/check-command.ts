import { EXERCISES } from '../../exercises/index.js';
import { loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { grade } from '../check/run.js';
import { selectExercises } from '../check/select.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';
import type { RunResult } from '../result-schema.js';
import { loadState } from '../source.js';
import { useColor } from './options.js';
import { emitReports, parseOutputTargets } from './report-outputs.js';

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
  timeoutMs?: number;
  /** `--wait`: re-collect and re-grade until everything passes or this many ms have passed. */
  waitMs?: number;
  /** `--interval`: pause between attempts while waiting. */
  intervalMs?: number;
  /** `--deterministic`: sorted, no timestamps or machine details (see grader/deterministic.ts). */
  deterministic?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Exit code of a run: 0 when no selected exercise fails or errors, else 1. */
export function exitCodeOf(run: RunResult): number {
  return run.exercises.some((e) => e.status === 'fail' || e.status === 'error') ? ExitCode.Findings : ExitCode.Ok;
}

/** `dockgrade check`: collect (or read) once, grade the selected exercises, render every requested report. */
export async function runCheck(options: CheckOptions, out: NodeJS.WriteStream = process.stdout): Promise<number> {
  const exercises = selectExercises(EXERCISES, options.selectors);
  const targets = parseOutputTargets(([] as string[]).concat(options.format), options.output, REPORTER_NAMES);
  const gradeOnce = async () => {
    const state = await loadState({ snapshotFile: options.snapshot, host: options.host, probes: options.probes, timeoutMs: options.timeoutMs });
    return grade(exercises, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source });
  };
  let run = options.waitMs === undefined ? await gradeOnce() : await gradeWaiting(gradeOnce, options);
  if (options.deterministic) run = (await import('../deterministic.js')).deterministicRun(run);
  await emitReports(targets, async (format, color) => (await loadReporter(format))!(run, { lang: options.lang, color }), { lang: options.lang, color: useColor(out), out });
  const { emitCiOutputs } = await import('./ci-output.js');
  const stdoutIsReport = targets.some((target) => target.file === undefined && target.format !== 'pretty');
  await emitCiOutputs(run, { lang: options.lang, env: options.env, stdoutIsReport, stdout: out });
  return exitCodeOf(run);
}

/** `--wait`: grades until every selected exercise passes or the time runs out; records how long. */
async function gradeWaiting(gradeOnce: () => Promise<RunResult>, options: CheckOptions): Promise<RunResult> {
  if (options.snapshot) throw new UsageError('--wait needs a live engine; a snapshot file never changes', 'drop --wait or --snapshot');
  const { waitUntil, DEFAULT_INTERVAL_MS } = await import('../wait.js');
  const { value, waited } = await waitUntil(gradeOnce, (run) => exitCodeOf(run) === ExitCode.Ok, {
    timeoutMs: options.waitMs ?? 0,
    intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS,
  });
  return { ...value, waited };
}
