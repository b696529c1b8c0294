import { EXERCISES } from '../../exercises/index.js';
import { loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { grade } from '../check/run.js';
import { selectExercises } from '../check/select.js';
import { ExitCode } from '../errors.js';
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
}

/** Exit code of a run: 0 when no selected exercise fails or errors, else 1. */
export function exitCodeOf(run: RunResult): number {
  return run.exercises.some((e) => e.status === 'fail' || e.status === 'error') ? ExitCode.Findings : ExitCode.Ok;
}

/** `dockgrade check`: collect (or read) once, grade the selected exercises, render every requested report. */
export async function runCheck(options: CheckOptions, out: NodeJS.WriteStream = process.stdout): Promise<number> {
  const exercises = selectExercises(EXERCISES, options.selectors);
  const targets = parseOutputTargets(([] as string[]).concat(options.format), options.output, REPORTER_NAMES);
  const state = await loadState({ snapshotFile: options.snapshot, host: options.host, probes: options.probes, timeoutMs: options.timeoutMs });
  const run = await grade(exercises, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source });
  await emitReports(targets, async (format, color) => (await loadReporter(format))!(run, { lang: options.lang, color }), { lang: options.lang, color: useColor(out), out });
  return exitCodeOf(run);
}
