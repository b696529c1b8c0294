/**
 * The book's command, written once per exercise: the exercise's `commands`, its target's `create` hint
 * and its reference solution all derive from it, so they cannot drift apart. Every name in it carries
 * the learner's prefix (grader/docker/prefix-rewriter.ts: containers, networks, volumes, created images);
 * a container the book leaves unnamed gets a name with the prefix, or the prefixed run would not see it.
 */
import { parseStep, splitCommandLine } from '../docker/docker-args.js';
import { prefixSteps } from '../docker/prefix-rewriter.js';
import type { DockerStep, Names } from './types.js';

/** Flags of the book's `docker run` lines that take a value (the word after them). */
const TAKES_VALUE = new Set(['-e', '--env', '--name', '--link', '-p', '--publish', '-v', '--volume', '--net', '--network', '-h', '-w', '-u', '--entrypoint', '--volumes-from']);

/** The book's command for one step, with the forms derived from it. */
export interface BookCommand {
  /** As the book prints it. */
  readonly text: string;
  /** The command a learner types, with names prefixed (hints, `explain`). */
  line(names: Names): string;
  /**
   * The same as a step a machine runs (the reference solution): `-i -t` without `-d` gets `-d`, since
   * leaving with Ctrl+P, Q has no machine form; everything else as the book writes it.
   */
  step(names: Names): DockerStep;
}

/** The words of the command with the learner's names in it (`docker` kept): the one prefix rewriter's. */
function wordsFor(text: string, names: Names, unnamed: string | undefined): string[] {
  const [docker, ...step] = splitCommandLine(text);
  return [docker, ...prefixSteps([step], names.prefix, unnamed ? { unnamed } : {})[0]];
}

/**
 * Declares the book's command. `unnamed`: the name a container the book leaves unnamed gets under a
 * prefix (nothing without one).
 */
export function bookCommand(text: string, options: { unnamed?: string } = {}): BookCommand {
  const parsed = parseStep(splitCommandLine(text));
  const interactiveRun = parsed.verb === 'run' && parsed.options.has('interactive') && parsed.options.has('tty') && !parsed.options.has('detach');
  return {
    text,
    line: (names) => wordsFor(text, names, options.unnamed).join(' '),
    step(names) {
      const [, verb, ...rest] = wordsFor(text, names, options.unnamed);
      return interactiveRun ? [verb, '-d', ...rest] : [verb, ...rest];
    },
  };
}

/** Changes to a `docker run` step, for mutations: per flag the values that replace its own (null drops it); the image and command. */
export interface RunChanges {
  options?: Record<string, readonly string[] | null>;
  image?: readonly string[];
}

/**
 * A `docker run`/`create` step with some flags or the image changed, everything else as it was: a
 * mutation states only its mistake. A flag not in the step is added before the image.
 */
export function reviseRun(step: DockerStep, changes: RunChanges): DockerStep {
  const [verb, ...args] = step;
  const groups: Array<{ flag: string; values: string[] }> = [];
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    const flag = args[i];
    const value = TAKES_VALUE.has(flag) ? args[++i] : undefined;
    const group = groups.find((g) => g.flag === flag);
    if (group) group.values.push(value ?? '');
    else groups.push({ flag, values: value === undefined ? [] : [value] });
  }
  const tail = changes.image ?? args.slice(i);
  const wanted = changes.options ?? {};
  for (const flag of Object.keys(wanted)) if (!groups.some((g) => g.flag === flag)) groups.push({ flag, values: [] });
  const flags = groups.flatMap(({ flag, values }) => {
    const replaced = flag in wanted ? wanted[flag] : values;
    if (replaced === null) return [];
    return TAKES_VALUE.has(flag) ? replaced.flatMap((v) => [flag, v]) : [flag];
  });
  return [verb, ...flags, ...tail];
}
