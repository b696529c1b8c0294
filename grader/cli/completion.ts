/**
 * Shell completion (`dockgrade check 2.2<Tab>`, `dockgrade check --format <Tab>`), loaded only when
 * completing. The shell script yargs prints hands over every word typed (bash's COMP_WORDS): the
 * program name first, the word being completed last.
 */
import { CLASS_REPORTER_NAMES, REPORTER_NAMES } from '../../reports/index.js';
import { compareText } from '../core/compare-text.js';
import { commandName, type OptionDeclaration } from './command-declaration.js';
import { COMMANDS } from './commands/command-list.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import type { Catalog } from '../pipeline/catalog.js';

/** The commands whose positionals are exercise ids or sections. */
const ID_COMMANDS: ReadonlySet<string> = new Set(['check', 'explain', 'solve', 'reset', 'selftest']);

/** `--format` values of the commands whose format is free text (FORMAT=FILE), so yargs has no choices to offer. */
const FORMATS: Readonly<Record<string, readonly string[]>> = {
  check: REPORTER_NAMES,
  report: [...new Set([...REPORTER_NAMES, ...CLASS_REPORTER_NAMES])],
};

/** Every exercise id, every section and its prefixes, and `all`, that start with what is typed. */
export function exerciseCompletions(current: string, catalog: Catalog): string[] {
  const words = new Set<string>(['all']);
  for (const exercise of catalog.exercises) {
    words.add(exercise.id);
    const parts = exercise.section.split('.');
    for (let i = 2; i <= parts.length; i++) words.add(parts.slice(0, i).join('.'));
  }
  return [...words].filter((word) => word.startsWith(current)).sort(compareText);
}

/** The option a typed flag names (`--format`, `-f`), with its name, or undefined. */
function optionOf(flag: string, options: Readonly<Record<string, OptionDeclaration>>): [string, OptionDeclaration] | undefined {
  return Object.entries(options).find(([name, option]) => flag === `--${name}` || (option.alias !== undefined && flag === `-${option.alias}`));
}

/** Words starting with `current`, in order. */
function starting(words: readonly string[], current: string): string[] {
  return words.filter((word) => word.startsWith(current));
}

/** The options a line may add: `--name` and `-alias` of each one shown in `--help`. */
function optionWords(options: Readonly<Record<string, OptionDeclaration>>, top: boolean): string[] {
  const words = Object.entries(options).flatMap(([name, option]) => (option.hidden ? [] : [`--${name}`, ...(option.alias ? [`-${option.alias}`] : [])]));
  return [...words, '--help', '-h', ...(top ? ['--version', '-v'] : [])];
}

/**
 * What to offer for the words a shell typed (`words[0]` is the program name, the last word is the one
 * being completed): commands, options, an option's values (`--format`'s formats, `--lang`'s choices),
 * exercise ids (of `catalog`). An empty list leaves it to the shell (file names: the script completes with
 * `-o default`).
 */
export function shellCompletions(words: readonly string[], catalog: Catalog): string[] {
  const typed = words.slice(1);
  const current = typed.at(-1) ?? '';
  // bash splits `--format=` into `--format`, `=`, `` (COMP_WORDBREAKS)
  const previous = typed.at(-2) === '=' ? typed.at(-3) : typed.at(-2);
  const command = COMMANDS.find((c) => typed.slice(0, -1).includes(commandName(c)));
  const name = command ? commandName(command) : undefined;
  const options: Record<string, OptionDeclaration> = { ...GLOBAL_OPTIONS, ...(command?.options as Record<string, OptionDeclaration> | undefined) };
  const option = previous?.startsWith('-') ? optionOf(previous, options) : undefined;
  if (option && option[1].type !== 'boolean') {
    if (option[0] === 'format' && name && FORMATS[name]) return starting(FORMATS[name], current);
    return starting(option[1].choices ?? [], current);
  }
  if (current.startsWith('-')) return starting(optionWords(options, !command), current);
  if (!name) return typed.slice(0, -1).includes('completion') ? [] : starting([...COMMANDS.map(commandName), 'completion'], current);
  return ID_COMMANDS.has(name) ? exerciseCompletions(current, catalog) : [];
}
