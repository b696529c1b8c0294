#!/usr/bin/env node
/**
 * The entry of the `dockgrade` executable: scripts/bundle.mjs bundles from here into dist/dockgrade.cjs,
 * which launch.cts runs. A plain `check` command line (see fast-argv.ts) runs straight away;
 * every other line loads the full yargs command line in main.ts. Errors end the same way on both
 * paths: one line on stderr and the exit code.
 */
import { endProcess } from '../core/process-end.js';
import { fastCheckOptions, resolveFastCheck } from './fast-argv.js';

const argv = process.argv.slice(2);
// Errors are one line: a dependency's deprecation notice (ssh2's url.parse) must not add two more.
process.noDeprecation = true;

async function run(): Promise<number> {
  const { main, reportError } = await import('./main.js');
  if (!fastCheckOptions(argv)) return main(argv);
  try {
    const options = (await resolveFastCheck(argv))!;
    const { runCheck } = await import('./check-command.js');
    return await runCheck(options);
  } catch (error) {
    return reportError(error);
  }
}

run().then(
  // a stalled engine's sockets must not keep a finished run alive (process-end.ts)
  (code) => endProcess(code),
  (error) => {
    process.stderr.write(`dockgrade: unexpected error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    endProcess(70);
  },
);
