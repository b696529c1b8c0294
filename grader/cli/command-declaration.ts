/**
 * A command of the command line, declared once: its name and positionals, a description in both
 * languages, its options and its handler. main.ts registers every declaration with yargs
 * (grader/cli/commands/command-list.ts); the fast path for plain `check` lines (fast-argv.ts) reads the
 * same options without loading yargs. This module is types and small pure helpers only: the fast path
 * loads it on every `check`.
 */
import { UsageError } from '../core/errors.js';
import type { Lang, Msg } from '../core/i18n.js';

/** One option (or positional) as both parsers read it. */
export interface OptionDeclaration {
  type: 'string' | 'number' | 'boolean';
  /** One-letter alias (`-o`). */
  alias?: string;
  default?: string | number | boolean | readonly string[];
  choices?: readonly string[];
  describe: Msg;
  /** Left out of `--help` (still accepted). */
  hidden?: boolean;
  demandOption?: boolean;
  /** A positional taking every remaining word (`<selectors..>`). */
  array?: boolean;
  /** May be given several times (yargs then hands over an array). */
  repeatable?: boolean;
}

/** The options every command accepts (declared in global-options.ts). */
export interface GlobalArgs {
  lang: Lang;
  prefix: string;
  host?: string;
  /** `--color` / `--no-color`; undefined: decided from the terminal and the environment. */
  color?: boolean;
}

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type ValueOf<O extends OptionDeclaration> = O['type'] extends 'number'
  ? number
  : O['type'] extends 'boolean'
    ? boolean
    : O['array'] extends true
      ? string[]
      : O['repeatable'] extends true
        ? string | string[]
        : O['choices'] extends readonly (infer C)[]
          ? C
          : string;
type Given<O extends OptionDeclaration> = O extends { default: unknown } | { demandOption: true } ? ValueOf<O> : ValueOf<O> | undefined;

/** The parsed arguments a handler receives: camelCase names, typed from the declarations. */
export type ArgsOf<Options extends Record<string, OptionDeclaration>> = { [K in keyof Options & string as CamelCase<K>]: Given<Options[K]> } & GlobalArgs;

/** A command: yargs' command string (`check [selectors..]`), texts, options, and what it does. */
export interface CommandDeclaration<
  Positionals extends Record<string, OptionDeclaration> = Record<string, OptionDeclaration>,
  Options extends Record<string, OptionDeclaration> = Record<string, OptionDeclaration>,
> {
  command: string;
  describe: Msg;
  positionals: Positionals;
  options: Options;
  /** Runs the command; resolves to its exit code. Loads the command's own code (import()) only now. */
  handler(args: ArgsOf<Positionals & Options>): Promise<number>;
}

/** Declares a command, typing the handler's arguments from its options. */
export function defineCommand<const Positionals extends Record<string, OptionDeclaration>, const Options extends Record<string, OptionDeclaration>>(
  declaration: CommandDeclaration<Positionals, Options>,
): CommandDeclaration<Positionals, Options> {
  return declaration;
}

/** Any declared command, for lists of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list holds commands of different option types; each checks its own
export type AnyCommand = CommandDeclaration<any, any>;

/** The command's name: the first word of its command string. */
export function commandName(declaration: AnyCommand): string {
  return declaration.command.split(' ')[0];
}

/** `show-secrets` → `showSecrets`, the name yargs (and the fast path) hand the handler. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Seconds given on the command line as milliseconds; a UsageError for anything but a number above
 * zero (yargs turns `--timeout soon` into NaN, which used to mean "no bound at all").
 */
export function secondsToMs(seconds: number, flag: string): number {
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`${flag}: expected seconds above 0, got '${seconds}'`, `write e.g. ${flag} 30`).inKorean(`${flag}: 0보다 큰 초를 주세요 (받은 값: '${seconds}')`, `예: ${flag} 30`);
  }
  return seconds * 1000;
}
