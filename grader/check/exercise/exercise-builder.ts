/**
 * Turns a compiled exercise file (compiled-exercise.ts) into the ExerciseDefinition the grader runs:
 * targets with their matchers, each check built by its kind (grader/check/kinds/), the solution and
 * mutations as steps under the learner's prefix. Runs at start-up for the built-in exercises: no
 * validation here (the compiler did it), no YAML, no template parsing.
 */
import type { SnapshotEdit } from '../../model/exercise-schema.js';
import type { Container, Snapshot } from '../../model/snapshot-schema.js';
import { repositoryOf } from '../image-reference.js';
import { KINDS } from '../kinds/index.js';
import type { CheckContext, CheckSpec, ContainerTarget, DockerStep, ExerciseDefinition, Names } from '../types.js';
import type { CompiledExercise, CompiledTarget } from './compiled-exercise.js';
import { prefixedImage, prefixSteps, rewriteDockerfile } from '../../docker/prefix-rewriter.js';
import { renderTemplate, renderText, type Template } from './text-template.js';
import { compareText } from '../../core/compare-text.js';
import { commandsOfLine, objectsCreatedBy, splitCommandLine, stepArgs } from '../../docker/docker-args.js';
import { eventsReadBy } from '../events-read.js';

/** The containers a target's `match` admits. */
function matcher(match: NonNullable<CompiledTarget['match']>): (c: Container) => boolean {
  return (c) =>
    (match.repository === undefined || repositoryOf(c.image) === match.repository) &&
    (match.ports === undefined || (match.ports === 'none' ? Object.keys(c.portBindings).length === 0 && !c.publishAllPorts : Object.keys(c.portBindings).length > 0));
}

/** Names the engine gives a container run without --name (`angry_morse`, `angry_morse1`). */
const ENGINE_GIVEN = /^[a-z]+_[a-z]+\d*$/;

/** The newest of the learner's containers (under their prefix) whose name looks given by the engine. */
function newestEngineNamed(ctx: CheckContext): string | undefined {
  const start = ctx.name('');
  return [...ctx.containers].filter((c) => ENGINE_GIVEN.test(c.name.slice(start.length))).sort((a, b) => compareText(b.created, a.created))[0]?.name;
}

/**
 * A command line of the file as the learner types it under their prefix (`docker run … --name alice-web …`):
 * one command, or several joined by `&&` (a fix that takes more than one), rewritten in order (an image
 * the first makes is the prefixed one in the next). `made`: the images the exercise's solution makes, so a
 * line that runs one (`docker run … mybuild:0.0`) names the learner's tag (`mybuild:alice-0.0`).
 */
function lineOf(steps: () => readonly DockerStep[], unnamed: string | undefined, made: () => readonly string[]): (names: Names) => string {
  return (names) =>
    prefixSteps(steps(), names.prefix, { ...(unnamed ? { unnamed } : {}), made: made() })
      .map((step) => ['docker', ...stepArgs(step)].map(shellWord).join(' '))
      .join(' && ');
}

/**
 * `make()`, made on the first call and kept: what a build needs only when a hint is written (the images
 * the solution makes, a command line's words) is not worked out for every exercise at start-up (issue 25:
 * `check all` parsed every solution and fix line of 64 exercises, ~5 ms, to print a few hints).
 */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A word as a shell reads it back: as it is when plain, else quoted as the book quotes
 * (`-m "my first commit"`): a hint is pasted into a shell, and `-m my first commit` is three words.
 */
function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return /["$`\\!]/.test(word) ? `'${word.replace(/'/g, `'\\''`)}'` : `"${word}"`;
}

function editOf(edit: SnapshotEdit): (snapshot: Snapshot, names: Names) => Snapshot {
  if ('retagImage' in edit) {
    const { from, to } = edit.retagImage;
    return (snapshot) => ({ ...snapshot, images: snapshot.images.map((i) => ({ ...i, tags: i.tags.map((t) => (t === from ? to : t)) })) });
  }
  const { container, image } = edit.containerImage;
  return (snapshot, n) => ({ ...snapshot, containers: snapshot.containers.map((c) => (c.name === n.name(container) ? { ...c, image } : c)) });
}

/**
 * `line`, remembered for each prefix it was asked for: a target's command depends on the prefix alone
 * (names are made from it, grader/check/names.ts), and `grade` asks for it once per missing target and
 * per command view of every submission (all under the same prefix, mostly).
 */
function byPrefix(line: (names: Names) => string): (names: Names) => string {
  const known = new Map<string, string>();
  return (names) => {
    let text = known.get(names.prefix);
    if (text === undefined) {
      if (known.size >= 64) known.clear();
      text = line(names);
      known.set(names.prefix, text);
    }
    return text;
  };
}

/** How a catalog builds its exercise files. */
export interface BuildOptions {
  /**
   * What a named target does with a near-miss container when its file does not say (`nearMiss`): the
   * book's exercises grade it in the target's place ('grade', the default), a course pack's skip
   * ('skip': by exact name only).
   */
  nearMiss?: 'skip' | 'grade';
  /** Told each command line the exercise's checks and targets render (noPrefixLines). */
  record?: (line: { command: string } | { target: string }, render: (names: Names) => string) => void;
}

/** No prefix: the names a learner without `--prefix` has. */
const NO_PREFIX: Names = { prefix: '', name: (base) => base, nameFlag: () => [] };

/**
 * Every command line a file's checks and targets render for a hint (fix lines, targets' create lines), as
 * typed without a prefix, for the compiled file (`lines`, `createLine`): a check without a prefix then
 * splits and rewrites no docker command line to print a hint (issue 25: ~2 ms of `check all`, which
 * printed the create line of every missing target). Throws what the rewriter throws for a flag it does
 * not know, so such a line fails the file when it is compiled rather than the grading that prints it.
 */
export function noPrefixLines(file: CompiledExercise): { lines: Record<string, string>; creates: Record<string, string> } {
  const lines: Record<string, string> = {};
  const creates: Record<string, string> = {};
  buildExercise(file, {
    record: (line, render) => {
      if ('command' in line) lines[line.command] = render(NO_PREFIX);
      else creates[line.target] = render(NO_PREFIX);
    },
  });
  return { lines, creates };
}

/** `render`, but for no prefix the text given (`known`), when there is one. */
function knownWithoutPrefix(known: string | undefined, render: (names: Names) => string): (names: Names) => string {
  return known === undefined ? render : (names) => (names.prefix === '' ? known : render(names));
}

/** The runnable exercise of a compiled file. */
export function buildExercise(file: CompiledExercise, options: BuildOptions = {}): ExerciseDefinition {
  const targets = new Map<string, ContainerTarget>();
  const solutionMade = once(() => objectsCreatedBy(file.solution).images);
  for (const [key, t] of Object.entries(file.targets)) {
    const made = t.create;
    const typed = 'template' in made ? undefined : lineOf(() => [made], file.unnamed, solutionMade);
    if (typed) options.record?.({ target: key }, typed);
    const create = byPrefix(typed ? knownWithoutPrefix(t.createLine, typed) : (names: Names) => renderTemplate((made as { template: Template }).template, { names }));
    const missing = t.missingHint;
    targets.set(key, {
      ...(t.name !== undefined ? { name: t.name } : {}),
      ...(t.aliases ? { aliases: t.aliases } : {}),
      ...(t.shared ? { shared: true } : {}),
      ...(t.name !== undefined && (t.nearMiss ?? options.nearMiss ?? 'grade') === 'skip' ? { exactName: true } : {}),
      ...(t.match ? { match: matcher(t.match) } : {}),
      describe: t.describe,
      create,
      ...(missing ? { missingHint: (ctx) => renderText(missing, { names: ctx, create: create(ctx), engineNamed: newestEngineNamed(ctx) }) } : {}),
    });
  }
  const targetOf = (key: string): ContainerTarget => {
    const target = targets.get(key);
    if (!target) throw new Error(`${file.source}: no target '${key}'`);
    return target;
  };
  const line = (command: string) => {
    const render = lineOf(once(() => commandsOfLine(command).map((one) => splitCommandLine(one).slice(1))), file.unnamed, solutionMade);
    options.record?.({ command }, render);
    return knownWithoutPrefix(file.lines?.[command], render);
  };
  const made = once(() => new Set(solutionMade()));
  const fileLine = (text: string) => (names: Names) => rewriteDockerfile(text, (reference) => (made().has(reference) ? prefixedImage(names.prefix, reference) : reference), names.prefix);
  const checks: CheckSpec[] = file.checks.map((c) => {
    const kind = KINDS[c.kind];
    if (!kind) throw new Error(`${file.source}: unknown check kind '${c.kind}'`);
    const options = { ...(c.id !== undefined ? { id: c.id } : {}), ...(c.points !== undefined ? { points: c.points } : {}), ...(c.requires !== undefined ? { requires: c.requires } : {}), ...(c.hidden ? { hidden: true } : {}) };
    return kind.build({ target: c.target === undefined ? undefined : targetOf(c.target), params: c.params, options, targetOf, line, fileLine });
  });
  const steps = (list: readonly DockerStep[]) => (n: Names) => prefixSteps(list, n.prefix, { unnamed: file.unnamed });
  const oneHost = file.notGradableOn?.find((n) => n.host === 'one-host');
  // The proof is read when asked for (selftest, solve, reset, doctor): a check never does (withProof)
  const mutations = once(() =>
    file.mutations.map((m) => ({
      check: m.check,
      description: m.description,
      steps: steps(m.steps),
      ...(m.edit ? { edit: editOf(m.edit) } : {}),
    })),
  );
  const definition: Omit<ExerciseDefinition, 'mutations'> = {
    id: file.id,
    section: file.section,
    order: file.order,
    title: file.title,
    goal: file.goal,
    commands: file.commands,
    checks,
    solution: (n: Names) => prefixSteps(file.solution, n.prefix, { unnamed: file.unnamed }),
    ...(file.creates.length ? { creates: file.creates } : {}),
    ...(file.commandView === false ? { commandView: false } : {}),
    ...(file.certificates ? { certificates: file.certificates } : {}),
    // dockgrade grades one engine: an exercise not gradable on one host is never graded for points
    ...(oneHost ? { notGradable: oneHost.reason } : {}),
    readsEvents: eventsReadBy(file.checks.map((c) => KINDS[c.kind].readsEvents)),
  };
  return Object.defineProperty(definition, 'mutations', { get: mutations, enumerable: true }) as ExerciseDefinition;
}

