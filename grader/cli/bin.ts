#!/usr/bin/env node
/**
 * The entry of the `dockgrade` executable: scripts/bundle.mjs bundles from here into dist/dockgrade.cjs,
 * which launch.cts runs. A plain `check` command line (see fast-argv.ts) runs straight away through the
 * check command's own handler (commands/check-runnable.ts), without yargs or any other command's module; every other line loads
 * the full yargs command line in main.ts. Errors end the same way on both paths: one line on stderr
 * and the exit code.
 */
import { endProcess } from '../core/process-end.js';
import { tolerateClosedReader } from '../core/closed-output.js';
import { fastArgs } from './fast-argv.js';
import { checkRunnable } from './commands/check-runnable.js';
import { reportError } from './report-error.js';
import type { CommandArgs } from './command-declaration.js';
import type { checkCommand } from './commands/check-declaration.js';
import type { Lang } from '../core/i18n.js';

const argv = process.argv.slice(2);
// Errors are one line: a dependency's deprecation notice (ssh2's url.parse) must not add two more.
process.noDeprecation = true;
// `dockgrade … | head`: a reader that goes away costs the printed lines, never the run (closed-output.ts)
tolerateClosedReader(process.stdout);

async function run(): Promise<number> {
  const args = fastArgs(checkRunnable, argv);
  if (!args) {
    const { main } = await import('./main.js');
    return main(argv);
  }
  try {
    const { applyConfig } = await import('./apply-config.js');
    await applyConfig(args);
    return await checkRunnable.handler(args as unknown as CommandArgs<typeof checkCommand>);
  } catch (error) {
    return reportError(error, process.stderr, (args.lang as Lang | undefined) ?? (await import('./apply-config.js').then((m) => m.earlyLang(argv))));
  }
}

run().then(
  // a stalled engine's sockets must not keep a finished run alive (process-end.ts)
  (code) => endProcess(code),
  (error) => {
    endProcess(reportError(error));
  },
);
