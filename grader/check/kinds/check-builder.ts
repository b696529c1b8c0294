/**
 * The one builder every check kind is declared with (grader/check/kinds/*.ts), and the outcome helpers
 * they share. A kind module states only what is its own: its default id, title, explanation and test;
 * `id`/`points`/`requires` overrides are applied here, once, the same way for every kind.
 */
import { forHost, formatStep, shellWords } from '../../docker/docker-args.js';
import { numberedLater } from '../hint-steps.js';
import { describeValue, stateKo } from '../../core/value-text.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Container, ProbeRecord } from '../../model/snapshot-schema.js';
import { closest } from '../names.js';
import type { CheckContext, ContainerCheck, ContainerTarget, ExplainContext, Names, Outcome, ProbeCheck, Resolved, StateCheck } from '../types.js';
import { josa } from '../../core/korean-particles.js';
import { editCommand, editWords, type FileEdit } from '../file-edit.js';

/** What an exercise may override on any check it declares. */
export interface CheckOptions {
  /** Overrides the kind's default check id. */
  id?: string;
  /** Default 1. */
  points?: number;
  /** A check that must pass first (else this one is skipped). */
  requires?: string | readonly string[];
  /** A hidden check (course packs): counts in the teacher's grade; a student sees only that it exists and its points. */
  hidden?: boolean;
}

/** What a kind gives its checks by default. */
export interface CheckDefaults {
  id: string;
  title: Msg;
  explain?: (ctx: ExplainContext) => Msg;
}

/** A passing outcome with its evidence. */
export const pass = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'pass', message, ...evidence });
/**
 * Evidence with its hint's command chain as numbered steps (hint-steps.ts), numbered when the hint is
 * first read: the runner scores every candidate of an unnamed target with the checks' outcomes and
 * reads only their status (grader/check/run.ts), so most failing outcomes' hints are never read.
 */
const stepped = (evidence: Partial<Outcome>): Partial<Outcome> => (evidence.hint ? { ...evidence, hint: numberedLater(evidence.hint) } : evidence);
/** A failing outcome with its evidence (and usually a hint). */
export const fail = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'fail', message, ...stepped(evidence) });
/** A check that could not look: it earns nothing and says why. */
export const skip = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'skip', message, ...stepped(evidence) });

/** The fields every check shares, from the kind's defaults and the exercise's overrides. */
function base(defaults: CheckDefaults, options: CheckOptions) {
  return { id: options.id ?? defaults.id, title: defaults.title, points: options.points ?? 1, requires: options.requires, explain: defaults.explain, ...(options.hidden ? { hidden: true } : {}) };
}

/** A pure check of one container's state (the runner also scores candidates with it). */
export function containerCheck(
  defaults: CheckDefaults,
  target: ContainerTarget,
  options: CheckOptions,
  test: (c: Container, ctx: CheckContext, resolved: Resolved) => Outcome,
  passes?: (c: Container, ctx: CheckContext, resolved: Resolved) => boolean,
): ContainerCheck {
  return { kind: 'container', ...base(defaults, options), target, test, ...(passes ? { passes } : {}) };
}

/** A check of the snapshot as a whole (an image is present, a container is gone). */
export function stateCheck(defaults: CheckDefaults, options: CheckOptions, run: (ctx: CheckContext) => Outcome): StateCheck {
  return { kind: 'state', ...base(defaults, options), run };
}

/**
 * Live evidence about no container, taken through the Probe (a host probe: the engine answering on a port
 * of its host's loopback); left out of the maximum with probes off, as a probe check is.
 */
export function hostProbeCheck(defaults: CheckDefaults, options: CheckOptions, run: (ctx: CheckContext) => Promise<Outcome>): StateCheck {
  return { kind: 'state', ...base(defaults, options), probes: true, run };
}

/** Live evidence about one container, taken through the Probe (so a snapshot file replays it). */
export function probeCheck(defaults: CheckDefaults, target: ContainerTarget, options: CheckOptions, run: (c: Container, ctx: CheckContext) => Promise<Outcome>): ProbeCheck {
  return { kind: 'probe', ...base(defaults, options), target, run };
}

/** The target as a learner reads it: its prefixed name, or its description when the book names none (for explanations). */
export function whom(target: ContainerTarget, n: Names): Msg {
  return target.name ? msg(n.name(target.name), n.name(target.name)) : target.describe;
}

/**
 * The command that recreates the learner's container as the book makes it: the old one goes first
 * (`docker rm -f NAME`), or the book's `--name` (and its ports) would still be taken.
 */
export function recreate(c: Container, target: ContainerTarget, names: Names | CheckContext): string {
  const line = `docker rm -f ${c.name} && ${target.create(names)}`;
  // graded on an engine: as it runs there (the book's --cpuset-cpus=2 on two CPUs names CPU 1)
  return 'snapshot' in names ? onHost(line, names.snapshot.engine.ncpu) : line;
}

/** A command line as it runs on a host with `ncpu` CPUs (the book's `--cpuset-cpus=2` on two CPUs: `=1`); other lines as they are. */
export function onHost(line: string, ncpu: number): string {
  if (!line.includes('--cpuset-cpus')) return line;
  return line
    .split(' && ')
    .map((part) => {
      const words = shellWords(part);
      return words[0] === 'docker' ? formatStep(forHost(words.slice(1), { ncpu })) : part;
    })
    .join(' && ');
}

/** A container's state as `docker ps -a` would say it: `running`, `exited (1)`, `created`. */
export function stateText(c: Container): string {
  if (c.state.status === 'exited') return `exited (${c.state.exitCode})`;
  return c.state.status;
}

/** A container's state in a message, in the reader's language: `exited (1)` / `종료됨 (종료 코드 1)`. */
export function stateWords(c: Container): Msg {
  const code = stateText(c);
  return msg(stateKo(code) ?? code, code);
}

/** A probe that could not run: skipped, with the probe's own reason. */
export function unavailable(record: ProbeRecord): Outcome {
  // Our own reasons (`container is not running`) in the reader's language; an engine's error stays as it came.
  const why = describeValue(record.detail)?.ko ?? record.detail;
  return skip(msg(`확인할 수 없어 건너뛰었습니다: ${why}`, `skipped, cannot probe: ${record.detail}`), { actual: record.detail });
}

/**
 * Whether `wanted` is among `existing` names (networks, volumes); a fail names the closest one. `removable`:
 * the near miss may be removed first (a misnamed network holds the subnet the right one asks for: "Pool
 * overlaps"), so the hint removes it before it creates.
 */
export function presence(kind: 'network' | 'volume', wanted: string, existing: readonly string[], create: string, removable: (name: string) => boolean = () => false): Outcome {
  const ko = kind === 'network' ? '네트워크' : '볼륨';
  if (existing.includes(wanted)) return pass(msg(`${wanted} ${josa(ko, '이/가')} 있습니다`, `${kind} ${wanted} exists`), { expected: wanted, actual: wanted });
  const near = closest(wanted, existing, 3);
  const first = near.length && removable(near[0]) ? near[0] : undefined;
  return fail(
    near.length ? msg(`${wanted} ${josa(ko, '이/가')} 없습니다. ${josa(near[0], '을/를')} 말한 것입니까?`, `no ${kind} ${wanted}; did you mean ${near[0]}?`) : msg(`${wanted} ${josa(ko, '이/가')} 없습니다`, `no ${kind} ${wanted}`),
    {
      expected: wanted,
      actual: near.join(', ') || '(none)',
      hint: first
        ? msg(`잘못 만든 ${first} ${josa(ko, '을/를')} 지우고 다시 만드세요: docker ${kind} rm ${first} && ${create}`, `remove the misnamed ${first} and create it: docker ${kind} rm ${first} && ${create}`)
        : msg(`만드세요: ${create}`, `create it: ${create}`),
    },
  );
}

/** A hint with a note after its commands, as an aside (a paste never reads it): what the learner's host may need instead. */
export function withNote(hint: Msg, note: Msg | undefined): Msg {
  return note ? msg(`${hint.ko} (${note.ko})`, `${hint.en} (${note.en})`) : hint;
}

/**
 * The hint of a fix, as the learner pastes it. A `docker build` needs the learner's Dockerfile and files in
 * the folder it runs in, which no hint carries: it says so, and what the Dockerfile needs (`line`, the
 * book's instruction: `LABEL "purpose"="practice"`), then the build. `missing`: the image is not there yet
 * (make it), else it is there but wrong (fix it). Any other command is pasted as it is.
 */
export function fixHint(fix: string, options: { missing?: boolean; line?: string; edit?: FileEdit } = {}): Msg {
  if (!/^docker (image )?build /.test(fix)) return options.missing ? msg(`만드세요: ${fix}`, `make it: ${fix}`) : msg(`이렇게 고치세요: ${fix}`, `fix it: ${fix}`);
  const where = msg('Dockerfile이 있는 폴더에서', 'in the folder that holds the Dockerfile');
  if (options.edit) {
    // the edit as its shell line first, then the build (and what follows it): numbered steps (hint-steps.ts)
    const needs = editWords(options.edit);
    const steps = `${editCommand(options.edit)} && ${fix}`;
    return msg(`${needs.ko}. ${where.ko} 고친 뒤 다시 빌드하세요 (편집기로 고쳐도 됩니다): ${steps}`, `${needs.en}; ${where.en}, change it and build again (or change it in an editor): ${steps}`);
  }
  if (options.line) return msg(`Dockerfile에 ${options.line} 줄이 있어야 합니다. 고친 뒤 ${where.ko} 다시 빌드하세요: ${fix}`, `the Dockerfile needs the line ${options.line}; add it, then build again ${where.en}: ${fix}`);
  return options.missing ? msg(`${where.ko} 빌드하세요: ${fix}`, `build it ${where.en}: ${fix}`) : msg(`${where.ko} 다시 빌드하세요: ${fix}`, `build it again ${where.en}: ${fix}`);
}

