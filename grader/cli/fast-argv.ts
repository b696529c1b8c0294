/**
 * A pre-dispatch for the command a learner runs dozens of times an hour: a plain `dockgrade check …`.
 * Loading and configuring yargs costs about 100 ms on this machine, as much as the whole `docker`
 * CLI call we measure ourselves against, so a command line made only of a declared command's options
 * (commands/check-declaration.ts, and the global ones), in their plain forms, is read here from those
 * same declarations and handed to the command's handler directly. Anything else — another command,
 * `--help`, an unknown, camelCased or repeated option, a doubtful value — returns null and goes to the
 * yargs parser in main.ts, which stays the one authority for usage, help and errors. A table-driven
 * test (fast-argv.test.ts) proves that for every line this accepts, yargs hands the handler the same
 * options. This module must not load yargs nor any other command's module (see bin.ts).
 */
import { camelCase, commandName, type CommandDeclaration, type OptionDeclaration } from './command-declaration.js';
import { GLOBAL_OPTIONS } from './global-options.js';

/** A selector as the fast path takes it: exercise ids and section prefixes only, or all. */
const PLAIN_WORD = /^[0-9a-z][0-9a-z./_-]*$/i;
/** A number as yargs reads it the same way (no signs, exponents, hex or blanks). */
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/**
 * The arguments of a plain command line for `command`, as yargs would hand them to its handler before
 * `--lang` and `--prefix` defaults are filled (apply-config.ts), or null when the line needs the full parser.
 */
export function fastArgs(command: CommandDeclaration, argv: readonly string[]): Record<string, unknown> | null {
  if (argv[0] !== commandName(command)) return null;
  const options: Record<string, OptionDeclaration> = { ...GLOBAL_OPTIONS, ...command.options };
  const spellings = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    spellings.set(`--${name}`, name);
    if (option.alias) spellings.set(`-${option.alias}`, name);
  }
  const positionals = Object.entries(command.positionals as Record<string, OptionDeclaration>);
  // Only a command whose positionals are one optional list (`check [selectors..]`) is taken here.
  if (positionals.length > 1 || positionals.some(([, p]) => !p.array || p.demandOption)) return null;
  const words: string[] = [];
  const given = new Map<string, string | number | boolean>();
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('-')) {
      if (!positionals.length || !PLAIN_WORD.test(token)) return null;
      words.push(token);
      continue;
    }
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const negated = eq < 0 && flag.startsWith('--no-') ? spellings.get(`--${flag.slice(5)}`) : undefined;
    const name = negated ?? spellings.get(flag);
    if (name === undefined || given.has(name)) return null;
    const option = options[name];
    if (option.type === 'boolean') {
      // `--probes`, `--no-probes`: `--probes=false` and `-w` bundles are left to yargs
      if (eq > 0 || (negated === undefined && !flag.startsWith('--'))) return null;
      given.set(name, negated === undefined);
      continue;
    }
    if (negated !== undefined) return null;
    const value = eq > 0 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('-'))) return null;
    if (option.choices && !option.choices.includes(value)) return null;
    if (option.type === 'number') {
      if (!PLAIN_NUMBER.test(value)) return null;
      given.set(name, Number(value));
    } else given.set(name, value);
  }
  const args: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) {
    const value = given.has(name) ? given.get(name) : option.default;
    if (value !== undefined) args[camelCase(name)] = value;
  }
  if (positionals.length) args[positionals[0][0]] = words;
  return args;
}
