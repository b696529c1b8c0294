/**
 * The sample course pack (fixtures/course-pack: the book's 2.2.4-2.2.5 renamed and re-pointed, with
 * per-student ports and database names and one hidden check) on the real engine: `selftest --course`
 * proves the reference passes and every mutation fails exactly its check; alice's solution passes with
 * alice's values and fails with bob's, on exactly the checks the values are in; the hidden check counts
 * but a student's `check` shows only that it exists; with only 1/web done, 2/db earns nothing (its
 * target is graded by exact name: 1/web's lab-web is no near miss of lab-db).
 */
import { removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { RunResultSchema } from '../model/result-schema.js';
import { loadCourse } from './course-loader.js';
import { pointsScaleOf, scaledMax } from './points-scale.js';

const PACK = 'fixtures/course-pack';
const prefix = uniquePrefix('course');
afterAll(async () => {
  await removeByPrefix(prefix);
});

describe('the sample course pack on the real engine', () => {
  it('selftest --course: the reference passes and every mutation fails exactly its check', async () => {
    const run = await dockgrade(['selftest', '--course', PACK, '--student', 'alice', '--yes']);
    expect(run.stderr).not.toContain('✘');
    expect(run.stdout).toContain('12/12 hold');
    expect(run.code).toBe(0);
  }, 300_000);

  it("grades alice's solution with alice's values only; the hidden check is counted, never shown", async () => {
    const check = (student: string) => dockgrade(['check', '--course', PACK, '--student', student, '--prefix', prefix, '--no-journal', '--wait', '20s', '--format', 'json']);
    // Only 1/web done: 2/db earns nothing. Its target is graded by exact name, so lab-web (1/web's
    // container) is no stand-in for lab-db: exists says to create it, its other checks are skipped.
    expect((await dockgrade(['solve', '1/web', '--course', PACK, '--student', 'alice', '--prefix', prefix, '--yes'])).code).toBe(0);
    const one = async (id: string, wait: string[]) => {
      const out = await dockgrade(['check', id, '--course', PACK, '--student', 'alice', '--prefix', prefix, '--no-journal', ...wait, '--format', 'json']);
      const e = RunResultSchema.parse(JSON.parse(out.stdout)).exercises[0];
      return { e, seen: [e.points, e.checks.map((c) => `${c.id} ${c.status}`)] };
    };
    const course = loadCourse(PACK, 'alice');
    const [webDef, dbDef] = course.exercises;
    expect((await one('1/web', ['--wait', '20s'])).seen).toEqual([scaledMax(pointsScaleOf(course)!, webDef), webDef.checks.map((c) => `${c.id} pass`)]);
    const dbOnly = await one('2/db', []);
    expect(dbOnly.seen).toEqual([0, ['exists fail', 'image skip', 'env-MYSQL_DATABASE skip', 'running skip']]);
    expect(dbOnly.e.checks[0].hint?.en).toBe(`create it first: ${dbDef.commands[0].replace('--name lab-db', `--name ${prefix}lab-db`)}`);
    // then the rest of the course (solve refuses what exists already: 2/db only)
    const solve = await dockgrade(['solve', '2/db', '--course', PACK, '--student', 'alice', '--prefix', prefix, '--yes']);
    expect(solve.code).toBe(0);
    const own = await check('alice');
    const ownRun = RunResultSchema.parse(JSON.parse(own.stdout));
    expect(own.code).toBe(0);
    // on the pack's scale (100 for its 13 points): 7 of them in 1/web, 4 shown and 2 hidden in 2/db
    const catalog = loadCourse(PACK, 'alice');
    const scale = pointsScaleOf(catalog)!;
    const [web, db] = catalog.exercises;
    const worth = (exercise: typeof web, hidden: boolean) => scaledMax(scale, { id: exercise.id, checks: exercise.checks.filter((c) => Boolean(c.hidden) === hidden) });
    expect(ownRun.exercises.map((e) => [e.id, e.status, e.points, e.maxPoints])).toEqual([
      ['1/web', 'pass', worth(web, false), worth(web, false)],
      ['2/db', 'pass', worth(db, false), worth(db, false)],
    ]);
    expect(ownRun.exercises[1].hidden).toEqual({ checks: 1, points: worth(db, true) });
    expect(ownRun.totals.scaled).toEqual({ scale: 100, coursePoints: 13 });
    expect(own.stdout).not.toContain('mysql-db');

    const bob = loadCourse(PACK, 'bob').course!.values;
    const alice = loadCourse(PACK, 'alice').course!.values;
    const other = await check('bob');
    const otherRun = RunResultSchema.parse(JSON.parse(other.stdout));
    expect(other.code).toBe(1);
    const failed = otherRun.exercises.map((e) => [e.id, e.checks.filter((c) => c.status !== 'pass').map((c) => c.id)]);
    expect(failed).toEqual([
      ['1/web', ['my-port', 'http']],
      ['2/db', ['env-MYSQL_DATABASE']],
    ]);
    const port = otherRun.exercises[0].checks.find((c) => c.id === 'my-port')!;
    const value = (values: typeof bob, helper: string) => values.find((v) => v.helper === helper)!.value;
    expect(port.expected).toContain(value(bob, 'port 18300-18399'));
    expect(port.actual).toContain(value(alice, 'port 18300-18399'));
    // and says why: the expected port is bob's own, each student has their own
    expect(port.hint?.en).toContain(`${value(bob, 'port 18300-18399')} is student bob's own value ({{port 18300-18399}})`);
    expect(other.stdout).not.toContain('mysql-db');
  }, 300_000);
});
