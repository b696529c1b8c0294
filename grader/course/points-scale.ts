/**
 * A course pack's points scale (course.yaml `points: { scale: 100 }`): what the course's full points are
 * worth. Every points value of a graded run is scaled, so every report (pretty, JSON, HTML, JUnit, the
 * gradebook CSV, the class report, the board) shows the scaled numbers without knowing of scales.
 *
 * The course's full points are shared out over its checks once, in hundredths, by the largest remainder
 * (a check worth 1 of 3 points in a course scaled to 100 is worth 33.33 or 33.34), so that the checks of
 * the whole course add up to exactly `scale` and every exercise's points are the sum of its checks'.
 * A check's scaled worth is the same for every student and every selection of exercises. Applied once,
 * after the journal (which keeps the checks' own points) and before any report; a run already scaled
 * (`totals.scaled`) is left as it is.
 */
import type { ExerciseDefinition } from '../check/types.js';
import type { CheckResult, ExerciseResult, RunResult, Totals } from '../model/result-schema.js';

/** What a course's catalog says of its scale (a Catalog's `course`, or none). */
interface Scaled {
  readonly exercises: readonly ExerciseDefinition[];
  readonly course?: { readonly pointsScale?: number };
}

/** Each check's scaled worth in hundredths, by exercise and check id, and the course's own full points. */
export interface PointsScale {
  readonly scale: number;
  /** The course's full points as its checks give them. */
  readonly coursePoints: number;
  /** Hundredths of `scale` each check is worth. */
  readonly cents: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const memo = new WeakMap<readonly ExerciseDefinition[], PointsScale | null>();

/** The catalog's scale, or undefined when it has none (the book; a course without `points`). */
export function pointsScaleOf(catalog: Scaled): PointsScale | undefined {
  const scale = catalog.course?.pointsScale;
  if (scale === undefined) return undefined;
  const known = memo.get(catalog.exercises);
  if (known !== undefined) return known ?? undefined;
  const checks = catalog.exercises.flatMap((e) => e.checks.map((c) => ({ exercise: e.id, check: c.id, points: c.points })));
  const coursePoints = checks.reduce((sum, c) => sum + c.points, 0);
  if (!(coursePoints > 0)) {
    memo.set(catalog.exercises, null);
    return undefined;
  }
  // Largest remainder, in hundredths: the floors first, then one more hundredth to the largest remainders.
  const total = Math.round(scale * 100);
  const shares = checks.map((c, i) => {
    const exact = (c.points * total) / coursePoints;
    return { ...c, i, cents: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, s) => sum + s.cents, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest || a.i - b.i)) {
    if (left <= 0) break;
    share.cents++;
    left--;
  }
  const cents = new Map<string, Map<string, number>>();
  for (const share of shares) {
    const byCheck = cents.get(share.exercise) ?? new Map<string, number>();
    byCheck.set(share.check, share.cents);
    cents.set(share.exercise, byCheck);
  }
  const made: PointsScale = { scale, coursePoints, cents };
  memo.set(catalog.exercises, made);
  return made;
}

/** Hundredths as a number of points (`3333` → 33.33). */
function fromCents(cents: number): number {
  return Math.round(cents) / 100;
}

/** A sum of points values (each in hundredths), without the float's noise. */
export function sumPoints(values: readonly number[]): number {
  return fromCents(values.reduce((sum, v) => sum + Math.round(v * 100), 0));
}

/** The scaled full points of `exercises` (the gradebook's maximum of a row that was not graded, a column's). */
export function scaledMax(scale: PointsScale, exercise: Pick<ExerciseDefinition, 'id' | 'checks'>): number {
  return fromCents(exercise.checks.reduce((sum, c) => sum + (scale.cents.get(exercise.id)?.get(c.id) ?? 0), 0));
}

/** A check's scaled worth (a check the catalog does not know: its points times the course's factor). */
function checkCents(scale: PointsScale, exercise: string, check: Pick<CheckResult, 'id' | 'maxPoints'>): number {
  return scale.cents.get(exercise)?.get(check.id) ?? Math.round((check.maxPoints * scale.scale * 100) / scale.coursePoints);
}

function scaledExercise(scale: PointsScale, exercise: ExerciseResult): ExerciseResult {
  const factor = scale.scale / scale.coursePoints;
  const checks = exercise.checks.map((check): CheckResult => {
    const cents = checkCents(scale, exercise.id, check);
    // points are maxPoints on a pass, else 0 (a partial one, if a kind ever gives it, keeps its share)
    const points = check.points === check.maxPoints ? cents : check.maxPoints ? Math.round((cents * check.points) / check.maxPoints) : 0;
    return { ...check, points: fromCents(points), maxPoints: fromCents(cents) };
  });
  const counted = checks.filter((c) => !c.excluded);
  const maxPoints = sumPoints(counted.map((c) => c.maxPoints));
  // An exercise counted from the journal has its full points; else the sum of its checks'.
  const points = exercise.credit ? maxPoints : sumPoints(checks.map((c) => c.points));
  return {
    ...exercise,
    checks,
    points,
    maxPoints,
    ...(exercise.credit ? { credit: { ...exercise.credit, current: { ...exercise.credit.current, points: sumPoints(checks.map((c) => c.points)) } } } : {}),
    ...(exercise.history ? { history: { ...exercise.history, bestPoints: Math.min(maxPoints, fromCents(exercise.history.bestPoints * factor * 100)) } } : {}),
    ...(exercise.hidden ? { hidden: { ...exercise.hidden, points: fromCents(exercise.hidden.points * factor * 100) } } : {}),
  };
}

/** The run with every points value scaled to the catalog's scale; unchanged without one or when scaled already. */
export function scaledRun(run: RunResult, catalog: Scaled): RunResult {
  const scale = pointsScaleOf(catalog);
  if (!scale || run.totals.scaled) return run;
  const exercises = run.exercises.map((e) => scaledExercise(scale, e));
  const excluded = exercises.flatMap((e) => e.checks.filter((c) => c.excluded));
  const totals: Totals = {
    ...run.totals,
    points: sumPoints(exercises.map((e) => e.points)),
    maxPoints: sumPoints(exercises.map((e) => e.maxPoints)),
    ...(run.totals.excluded ? { excluded: { ...run.totals.excluded, points: sumPoints(excluded.map((c) => c.maxPoints)) } } : {}),
    scaled: { scale: scale.scale, coursePoints: scale.coursePoints },
  };
  return { ...run, exercises, totals };
}
