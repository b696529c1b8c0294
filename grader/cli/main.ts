#!/usr/bin/env node
/**
 * The dockgrade command line: registers every declared command (commands/command-list.ts) with yargs.
 * Each command's code is imported only when that command runs, so start-up stays lean. One top-level
 * catch: known errors print one line (in the language of `--lang`) and set the exit code; anything
 * else is a bug and prints its stack.
 */
import type { Argv } from 'yargs';
import { commandName, declaredArgs, type AnyCommand, type OptionDeclaration } from './command-declaration.js';
import { COMMANDS } from './commands/command-list.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { applyConfig, earlyLang } from './apply-config.js';
import { reportError } from './report-error.js';
import { DockgradeError, ExitCode, UsageError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { TOOL } from '../core/tool.js';
import { josa } from '../core/korean-particles.js';
import { endProcess } from '../core/process-end.js';
import { tolerateClosedReader } from '../core/closed-output.js';

export { applyConfig } from './apply-config.js';
export { reportError } from './report-error.js';

/**
 * yargs' Korean locale, completed and corrected: it lacks "Unknown command" and "deprecated", its
 * headings "위치:" and "별칭:" are not the glossary's words, and its
 * "Did you mean %s?" and "Arguments %s and %s are mutually exclusive" put fallback particles ("을(를)",
 * "과(와)", "은(는)") after the word yargs fills in; these are replaced by sentences that need no
 * particle after %s, whatever the word is (a test holds every Korean message free of such fallbacks).
 */
export const KOREAN_YARGS = {
  'Unknown command: %s': { one: '알 수 없는 명령입니다: %s', other: '알 수 없는 명령입니다: %s' },
  'Did you mean %s?': '혹시 이 명령입니까? %s',
  'Arguments %s and %s are mutually exclusive': '두 옵션은 함께 쓸 수 없습니다: %s, %s',
  // docs/glossary.md: 인자 for the positional arguments' heading (yargs' own 위치: says nothing to a
  // learner); an option's other names are not the --link alias (별명), so not 별칭 either
  'Positionals:': '인자:',
  'Not enough non-option arguments: got %s, need at least %s': {
    one: '인자가 모자랍니다: %s개를 받았고 적어도 %s개가 필요합니다 (dockgrade help <명령>에 인자가 있습니다)',
    other: '인자가 모자랍니다: %s개를 받았고 적어도 %s개가 필요합니다 (dockgrade help <명령>에 인자가 있습니다)',
  },
  'Too many non-option arguments: got %s, maximum of %s': {
    one: '인자가 너무 많습니다: %s개를 받았고 많아야 %s개입니다',
    other: '인자가 너무 많습니다: %s개를 받았고 많아야 %s개입니다',
  },
  'aliases:': '다른 이름:',
  deprecated: '더 이상 쓰지 않음',
  'deprecated: %s': '더 이상 쓰지 않음: %s',
  // The rest of yargs' Korean (its 인수, 유효하지 않은, 체크) in the glossary's words: an option (`--lang`) is an
  // 옵션, a word without dashes an 인자; every sentence reads without a particle after %s.
  'Unknown argument: %s': { one: '알 수 없는 옵션입니다: %s', other: '알 수 없는 옵션입니다: %s' },
  'Invalid values:': '잘못된 값입니다:',
  'Argument: %s, Given: %s, Choices: %s': '--%s %s (고를 수 있는 값: %s)',
  'Missing argument value: %s': { one: '옵션에 값이 없습니다: %s', other: '옵션에 값이 없습니다: %s' },
  'Missing required argument: %s': { one: '꼭 줘야 하는 옵션이 없습니다: %s', other: '꼭 줘야 하는 옵션이 없습니다: %s' },
  'Argument check failed: %s': '옵션 검사에 실패했습니다: %s',
  'Implications failed:': '함께 줘야 하는 옵션이 없습니다:',
  'Not enough arguments following: %s': '값이 모자랍니다: %s 다음에 값을 적으세요',
  'Invalid JSON config file: %s': '올바른 JSON 설정 파일이 아닙니다: %s',
  'Path to JSON config file': 'JSON 설정 파일 경로',
};

/** Where the documentation is read online: the published package's files (docs/ ships in it). */
export const DOCS_URL = 'https://unpkg.com/dockgrade/docs/';

const TEXT = {
  usage: {
    en: '$0 <command> [options]\n\nGrades the Docker exercises of "시작하세요! 도커/쿠버네티스" by inspecting your real Docker state.',
    ko: '$0 <명령> [옵션]\n\n실제 Docker 상태를 살펴 "시작하세요! 도커/쿠버네티스"의 도커 실습을 채점합니다.',
  },
  help: { en: 'show help', ko: '도움말을 보여 줍니다' },
  version: { en: 'show the version number', ko: '버전을 보여 줍니다' },
  completion: {
    en: 'print a shell completion script (bash, zsh): dockgrade completion >> ~/.bashrc',
    ko: '셸 자동 완성 스크립트를 출력합니다 (bash, zsh): dockgrade completion >> ~/.bashrc',
  },
  demand: {
    en: `name a command: ${COMMANDS.map(commandName).join(', ')}`,
    ko: `명령을 하나 고르세요: ${COMMANDS.map(commandName).join(', ')}`,
  },
  failHint: { en: '`dockgrade --help` lists the commands and options', ko: '`dockgrade --help`로 명령과 옵션을 볼 수 있습니다' },
  didYouMean: { en: (command: string) => `did you mean \`${command}\`?`, ko: (command: string) => `비슷한 명령: \`${command}\`` },
  unknownCommand: { en: (word: string) => `unknown command '${word}'`, ko: (word: string) => `알 수 없는 명령입니다: '${word}'` },
  unknownArguments: {
    en: (words: string[]) => `unknown ${words.length > 1 ? 'arguments' : 'argument'} ${words.map((w) => `'${w}'`).join(', ')}`,
    // an option (`--bogus`, `-x`) or a word without dashes (인자: `check 2.2.1 extra`)
    ko: (words: string[]) => `알 수 없는 ${words.every((w) => w.startsWith('-')) ? '옵션' : words.some((w) => w.startsWith('-')) ? '옵션과 인자' : '인자'}입니다: ${words.map((w) => `'${w}'`).join(', ')}`,
  },
  epilogue: {
    en: [
      'dockgrade help <command>: the options of one command; --quiet: the exit code only; --verbose: the config file and engine used.',
      'Exit codes: 0 every exercise passes; 1 something to fix; 2 bad usage or input file; 3 no Docker engine answered.',
      'Environment: DOCKER_HOST, DOCKER_CONTEXT (the engine); DOCKGRADE_PREFIX; DOCKGRADE_CONFIG (config file); DOCKGRADE_STATE_DIR (journal); DOCKGRADE_CACHE_DIR; DOCKGRADE_SSH, DOCKGRADE_SSH_CONFIG (ssh:// engines); NO_COLOR, FORCE_COLOR; LC_ALL, LANG (language).',
      `Docs: README.md and docs/ in the package (npm root -g), online at ${DOCS_URL}`,
    ].join('\n'),
    ko: [
      'dockgrade help <명령>: 명령 하나의 옵션; --quiet: 종료 코드만; --verbose: 쓴 설정 파일과 엔진.',
      '종료 코드: 0 모든 실습 통과; 1 고칠 것이 있음; 2 잘못된 사용법이나 입력 파일; 3 도커 엔진이 응답하지 않음.',
      '환경 변수: DOCKER_HOST, DOCKER_CONTEXT (엔진); DOCKGRADE_PREFIX; DOCKGRADE_CONFIG (설정 파일); DOCKGRADE_STATE_DIR (통과 기록); DOCKGRADE_CACHE_DIR; DOCKGRADE_SSH, DOCKGRADE_SSH_CONFIG (ssh:// 엔진); NO_COLOR, FORCE_COLOR; LC_ALL, LANG (언어).',
      `문서: 패키지 안의 README.md와 docs/ (npm root -g), 온라인: ${DOCS_URL}`,
    ].join('\n'),
  },
} as const;

/** yargs' option settings for a declared option, with its description in `lang`. */
function yargsOption(option: OptionDeclaration, lang: Lang): Record<string, unknown> {
  const { describe, repeatable: _repeatable, ...rest } = option;
  return { ...rest, describe: describe[lang] };
}

/** Registers one declared command; its handler's exit code goes to `setExit`. */
function register(parser: Argv, command: AnyCommand, lang: Lang, setExit: (code: number) => void): Argv {
  return parser.command(
    command.command,
    command.describe[lang],
    (y: Argv) => {
      for (const [name, option] of Object.entries(command.positionals)) y.positional(name, yargsOption(option as OptionDeclaration, lang));
      for (const [name, option] of Object.entries(command.options)) y.option(name, yargsOption(option as OptionDeclaration, lang));
      // yargs shows the top level's epilogue with the top-level help only
      return y.epilogue(TEXT.epilogue[lang]);
    },
    async (args: Record<string, unknown>) => setExit(await command.handler(declaredArgs(command, GLOBAL_OPTIONS, args) as never)),
  );
}

/**
 * A lone `-` (standard input or output: `check --snapshot -`, `report -`, `--output -`) is no value to
 * yargs' parser: after a long option it leaves the option empty ('', which made `check --snapshot -`
 * grade the live engine) and as a positional it becomes `true`. It goes through the parser as this word
 * and is put back before any handler runs.
 */
const DASH = '\u0000-';

/** Puts back each `-` the parser carried as DASH, in every parsed value. */
function restoreDash(args: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(args)) {
    if (value === DASH) args[key] = '-';
    else if (Array.isArray(value)) args[key] = value.map((item) => (item === DASH ? '-' : item));
  }
}

/** The first word of the line the completion script runs: `dockgrade --get-yargs-completions WORDS…`. */
const COMPLETION_REQUEST = '--get-yargs-completions';

/**
 * A number option given something else (`--timeout abc`): yargs hands over NaN, and the error would
 * quote NaN; this one quotes what was typed.
 */
function refuseNotANumber(args: Record<string, unknown>, argv: readonly string[]): void {
  for (const command of COMMANDS) {
    for (const [name, option] of Object.entries(command.options as Record<string, OptionDeclaration>)) {
      if (option.type !== 'number' || !Number.isNaN(args[name])) continue;
      const at = argv.findIndex((word) => word === `--${name}` || word.startsWith(`--${name}=`) || (option.alias !== undefined && word === `-${option.alias}`));
      const typed = at < 0 ? '' : argv[at].includes('=') ? argv[at].slice(argv[at].indexOf('=') + 1) : (argv[at + 1] ?? '');
      throw new UsageError(`--${name}: '${typed}' is not a number`, `write e.g. --${name} ${String(option.default ?? 30)}`).inKorean(`--${name}: ${josa(`'${typed}'`, '은/는')} 숫자가 아닙니다`, `예: --${name} ${String(option.default ?? 30)}`);
    }
  }
}

/**
 * The first word of a line that is not an option or an option's value (the command the user typed),
 * past `completion` as yargs reads it (`completion fish`: the unknown word is `fish`).
 */
function firstWord(argv: readonly string[], skipCompletion = false): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' || argv[i] === '--host' || argv[i] === '-H' || argv[i] === '--prefix') i++;
    else if (!argv[i].startsWith('-') && !(skipCompletion && argv[i] === 'completion')) return argv[i];
  }
  return undefined;
}

/**
 * yargs' "Unknown arguments: formt, jurnal" names the keys it parsed (`--no-jurnal` became `jurnal`):
 * the words as the user typed them instead (`'--formt', '--no-jurnal'`), or undefined for another message.
 */
function unknownArguments(message: string, argv: readonly string[]): string[] | undefined {
  const names = /^(?:Unknown arguments?|알 수 없는 옵션입니다): (.+)$/s.exec(message)?.[1].split(', ');
  if (!names) return undefined;
  return names.map((name) => {
    const option = argv.find((word) => [`--${name}`, `--no-${name}`].some((typed) => word === typed || word.startsWith(`${typed}=`)));
    const short = name.length === 1 ? argv.find((word) => /^-[^-]/.test(word) && word.includes(name)) : undefined;
    return option ?? short ?? (argv.includes(name) ? name : name.length === 1 ? `-${name}` : `--${name}`);
  });
}

/** The command yargs recommends in `message` ("Did you mean check?", in the run's language), or undefined for another message. */
function suggested(message: string, lang: Lang): string | undefined {
  const template = lang === 'ko' ? KOREAN_YARGS['Did you mean %s?'] : 'Did you mean %s?';
  const [before, after] = template.split('%s');
  return message.startsWith(before) && message.endsWith(after) ? message.slice(before.length, message.length - after.length) : undefined;
}

/** `dockgrade help [command] …`, as git and docker read it: the line `[command] … --help`. */
function helpCommand(argv: readonly string[]): string[] {
  const at = argv.indexOf('help');
  if (at < 0 || firstWord(argv) !== 'help') return [...argv];
  return [...argv.slice(0, at), ...argv.slice(at + 1), '--help'];
}

/** A line with no command at all (only global switches): print the help. */
function namesNoCommand(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!/^(--lang=\w+|--color|--no-color)$/.test(argv[i])) return false;
  }
  return true;
}

export async function main(argv: string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  let lang: Lang = 'en';
  try {
    if (argv[0] === COMPLETION_REQUEST) {
      // The script `dockgrade completion` prints asks with the words typed (bash's COMP_WORDS, the
      // program name first); completion.ts answers without yargs (whose own answer ran the command's
      // parse and then refused the request as an unknown argument in strict mode).
      const [{ shellCompletions }, { catalogFor }] = await Promise.all([import('./completion.js'), import('./command-catalog.js')]);
      stdout.write(shellCompletions(argv.slice(1), await catalogFor({})).map((word) => `${word}\n`).join(''));
      return ExitCode.Ok;
    }
    lang = await earlyLang(argv);
    // loaded here, not at the top: the fast path in bin.ts never loads yargs
    const { default: yargs } = await import('yargs');
    let parser = yargs(helpCommand(argv).map((word) => (word === '-' ? DASH : word)))
      .scriptName('dockgrade')
      .locale(lang)
      .updateLocale((lang === 'ko' ? KOREAN_YARGS : {}) as never)
      .usage(TEXT.usage[lang])
      .version('version', TEXT.version[lang], TOOL.version)
      .alias('v', 'version');
    for (const [name, option] of Object.entries(GLOBAL_OPTIONS)) parser = parser.option(name, yargsOption(option, lang));
    parser = parser.middleware(async (args) => {
      restoreDash(args);
      refuseNotANumber(args, argv);
      await applyConfig(args as { lang?: unknown; prefix?: unknown });
      lang = args.lang as Lang;
    });
    for (const command of COMMANDS) parser = register(parser, command, lang, (code) => (exitCode = code));
    parser = parser
      .completion('completion', TEXT.completion[lang])
      .demandCommand(1, TEXT.demand[lang])
      .recommendCommands()
      .strict()
      .epilogue(TEXT.epilogue[lang])
      .help('help', TEXT.help[lang])
      .alias('h', 'help')
      .wrap(Math.min(110, process.stdout.columns || 100))
      // --help, --version and completion print and return here (exit 0), never process.exit() mid-run
      .exitProcess(false)
      .fail((message, error) => {
        if (error) throw error;
        // yargs' "Did you mean check?" names the suggestion, not what was typed: say both
        const suggestion = suggested(message, lang);
        if (suggestion) throw new DockgradeError(TEXT.unknownCommand[lang](firstWord(argv, true) ?? ''), ExitCode.Usage, TEXT.didYouMean[lang](suggestion));
        const unknown = unknownArguments(message, argv);
        if (unknown) throw new DockgradeError(TEXT.unknownArguments[lang](unknown), ExitCode.Usage, TEXT.failHint[lang]);
        // yargs writes some messages on several lines ("Invalid values:\n  Argument: …"): one line here.
        throw new DockgradeError(message.replace(/\s*\n\s*/g, ' '), ExitCode.Usage, TEXT.failHint[lang]);
      });
    if (namesNoCommand(argv)) {
      // `dockgrade` alone asks what the tool does: the help on stdout and exit 0, as `docker` and
      // `kubectl` answer it (the tools this book teaches), not a usage error.
      stdout.write(`${await parser.getHelp()}\n`);
      return ExitCode.Ok;
    }
    skipHelpCache(parser);
    await parser.parseAsync();
  } catch (error) {
    return reportError(error, process.stderr, lang);
  }
  return exitCode;
}

/**
 * yargs renders the whole help text after parsing every command, only to print it should the handler
 * fail later; our .fail() prints one line and never the help. That rendering (cliui, string-width) took
 * 60-400 ms of every yargs-path command in CPU profiles (`grade`, `list`, `report`, …): skip it.
 */
function skipHelpCache(parser: unknown): void {
  const usage = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

/** Set to true by the bundler (scripts/bundle.mjs) in dist/dockgrade.cjs, where every module shares the bundle's URL. */
declare const __DOCKGRADE_BUNDLE__: boolean | undefined;
const bundled = typeof __DOCKGRADE_BUNDLE__ !== 'undefined' && __DOCKGRADE_BUNDLE__;
// `node dist/grader/cli/main.js …` runs the full parser; the `dockgrade` executable is bin.ts, bundled.
const invokedDirectly = !bundled && process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  // Errors are one line: a dependency's deprecation notice (ssh2's url.parse) must not add two more.
  process.noDeprecation = true;
  tolerateClosedReader(process.stdout);
  main(process.argv.slice(2)).then(
    // An engine that stalled may still hold sockets open: the output is out, leave (process-end.ts).
    (code) => endProcess(code),
    (error) => endProcess(reportError(error)),
  );
}
