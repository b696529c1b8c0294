/**
 * The one flag table against the docker CLI installed here: every flag its help lists for the commands
 * steps use is in the table, with the same short form, and a value exactly where the CLI takes one.
 * Runs `docker <command> --help` only (no container, network or volume is touched).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { commandFlags } from './docker-flags.js';

const run = promisify(execFile);

/** `  -p, --publish list   Publish …` → { long: 'publish', short: 'p', takesValue: true }. */
function helpFlags(help: string): Array<{ long: string; short?: string; takesValue: boolean }> {
  return help.split('\n').flatMap((line) => {
    const m = /^\s+(?:-([A-Za-z]), )?--([a-z0-9-]+)( [a-z0-9-]+)?(?:\s{2,}|$)/.exec(line);
    return m && m[2] !== 'help' ? [{ long: m[2], ...(m[1] ? { short: m[1] } : {}), takesValue: Boolean(m[3]) }] : [];
  });
}

const COMMANDS = ['run', 'create', 'exec', 'start', 'stop', 'restart', 'rm', 'attach', 'logs', 'commit', 'export', 'update', 'kill', 'cp', 'ps', 'network create', 'network connect', 'network rm', 'volume create', 'volume rm', 'tag', 'import', 'rmi', 'save', 'load', 'push', 'pull', 'history', 'images', 'image prune', 'login', 'search', 'events', 'system df', 'network inspect', 'volume inspect', 'inspect', 'top', 'port', 'rename', 'pause', 'wait', 'diff', 'stats'];

describe('the flag table agrees with `docker … --help`', () => {
  it.each(COMMANDS)('docker %s', async (verb) => {
    const { stdout } = await run('docker', [...verb.split(' '), '--help'], { timeout: 30_000 });
    const listed = helpFlags(stdout);
    const table = commandFlags(verb)!.flags;
    // The help was read (a command without flags has none in the table either).
    expect(listed.length > 0).toBe(table.length > 0);
    const found = listed.map((h) => {
      const flag = table.find((f) => f.long === h.long);
      return { ...h, inTable: Boolean(flag), short: flag?.short ?? h.short, takesValue: flag ? flag.value !== 'none' : h.takesValue, sameShort: flag?.short === h.short };
    });
    expect(found.filter((f) => !f.inTable || !f.sameShort).map((f) => f.long)).toEqual([]);
    expect(found).toEqual(listed.map((h) => ({ ...h, inTable: true, sameShort: true })));
  });
});
