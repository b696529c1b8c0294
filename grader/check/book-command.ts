/**
 * The book's command, written once per exercise: the exercise's `commands`, its target's `create` hint
 * and its reference solution all derive from it, so they cannot drift apart. Every name in it carries
 * the learner's prefix (grader/docker/prefix-rewriter.ts: containers, networks, volumes, created images);
 * a container the book leaves unnamed gets a name with the prefix, or the prefixed run would not see it.
 */
import { parseStep, splitCommandLine } from '../docker/docker-args.js';
import { commandFlags, DockerStepError, findFlag, readArgs, spellingOf, verbOf, type DockerFlag, type FlagUse } from '../docker/docker-flags.js';
import { prefixSteps } from '../docker/prefix-rewriter.js';
import type { DockerStep, Names } from './types.js';


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

/**
 * Declares the book's command. `unnamed`: the name a container the book leaves unnamed gets under a
 * prefix (nothing without one). The words are rewritten once per prefix (grader/docker/prefix-rewriter.ts):
 * hints ask for the line again and again while grading.
 */
export function bookCommand(text: string, options: { unnamed?: string } = {}): BookCommand {
  const [docker, ...book] = splitCommandLine(text);
  const parsed = parseStep(book);
  const interactiveRun = parsed.verb === 'run' && parsed.options.has('interactive') && parsed.options.has('tty') && !parsed.options.has('detach');
  const byPrefix = new Map<string, DockerStep>();
  const prefixedStep = (names: Names): DockerStep => {
    let step = byPrefix.get(names.prefix);
    if (!step) byPrefix.set(names.prefix, (step = prefixSteps([book], names.prefix, options.unnamed ? { unnamed: options.unnamed } : {})[0]));
    return step;
  };
  return {
    text,
    line: (names) => [docker, ...prefixedStep(names)].join(' '),
    step(names) {
      const step = prefixedStep(names);
      const verbWords = verbOf(step).words;
      return interactiveRun ? [...step.slice(0, verbWords), '-d', ...step.slice(verbWords)] : [...step];
    },
  };
}

/**
 * Changes to a `docker run` step, for mutations: per flag (any spelling the flag table knows: `-e`,
 * `--env`, `env`) the values that replace all of its own (null drops it; `[]` for a boolean sets it);
 * the image and command.
 */
export interface RunChanges {
  options?: Record<string, readonly string[] | null>;
  image?: readonly string[];
}

/** A `-x` of a cluster, or a flag of its own word, rendered with its value. */
function rendered(flag: DockerFlag, spelling: string, values: readonly string[], joined: boolean): string[] {
  if (flag.value === 'none') return [spelling];
  return values.flatMap((v) => (joined ? [`${spelling}=${v}`] : [spelling, v]));
}

function cannot(verb: string, what: string): DockerStepError {
  return new DockerStepError(`reviseRun (docker ${verb}): ${what}`, 'a mutation states a change the flag table can apply (grader/docker/docker-flags.ts)').inKorean(`reviseRun (docker ${verb}): ${what}`, '플래그 표(grader/docker/docker-flags.ts)가 적용할 수 있는 변경을 쓰세요');
}

/**
 * A `docker run`/`create` step with some flags or the image changed, everything else word for word as
 * it was: a mutation states only its mistake. Flags are read through the one flag table, so every
 * `docker run` flag can change (`--label`, `--memory`, `-itd` clusters, `--name=x`); a replaced flag
 * keeps its place and spelling, a flag not in the step is added before the image. A change the table
 * cannot apply (a flag `docker run` does not have, a value for a boolean, no value or several for a
 * flag given once) is a DockerStepError, never a step left as it was.
 */
export function reviseRun(step: DockerStep, changes: RunChanges): DockerStep {
  const { verb, words: verbWords } = verbOf(step);
  if (verb !== 'run' && verb !== 'create') throw cannot(verb, 'not a docker run or create step');
  const command = commandFlags(verb)!;
  const args = step.slice(verbWords);
  const { uses, positionals } = readArgs(verb, args, { strict: true });
  let tailAt = positionals[0]?.at ?? args.length;
  if (args[tailAt - 1] === '--') tailAt -= 1;
  // Each word of the flags, as it will be written (a dropped word writes nothing).
  const out: string[][] = args.slice(0, tailAt).map((word) => [word]);
  const dropped = new Set<FlagUse>();
  const added: string[] = [];
  for (const [key, values] of Object.entries(changes.options ?? {})) {
    const flag = findFlag(command.flags, key.startsWith('-') ? key : `--${key}`);
    if (!flag) throw cannot(verb, `no flag '${key}'`);
    if (values !== null && flag.value === 'none' && values.length) throw cannot(verb, `'${key}' takes no value, given ${values.join(' ')}`);
    if (values !== null && flag.value !== 'none' && !values.length) throw cannot(verb, `'${key}' needs a value (null drops it)`);
    if (values !== null && !flag.repeatable && values.length > 1) throw cannot(verb, `'${key}' is given once, not ${values.length} times`);
    const own = uses.filter((u) => u.flag === flag);
    own.forEach((u) => dropped.add(u));
    if (values === null) {
      if (!own.length) throw cannot(verb, `'${key}' to drop is not in the step`);
      continue;
    }
    const first = own[0];
    if (!first) {
      added.push(...rendered(flag, key.startsWith('-') ? key : spellingOf(flag), values, false));
      continue;
    }
    // In place of its first use, as it was spelled there (`--name=x` stays joined).
    const joined = first.valueAt === first.at && !first.inCluster && first.spelling.startsWith('--');
    out[first.at].push(...rendered(flag, first.spelling, values, joined));
  }
  // Rewrite the words that lost a flag: a word of its own goes; a cluster keeps its other letters.
  for (const at of new Set([...dropped].map((u) => u.at))) {
    const here = uses.filter((u) => u.at === at);
    const kept = here.filter((u) => !dropped.has(u));
    // A dropped value flag takes its value word with it (`-e A=1`, `-itp 80`).
    const separate = here.find((u) => u.valueAt !== undefined && u.valueAt !== at);
    if (separate && dropped.has(separate)) out[separate.valueAt!] = [];
    const replacement = out[at].slice(1);
    const last = kept.at(-1);
    out[at] = last ? [`-${kept.map((u) => u.spelling.slice(1)).join('')}${last.valueAt === at ? last.value : ''}`, ...replacement] : replacement;
  }
  const tail = changes.image ?? args.slice(tailAt);
  return [...step.slice(0, verbWords), ...out.flat(), ...added, ...tail];
}
