/**
 * The "done when": a class of 500 generated submissions (plus the special cases) grades in one
 * command with every output, bad rows isolated. A smoke test of scale, not a timing: speed is measured by
 * the benchmark, never asserted here.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Handlebars from 'handlebars';
import { generateClass } from '../../fixtures/class-generator.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { ClassResultSchema } from '../model/class-schema.js';
import { studentFileBase } from '../batch/class-output.js';

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('grades a class of 500 in one command', async () => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bt-'));
  const generated = generateClass({ dir, count: 500 });
  const out = join(dir, 'out');
  const run = await dockgrade(['grade', generated.submissionsDir, '--roster', generated.rosterFile, '-o', out, '--deadline', generated.deadline]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  const result = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
  expect(result.students).toHaveLength(generated.students.length);
  const count = (status: string) => result.students.filter((s) => s.status === status).length;
  expect([count('graded'), count('invalid'), count('missing'), count('unreachable')]).toEqual([generated.students.length - 3, 2, 1, 0]);
  const records = parse(readFileSync(join(out, 'grades.csv'), 'utf8'), { bom: true }) as string[][];
  expect(records).toHaveLength(generated.students.length + 1);
  expect(readdirSync(join(out, 'students'))).toHaveLength(2 * count('graded'));
  expect(existsSync(join(out, 'class.html'))).toBe(true);
  // Each graded row's result in summary.json (joined from the memo's shared bytes, or kept on disk) is
  // the run its student's own JSON report holds (rendered apart, by the worker).
  const graded = result.students.filter((s) => s.status === 'graded');
  for (const row of graded) expect({ id: row.studentId, run: JSON.parse(readFileSync(join(out, 'students', `${studentFileBase(row.studentId)}.json`), 'utf8')) as unknown }).toEqual({ id: row.studentId, run: row.result });
  // and the matrix has one row per student, in the summary's order (rendered 200 rows at a time)
  const html = readFileSync(join(out, 'class.html'), 'utf8');
  expect([...html.matchAll(/<tr data-student="([^"]*)">/g)].map((m) => m[1])).toEqual(result.students.map((s) => Handlebars.escapeExpression(s.studentId)));
});

