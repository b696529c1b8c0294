/**
 * `--quiet` and `--verbose`, for every command: quiet prints nothing on stdout (the exit code is the
 * answer; an error still gets its one line on stderr), verbose says on stderr what a run used that the
 * output does not show (the config file, the engine endpoint). Set once per run by apply-config.ts.
 */
import type { Lang } from './i18n.js';

let verbose = false;
let lang: Lang = 'en';

/** Applies `--quiet` / `--verbose` to this process. */
export function setVerbosity(options: { quiet?: boolean; verbose?: boolean; lang: Lang }, stdout: NodeJS.WriteStream = process.stdout): void {
  verbose = options.verbose === true;
  lang = options.lang;
  if (options.quiet) {
    // Every report, list and help goes through process.stdout: one switch silences them all.
    stdout.write = ((_chunk: unknown, encoding?: unknown, done?: unknown) => {
      const callback = typeof encoding === 'function' ? encoding : done;
      if (typeof callback === 'function') process.nextTick(callback as () => void);
      return true;
    }) as typeof stdout.write;
  }
}

/** One `dockgrade: …` line on stderr under `--verbose` (English or Korean, as the run speaks). */
export function verboseLine(en: string, ko: string): void {
  if (verbose) process.stderr.write(`dockgrade: ${lang === 'ko' ? ko : en}\n`);
}
