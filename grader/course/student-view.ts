/**
 * What a student sees of hidden checks (`hidden: true` in an exercise file): how many and the points
 * they carry, never what they test. Their title, message, expected/found and hint leave the run, and so
 * do their points, so the student's own total does not tell whether they pass. Applied wherever a report
 * is the student's: `check --course` (every format), `watch`, and `grade`'s `students/<id>.html` and
 * `.json` (the copies a teacher hands back); the teacher's class outputs (`grades.csv`, `class.html`,
 * `summary.json`, the board) count and show them. Kept out of the book's path: only a course has them.
 * Works on a scaled run too (points-scale.ts): the sums are exact in hundredths and the scale is kept.
 */
import { totalsOf } from '../check/totals.js';
import type { CheckResult, ExerciseResult, RunResult } from '../model/result-schema.js';
import { sumPoints } from './points-scale.js';

function statusOf(checks: readonly CheckResult[], fallback: ExerciseResult['status']): ExerciseResult['status'] {
  if (!checks.length) return fallback;
  if (checks.some((c) => c.status === 'error')) return 'error';
  if (checks.every((c) => c.status === 'pass' || c.excluded)) return checks.some((c) => c.status === 'pass') ? 'pass' : 'skip';
  return 'fail';
}

/** The run as a student sees it: hidden checks counted, not shown. */
export function studentView(run: RunResult): RunResult {
  if (!run.exercises.some((e) => e.checks.some((c) => c.hidden))) return run;
  const exercises = run.exercises.map((exercise): ExerciseResult => {
    const hidden = exercise.checks.filter((c) => c.hidden);
    if (!hidden.length) return exercise;
    const checks = exercise.checks.filter((c) => !c.hidden);
    const maxPoints = sumPoints(checks.map((c) => (c.excluded ? 0 : c.maxPoints)));
    const current = sumPoints(checks.map((c) => c.points));
    // An exercise counted from the journal stays counted: its visible points in full.
    const credit = exercise.credit ? { credit: { ...exercise.credit, current: { status: statusOf(checks, exercise.credit.current.status), points: current } } } : {};
    const { credit: _credit, history: _history, ...rest } = exercise;
    return {
      ...rest,
      ...credit,
      // the history's best points count the hidden ones: only whether it passed (all points) is kept
      ...(exercise.history ? { history: { ...exercise.history, bestPoints: exercise.history.state === 'never' ? 0 : maxPoints } } : {}),
      checks,
      status: exercise.credit ? exercise.status : statusOf(checks, exercise.status),
      points: exercise.credit ? maxPoints : current,
      maxPoints,
      hidden: { checks: hidden.length, points: sumPoints(hidden.map((c) => c.maxPoints)) },
    };
  });
  const totals = totalsOf(exercises);
  return { ...run, exercises, totals: { ...totals, points: sumPoints([totals.points]), maxPoints: sumPoints([totals.maxPoints]), ...(run.totals.scaled ? { scaled: run.totals.scaled } : {}) } };
}
