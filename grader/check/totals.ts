/** A run's totals, in a module of its own so the journal can recount a run without loading the grader. */
import type { ExerciseResult, Totals } from '../model/result-schema.js';

/** Sums a run's exercises (counting exercises credited from the journal and checks left out by choice). */
export function totalsOf(exercises: readonly ExerciseResult[]): Totals {
  const credited = exercises.filter((e) => e.credit).length;
  const excludedChecks = exercises.flatMap((e) => e.checks.filter((c) => c.excluded));
  return {
    exercises: exercises.length,
    passed: exercises.filter((e) => e.status === 'pass').length,
    failed: exercises.filter((e) => e.status === 'fail').length,
    skipped: exercises.filter((e) => e.status === 'skip').length,
    errored: exercises.filter((e) => e.status === 'error').length,
    points: exercises.reduce((sum, e) => sum + e.points, 0),
    maxPoints: exercises.reduce((sum, e) => sum + e.maxPoints, 0),
    ...(credited ? { credited } : {}),
    ...(excludedChecks.length ? { excluded: { checks: excludedChecks.length, points: excludedChecks.reduce((sum, c) => sum + c.maxPoints, 0) } } : {}),
  };
}
