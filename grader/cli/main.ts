#!/usr/bin/env node
/**
 * The dockgrade command line: registers every declared command (commands/command-list.ts) with yargs.
 * Each command's code is imported only when that command runs, so start-up stays lean. One top-level
 * catch: known errors print one line (in the language of `--lang`) and set the exit code; anything
 * else is a bug and prints its stack.
 */
import type { Argv } from 'yargs';
import { commandName, type AnyCommand, type OptionDeclaration } from './command-declaration.js';
import { COMMANDS } from './commands/command-list.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { applyConfig, earlyLang } from './apply-config.js';
import { reportError } from './report-error.js';
import { DockgradeError, ExitCode } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { TOOL } from '../core/tool.js';
import { importPackage } from '../core/import-package.js';
import { endProcess } from '../core/process-end.js';

export { applyConfig } from './apply-config.js';
export { reportError } from './report-error.js';

/**
 * yargs' Korean locale, completed and corrected: it lacks "Unknown command" and "deprecated", and its
 * "Did you mean %s?" and "Arguments %s and %s are mutually exclusive" put fallback particles ("을(를)",
 * "과(와)", "은(는)") after the word yargs fills in; these are replaced by sentences that need no
 * particle after %s, whatever the word is (a test holds every Korean message free of such fallbacks).
 */
const KOREAN_YARGS = {
  'Unknown command: %s': { one: '알 수 없는 명령입니다: %s', other: '알 수 없는 명령입니다: %s' },
  'Did you mean %s?': '혹시 이것인가요? %s',
  'Arguments %s and %s are mutually exclusive': '두 인수는 함께 쓸 수 없습니다: %s, %s',
  deprecated: '더 이상 쓰지 않음',
  'deprecated: %s': '더 이상 쓰지 않음: %s',
};

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
      return y;
    },
    async (args: Record<string, unknown>) => setExit(await command.handler(args as never)),
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
      const { shellCompletions } = await import('./completion.js');
      stdout.write(shellCompletions(argv.slice(1)).map((word) => `${word}\n`).join(''));
      return ExitCode.Ok;
    }
    lang = await earlyLang(argv);
    // loaded here, not at the top: the fast path in bin.ts never loads yargs
    const { default: yargs } = await importPackage<typeof import('yargs')>('yargs');
    let parser = yargs(argv.map((word) => (word === '-' ? DASH : word)))
      .scriptName('dockgrade')
      .locale(lang)
      .updateLocale((lang === 'ko' ? KOREAN_YARGS : {}) as never)
      .usage(TEXT.usage[lang])
      .version('version', TEXT.version[lang], TOOL.version)
      .alias('v', 'version');
    for (const [name, option] of Object.entries(GLOBAL_OPTIONS)) parser = parser.option(name, yargsOption(option, lang));
    parser = parser.middleware(async (args) => {
      restoreDash(args);
      await applyConfig(args as { lang?: unknown; prefix?: unknown });
      lang = args.lang as Lang;
    });
    for (const command of COMMANDS) parser = register(parser, command, lang, (code) => (exitCode = code));
    parser = parser
      .completion('completion', TEXT.completion[lang])
      .demandCommand(1, TEXT.demand[lang])
      .strict()
      .help('help', TEXT.help[lang])
      .alias('h', 'help')
      .wrap(Math.min(110, process.stdout.columns || 100))
      // --help, --version and completion print and return here (exit 0), never process.exit() mid-run
      .exitProcess(false)
      .fail((message, error) => {
        if (error) throw error;
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
  main(process.argv.slice(2)).then(
    // An engine that stalled may still hold sockets open: the output is out, leave (process-end.ts).
    (code) => endProcess(code),
    (error) => endProcess(reportError(error)),
  );
}
