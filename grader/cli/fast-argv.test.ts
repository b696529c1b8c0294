import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckOptions } from './check-command.js';

const configFile = join(mkdtempSync(join(tmpdir(), 'dockgrade-fast-argv-')), 'config.json');
writeFileSync(configFile, JSON.stringify({ lang: 'ko', prefix: 'cfg-' }));

const received: CheckOptions[] = [];
jest.unstable_mockModule('./check-command.js', () => ({
  runCheck: async (options: CheckOptions) => {
    received.push(options);
    return 0;
  },
  exitCodeOf: () => 0,
}));
const { main } = await import('./main.js');
const { fastCheckOptions, resolveFastCheck } = await import('./fast-argv.js');

/** What yargs (main.ts) hands runCheck for this command line. */
async function viaYargs(argv: string[]): Promise<CheckOptions> {
  received.length = 0;
  const code = await main(argv);
  expect(code).toBe(0);
  expect(received).toHaveLength(1);
  return received[0];
}

const ACCEPTED = [
  ['check'],
  ['check', '2.2.1'],
  ['check', '2.2.1', '2.2.5/wordpress', 'all'],
  ['check', '2.2.5', '--no-probes', '--format', 'json'],
  ['check', '--format=json', '--probes', '2.2'],
  ['check', '-o', 'out.json', '--format', 'json', '--lang', 'ko'],
  ['check', '-f', 'json', '2.2.1'],
  ['check', '--output=r.txt', '--lang=en', '--timeout', '5'],
  ['check', '--snapshot', 'state.json', '--no-probes'],
  ['check', '--host', 'tcp://127.0.0.1:2375', '--prefix', 'alice-'],
  ['check', '-H', 'unix:///var/run/docker.sock', '--timeout=2.5', '2.2.1/run-ubuntu'],
  ['check', '--no-journal', '2.2.5'],
  ['check', '--journal', '--no-probes'],
  ['check', '--deterministic', '--format', 'json', '2.2.1'],
  ['check', '--show-secrets', '2.2.5/wordpressdb'],
];

const DECLINED = [
  [],
  ['list'],
  ['snapshot', '-o', 'x.json'],
  ['check', '--help'],
  ['check', '-h'],
  ['check', '--version'],
  ['check', '--watch'],
  ['check', '--bogus'],
  ['check', '--format', 'xml'],
  ['check', '--format', 'html=class.html'],
  ['check', '--format', 'json', '--format', 'pretty'],
  ['check', '--lang', 'fr'],
  ['check', '--timeout', 'soon'],
  ['check', '--timeout', '0'],
  ['check', '--output'],
  ['check', '--output', '--no-probes'],
  ['check', '--no-probes', '--no-probes'],
  ['check', '--journal', '--no-journal'],
  ['check', '-w'],
  ['check', '--wait', '60s'],
  ['check', '--', '2.2.1'],
  ['check', '--probes=false'],
  ['check', '-xo', 'file'],
  ['check', '2.2.1;rm'],
];

describe('fastCheckOptions', () => {
  it.each(ACCEPTED.map((argv) => [argv.join(' ')]))('hands runCheck what yargs would: %s', async (line: string) => {
    const argv = line.split(' ');
    for (const env of [{}, { LANG: 'ko_KR.UTF-8', DOCKGRADE_PREFIX: 'bob-' }, { DOCKGRADE_CONFIG: configFile }]) {
      const saved = { ...process.env };
      Object.assign(process.env, { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, env);
      if (!('DOCKGRADE_PREFIX' in env)) delete process.env.DOCKGRADE_PREFIX;
      try {
        const fast = await resolveFastCheck(argv);
        expect(fast).not.toBeNull();
        // toEqual: a missing option and an undefined one mean the same to runCheck; any other value must match
        expect(fast).toEqual(await viaYargs(argv));
      } finally {
        process.env = saved;
      }
    }
  });

  it.each(DECLINED.map((argv) => [argv]))('leaves anything else to yargs: %j', (argv: string[]) => {
    expect(fastCheckOptions(argv)).toBeNull();
  });

  it('leaves --lang and --prefix to the same defaults as yargs (applyConfig), and refuses a bad prefix the same way', async () => {
    expect(fastCheckOptions(['check'])).toMatchObject({ lang: undefined, prefix: undefined, probes: true, journal: true, format: 'pretty', timeoutMs: 120_000 });
    await expect(resolveFastCheck(['check', '--prefix', 'bad prefix!'])).rejects.toThrow(/not usable in Docker names/);
  });
});
