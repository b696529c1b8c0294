#!/usr/bin/env node
/**
 * The entry of the `dockgrade` executable: scripts/bundle.mjs bundles from here into dist/dockgrade.cjs,
 * which launch.cts runs. A plain `check` command line (see fast-argv.ts) runs straight away through the
 * check declaration's own handler, without yargs or any other command's module; every other line loads
 * the full yargs command line in main.ts. Errors end the same way on both paths: one line on stderr
 * and the exit code.
 */
import { endProcess } from '../core/process-end.js';
import { fastArgs } from './fast-argv.js';
import { checkCommand } from './commands/check-declaration.js';
import { reportError } from './report-error.js';
import type { ArgsOf } from './command-declaration.js';
import type { Lang } from '../core/i18n.js';

const argv = process.argv.slice(2);
// Errors are one line: a dependency's deprecation notice (ssh2's url.parse) must not add two more.
process.noDeprecation = true;

async function run(): Promise<number> {
  const args = fastArgs(checkCommand, argv);
  if (!args) {
    const { main } = await import('./main.js');
    return main(argv);
  }
  try {
    const { applyConfig } = await import('./apply-config.js');
    await applyConfig(args);
    return await checkCommand.handler(args as unknown as ArgsOf<typeof checkCommand.positionals & typeof checkCommand.options>);
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
