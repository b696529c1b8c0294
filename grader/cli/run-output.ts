/**
 * What `check` and `check --watch` do with a graded run: render it into every requested report, print
 * warnings, and turn it into an exit code. Its own module so the two commands share it without
 * importing each other.
 */
import { loadReporter } from '../../reports/index.js';
import { inertLine } from '../../reports/terminal-text.js';
import { ExitCode } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import type { RunResult } from '../model/result-schema.js';
import { useColor } from './options.js';
import { emitReports, type OutputTarget } from './report-outputs.js';

/** Exit code of a run: 0 when no selected exercise fails or errors, else 1. */
export function exitCodeOf(run: RunResult): number {
  return run.exercises.some((e) => e.status === 'fail' || e.status === 'error') ? ExitCode.Findings : ExitCode.Ok;
}

/** Prints a one-line warning on stderr (it may quote a file name or an engine's answer: made inert). */
export function warnTo(err: NodeJS.WritableStream): (line: string) => void {
  return (line) => err.write(`dockgrade: warning: ${inertLine(line)}\n`);
}

/**
 * Renders one run into every requested report (files atomically, at most one to `out`); `publicWords`
 * (the catalog's) stay in clear where reports hide secret-looking values.
 */
export async function emitRun(run: RunResult, targets: readonly OutputTarget[], lang: Lang, out: NodeJS.WriteStream, colorFlag?: boolean, publicWords?: ReadonlySet<string>): Promise<void> {
  await emitReports(targets, async (format, color) => (await loadReporter(format))!(run, { lang, color, publicWords }), { lang, color: useColor(out, process.env, colorFlag), out });
}
