/**
 * The one builder every check kind is declared with (grader/check/kinds/*.ts), and the outcome helpers
 * they share. A kind module states only what is its own: its default id, title, explanation and test;
 * `id`/`points`/`requires` overrides are applied here, once, the same way for every kind.
 */
import { describeValue, stateKo } from '../../core/value-text.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { Container, ProbeRecord } from '../../model/snapshot-schema.js';
import { closest } from '../names.js';
import type { CheckContext, ContainerCheck, ContainerTarget, ExplainContext, Names, Outcome, ProbeCheck, Resolved, StateCheck } from '../types.js';
import { josa } from '../../core/korean-particles.js';

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
/** A failing outcome with its evidence (and usually a hint). */
export const fail = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'fail', message, ...evidence });
/** A check that could not look: it earns nothing and says why. */
export const skip = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'skip', message, ...evidence });

/** The fields every check shares, from the kind's defaults and the exercise's overrides. */
function base(defaults: CheckDefaults, options: CheckOptions) {
  return { id: options.id ?? defaults.id, title: defaults.title, points: options.points ?? 1, requires: options.requires, explain: defaults.explain, ...(options.hidden ? { hidden: true } : {}) };
}

/** A pure check of one container's state (the runner also scores candidates with it). */
export function containerCheck(defaults: CheckDefaults, target: ContainerTarget, options: CheckOptions, test: (c: Container, ctx: CheckContext, resolved: Resolved) => Outcome): ContainerCheck {
  return { kind: 'container', ...base(defaults, options), target, test };
}

/** A check of the snapshot as a whole (an image is present, a container is gone). */
export function stateCheck(defaults: CheckDefaults, options: CheckOptions, run: (ctx: CheckContext) => Outcome): StateCheck {
  return { kind: 'state', ...base(defaults, options), run };
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
export function recreate(c: Container, target: ContainerTarget, names: Names): string {
  return `docker rm -f ${c.name} && ${target.create(names)}`;
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

/** Whether `wanted` is among `existing` names (networks, volumes); a fail names the closest one. */
export function presence(kind: 'network' | 'volume', wanted: string, existing: readonly string[], create: string): Outcome {
  const ko = kind === 'network' ? '네트워크' : '볼륨';
  if (existing.includes(wanted)) return pass(msg(`${wanted} ${josa(ko, '이/가')} 있습니다`, `${kind} ${wanted} exists`), { expected: wanted, actual: wanted });
  const near = closest(wanted, existing, 3);
  return fail(
    near.length ? msg(`${wanted} ${josa(ko, '이/가')} 없습니다. ${josa(near[0], '을/를')} 말한 것입니까?`, `no ${kind} ${wanted}; did you mean ${near[0]}?`) : msg(`${wanted} ${josa(ko, '이/가')} 없습니다`, `no ${kind} ${wanted}`),
    { expected: wanted, actual: near.join(', ') || '(none)', hint: msg(`만드세요: ${create}`, `create it: ${create}`) },
  );
}
