/**
 * CI side outputs of a run, next to the report: GitHub Actions annotations when `GITHUB_ACTIONS=true`,
 * and the Markdown job summary appended to `$GITHUB_STEP_SUMMARY` when it is set. Annotations go to
 * stdout (where the runner reads workflow commands), except when stdout carries a machine-readable
 * report (`--format json` without `-o`): then to stderr, which the runner reads too, so the report stays
 * parseable.
 */
import { appendFileSync } from 'node:fs';
import type { Lang } from '../core/i18n.js';
import type { RunResult } from '../model/result-schema.js';

export interface CiOutputOptions {
  lang: Lang;
  env?: NodeJS.ProcessEnv;
  /** Whether stdout holds a machine-readable report. */
  stdoutIsReport: boolean;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** The catalog's public words: never hidden (see ReportOptions). */
  publicWords?: ReadonlySet<string>;
}

/** Writes the annotations and the job summary the environment asks for; never changes the exit code. */
export async function emitCiOutputs(run: RunResult, options: CiOutputOptions): Promise<void> {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (env.GITHUB_ACTIONS !== 'true' && !env.GITHUB_STEP_SUMMARY) return;
  // The same inert pass every reporter gets through reports/index.ts: no escape, control character,
  // bidi override or workflow command shape from the learner's engine reaches the runner or the summary.
  const { inertData } = await import('../../reports/inert-data.js');
  const inert = inertData(run);
  if (env.GITHUB_ACTIONS === 'true') {
    const { githubAnnotationsReporter } = await import('../../reports/github-annotations-reporter.js');
    (options.stdoutIsReport ? stderr : stdout).write(githubAnnotationsReporter(inert, { lang: options.lang, color: false, publicWords: options.publicWords }));
  }
  if (env.GITHUB_STEP_SUMMARY) {
    const { stepSummaryReporter } = await import('../../reports/step-summary-reporter.js');
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, stepSummaryReporter(inert, { lang: options.lang, color: false, publicWords: options.publicWords }));
    } catch (error) {
      // The grade stands; a summary that cannot be written is worth one line, not a failed job.
      const { inertLine } = await import('../../reports/terminal-text.js');
      stderr.write(`dockgrade: ${inertLine(`cannot append the job summary to GITHUB_STEP_SUMMARY (${env.GITHUB_STEP_SUMMARY}): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)}\n`);
    }
  }
}
