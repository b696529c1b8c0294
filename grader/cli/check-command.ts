import { EXERCISES } from '../../exercises/index.js';
import { loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { grade } from '../check/run.js';
import { selectExercises } from '../check/select.js';
import { withDeadline } from '../deadline.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';
import type { RunResult } from '../result-schema.js';
import { publicText, redactRun, secretValues } from '../secrets.js';
import { loadState } from '../source.js';
import { useColor } from './options.js';

export interface CheckOptions {
  selectors: string[];
  format: string;
  output?: string;
  snapshot?: string;
  probes: boolean;
  lang: Lang;
  host?: string;
  prefix: string;
  /** Overall bound of the run (and of each engine request). */
  timeoutMs?: number;
  /** Print secret-looking values in clear (default: masked everywhere). */
  showSecrets?: boolean;
}

/** Exit code of a run: 0 when no selected exercise fails or errors, else 1. */
export function exitCodeOf(run: RunResult): number {
  return run.exercises.some((e) => e.status === 'fail' || e.status === 'error') ? ExitCode.Findings : ExitCode.Ok;
}

/** `dockgrade check`: collect (or read) once, grade the selected exercises, render one report. */
export async function runCheck(options: CheckOptions, out: NodeJS.WriteStream = process.stdout): Promise<number> {
  const exercises = selectExercises(EXERCISES, options.selectors);
  const reporter = await loadReporter(options.format);
  if (!reporter) throw new UsageError(`unknown format '${options.format}'`, `choose one of ${REPORTER_NAMES.join(', ')}`);
  const graded = await withDeadline(options.timeoutMs, 'the run', async () => {
    const state = await loadState({ snapshotFile: options.snapshot, host: options.host, probes: options.probes, timeoutMs: options.timeoutMs });
    const run = await grade(exercises, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source });
    state.assertEngineAnswered();
    return { state, run };
  });
  const run = options.showSecrets ? graded.run : redactRun(graded.run, secretValues(graded.state.snapshot, publicText(EXERCISES)));
  const text = reporter(run, { lang: options.lang, color: !options.output && useColor(out), showSecrets: options.showSecrets });
  if (options.output) {
    const { writeOutputFile } = await import('../output-file.js');
    writeOutputFile(options.output, text);
  } else {
    out.write(text);
  }
  return exitCodeOf(run);
}
