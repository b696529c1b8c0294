import { totalsOf } from '../check/totals.js';
import type { CheckResult, ExerciseResult, RunResult } from '../model/result-schema.js';
import { loadCourse } from './course-loader.js';
import { pointsScaleOf, scaledRun } from './points-scale.js';
import { studentRun, teacherRun } from './course-run.js';
import { explainExercise } from '../cli/explain-command.js';

const PACK = 'fixtures/course-pack';
const course = loadCourse(PACK, 'alice', {});

/** A run of the sample pack where the checks in `failing` (exercise/check) fail and the rest pass. */
function runOf(failing: readonly string[], edit: (e: ExerciseResult) => ExerciseResult = (e) => e): RunResult {
  const exercises = course.exercises.map((exercise) => {
    const checks: CheckResult[] = exercise.checks.map((c) => {
      const fails = failing.includes(`${exercise.id}/${c.id}`);
      return { id: c.id, title: c.title, status: fails ? 'fail' : 'pass', points: fails ? 0 : c.points, maxPoints: c.points, message: { ko: 'm', en: 'm' }, ...(c.hidden ? { hidden: true } : {}) };
    });
    const result: ExerciseResult = {
      id: exercise.id,
      section: exercise.section,
      title: exercise.title,
      status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
      points: checks.reduce((s, c) => s + c.points, 0),
      maxPoints: checks.reduce((s, c) => s + c.maxPoints, 0),
      commands: [],
      checks,
    };
    return edit(result);
  });
  return { kind: 'dockgrade.result', version: 1, tool: { name: 'dockgrade', version: '0' }, startedAt: '', finishedAt: '', source: { type: 'live', location: 'x' }, engine: null, prefix: '', exercises, totals: totalsOf(exercises) } as RunResult;
}

describe("a course's points scale (course.yaml points.scale)", () => {
  it("shares the course's full points out over its checks so that they add up to exactly the scale", () => {
    const scale = pointsScaleOf(course)!;
    // the sample pack: 7 points in 1/web, 6 in 2/db (the hidden check's 2 among them), scaled to 100
    expect(scale.coursePoints).toBe(13);
    const cents = [...scale.cents.values()].flatMap((m) => [...m.values()]);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(10_000);
    // a 1-point check is worth 7.69 or 7.70, a 2-point one twice that, give or take a hundredth
    for (const c of cents) expect([769, 770, 1538, 1539]).toContain(c);
  });

  it('scales every points value of a run: checks, exercises, totals, and says so', () => {
    const run = scaledRun(runOf([]), course);
    expect(run.totals.points).toBe(100);
    expect(run.totals.maxPoints).toBe(100);
    expect(run.totals.scaled).toEqual({ scale: 100, coursePoints: 13 });
    const [web, db] = run.exercises;
    expect(web.maxPoints + db.maxPoints).toBeCloseTo(100, 10);
    expect(web.points).toBe(web.checks.reduce((s, c) => Math.round((s + c.points) * 100) / 100, 0));
    expect(web.maxPoints).toBeCloseTo((7 * 100) / 13, 1);
    // once only: a scaled run is left as it is
    expect(scaledRun(run, course)).toBe(run);
    // the book (no scale) is left as it is
    const raw = runOf([]);
    expect(scaledRun(raw, { exercises: course.exercises })).toBe(raw);
  });

  it('a failed check loses exactly its scaled worth, the same for every student', () => {
    const run = scaledRun(runOf(['1/web/my-port']), course);
    const port = run.exercises[0].checks.find((c) => c.id === 'my-port')!;
    expect(port.points).toBe(0);
    expect(port.maxPoints).toBeCloseTo(15.38, 1);
    expect(run.totals.points).toBe(Math.round((100 - port.maxPoints) * 100) / 100);
    const bob = scaledRun(runOf(['1/web/my-port']), course.course!.forStudent('bob'));
    expect(bob.totals).toEqual(run.totals);
  });

  it('an exercise counted from the journal keeps its full scaled points and its current ones', () => {
    const credited = runOf(['2/db/running', '2/db/mysql-db'], (e) =>
      e.id === '2/db' ? { ...e, status: 'pass', points: e.maxPoints, credit: { from: 'journal', passedAt: 't', digest: 'd', current: { status: 'fail', points: 3 } } } : e,
    );
    const db = scaledRun(credited, course).exercises[1];
    expect(db.points).toBe(db.maxPoints);
    expect(db.credit!.current.points).toBe(Math.round(db.checks.reduce((s, c) => s + c.points, 0) * 100) / 100);
  });

  it("the student's view leaves the hidden check's points out of the scaled total, without its name; the teacher's keeps it", () => {
    const teacher = teacherRun(runOf(['2/db/mysql-db']), course);
    const student = studentRun(runOf(['2/db/mysql-db']), course);
    expect(teacher.totals.maxPoints).toBe(100);
    const hidden = teacher.exercises[1].checks.find((c) => c.id === 'mysql-db')!;
    expect(hidden.hidden).toBe(true);
    expect(student.exercises[1].checks.map((c) => c.id)).not.toContain('mysql-db');
    expect(student.exercises[1].hidden).toEqual({ checks: 1, points: hidden.maxPoints });
    expect(student.totals.maxPoints).toBe(Math.round((100 - hidden.maxPoints) * 100) / 100);
    // every visible check passes: the student's total is full, whether the hidden one passed or not
    expect(student.totals.points).toBe(student.totals.maxPoints);
    expect(student.exercises[1].status).toBe('pass');
    expect(student.totals.scaled).toEqual({ scale: 100, coursePoints: 13 });
    expect(JSON.stringify(student)).not.toContain('mysql-db');
  });

  it("explain says each check's scaled worth and the hidden checks' together, the same as the graded run", () => {
    const scale = pointsScaleOf(course)!;
    const graded = teacherRun(runOf([]), course);
    for (const [i, exercise] of course.exercises.entries()) {
      const explained = explainExercise(exercise, '', course.publicWords, scale);
      const run = graded.exercises[i];
      expect(explained.checks.map((c) => [c.id, c.points])).toEqual(run.checks.filter((c) => !c.hidden).map((c) => [c.id, c.maxPoints]));
      expect(explained.points).toBeCloseTo(run.maxPoints, 10);
      if (explained.hidden) expect(explained.hidden.points).toBe(run.checks.find((c) => c.hidden)!.maxPoints);
    }
    // without a scale, the checks' own points
    expect(explainExercise(course.exercises[0]).points).toBe(7);
  });
});
