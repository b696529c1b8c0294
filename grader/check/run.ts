/**
 * Grades exercises against one Snapshot. Each exercise is isolated: a check that throws makes that
 * check and its exercise `error`, never the run.
 */
import { RESULT_KIND, RESULT_VERSION } from '../core/constants.js';
import { msg } from '../core/i18n.js';
import type { CheckResult, ExerciseResult, RunResult, Status } from '../model/result-schema.js';
import { totalsOf } from './totals.js';
import type { Container, Snapshot } from '../model/snapshot-schema.js';
import { engineIdentity } from '../model/snapshot-links.js';
import { TOOL } from '../core/tool.js';
import { compareRun, parseRun, reconstructRun } from '../docker/run-command.js';
import { closest, makeNames } from './names.js';
import type { CheckContext, CheckSpec, ContainerCheck, ContainerTarget, ExerciseDefinition, Outcome, Probe, ProbeCheck, Resolved } from './types.js';
import { compareText } from '../core/compare-text.js';
import { describeValue } from '../core/value-text.js';
import { josa } from '../core/korean-particles.js';
import type { GradeMemo } from './grade-memo.js';

const NO_WORDS: ReadonlySet<string> = new Set();

/** A probe that is switched off (`--no-probes`). */
export const NO_PROBE: Probe = {
  enabled: false,
  http: () => Promise.reject(new Error('probes are disabled')),
  exec: () => Promise.reject(new Error('probes are disabled')),
  request: () => Promise.reject(new Error('probes are disabled')),
};

export interface GradeOptions {
  prefix?: string;
  probe?: Probe;
  source?: RunResult['source'];
  student?: string;
  /** Clock, for deterministic tests. */
  now?: () => Date;
  /**
   * Container names (before the prefix) that named targets of the exercises graded together claim:
   * unnamed targets never pick them. `grade` fills it from the exercises it grades.
   */
  claimed?: readonly string[];
  /**
   * The catalog's public words (the book's example values): never hidden in what checks print. Default
   * none, so every secret-looking value is hidden.
   */
  publicWords?: ReadonlySet<string>;
  /** Graded exercises remembered by what their grading read (`grade` of a class: grade-memo.ts). */
  memo?: GradeMemo;
}

/** The names the named, unshared targets of these exercises claim (with their known other names). */
export function claimedNames(exercises: readonly ExerciseDefinition[]): string[] {
  const names = new Set<string>();
  for (const exercise of exercises) {
    for (const check of exercise.checks) {
      if (check.kind === 'state' || !check.target.name || check.target.shared) continue;
      [check.target.name, ...(check.target.aliases ?? [])].forEach((n) => names.add(n));
    }
  }
  return [...names].sort(compareText);
}

function newestFirst(a: Container, b: Container): number {
  return compareText(b.created, a.created) || compareText(a.name, b.name);
}

/** Containers a run may see: all of them, or under a prefix only those named with it. */
export function visibleContainers(snapshot: Snapshot, prefix: string): Container[] {
  if (!prefix) return snapshot.containers;
  const start = makeNames(prefix).name('');
  return snapshot.containers.filter((c) => c.name.startsWith(start));
}

function resolveTarget(target: ContainerTarget, ctx: Omit<CheckContext, 'resolve'>, checks: readonly ContainerCheck[], claimed: readonly string[] = []): Resolved {
  const pool = ctx.containers;
  if (target.name) {
    const wanted = ctx.name(target.name);
    const exact = pool.find((c) => c.name === wanted);
    if (exact) return { container: exact, how: 'exact', suggestions: [] };
    // An exact-name target grades no near miss: it is only named (`near`), by the target's `exists`.
    const nearMiss = (how: 'alias' | 'closest', near: Container, suggestions: string[]): Resolved =>
      target.exactName ? { container: null, how, suggestions, near } : { container: near, how, suggestions };
    for (const alias of target.aliases ?? []) {
      const aliasName = ctx.name(alias).toLowerCase();
      const found = pool.find((c) => c.name.toLowerCase() === aliasName);
      if (found) return nearMiss('alias', found, [found.name]);
    }
    // For an exact-name target another target's container (1/web's lab-web for 2/db's lab-db) is no near
    // miss: renaming it would be the wrong advice.
    const others = target.exactName ? new Set(claimed.map((n) => ctx.name(n).toLowerCase())) : new Set<string>();
    const suggestions = closest(wanted, pool.map((c) => c.name).filter((n) => !others.has(n.toLowerCase())));
    if (suggestions.length > 0) {
      const near = pool.find((c) => c.name === suggestions[0])!;
      return nearMiss('closest', near, suggestions);
    }
    return { container: null, how: 'none', suggestions: [] };
  }
  const taken = new Set(claimed.map((n) => ctx.name(n).toLowerCase()));
  const candidates = pool.filter((c) => !taken.has(c.name.toLowerCase()) && (target.match ? target.match(c) : true));
  if (candidates.length === 0) return { container: null, how: 'none', suggestions: [] };
  // The best candidate is the one that passes most of this target's checks; ties go to the newest.
  const total = checks.reduce((sum, check) => sum + check.points, 0);
  // A candidate's points, or any figure no more than `floor` once it can no longer score above it.
  const score = (c: Container, floor: number) => {
    const resolved: Resolved = { container: c, how: 'match', suggestions: [] };
    const context: CheckContext = { ...ctx, resolve: () => resolved };
    let passed = 0;
    let left = total;
    for (const check of checks) {
      left -= check.points;
      try {
        if (check.passes ? check.passes(c, context, resolved) : check.test(c, context, resolved).status === 'pass') passed += check.points;
      } catch {
        // a throwing check scores nothing here and is reported when it really runs
      }
      if (passed + left <= floor) return passed;
    }
    return passed;
  };
  let best: { c: Container; s: number } | null = null;
  for (const c of [...candidates].sort(newestFirst)) {
    // only more points than the best so far win (a tie keeps the newer): a candidate that cannot get there stops early
    const s = score(c, best ? best.s : -1);
    if (!best || s > best.s) best = { c, s };
    if (best.s >= total) break; // every check passed: no later candidate can do better
  }
  return { container: best!.c, how: 'match', suggestions: [] };
}

function missingOutcome(target: ContainerTarget, ctx: CheckContext, resolved: Resolved, first: boolean): Outcome {
  // The first check of a missing target explains and gives the command; the rest just say why they fail.
  if (!first) return { status: 'fail', message: msg(`${josa(target.describe.ko, '이/가')} 없습니다`, `no ${target.describe.en}`) };
  const command = target.create(ctx);
  const near = resolved.suggestions.length ? ` (${resolved.suggestions.join(', ')})` : '';
  // An exact-name target's near miss (a pack without an `exists` check): renaming it is the fix.
  const rename = resolved.near && target.name ? `docker rename ${resolved.near.name} ${ctx.name(target.name)}` : undefined;
  return {
    status: 'fail',
    message: msg(`${josa(target.describe.ko, '이/가')} 없어 확인할 수 없습니다${near}`, `no ${target.describe.en} to check${near}`),
    expected: target.name ? ctx.name(target.name) : target.describe.en,
    // A target the book leaves unnamed is described ("ubuntu 이미지로 만든 컨테이너"): in the reader's language.
    ...(target.name ? {} : { expectedText: target.describe }),
    actual: resolved.near ? resolved.suggestions.join(', ') : 'none',
    hint: rename ? msg(`이름을 바꾸세요: ${rename}`, `rename it: ${rename}`) : (target.missingHint?.(ctx) ?? msg(`먼저 컨테이너를 만드세요: ${command}`, `create it first: ${command}`)),
  };
}

/**
 * A check of an exact-name target (course packs) whose container is not there by that name: the
 * target's `exists` check (else its first check) says what is missing and names a near miss with the
 * command that fixes it; every other check of the target is skipped, for no points, pointing at it.
 */
function exactNameOutcome(check: ContainerCheck | ProbeCheck, exercise: ExerciseDefinition, ctx: CheckContext, resolved: Resolved, reporters: Map<ContainerTarget, CheckSpec>): Outcome {
  const target = check.target;
  const reporter = exercise.checks.find((c) => c.kind === 'container' && c.target === target && c.aboutName) ?? reporters.get(target);
  if (!reporter || reporter === check) {
    reporters.set(target, check);
    if (check.kind === 'container' && check.aboutName && resolved.near) return check.test(resolved.near, ctx, resolved);
    return missingOutcome(target, ctx, resolved, true);
  }
  const name = ctx.name(target.name ?? '');
  return {
    status: 'skip',
    message: msg(
      `이름이 정확히 ${name}인 컨테이너가 없어 채점하지 않았습니다 ('${reporter.title.ko}' 검사를 보세요, 0점)`,
      `not graded: no container named exactly ${name} (see '${reporter.id}'; no points)`,
    ),
  };
}

/**
 * An exercise's status from its checks: `error` if one broke; `skip` when the user chose not to run any
 * of them (`--no-probes` on an exercise of probes only); `fail` when any check that counts did not pass
 * (a check skipped because its prerequisite failed or its probe could not run loses its points, so the
 * exercise is not passed); else `pass`.
 */
export function statusOf(checks: ReadonlyArray<Pick<CheckResult, 'status' | 'excluded'>>): Status {
  if (checks.some((c) => c.status === 'error')) return 'error';
  const counted = checks.filter((c) => !c.excluded);
  if (counted.length === 0) return 'skip';
  return counted.every((c) => c.status === 'pass') ? 'pass' : 'fail';
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Book commands already parsed (or found not to be a docker run line): `grade` views the same few for every submission. */
const bookRuns = new Map<string, ReturnType<typeof parseRun> | Error>();

/** parseRun of a book command, remembered (compareRun only reads it). */
function bookRun(command: string): ReturnType<typeof parseRun> {
  let parsed = bookRuns.get(command);
  if (parsed === undefined) {
    if (bookRuns.size >= 512) bookRuns.clear();
    try {
      parsed = parseRun(command);
    } catch (error) {
      parsed = error instanceof Error ? error : new Error(String(error));
    }
    bookRuns.set(command, parsed);
  }
  if (parsed instanceof Error) throw parsed;
  return parsed;
}

/**
 * The learner's container beside the book's command: for the target of the first failing check (else the
 * first target found). Undefined when there is no container, or the book's command is not `docker run`.
 */
function commandOf(exercise: ExerciseDefinition, ctx: CheckContext, checks: readonly CheckResult[]): ExerciseResult['command'] {
  if (exercise.commandView === false) return undefined;
  const targeted = exercise.checks.filter((c): c is Extract<typeof c, { target: ContainerTarget }> => c.kind !== 'state');
  const failing = targeted.find((c) => checks.find((r) => r.id === c.id)?.status === 'fail');
  const ordered = [...new Set([...(failing ? [failing.target] : []), ...targeted.map((c) => c.target)])];
  for (const target of ordered) {
    const container = ctx.resolve(target).container;
    if (!container) continue;
    try {
      const comparison = compareRun(reconstructRun(container, ctx.snapshot), bookRun(target.create(ctx)));
      return { container: container.name, ...comparison };
    } catch {
      return undefined; // the book's command is not a docker run line (docker pull, docker rm)
    }
  }
  return undefined;
}

/** `{ [field]: Msg }` when the code has words a reader reads in their language, else nothing. */
function withText(field: 'expectedText' | 'actualText', code: string | undefined): Partial<CheckResult> {
  const text = code === undefined ? undefined : describeValue(code);
  return text ? { [field]: text } : {};
}

/** Grades one exercise. Never throws. */
export async function gradeExercise(exercise: ExerciseDefinition, snapshot: Snapshot, options: GradeOptions = {}): Promise<ExerciseResult> {
  const prefix = options.prefix ?? '';
  const names = makeNames(prefix);
  const base = { ...names, publicWords: options.publicWords ?? NO_WORDS, snapshot, containers: visibleContainers(snapshot, prefix), probe: options.probe ?? NO_PROBE };
  const cache = new Map<ContainerTarget, Resolved>();
  const ctx: CheckContext = {
    ...base,
    resolve(target) {
      let resolved = cache.get(target);
      if (!resolved) {
        const checks = exercise.checks.filter((c): c is ContainerCheck => c.kind === 'container' && c.target === target);
        resolved = resolveTarget(target, base, checks, options.claimed);
        cache.set(target, resolved);
      }
      return resolved;
    },
  };
  const checks: CheckResult[] = [];
  const reportedMissing = new Set<ContainerTarget>();
  const exactReporters = new Map<ContainerTarget, CheckSpec>();
  let firstError: string | undefined;
  for (const check of exercise.checks) {
    let outcome: Outcome;
    // Excluded: the user chose not to run it (probes off), or it needs a check that was excluded so.
    let excluded = false;
    const required = [check.requires ?? []].flat().map((id) => checks.find((c) => c.id === id)).find((c) => c && c.status !== 'pass');
    try {
      if ((check.kind === 'probe' || (check.kind === 'state' && check.probes)) && !ctx.probe.enabled) {
        // Chosen not to run, whatever else holds: out of the maximum.
        excluded = true;
        outcome = { status: 'skip', message: msg('실시간 확인(HTTP 요청, 컨테이너 안의 명령)을 꺼서 건너뛰었습니다 (--no-probes: 만점에서도 뺐습니다)', 'skipped: probes are off (--no-probes; left out of the maximum)') };
      } else if (required && required.excluded) {
        excluded = true;
        outcome = { status: 'skip', message: msg(`'${required.title.ko}' 검사를 건너뛰어 함께 건너뛰었습니다 (--no-probes)`, `skipped with '${required.id}' (--no-probes)`) };
      } else if (required && required.status !== 'pass') {
        // Korean names the check by its title (its id is an English word)
        outcome = { status: 'skip', message: msg(`'${required.title.ko}' 검사를 먼저 통과해야 채점합니다 (그때까지 0점입니다)`, `not graded: needs '${required.id}' to pass first (no points)`) };
      } else if (check.kind === 'state') {
        outcome = await check.run(ctx);
      } else {
        const resolved = ctx.resolve(check.target);
        if (!resolved.container && check.target.exactName) outcome = exactNameOutcome(check, exercise, ctx, resolved, exactReporters);
        else if (!resolved.container) {
          outcome = missingOutcome(check.target, ctx, resolved, !reportedMissing.has(check.target));
          reportedMissing.add(check.target);
        }
        else if (check.kind === 'container') outcome = check.test(resolved.container, ctx, resolved);
        else outcome = await check.run(resolved.container, ctx);
      }
    } catch (error) {
      firstError ??= `${check.id}: ${describeError(error)}`;
      outcome = { status: 'error', message: msg(`검사 도중 오류: ${describeError(error)}`, `the check failed to run: ${describeError(error)}`) };
    }
    checks.push({
      id: check.id,
      title: check.title,
      status: outcome.status,
      points: outcome.status === 'pass' ? check.points : 0,
      maxPoints: check.points,
      message: outcome.message,
      ...(outcome.expected !== undefined ? { expected: outcome.expected } : {}),
      ...(outcome.actual !== undefined ? { actual: outcome.actual } : {}),
      // The codes stay stable for scripts; the reader's words in both languages sit beside them.
      ...(outcome.expectedText ? { expectedText: outcome.expectedText } : withText('expectedText', outcome.expected)),
      ...(outcome.actualText ? { actualText: outcome.actualText } : withText('actualText', outcome.actual)),
      // a plain copy: a kind's hint may be numbered on first read (check-builder.ts `stepped`)
      ...(outcome.hint ? { hint: { ko: outcome.hint.ko, en: outcome.hint.en } } : {}),
      ...(excluded ? { excluded: true } : {}),
      ...(check.hidden ? { hidden: true } : {}),
    });
  }
  // The command view is an aid: a reconstruction problem never changes the grade.
  let command: ExerciseResult['command'];
  try {
    command = commandOf(exercise, ctx, checks);
  } catch {
    command = undefined;
  }
  if (exercise.notGradable) {
    // Not gradable on one host: what the checks see is said, for no points, and never fails the exercise.
    const shown = checks.map((c) => ({ ...c, points: 0, maxPoints: 0 }));
    const status = statusOf(checks);
    return {
      id: exercise.id,
      section: exercise.section,
      title: exercise.title,
      status: status === 'fail' ? 'skip' : status,
      points: 0,
      maxPoints: 0,
      commands: exercise.commands.map((command) => command),
      checks: shown,
      notGradable: exercise.notGradable,
      ...(firstError ? { error: firstError } : {}),
    };
  }
  return {
    id: exercise.id,
    section: exercise.section,
    title: exercise.title,
    status: statusOf(checks),
    points: checks.reduce((sum, c) => sum + c.points, 0),
    // A check the user chose not to run is out of the maximum; one skipped for any other reason is not.
    maxPoints: checks.reduce((sum, c) => sum + (c.excluded ? 0 : c.maxPoints), 0),
    commands: exercise.commands.map((command) => command),
    checks,
    ...(firstError ? { error: firstError } : {}),
    ...(command ? { command } : {}),
  };
}

export { totalsOf } from './totals.js';

/** Grades exercises against a snapshot into a Result. */
export async function grade(exercises: readonly ExerciseDefinition[], snapshot: Snapshot, options: GradeOptions = {}): Promise<RunResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const results: ExerciseResult[] = [];
  const claimed = options.claimed ?? claimedNames(exercises);
  const memo = options.memo;
  if (memo) {
    const probe = options.probe ?? NO_PROBE;
    const key = memo.keyOf(options.prefix ?? '', probe.enabled, options.publicWords ?? NO_WORDS, claimed);
    for (const exercise of exercises) {
      results.push(memo.find(exercise, key, snapshot) ?? (await memo.grade(exercise, key, snapshot, probe, (seen, watched) => gradeExercise(exercise, seen, { ...options, claimed, probe: watched }))));
    }
  } else for (const exercise of exercises) results.push(await gradeExercise(exercise, snapshot, { ...options, claimed }));
  return {
    kind: RESULT_KIND,
    version: RESULT_VERSION,
    tool: { ...TOOL },
    startedAt,
    finishedAt: now().toISOString(),
    source: options.source ?? { type: 'live', location: snapshot.engine.endpoint },
    engine: engineIdentity(snapshot.engine),
    prefix: options.prefix ?? '',
    ...(options.student ?? snapshot.student ? { student: options.student ?? snapshot.student } : {}),
    exercises: results,
    totals: totalsOf(results),
  };
}
