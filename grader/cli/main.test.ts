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
import { DOCS_URL, KOREAN_YARGS, main } from './main.js';
import { COMMANDS } from './commands/command-list.js';
import { commandName, type OptionDeclaration } from './command-declaration.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { exerciseCompletions } from './completion.js';
import { fastArgs } from './fast-argv.js';
import { applyConfig } from './apply-config.js';
import { checkRunnable } from './commands/check-runnable.js';
import { TOOL } from '../core/tool.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

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

  it("headings in the glossary's words: 인자 for positionals (not yargs' 위치:), no 별칭", async () => {
    const { out } = await run(['explain', '--help', '--lang', 'ko']);
    expect(out).toContain('인자:');
    expect(out).not.toMatch(/위치:|별칭/);
    const all = await Promise.all([['--help'], ...COMMANDS.map((c) => [commandName(c), '--help'])].map((line) => run([...line, '--lang', 'ko'])));
    expect(all.filter((r) => /위치:|별칭/.test(r.out))).toEqual([]);
  });

  it("every message of yargs' Korean is ours or in the glossary's words (옵션/인자, not 인수; no 을(를) after a filled-in word)", () => {
    const yargsKo = JSON.parse(readFileSync(resolve('node_modules/yargs/locales/ko.json'), 'utf8')) as Record<string, string | { one: string; other: string }>;
    const OFF_GLOSSARY = /인수|유효하지 않은|체크|을\(를\)|과\(와\)|은\(는\)|별칭|위치:|찾으시나요/;
    const shown = Object.keys(yargsKo).map((key) => {
      const text = (KOREAN_YARGS as Record<string, string | { one: string; other: string }>)[key] ?? yargsKo[key]!;
      return [key, typeof text === 'string' ? text : `${text.one} / ${text.other}`] as const;
    });
    expect(shown.filter(([, text]) => OFF_GLOSSARY.test(text))).toEqual([]);
    // the pattern catches what yargs itself says
    expect(Object.values(yargsKo).filter((text) => OFF_GLOSSARY.test(JSON.stringify(text))).length).toBeGreaterThan(5);
  });

  it('the scan would catch English prose (the English help fails it)', async () => {
    expect(proseOf((await run(['check', '--help', '--lang', 'en'])).out).match(ENGLISH)).not.toBeNull();
  });
});

describe('error lines in the language of --lang', () => {
  it.each([
    [['check', 'nosuch-exercise', '--no-probes'], 2, "없는 실습입니다: 'nosuch-exercise'", "unknown exercise 'nosuch-exercise'"],
    [['report', '/nonexistent/result.json'], 2, '/nonexistent/result.json: 파일이 없습니다', '/nonexistent/result.json: no such file'],
    [['check', '--bogus'], 2, "알 수 없는 옵션입니다: '--bogus'", "unknown argument '--bogus'"],
    [['list', 'extra'], 2, "알 수 없는 인자입니다: 'extra'", "unknown argument 'extra'"],
    // yargs' 'Invalid values: Argument: lang, Given: "kr", Choices: …' (its Korean said 유효하지 않은 값, 인수)
    [['check', '--lang', 'kr'], 2, '잘못된 값입니다: --lang "kr" (고를 수 있는 값: "ko", "en")', 'Invalid values'],
    [['list', '--format', 'xml'], 2, '잘못된 값입니다: --format "xml" (고를 수 있는 값: "pretty", "json")', 'Invalid values'],
    // a folder that is not there: one line, nothing written (was a class of one invalid row in ./grades)
    [['grade', '/nonexistent/submissions'], 2, '/nonexistent/submissions: 그런 파일이나 폴더가 없습니다', '/nonexistent/submissions: no such file or folder'],
    // the words as typed, not the keys yargs made of them (was: 'Unknown arguments: formt, jurnal')
    [['check', '--formt=json', '--no-jurnal'], 2, "알 수 없는 옵션입니다: '--formt=json', '--no-jurnal'", "unknown arguments '--formt=json', '--no-jurnal'"],
    [['list', '-x'], 2, "알 수 없는 옵션입니다: '-x'", "unknown argument '-x'"],
    // the word yargs found no command for, past `completion` (was: unknown command 'completion')
    [['completion', 'lish'], 2, "알 수 없는 명령입니다: 'lish' — 비슷한 명령: `list`", "unknown command 'lish' — did you mean `list`?"],
    [['grade', '--concurrency', '0', '/nonexistent'], 2, "--concurrency: 1에서 256 사이의 수를 적으세요 ('0')", "--concurrency: expected a number from 1 to 256, got '0'"],
    [['explain'], 2, '인자가 모자랍니다: 0개를 받았고 적어도 1개가 필요합니다', 'Not enough non-option arguments'],
    [['check', '--timeout', '0'], 2, '--timeout: 0보다 큰 초를 주세요', '--timeout: expected seconds above 0'],
    // the value as typed, not the NaN yargs made of it
    [['check', '--timeout', 'abc'], 2, "--timeout: 'abc'는 숫자가 아닙니다", "--timeout: 'abc' is not a number"],
    [['doctor', '--timeout=1m'], 2, "--timeout: '1m'은 숫자가 아닙니다", "--timeout: '1m' is not a number"],
    // a typo: what was typed and the command meant
    [['chek', '2.2.1'], 2, "알 수 없는 명령입니다: 'chek' — 비슷한 명령: `check`", "unknown command 'chek' — did you mean `check`?"],
    [['check', '--snapshot', ''], 2, "--snapshot: 파일 이름이 비어 있습니다 ('')", "--snapshot: the file name is empty ('')"],
    [['check', '--quiet', '--verbose'], 2, '--quiet와 --verbose는 반대되는 요청입니다', '--quiet and --verbose ask for opposite things'],
    [['check', '--prefix', 'bad prefix'], 2, "접두사 'bad prefix'는 Docker 이름에 쓸 수 없습니다", "prefix 'bad prefix' is not usable"],
    // the particle follows the prefix as it is read: 'bad name' (네임) takes 은
    [['check', '--prefix', 'bad name'], 2, "접두사 'bad name'은 Docker 이름에 쓸 수 없습니다", "prefix 'bad name' is not usable"],
    [['serve'], 2, '학생을 알려 주세요: --roster FILE', 'name the students: --roster FILE'],
    [['serve', '--prefixes', 'alice', '--listen', 'nowhere'], 2, "--listen: HOST:PORT 꼴로 적으세요 (받은 값: 'nowhere')", "--listen: expected HOST:PORT, got 'nowhere'"],
    [['serve', '--prefixes', 'alice,<b>'], 2, "--prefixes: '<b>'는 이름 접두사로 쓸 수 없습니다", "--prefixes: '<b>' is not a name prefix"],
    [['serve', '--prefixes', 'alice,alice'], 2, "--prefixes: 'alice'를 두 번 적었습니다", "--prefixes: 'alice' is given twice"],
    [['serve', '--roster', '/nonexistent/roster.csv'], 2, '/nonexistent/roster.csv: 파일이 없습니다', '/nonexistent/roster.csv: no such file'],
    [['snapshot', '--no-journal', '--host', 'unix:///nonexistent/docker.sock'], 3, '도커 엔진이 없습니다: 소켓 파일이 없습니다', 'the socket does not exist'],
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

describe('help, --quiet and --verbose', () => {
  it('dockgrade help <command> is <command> --help, dockgrade help is --help, in either language', async () => {
    for (const lang of ['en', 'ko']) {
      expect(await run(['help', 'check', '--lang', lang])).toEqual(await run(['check', '--help', '--lang', lang]));
      expect(await run(['help', '--lang', lang])).toEqual(await run(['--help', '--lang', lang]));
    }
    expect((await run(['help', 'explain'])).out).toMatch(/^dockgrade explain <id>/);
  });

  it('--help ends with the exit codes, the environment variables and where the docs are', async () => {
    const en = (await run(['--help'])).out;
    expect(en).toMatch(/Exit codes: 0 every exercise passes; 1 something to fix; 2 bad usage or input file; 3 no Docker\s+engine answered/);
    for (const name of ['DOCKER_HOST', 'DOCKGRADE_PREFIX', 'DOCKGRADE_CONFIG', 'DOCKGRADE_STATE_DIR', 'NO_COLOR']) expect(en).toContain(name);
    expect(en).toContain(DOCS_URL);
    expect((await run(['check', '--help'])).out).toContain(DOCS_URL);
    const ko = (await run(['--help', '--lang', 'ko'])).out;
    expect(ko).toMatch(/종료 코드: 0 모든 실습 통과/);
    expect(ko).toContain(DOCS_URL);
  });

  it('--quiet prints nothing on stdout (the exit code is the answer); an error keeps its line', async () => {
    expect(await run(['list', '--quiet'])).toEqual({ code: 0, out: '', err: '' });
    expect(await run(['report', RESULT, '-q', '--format', 'json'])).toEqual({ code: 0, out: '', err: '' });
    const failed = await run(['report', '/nonexistent/result.json', '--quiet']);
    expect(failed).toEqual({ code: 2, out: '', err: 'dockgrade: /nonexistent/result.json: no such file\n' });
    // and the next run prints again
    expect((await run(['list'])).out).toContain('2.2.1/run-ubuntu');
  });

  it('--verbose names the config file used, or where none was found', async () => {
    const none = await run(['list', '--verbose', '--format', 'json'], { HOME: mkdtempSync(join(tmpdir(), 'dockgrade-home-')) });
    expect(none.code).toBe(0);
    expect(none.err).toMatch(/^dockgrade: config file: none \(looked for \S+\.dockgraderc\.json, \S+config\.json\)\n$/);
    const file = join(mkdtempSync(join(tmpdir(), 'dockgrade-config-')), 'dockgrade.json');
    writeFileSync(file, JSON.stringify({ lang: 'ko' }));
    const named = await run(['list', '--verbose'], { DOCKGRADE_CONFIG: file });
    expect(named.err).toBe(`dockgrade: 설정 파일: ${file}\n`);
    expect((await run(['list'])).err).toBe('');
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
    expect(exerciseCompletions('2.2.5/w', bookCatalog())).toEqual(['2.2.5/wordpress', '2.2.5/wordpressdb']);
    expect(exerciseCompletions('zzz', bookCatalog())).toEqual([]);
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

describe('--timeout', () => {
  it('refuses a timeout that is not seconds above zero on both paths (it used to mean no bound)', async () => {
    // the fast path hands the same arguments as yargs (fast-argv.test.ts); the command refuses them
    const zero = fastArgs(checkRunnable, ['check', '--timeout', '0'])!;
    await applyConfig(zero);
    await expect(checkRunnable.handler(zero as never)).rejects.toThrow(/--timeout: expected seconds above 0/);
    const errors: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((text: string) => errors.push(text)) as never;
    try {
      expect(await main(['check', '--timeout', 'soon'])).toBe(2);
      expect(await main(['doctor', '--timeout', '0'])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toMatch(/--timeout: 'soon' is not a number[^]*--timeout: expected seconds above 0, got '0'/);
  });
});
