import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { loadCourse } from './course-loader.js';
import { withValueNotes } from './value-notes.js';
import type { RunResult } from '../model/result-schema.js';
import { grade } from '../check/run.js';
import { claimedIn } from '../pipeline/catalog.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';

const PACK = 'fixtures/course-pack';
const env = {};

/** A copy of the sample pack with `edit` applied to one of its files. */
function edited(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dgt-course-pack-'));
  cpSync(PACK, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function problemLines(dir: string): string[] {
  try {
    loadCourse(dir, undefined, env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    return (error as InputError).lines('en');
  } finally {
    if (dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('the pack loaded');
}

describe('a course pack', () => {
  it("loads as a catalog: the course's title, sections in its order, its exercises, public words", () => {
    const catalog = loadCourse(PACK, 'alice', env);
    expect(catalog.id).toBe('docker-lab');
    expect(catalog.title.en).toBe('Docker lab, week 1');
    expect(catalog.sections.map((s) => s.id)).toEqual(['1', '2']);
    expect(catalog.exercises.map((e) => e.id)).toEqual(['1/web', '2/db']);
    expect(catalog.publicWords.has('labpass')).toBe(true);
    expect(catalog.course).toMatchObject({ pointsScale: 100, deadline: '2026-12-20T23:59:00+09:00', language: 'en', usesValues: true, student: 'alice' });
  });

  it("gives each student their own values, stable per student, and the checks expect that student's", () => {
    const alice = loadCourse(PACK, 'alice', env);
    const again = loadCourse(PACK, 'alice', env);
    const bob = alice.course!.forStudent('bob');
    const port = (c: typeof alice) => c.course!.values.find((v) => v.helper === 'port 18300-18399')!.value;
    expect(port(alice)).toBe(port(again));
    expect(port(alice)).not.toBe(port(bob));
    expect(Number(port(alice))).toBeGreaterThanOrEqual(18300);
    expect(Number(port(alice))).toBeLessThanOrEqual(18399);
    const word = (c: typeof alice) => c.course!.values.find((v) => v.helper === 'word')!.value;
    expect(word(alice)).not.toBe(word(bob));
    // the commands a student reads carry their own values
    expect(alice.exercises[0].commands[0]).toContain(`-p ${port(alice)}:80`);
    expect(bob.exercises[0].commands[0]).toContain(`-p ${port(bob)}:80`);
    // another label in the same range is another port for the same student
    expect(alice.course!.values.find((v) => v.helper === 'port 18300-18399 other')!.value).not.toBe(port(alice));
  });

  it('includes built-in exercises by id, with the book title of a section the course does not name', () => {
    const dir = edited('course.yaml', (t) => `${t}include: [2.2.4/publish-80]\n`);
    try {
      const catalog = loadCourse(dir, 'alice', env);
      expect(catalog.exercises.map((e) => e.id)).toEqual(['1/web', '2/db', '2.2.4/publish-80']);
      expect(catalog.sections.find((s) => s.id === '2.2.4')?.title.en).toBe('Exposing a container to the outside');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says every problem at once: the file, the path in it and what was expected, one line each', () => {
    const dir = edited('course.yaml', (t) => t.replace('id: docker-lab', 'id: Docker Lab').replace("{ id: '2',", "{ id: 'two',").replace('points: { scale: 100 }', 'points: { scale: -1 }'));
    const lines = problemLines(dir);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/course\.yaml: id: lower-case words joined by -, such as docker-101$/);
    expect(lines[1]).toMatch(/course\.yaml: sections\[1\]\.id: a dotted section number such as 1 or 1\.2$/);
    expect(lines[2]).toMatch(/course\.yaml: points\.scale: .*expected number to be >0/i);
    expect(lines[3]).toMatch(/: 3 problems in the course pack — see docs\/course-packs\.md$/);
    for (const line of lines) expect(line).not.toContain('\n');
  });

  it('names the exercise file and the path of a problem in it, and an unknown section', () => {
    const dir = edited('exercises/2-db.yaml', (t) => t.replace("section: '2'", "section: '3'").replace('id: 2/db', 'id: 3/db').replace('order: 1', 'order: first'));
    const lines = problemLines(dir);
    expect(lines[0]).toMatch(/exercises\/2-db\.yaml: order: .*expected number, received string/i);
  });

  it("refuses a section course.yaml does not list, an include that is not built in, and values without a secret", () => {
    const dir = edited('course.yaml', (t) => t.replace(/^secret: .*$/m, '').replace("  - { id: '2',", "  - { id: '9',") + 'include: [2.2.4/publsh-80]\n');
    const lines = problemLines(dir);
    expect(lines).toEqual([
      expect.stringMatching(/course\.yaml: include\[0\]: expected a built-in exercise id, got '2\.2\.4\/publsh-80' \(known: 2\.2\.4\/network-test, 2\.2\.4\/publish-80, 2\.2\.4\/publish-multi\)$/),
      expect.stringMatching(/course\.yaml: secret: expected a course secret of 16 characters or more/),
      expect.stringMatching(/exercises\/2-db\.yaml: section: expected one of course\.yaml's sections \(1, 9\), got 2$/),
      expect.stringMatching(/3 problems in the course pack/),
    ]);
  });

  it("refuses section titles in an exercise file: a course titles its sections in course.yaml", () => {
    const dir = edited('exercises/2-db.yaml', (t) => t.replace("section: '2'", "section: '2'\nsectionTitles: { '2': { ko: 둘, en: Two } }"));
    expect(problemLines(dir)[0]).toMatch(/exercises\/2-db\.yaml: sectionTitles: a course titles its sections in course\.yaml's sections, not in an exercise file — see docs\/course-packs\.md/);
  });

  it('refuses a value helper it cannot render, and a missing folder or course.yaml', () => {
    const dir = edited('exercises/1-web.yaml', (t) => t.replaceAll('{{port 18300-18399}}', '{{port 80-90}}'));
    expect(problemLines(dir)[0]).toMatch(/exercises\/1-web\.yaml: \{\{port 80-90\}\}: \{\{port LOW-HIGH\}\} takes a range such as 8000-8999/);
    expect(() => loadCourse('fixtures/no-such-pack', undefined, env)).toThrow(/--course fixtures\/no-such-pack: no such folder/);
    expect(problemLines('fixtures')).toEqual(['fixtures/course.yaml: no such file — dockgrade init-course DIR writes a starter pack']);
  });

  it("resolves its targets by exact name: with only alice's lab-web, 2/db earns nothing (the book would grade lab-web as lab-db)", async () => {
    const catalog = loadCourse(PACK, 'alice', env);
    const port = catalog.course!.values.find((v) => v.helper === 'port 18300-18399')!.value;
    const web = makeContainer({ name: 'alice-lab-web', image: 'ubuntu:14.04', tty: true, openStdin: true, portBindings: { '80/tcp': [{ hostIp: '', hostPort: port }] } });
    const byId = async (dir: string) => {
      const course = loadCourse(dir, 'alice', env);
      const run = await grade(course.exercises, makeSnapshot({ containers: [web] }), { prefix: 'alice', claimed: claimedIn(course) });
      return Object.fromEntries(run.exercises.map((e) => [e.id, { points: e.points, checks: e.checks.map((c) => `${c.id} ${c.status}`) }]));
    };
    const strict = await byId(PACK);
    expect(strict['1/web']).toEqual({ points: 5, checks: ['exists pass', 'image pass', 'my-port pass', 'running pass', 'http skip'] });
    expect(strict['2/db']).toEqual({ points: 0, checks: ['exists fail', 'image skip', 'env-MYSQL_DATABASE skip', 'running skip', 'mysql-db skip'] });
    // a pack that opts into the book's behaviour for a target grades the near miss in its place
    const lenient = edited('exercises/2-db.yaml', (t) => t.replace('    name: lab-db\n', '    name: lab-db\n    nearMiss: grade\n'));
    try {
      expect(await byId(lenient)).toMatchObject({ '2/db': { points: 1, checks: ['exists fail', 'image fail', 'env-MYSQL_DATABASE fail', 'running pass', 'mysql-db skip'] } });
    } finally {
      rmSync(lenient, { recursive: true, force: true });
    }
  });

  it('refuses nearMiss on an unnamed target', () => {
    const dir = edited('exercises/2-db.yaml', (t) => t.replace('    name: lab-db\n', "    match: { repository: mysql }\n    describe: { ko: mysql 컨테이너, en: a mysql container }\n    nearMiss: skip\n"));
    expect(problemLines(dir)[0]).toMatch(/exercises\/2-db\.yaml: targets\.db\.nearMiss: nearMiss is for a named target \(an unnamed one is matched, never by name\)/);
  });

  it("says why a check failed on a value that is the student's own", () => {
    const bob = loadCourse(PACK, 'bob', env);
    const port = bob.course!.values.find((v) => v.helper === 'port 18300-18399')!.value;
    const check = (expected: string) => ({ id: 'my-port', title: { ko: 'p', en: 'p' }, status: 'fail' as const, points: 0, maxPoints: 2, message: { ko: 'm', en: 'm' }, expected, actual: '18371' });
    const run = { exercises: [{ id: '1/web', checks: [check(port), check('80')] }] } as unknown as RunResult;
    const [own, other] = withValueNotes(run, bob).exercises[0].checks;
    expect(own.hint?.en).toBe(`${port} is student bob's own value ({{port 18300-18399}}): each student has their own, so a state made with another student's values fails here — dockgrade explain 1/web --course ${PACK} --student bob shows yours`);
    expect(own.hint?.ko).toContain(`학생 bob의 값입니다`);
    expect(other.hint).toBeUndefined();
  });
});
