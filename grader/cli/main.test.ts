/**
 * The yargs command line as a learner meets it: no command, -v, --help and errors in both languages,
 * completion, colour, `-o -`. In-process (main() with captured output); nothing touches Docker (the
 * engine error goes to a socket path that does not exist).
 */
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from './main.js';
import { COMMANDS } from './commands/command-list.js';
import { commandName, type OptionDeclaration } from './command-declaration.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { exerciseCompletions } from './completion.js';
import { TOOL } from '../core/tool.js';

const RESULT = resolve('fixtures/golden/run.json');

/** Runs main() with stdout, stderr and console.log (where yargs prints help) captured. */
async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', DOCKGRADE_CONFIG: undefined }, env);
  for (const [name, value] of Object.entries({ DOCKGRADE_CONFIG: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env })) if (value === undefined) delete process.env[name];
  const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(`${parts.join(' ')}\n`));
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(((text: string) => out.push(String(text)) > 0) as never);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(((text: string) => err.push(String(text)) > 0) as never);
  try {
    const code = await main(argv);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    log.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
    process.env = saved;
  }
}

/** English words that must not appear in Korean help (commands, option names, values and names may). */
const ENGLISH = /\b(the|and|or|of|to|with|for|from|in|on|at|by|is|show|help|version|default|string|boolean|number|choices|required|array|Commands|Options|Positionals|Examples|language|grade|exercises?|engine|file|folder|seconds?)\b/g;

/** Korean help text without what may stay in Latin script: options, placeholders, quoted and backticked values. */
function proseOf(help: string): string {
  return help
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/--?[\w-]+(=\S+)?/g, ' ')
    .replace(/[<[][\w.]+[\]>]/g, ' ')
    .replace(/^\s*dockgrade \w+/gm, ' ')
    // a positional's name heads its line
    .replace(/^\s+[a-z]+(?=\s{2})/gm, ' ');
}

describe('dockgrade with no command, -v', () => {
  it('prints the help on stdout and exits 0, in the language asked for', async () => {
    const en = await run([]);
    expect(en).toMatchObject({ code: 0, err: '' });
    expect(en.out).toMatch(/^dockgrade <command> \[options\]/);
    for (const command of COMMANDS) expect(en.out).toContain(`dockgrade ${command.command}`);
    const ko = await run(['--lang', 'ko']);
    expect(ko.code).toBe(0);
    expect(ko.out).toContain('명령:');
  });

  it('-v prints the version like --version', async () => {
    expect(await run(['-v'])).toEqual({ code: 0, out: `${TOOL.version}\n`, err: '' });
    expect(await run(['--version'])).toEqual({ code: 0, out: `${TOOL.version}\n`, err: '' });
  });
});

describe('--help in Korean under --lang ko', () => {
  const lines = [['--help'], ...COMMANDS.map((command) => [commandName(command), '--help'])];
  it.each(lines.map((line) => [line.join(' ')]))('dockgrade %s --lang ko: every description Korean, no English prose left', async (line: string) => {
    const { code, out } = await run([...line.split(' '), '--lang', 'ko']);
    expect(code).toBe(0);
    expect(out).toMatch(/옵션:/);
    const command = COMMANDS.find((c) => commandName(c) === line.split(' ')[0]);
    const declared = [...Object.values(GLOBAL_OPTIONS), ...(command ? [...Object.values(command.positionals), ...Object.values(command.options)] : [])] as OptionDeclaration[];
    // the start of every visible description, Korean (yargs wraps long ones)
    for (const option of declared.filter((o) => !o.hidden)) expect(out).toContain(option.describe.ko.slice(0, 8));
    if (!command) for (const c of COMMANDS) expect(out).toContain(c.describe.ko.slice(0, 8));
    expect(proseOf(out).match(ENGLISH)).toBeNull();
  });

  it('the scan would catch English prose (the English help fails it)', async () => {
    expect(proseOf((await run(['check', '--help', '--lang', 'en'])).out).match(ENGLISH)).not.toBeNull();
  });
});

describe('error lines in the language of --lang', () => {
  it.each([
    [['check', 'nosuch-exercise', '--no-probes'], 2, "없는 실습입니다: 'nosuch-exercise'", "unknown exercise 'nosuch-exercise'"],
    [['report', '/nonexistent/result.json'], 2, '/nonexistent/result.json: 파일이 없습니다', '/nonexistent/result.json: no such file'],
    [['check', '--bogus'], 2, '알 수 없는 인수입니다: bogus', 'Unknown argument: bogus'],
    [['explain'], 2, '옵션이 아닌 인수가 충분하지 않습니다', 'Not enough non-option arguments'],
    [['check', '--timeout', '0'], 2, '--timeout: 0보다 큰 초를 주세요', '--timeout: expected seconds above 0'],
    [['check', '--prefix', 'bad prefix'], 2, "접두사 'bad prefix'는 Docker 이름에 쓸 수 없습니다", "prefix 'bad prefix' is not usable"],
    // the particle follows the prefix as it is read: 'bad name' (네임) takes 은
    [['check', '--prefix', 'bad name'], 2, "접두사 'bad name'은 Docker 이름에 쓸 수 없습니다", "prefix 'bad name' is not usable"],
    [['snapshot', '--no-journal', '--host', 'unix:///nonexistent/docker.sock'], 3, 'Docker 엔진이 없습니다: 소켓 파일이 없습니다', 'the socket does not exist'],
  ])('%j', async (argv, exitCode, korean, english) => {
    const ko = await run([...(argv as string[]), '--lang', 'ko']);
    expect(ko.code).toBe(exitCode);
    expect(ko.err).toContain(korean);
    expect(ko.err.split('\n').filter(Boolean)).toHaveLength(1);
    // Korean line and Korean hint: no English sentence after the dash either
    expect(ko.err.replace(/`[^`]*`/g, '').match(/\b(the|is|to|or|use|check|start|lists?)\b/g)).toBeNull();
    const en = await run([...(argv as string[]), '--lang', 'en']);
    expect(en.code).toBe(exitCode);
    expect(en.err).toContain(english);
  });

  it('the config file language counts for errors too (LANG=ko_KR without --lang)', async () => {
    const ko = await run(['report', '/nonexistent/result.json'], { LANG: 'ko_KR.UTF-8' });
    expect(ko.err).toBe('dockgrade: /nonexistent/result.json: 파일이 없습니다\n');
  });
});

describe('dockgrade completion', () => {
  /**
   * Completes `words` (bash's COMP_WORDS, the program name first) through the script `dockgrade
   * completion` prints, in a real bash: a first bash run records the arguments the script hands to
   * `dockgrade` (a shell function standing in for the executable), main() answers them in-process, and
   * a second run feeds that answer back to the script and prints what bash would offer (COMPREPLY).
   */
  async function complete(...words: string[]): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-complete-'));
    const script = await run(['completion']);
    expect(script.code).toBe(0);
    writeFileSync(join(dir, 'script.sh'), script.out);
    const bash = (answer: string) => {
      writeFileSync(join(dir, 'answer'), answer);
      const line = [
        `dockgrade() { printf '%s\\0' "$@" > ${join(dir, 'args')}; cat ${join(dir, 'answer')}; }`,
        `source ${join(dir, 'script.sh')}`,
        `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`,
        '_dockgrade_yargs_completions',
        `printf '%s\\n' "\${COMPREPLY[@]}"`,
      ].join('\n');
      return execFileSync('bash', ['--norc', '--noprofile', '-c', line], { encoding: 'utf8' });
    };
    bash('');
    const args = readFileSync(join(dir, 'args'), 'utf8').split('\0').slice(0, -1);
    expect(args.slice(0, 2)).toEqual(['--get-yargs-completions', 'dockgrade']);
    const answer = await run(args);
    expect(answer).toMatchObject({ code: 0, err: '' });
    const offered = bash(answer.out).split('\n').filter(Boolean);
    rmSync(dir, { recursive: true, force: true });
    return offered;
  }

  it('completes exercise ids and sections for check, explain, solve, reset and selftest, the program name included', async () => {
    expect(exerciseCompletions('2.2.5/w')).toEqual(['2.2.5/wordpress', '2.2.5/wordpressdb']);
    expect(exerciseCompletions('zzz')).toEqual([]);
    expect(await complete('dockgrade', 'check', '2.2.5/w')).toEqual(['2.2.5/wordpress', '2.2.5/wordpressdb']);
    expect(await complete('dockgrade', 'check', '2.2.1/run-ubuntu', '2.2.5/wordpressd')).toEqual(['2.2.5/wordpressdb']);
    expect(await complete('dockgrade', '--lang', 'ko', 'check', '2.2.')).toEqual(expect.arrayContaining(['2.2.1', '2.2.1/run-ubuntu', '2.2.5']));
    for (const command of ['explain', 'solve', 'reset', 'selftest']) expect([command, await complete('dockgrade', command, '2.2.4/publish-8')]).toEqual([command, ['2.2.4/publish-80']]);
    // not for a command that takes no exercise
    expect(await complete('dockgrade', 'report', '2.2.')).toEqual([]);
  });

  it('completes --format values, FORMAT=FILE formats included, and leaves file names to the shell', async () => {
    expect(await complete('dockgrade', 'check', '--format', '')).toEqual(['pretty', 'json', 'junit', 'html', 'csv']);
    expect(await complete('dockgrade', 'check', '-f', 'j')).toEqual(['json', 'junit']);
    expect(await complete('dockgrade', 'report', 'r.json', '--format', 'ht')).toEqual(['html']);
    expect(await complete('dockgrade', 'doctor', '--format', '')).toEqual(['pretty', 'json']);
    expect(await complete('dockgrade', 'list', '--format', 'j')).toEqual(['json']);
    expect(await complete('dockgrade', 'check', '--snapshot', '')).toEqual([]);
  });

  it("completes commands and options with yargs' own completion, aliases as -H", async () => {
    expect(await complete('dockgrade', '')).toEqual(expect.arrayContaining(COMMANDS.map(commandName)));
    expect(await complete('dockgrade', 'ch')).toEqual(['check']);
    const options = await complete('dockgrade', 'check', '-');
    expect(options).toEqual(expect.arrayContaining(['--probes', '--format', '-f', '-H']));
    expect(options).not.toContain('--H');
  });
});

describe('colour and -o -', () => {
  const ANSI = /\u001b\[/;
  it.each([
    ['a pipe', [], {}, false],
    ['FORCE_COLOR=1 in a pipe', [], { FORCE_COLOR: '1' }, true],
    ['--color in a pipe', ['--color'], {}, true],
    ['--no-color over FORCE_COLOR=1', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['an empty NO_COLOR with FORCE_COLOR=1', [], { FORCE_COLOR: '1', NO_COLOR: '' }, true],
  ] as const)('report: %s', async (_name, flags, env, coloured) => {
    const { code, out } = await run(['report', RESULT, '--format', 'pretty', ...flags], env);
    expect(code).toBe(0);
    expect(ANSI.test(out)).toBe(coloured);
  });

  it('--color and --no-color are accepted by every command', async () => {
    for (const command of COMMANDS) {
      for (const flag of ['--color', '--no-color']) expect((await run([commandName(command), flag, '--help'])).code).toBe(0);
    }
  });

  it('-o - and FORMAT=- write to standard output, never a file named -', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-stdout-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const viaOutput = await run(['report', RESULT, '--format', 'json', '-o', '-']);
      expect(viaOutput.code).toBe(0);
      expect(JSON.parse(viaOutput.out).kind).toBeDefined();
      const viaFormat = await run(['report', RESULT, '--format', 'csv=-']);
      expect(viaFormat.code).toBe(0);
      expect(viaFormat.out).toMatch(/^[^\n]*status/);
      expect(existsSync(join(dir, '-'))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
