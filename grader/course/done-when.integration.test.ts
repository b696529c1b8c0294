/**
 * Issue 23's "Done when", end to end with the built executable on the real engine: a teacher runs
 * `dockgrade init-course`, edits the YAML (per-student ports, a points scale, a hidden check), a student
 * checks with `dockgrade check --course`, two students submit sealed files (bob typed alice's commands:
 * her port), and the teacher grades the folder with `dockgrade grade submissions/ --course`: each file
 * with its own student's values, the gradebook on the course's scale, the hidden check counted in the
 * class files and absent from every student's own report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { ClassResultSchema } from '../model/class-schema.js';
import { RunResultSchema } from '../model/result-schema.js';
import { loadCourse } from './course-loader.js';

const root = mkdtempSync(join(tmpdir(), 'dgt-teach-done-'));
const course = join(root, 'mycourse');
const submissions = join(root, 'submissions');
const out = join(root, 'out');
const alicePrefix = uniquePrefix('teach');
const bobPrefix = uniquePrefix('teach');
const HIDDEN = 'mysql-wordpress';

afterAll(async () => {
  await removeByPrefix(alicePrefix);
  await removeByPrefix(bobPrefix);
  if (!process.env.DGT_KEEP) rmSync(root, { recursive: true, force: true });
});

/** A file of the pack, edited as a teacher would in the editor. */
function edit(file: string, change: (text: string) => string): void {
  const path = join(course, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

describe("issue 23's 'Done when': init-course, edit, check, submit, grade --course", () => {
  it('a class of two graded with the edited pack: own values, the scale, the hidden check', async () => {
    const init = await dockgrade(['init-course', course, '--lang', 'en']);
    expect(init.code).toBe(0);
    // The teacher's edits: a points scale, a secret, each student's own port, a hidden check.
    edit('course.yaml', (t) => t.replace('# points: { scale: 100 }', 'points: { scale: 100 }').replace('# secret: at-least-16-characters', 'secret: a-teachers-secret-0123456789'));
    edit('exercises/2.2.4-publish-80.yaml', (t) => t.replaceAll('-p 80:80', '-p {{port 18400-18499}}:80').replace("hostPort: '80'", "hostPort: '{{port 18400-18499}}'"));
    edit('exercises/2.2.5-wordpressdb.yaml', (t) => t.replace('  - kind: mysql-lists\n', '  - kind: mysql-lists\n    hidden: true\n'));
    const list = await dockgrade(['list', '--course', course, '--lang', 'en']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('2.2.4/publish-80');

    // A student's check needs their id in a pack with values: one line, exit 2.
    const anonymous = await dockgrade(['check', '--course', course, '--lang', 'en']);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^dockgrade: --course .*: this course gives each student their own values \(ports, names\): add --student ID — dockgrade explain <id> --course .* --student ID shows them$/)]);

    const port = (student: string) => loadCourse(course, student, {}).course!.values.find((v) => v.helper === 'port 18400-18499')!.value;
    expect(port('alice')).not.toBe(port('bob'));

    // alice works with her own values and checks, as a student does.
    expect((await dockgrade(['solve', 'all', '--course', course, '--student', 'alice', '--prefix', alicePrefix, '--yes', '--lang', 'en'])).code).toBe(0);
    const check = await dockgrade(['check', '--course', course, '--student', 'alice', '--prefix', alicePrefix, '--no-journal', '--wait', '30s', '--format', 'json', '--lang', 'en']);
    expect(check.code).toBe(0);
    const aliceRun = RunResultSchema.parse(JSON.parse(check.stdout));
    expect(check.stdout).not.toContain(HIDDEN);
    const db = aliceRun.exercises.find((e) => e.id === '2.2.5/wordpressdb')!;
    expect(db.hidden?.checks).toBe(1);
    // her total is the scaled course's, less the hidden check's points she is not shown
    expect(aliceRun.totals.scaled).toEqual({ scale: 100, coursePoints: 15 });
    expect(aliceRun.totals.points).toBe(aliceRun.totals.maxPoints);
    expect(Math.round((aliceRun.totals.maxPoints + db.hidden!.points) * 100) / 100).toBe(100);
    const pretty = await dockgrade(['check', '--course', course, '--student', 'alice', '--prefix', alicePrefix, '--no-journal', '--lang', 'en']);
    expect(pretty.stdout).toContain('1 hidden check');
    expect(pretty.stdout).toContain("points are scaled to the course's scale: the course's 15 pts are worth 100");
    expect(pretty.stdout).not.toContain(HIDDEN);
    expect((await dockgrade(['submit', '--course', course, '--student', 'alice', '--prefix', alicePrefix, '-o', join(submissions, 'alice.json'), '--lang', 'en'])).code).toBe(0);
    await removeByPrefix(alicePrefix);

    // bob types alice's commands (her port), under his own prefix, and submits.
    expect((await dockgrade(['solve', 'all', '--course', course, '--student', 'alice', '--prefix', bobPrefix, '--yes', '--lang', 'en'])).code).toBe(0);
    await dockgrade(['check', '--course', course, '--student', 'alice', '--prefix', bobPrefix, '--no-journal', '--wait', '30s', '--format', 'json', '--lang', 'en']);
    expect((await dockgrade(['submit', '--course', course, '--student', 'bob', '--prefix', bobPrefix, '-o', join(submissions, 'bob.json'), '--lang', 'en'])).code).toBe(0);
    await removeByPrefix(bobPrefix);

    // The teacher grades the folder of sealed files with the course.
    const grade = await dockgrade(['grade', submissions, '--course', course, '-o', out, '--lang', 'en']);
    expect(grade.stdout).toContain('graded 2 of 2');
    expect(grade.code).toBe(0);
    const summary = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    const row = (id: string) => summary.students.find((s) => s.studentId === id)!;
    expect([row('alice').points, row('alice').maxPoints]).toEqual([100, 100]);
    // bob's port is not his own: the port check and what needs it fail, nothing else
    const bob = row('bob').result!;
    expect(bob.exercises.flatMap((e) => e.checks.filter((c) => c.status !== 'pass').map((c) => `${e.id}/${c.id}`))).toEqual(['2.2.4/publish-80/port-80', '2.2.4/publish-80/http']);
    const bobPort = bob.exercises[0].checks.find((c) => c.id === 'port-80')!;
    expect(bobPort.hint?.en).toContain(`${port('bob')} is student bob's own value`);
    expect(row('bob').points).toBeLessThan(100);
    // the hidden check counts in the teacher's files
    expect(summary.exercises.find((e) => e.id === '2.2.5/wordpressdb')!.checks.find((c) => c.id === HIDDEN)?.hidden).toBe(true);
    expect(bob.exercises[1].checks.find((c) => c.id === HIDDEN)?.status).toBe('pass');
    // the gradebook on the course's scale
    const csv = readFileSync(join(out, 'grades.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe('"student_id","name","email","2.2.4/publish-80","2.2.5/wordpressdb","total","max","status","reason","from_journal"');
    expect(csv[1]).toMatch(/^"alice","","","[\d.]+","[\d.]+","100","100","graded",/);
    expect(csv[2]).toMatch(new RegExp(`^"bob","","","[\\d.]+","[\\d.]+","${row('bob').points}","100","graded",`));
    // the class report marks it; every student's own report leaves it out
    expect(readFileSync(join(out, 'class.html'), 'utf8')).toContain('[hidden] ');
    const hiddenTitle = loadCourse(course, 'alice', {}).exercises[1].checks.find((c) => c.id === HIDDEN)!.title.en;
    for (const file of ['alice.json', 'alice.html', 'bob.json', 'bob.html']) {
      const text = readFileSync(join(out, 'students', file), 'utf8');
      expect(text).not.toContain(HIDDEN);
      expect(text).not.toContain(hiddenTitle);
      if (file.endsWith('.json')) expect(RunResultSchema.parse(JSON.parse(text)).exercises[1].hidden?.checks).toBe(1);
      else expect(text).toContain('1 hidden check');
    }
  }, 600_000);
});
