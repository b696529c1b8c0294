import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyCommand } from './command-declaration.js';

const configFile = join(mkdtempSync(join(tmpdir(), 'dockgrade-fast-argv-')), 'config.json');
writeFileSync(configFile, JSON.stringify({ lang: 'ko', prefix: 'cfg-' }));

/** What each command's run function received, in order. */
const received: Array<{ run: string; options: unknown }> = [];
const recorder = (run: string) => async (options: unknown) => {
  received.push({ run, options });
  return 0;
};
jest.unstable_mockModule('./check-command.js', () => ({ runCheck: recorder('runCheck'), exitCodeOf: () => 0 }));
jest.unstable_mockModule('./list-command.js', () => ({ runList: recorder('runList') }));
jest.unstable_mockModule('./doctor-command.js', () => ({ runDoctor: recorder('runDoctor') }));
jest.unstable_mockModule('./snapshot-command.js', () => ({ runSnapshot: recorder('runSnapshot') }));
jest.unstable_mockModule('./selftest-command.js', () => ({ runSelftest: recorder('runSelftest') }));
jest.unstable_mockModule('./grade-command.js', () => ({ runGrade: recorder('runGrade') }));
const { main } = await import('./main.js');
const { fastArgs } = await import('./fast-argv.js');
const { applyConfig } = await import('./apply-config.js');
const { COMMANDS } = await import('./commands/command-list.js');
const { checkRunnable: checkCommand } = await import('./commands/check-runnable.js');
const { commandName } = await import('./command-declaration.js');

const byName = (name: string): AnyCommand => COMMANDS.find((command) => commandName(command) === name)!;

/** What yargs (main.ts) hands the command's run function for this line. */
async function viaYargs(argv: string[]): Promise<unknown> {
  received.length = 0;
  const code = await main(argv);
  expect(code).toBe(0);
  expect(received).toHaveLength(1);
  return received[0];
}

/** What the fast path (bin.ts: fastArgs, applyConfig, the declaration's handler) hands it, or null. */
async function viaFastPath(argv: string[]): Promise<unknown> {
  const args = fastArgs(byName(argv[0]), argv);
  if (!args) return null;
  received.length = 0;
  await applyConfig(args);
  expect(await byName(argv[0]).handler(args as never)).toBe(0);
  expect(received).toHaveLength(1);
  return received[0];
}

/** Lines the fast path takes; each must reach the command exactly as through yargs. */
const ACCEPTED = [
  'check',
  'check 2.2.1',
  'check 2.2.1 2.2.5/wordpress all',
  'check 2.2.5 --no-probes --format json',
  'check --format=json --probes 2.2',
  'check -o out.json --format json --lang ko',
  'check -f json 2.2.1',
  'check --format html',
  'check --format html=class.html',
  'check --format junit=-',
  'check --output=r.txt --lang=en --timeout 5',
  'check --snapshot state.json --no-probes',
  'check --host tcp://127.0.0.1:2375 --prefix alice-',
  'check -H unix:///var/run/docker.sock --timeout=2.5 2.2.1/run-ubuntu',
  'check --no-journal 2.2.5',
  'check --journal --no-probes',
  'check --deterministic --format json 2.2.1',
  'check --show-secrets 2.2.5/wordpressdb',
  'check --no-show-secrets',
  'check --color',
  'check --no-color 2.2.1',
  'check --watch',
  'check --wait 60s --interval 2s',
  'check --wait=1m30s',
  'check --debounce 250 --watch',
  'list',
  'list --format json --lang ko',
  'doctor',
  'doctor --deep --timeout 5 --format json',
  'doctor --no-online -H tcp://127.0.0.1:2375',
  'snapshot -o state.json --no-probes --student s1',
  'snapshot --timeout 60 --no-journal --show-secrets',
  'selftest 2.2.1 --yes --wait 5s --no-probes',
  'grade submissions --roster class.csv -o out --concurrency 4 --engine-timeout 30 --title Docker',
];

/** Lines the fast path leaves to yargs (help, errors, forms it does not read). */
const DECLINED = [
  [],
  ['snapshot', '-o', '-'],
  ['solve', '2.2.1'],
  ['explain', '2.2.1'],
  ['report', 'result.json'],
  ['merge', 'a', 'b'],
  ['check', '--help'],
  ['check', '-h'],
  ['check', '--version'],
  ['check', '-v'],
  ['check', '--bogus'],
  ['check', '--showSecrets'],
  ['check', '--format', 'json', '--format', 'pretty'],
  ['check', '--lang', 'fr'],
  ['check', '--timeout', 'soon'],
  ['check', '--timeout', '-1'],
  ['check', '--timeout', '1e3'],
  ['check', '--output'],
  ['check', '--output', '--no-probes'],
  ['check', '--output='],
  ['check', '--no-probes', '--no-probes'],
  ['check', '--journal', '--no-journal'],
  ['check', '-w'],
  ['check', '--', '2.2.1'],
  ['check', '--probes=false'],
  ['check', '--no-format', 'json'],
  ['check', '-xo', 'file'],
  ['check', '2.2.1;rm'],
  ['list', 'extra'],
  ['doctor', '--format', 'xml'],
];

const ENVIRONMENTS: Array<Record<string, string>> = [{}, { LANG: 'ko_KR.UTF-8', DOCKGRADE_PREFIX: 'bob-' }, { DOCKGRADE_CONFIG: configFile }];

describe('the fast path reads the same declarations as yargs', () => {
  it.each(ACCEPTED.map((line) => [line]))('hands the command what yargs would: %s', async (line: string) => {
    const argv = line.split(' ');
    for (const env of ENVIRONMENTS) {
      const saved = { ...process.env };
      Object.assign(process.env, { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, env);
      if (!('DOCKGRADE_PREFIX' in env)) delete process.env.DOCKGRADE_PREFIX;
      delete process.env.FORCE_COLOR;
      try {
        const fast = await viaFastPath(argv);
        expect(fast).not.toBeNull();
        // toEqual: a missing option and an undefined one mean the same to a command; any other value must match
        expect(fast).toEqual(await viaYargs(argv));
      } finally {
        process.env = saved;
      }
    }
  });

  it.each(DECLINED.map((argv) => [argv]))('leaves anything else to yargs: %j', (argv: string[]) => {
    expect(fastArgs(byName(argv[0] ?? 'check') ?? checkCommand, argv)).toBeNull();
  });

  it('fills the declared defaults and leaves --lang, --prefix and --color to the same rules as yargs', async () => {
    expect(fastArgs(checkCommand, ['check'])).toEqual({
      selectors: [],
      format: 'pretty',
      probes: true,
      timeout: 120,
      showSecrets: false,
      journal: true,
      currentOnly: false,
      watch: false,
      debounce: 100,
      deterministic: false,
    });
    const bad = fastArgs(checkCommand, ['check', '--prefix', 'bad prefix!'])!;
    await expect(applyConfig(bad)).rejects.toThrow(/not usable in Docker names/);
  });
});
