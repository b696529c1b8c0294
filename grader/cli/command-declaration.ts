/**
 * A command of the command line, declared once: its name and positionals, a description in both
 * languages and its options; its run function takes exactly those. main.ts registers every command with yargs
 * (grader/cli/commands/command-list.ts); the fast path for plain `check` lines (fast-argv.ts) reads the
 * same options without loading yargs. This module is types and small pure helpers only: the fast path
 * loads it on every `check`.
 */
import { UsageError } from '../core/errors.js';
import type { Lang, Msg } from '../core/i18n.js';
import type { Catalog } from '../pipeline/catalog.js';

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
  /** `--quiet`: nothing on stdout (apply-config.ts). */
  quiet?: boolean;
  /** `--verbose`: the config file and the engine endpoint on stderr (apply-config.ts). */
  verbose?: boolean;
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
/** Whether an option always has a value once parsed (a default, or demanded). */
type AlwaysGiven<O extends OptionDeclaration> = O extends { default: unknown } | { demandOption: true } ? true : false;

/**
 * The parsed arguments a command receives: camelCase names, typed from the declarations; an option with
 * neither a default nor `demandOption` may be absent (absent and undefined mean the same to a command).
 */
export type ArgsOf<Options extends Record<string, OptionDeclaration>> = {
  [K in keyof Options & string as AlwaysGiven<Options[K]> extends true ? CamelCase<K> : never]: ValueOf<Options[K]>;
} & { [K in keyof Options & string as AlwaysGiven<Options[K]> extends true ? never : CamelCase<K>]?: ValueOf<Options[K]> } & GlobalArgs;

/**
 * A command as declared, once: yargs' command string (`check [selectors..]`), texts, positionals and
 * options. Its run function (in its own module) is typed from this alone ({@link ArgsOf}); the
 * registry (commands/command-list.ts) joins the two ({@link withRun}).
 */
export interface CommandDeclaration<
  Positionals extends Record<string, OptionDeclaration> = Record<string, OptionDeclaration>,
  Options extends Record<string, OptionDeclaration> = Record<string, OptionDeclaration>,
> {
  command: string;
  describe: Msg;
  positionals: Positionals;
  options: Options;
}

/** Declares a command, keeping the literal types of its options (what its run function is typed from). */
export function defineCommand<const Positionals extends Record<string, OptionDeclaration>, const Options extends Record<string, OptionDeclaration>>(
  declaration: CommandDeclaration<Positionals, Options>,
): CommandDeclaration<Positionals, Options> {
  return declaration;
}

/** The parsed arguments of a declared command, as its run function receives them. */
export type CommandArgs<D extends CommandDeclaration> = ArgsOf<D['positionals'] & D['options']>;

/**
 * A command's run function: the parsed arguments exactly as declared, and the catalog the command line
 * works with (command-catalog.ts); resolves to the exit code.
 */
export type CommandRun<D extends CommandDeclaration> = (args: CommandArgs<D>, catalog: Catalog) => Promise<number>;

/** A declared command joined to its run function, as the registry lists it and both parsers call it. */
export interface RunnableCommand<D extends CommandDeclaration = CommandDeclaration> extends CommandDeclaration {
  /** The declaration itself (what its run function is typed from). */
  declaration: D;
  /** Loads the command's run function (its own module). */
  load: () => Promise<CommandRun<D>>;
  /** Loads the command's own module (import()) only now, and runs it. */
  handler(args: CommandArgs<D>): Promise<number>;
}

/**
 * Joins a declaration to its run function, loaded by `load` only when the command runs (so start-up
 * loads declarations only). The run function's arguments are the declaration's, with nothing mapped
 * field by field in between.
 */
export function withRun<D extends CommandDeclaration>(declaration: D, load: () => Promise<CommandRun<D>>): RunnableCommand<D> {
  return {
    ...declaration,
    declaration,
    load,
    async handler(args) {
      const [run, { catalogFor }] = await Promise.all([load(), import('./command-catalog.js')]);
      return run(args, await catalogFor(args));
    },
  };
}

/** Any runnable command, for lists of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list holds commands of different option types; each checks its own
export type AnyCommand = RunnableCommand<any>;

/** The command's name: the first word of its command string. */
export function commandName(declaration: Pick<CommandDeclaration, 'command'>): string {
  return declaration.command.split(' ')[0];
}

/**
 * The declared arguments only (positionals, options and `globals`, by their camelCase names), without
 * what yargs adds (`$0`, `_`, aliases, kebab-case twins): what a command receives on either path.
 */
export function declaredArgs(command: CommandDeclaration, globals: Record<string, OptionDeclaration>, parsed: Record<string, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const name of [...Object.keys(globals), ...Object.keys(command.positionals), ...Object.keys(command.options)]) {
    const key = camelCase(name);
    if (parsed[key] !== undefined) args[key] = parsed[key];
  }
  return args;
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
