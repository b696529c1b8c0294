/**
 * Batch grading of a generated class from files: every kind of submission a teacher meets ends up in
 * the right row with the right status, points and integrity findings, and no bad file stops the class.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES } from '../../exercises/index.js';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { ClassResultSchema, type StudentRow } from '../model/class-schema.js';
import { grade } from '../check/run.js';
import { ReplayProbe } from '../probe/probe.js';
import { classExitCode, gradeClass } from './grade-class.js';
import { readRoster } from './roster.js';
import { readSubmission } from './submission-reader.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bt-'));
  generated = generateClass({ dir, count: 8, fillerContainers: 3 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rowOf(rows: StudentRow[], kind: string): StudentRow {
  const student = generated.students.filter((s) => s.kind === kind).at(-1)!;
  return rows.find((r) => r.studentId === student.id)!;
}

async function expectedPoints(file: string): Promise<number> {
  const read = await readSubmission(file);
  if (!read.ok) throw new Error(read.reason);
  return (await grade(EXERCISES, read.snapshot, { probe: new ReplayProbe(read.snapshot.probes) })).totals.points;
}

describe('gradeClass on a generated class', () => {
  let rows: StudentRow[];
  let garbage: string;
  let exitCode: number;

  beforeAll(async () => {
    // 50 MB of garbage, made here and never committed.
    garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, Buffer.alloc(50 * 1024 * 1024, 0x7b));
    const roster = await readRoster(generated.rosterFile);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir, garbage], roster, deadline: Date.parse(generated.deadline), now: () => new Date('2026-03-05T00:00:00Z') });
    rows = ClassResultSchema.parse(result).students;
    exitCode = classExitCode(result);
  });

  it('grades correct and partial submissions exactly as grading their snapshot directly', async () => {
    for (const student of generated.students.filter((s) => s.kind === 'correct' || s.kind === 'partial')) {
      const row = rows.find((r) => r.studentId === student.id)!;
      expect(row.status).toBe('graded');
      expect(row.points).toBe(await expectedPoints(student.file));
      expect(row.result?.exercises.map((e) => e.id)).toEqual(EXERCISES.map((e) => e.id));
    }
    const correct = rowOf(rows, 'correct');
    const partial = rowOf(rows, 'partial');
    expect(partial.points).toBeLessThan(correct.points);
    expect(correct.integrity).toEqual([]);
    expect(rows.find((r) => r.studentId === generated.students[0].id)!.name).toMatch(/^[가-힣]+, "MJ"$/);
  });

  it('isolates bad files as invalid rows with a path.to.field reason', () => {
    expect(rowOf(rows, 'truncated')).toMatchObject({ status: 'invalid', onRoster: true, points: 0 });
    expect(rowOf(rows, 'truncated').reason).toMatch(/^\(root\): truncated JSON/);
    expect(rowOf(rows, 'wrong-version').status).toBe('invalid');
    expect(rowOf(rows, 'wrong-version').reason).toBe('version: expected 1, found 99 (made by a newer dockgrade: update it)');
    const big = rows.find((r) => r.source === garbage)!;
    expect(big).toMatchObject({ status: 'invalid', studentId: '', onRoster: false });
    expect(big.reason).toMatch(/^\(file\): 50\.0 MiB is over the 16\.0 MiB limit/);
  });

  it('lists roster students with nothing submitted as missing, and strangers as not on the roster', () => {
    expect(rowOf(rows, 'missing')).toMatchObject({ status: 'missing', onRoster: true, result: null });
    expect(rowOf(rows, 'not-on-roster')).toMatchObject({ status: 'graded', onRoster: false });
  });

  it('reports integrity evidence without touching the grade', async () => {
    const same = rowOf(rows, 'same-engine');
    const other = rows.find((r) => r.studentId === generated.students.find((s) => s.kind === 'same-engine')!.other)!;
    expect(same.integrity.map((f) => f.code)).toEqual(['same-engine']);
    expect(same.integrity[0].others).toEqual([other.studentId]);
    expect(other.integrity.map((f) => f.code)).toEqual(['same-engine']);
    const edited = rowOf(rows, 'edited');
    expect(edited.integrity.map((f) => f.code)).toEqual(['digest-mismatch']);
    expect(edited.points).toBe(await expectedPoints(generated.students.find((s) => s.kind === 'edited')!.file));
    expect(rowOf(rows, 'old-tool').integrity.map((f) => f.code)).toEqual(['old-tool']);
    const late = rowOf(rows, 'late').integrity;
    expect(late.map((f) => f.code)).toEqual(['after-deadline']);
    expect(late[0].message.en).toContain('mycentos');
  });

  it('sorts rows by student id and exits 1 because some rows were not graded', () => {
    const ids = rows.map((r) => r.studentId);
    expect(ids).toEqual([...ids].sort());
    expect(exitCode).toBe(1);
  });
});

describe('gradeClass edge cases', () => {
  it('exits 0 when every row is graded, and regrades with the current exercise set', async () => {
    const clean = generateClass({ dir: join(dir, 'clean'), count: 3, specials: false, fillerContainers: 0 });
    const subset = EXERCISES.slice(0, 1);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [clean.submissionsDir], exercises: subset });
    expect(classExitCode(result)).toBe(0);
    expect(result.exercises.map((e) => e.id)).toEqual([subset[0].id]);
    expect(result.students.every((s) => s.result!.exercises.length === 1)).toBe(true);
  });

  it('does not search the output folder for submissions', async () => {
    const rerun = generateClass({ dir: join(dir, 'rerun'), count: 2, specials: false, fillerContainers: 0 });
    const out = join(rerun.submissionsDir, 'grades');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'summary.json'), '{"kind":"dockgrade.class"}');
    const result = await gradeClass({ catalog: bookCatalog(), paths: [rerun.submissionsDir], exclude: [out] });
    expect(result.students.map((s) => s.status)).toEqual(['graded', 'graded']);
    const without = await gradeClass({ catalog: bookCatalog(), paths: [rerun.submissionsDir] });
    expect(without.students.find((s) => s.source.endsWith('summary.json'))?.reason).toMatch(/^kind: expected 'dockgrade\.submission'/);
  });

  it('keeps the latest of several submissions by one student and says so', async () => {
    const twice = generateClass({ dir: join(dir, 'twice'), count: 1, specials: false, fillerContainers: 0 });
    const file = twice.students[0].file;
    const copy = join(dir, 'twice', 'older.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(copy, JSON.stringify({ ...data, submittedAt: '2026-01-01T00:00:00.000Z' }));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [file, copy] });
    expect(result.students).toHaveLength(1);
    expect(result.students[0].source).toBe(file);
    expect(result.students[0].integrity.map((f) => f.code)).toContain('several-submissions');
  });

  it('a submission file waits while beforeFile holds it back (grade waits for its student-files worker)', async () => {
    const small = generateClass({ dir: join(dir, 'held'), count: 3, specials: false, fillerContainers: 0 });
    const events: string[] = [];
    let release: () => void = () => undefined;
    let calls = 0;
    const result = await gradeClass({
      catalog: bookCatalog(),
      paths: [small.submissionsDir],
      concurrency: 1,
      beforeFile: () => {
        calls++;
        if (calls > 1) return null;
        events.push('held');
        setTimeout(() => {
          events.push('released');
          release();
        }, 50);
        return new Promise<void>((resolve) => (release = resolve));
      },
      retain: (row) => {
        events.push(`graded ${row.studentId}`);
        return row.result;
      },
    });
    expect(result.students.map((s) => s.status)).toEqual(['graded', 'graded', 'graded']);
    expect(calls).toBe(3);
    // the held file is graded only after its release; the others went on meanwhile
    const held = events.indexOf('released');
    expect(held).toBeGreaterThan(0);
    expect(events.filter((e) => e.startsWith('graded')).length).toBe(3);
    expect(events.slice(held + 1)).toHaveLength(1);
  });
});
