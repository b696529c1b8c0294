/**
 * `check` joined to its run function: the one command both parsers run (the fast path in bin.ts reads a
 * plain line itself; yargs reads the rest through command-list.ts). Light: runCheck is loaded only when
 * the command runs.
 */
import { withRun } from '../command-declaration.js';
import { checkCommand } from './check-declaration.js';

export const checkRunnable = withRun(checkCommand, async () => (await import('../check-command.js')).runCheck);
