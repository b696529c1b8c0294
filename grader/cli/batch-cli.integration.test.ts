/**
 * The teacher's workflow through the built binary: a student submits from a real engine, the teacher
 * grades a class (generated submissions, bad files, a live engine) in one command, the gradebook imports
 * cleanly, and sharded grading merges into the same gradebook.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { EXERCISES } from '../../exercises/index.js';
import { studentFileBase } from '../batch/class-output.js';
import { makeNames } from '../check/names.js';
import { ClassResultSchema } from '../model/class-schema.js';
import { RunResultSchema } from '../model/result-schema.js';
import { SubmissionSchema } from '../model/submission-schema.js';
import { submissionDigest } from '../io/submission-digest.js';

const prefix = uniquePrefix('bt');
const names = makeNames(prefix);
let dir: string;
let generated: GeneratedClass;
let roster: string;
const submitter = '학생-01';

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.section === '2.2.1')) await applySteps(exercise.solution(names));
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bt-'));
  generated = generateClass({ dir, count: 12, fillerContainers: 2 });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await removeByPrefix(prefix);
});

describe('dockgrade submit', () => {
  it('writes one sealed, versioned file from the real engine', async () => {
    const file = join(generated.submissionsDir, 'from-engine.json');
    const run = await dockgrade(['submit', '--student', submitter, '--prefix', prefix, '--output', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/wrote .*from-engine\.json/);
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    const submission = SubmissionSchema.parse(raw);
    expect(submission.student).toBe(submitter);
    expect(submission.prefix).toBe(prefix);
    expect(submission.engineId).toBe(submission.content.engine.id);
    expect(submission.content.containers.some((c) => c.name === names.name('mycentos'))).toBe(true);
    expect(submissionDigest(raw)).toBe(submission.digest.value);
  });

  it('refuses an empty student id', async () => {
    const run = await dockgrade(['submit', '--student', ' ']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('dockgrade grade, a class in one command', () => {
  let out: string;
  let result: ReturnType<typeof ClassResultSchema.parse>;
  let code: number;
  let stdout: string;
  let stderr: string;

  beforeAll(async () => {
    roster = join(dir, 'roster-full.csv');
    const base = readFileSync(generated.rosterFile, 'utf8').trim().split('\n');
    const lines = [
      'student_id,name,email,file,engine,prefix',
      ...base.slice(1).map((line) => `${line},,,`),
      `${submitter},"홍길동, ""길동""",gd@school.example,,,`,
      `live-01,라이브 학생,live@school.example,,unix:///var/run/docker.sock,${prefix}`,
      'down-01,꺼진 엔진,down@school.example,,tcp://127.0.0.1:9,',
    ];
    writeFileSync(roster, `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'garbage.json'), Buffer.alloc(50 * 1024 * 1024, 0x41));
    out = join(dir, 'out');
    ({ code, stdout, stderr } = await dockgrade(['grade', generated.submissionsDir, join(dir, 'garbage.json'), '--roster', roster, '--output-dir', out, '--deadline', generated.deadline, '--engine-timeout', '60'], { CI: 'true' }));
    result = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
  });

  it('exits 1 because some rows are not graded, quietly (no progress off a terminal)', () => {
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^graded \d+ of \d+: 3 invalid, 1 unreachable, 1 missing, 2 not on the roster, \d+ with integrity findings; wrote /);
  });

  it('grades the submitted file, the live engine and the generated class', () => {
    const row = (id: string) => result.students.find((s) => s.studentId === id)!;
    expect(row(submitter)).toMatchObject({ status: 'graded', name: '홍길동, "길동"', onRoster: true });
    // the engine holds the 2.2.1 reference solution: those exercises pass, graded from the file
    const solved = (id: string) => row(id).result!.exercises.filter((e) => e.section === '2.2.1').map((e) => e.status);
    expect(solved(submitter)).toEqual(EXERCISES.filter((e) => e.section === '2.2.1').map(() => 'pass'));
    expect(row('live-01')).toMatchObject({ status: 'graded', source: 'unix:///var/run/docker.sock' });
    expect(solved('live-01')).toEqual(solved(submitter));
    expect(row('live-01').points).toBeGreaterThan(0);
    // the submission and the live engine come from one engine under one prefix; the test's containers
    // were made after the generated class's deadline
    expect(row('live-01').integrity.map((f) => [f.code, f.others])).toEqual([['same-engine', [submitter]], ['after-deadline', []]]);
    // from-engine.json names no student and the roster has no file for it: graded by its claim, flagged
    expect(row(submitter).integrity.map((f) => f.code)).toEqual(['same-engine', 'after-deadline', 'unbound-file']);
    expect(row('down-01')).toMatchObject({ status: 'unreachable' });
    expect(row('down-01').reason).toContain('tcp://127.0.0.1:9');
    expect(result.students.find((s) => s.source.endsWith('garbage.json'))!.reason).toMatch(/^\(file\): 50\.0 MiB is over/);
  });

  it('writes a gradebook that imports cleanly: one header, every field quoted, UTF-8 Korean names', () => {
    const text = readFileSync(join(out, 'grades.csv'), 'utf8');
    const records = parse(text, { bom: true }) as string[][];
    expect(records[0]).toEqual(['student_id', 'name', 'email', ...EXERCISES.map((e) => e.id), 'total', 'max', 'status', 'reason', 'from_journal']);
    expect(records.filter((r) => r[0] === 'student_id')).toHaveLength(1);
    expect(records).toHaveLength(result.students.length + 1);
    expect(new Set(records.map((r) => r.length)).size).toBe(1);
    for (const line of text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')) expect(line).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/);
    const byId = new Map(records.slice(1).map((r) => [r[0], r]));
    expect(byId.get(submitter)!.slice(1, 3)).toEqual(['홍길동, "길동"', 'gd@school.example']);
    expect(byId.get(generated.students[0].id)![1]).toMatch(/^[가-힣]+, "MJ"$/);
    expect(byId.get('down-01')!.at(-3)).toBe('unreachable');
  });

  it('writes the class report linking each graded student to their own HTML and JSON', () => {
    const html = readFileSync(join(out, 'class.html'), 'utf8');
    for (const row of result.students.filter((s) => s.status === 'graded')) {
      const base = join(out, 'students', studentFileBase(row.studentId));
      expect(existsSync(`${base}.html`)).toBe(true);
      expect(RunResultSchema.parse(JSON.parse(readFileSync(`${base}.json`, 'utf8'))).student).toBe(row.studentId);
      expect(html).toContain(`students/${encodeURIComponent(studentFileBase(row.studentId))}.html`);
    }
  });

  it('grades in shards that merge into the same gradebook', async () => {
    const common = [generated.submissionsDir, join(dir, 'garbage.json'), '--roster', roster, '--deadline', generated.deadline];
    const shardDirs = [join(dir, 'shard-1'), join(dir, 'shard-2')];
    const shards = await Promise.all(shardDirs.map((d, i) => dockgrade(['grade', ...common, '--shard', `${i + 1}/2`, '-o', d])));
    expect(shards.map((s) => s.stderr)).toEqual(['', '']);
    const merged = join(dir, 'merged');
    const run = await dockgrade(['merge', ...shardDirs, '-o', merged]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(readFileSync(join(merged, 'grades.csv'), 'utf8')).toBe(readFileSync(join(out, 'grades.csv'), 'utf8'));
    expect(existsSync(join(merged, 'class.html'))).toBe(true);
    expect(existsSync(join(merged, 'students', `${studentFileBase(submitter)}.html`))).toBe(true);
    const missing = await dockgrade(['merge', shardDirs[0], '-o', join(dir, 'half')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/shard 2\/2 not given/);
  });
});

describe('grade usage errors are one line, exit 2', () => {
  it.each([
    [['grade'], /name submission files or folders, or a --roster/],
    [['grade', '.', '--shard', '3/2'], /--shard: '3\/2' is not K\/N/],
    [['grade', '.', '--deadline', 'friday'], /--deadline: 'friday' is not an ISO 8601 time/],
    [['grade', '.', '--roster', '/nonexistent/roster.csv'], /roster\.csv: no such file/],
    [['merge', '/nonexistent/out'], /\/nonexistent\/out: no such file/],
  ])('%j', async (args, message) => {
    const run = await dockgrade(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
