/**
 * `grade` reads the journal a submission carries: an exercise that passed earlier on the same engine
 * and prefix counts (and the student's result has its history), unless the teacher grades the current
 * state only; journal entries that do not fit the submission are integrity findings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { emptyJournal, recordRun } from '../journal/journal.js';
import { sealSubmission } from '../cli/submit-command.js';
import { gradeClass } from './grade-class.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

const T1 = '2026-11-28T09:20:00.000Z';
const exercises = EXERCISES.filter((e) => e.id === '2.2.1/create-mycentos');
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-jy-grade-'));
  // 2.2.1/run-ubuntu's container, made before mycentos and kept to the end: the engine history that
  // confirms the journal's pass (a final state with no container at all is what a forged journal looks like).
  const earlier = makeContainer({ id: 'c'.repeat(64), name: 'ubuntu_run', created: '2026-11-28T08:50:00.000Z' });
  const passing = makeSnapshot({ containers: [earlier, makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })] });
  const { journal } = recordRun(emptyJournal(T1), await grade(exercises, passing, { now: () => new Date(T1) }), T1);
  // The final state: 2.2.3 of the book removed mycentos.
  const snapshot = { ...makeSnapshot({ containers: [earlier] }), takenAt: '2026-11-28T12:00:00.000Z', student: 's1', journal };
  file = join(dir, 's1.json');
  // Handed in as `submit` makes it (a bare snapshot file would also be flagged as such).
  writeFileSync(file, JSON.stringify(sealSubmission(snapshot, 's1', '', new Date('2026-11-28T12:00:00.000Z'))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('grade with the journal a submission carries', () => {
  it('counts the exercise that passed earlier, with its history and credit', async () => {
    const result = await gradeClass({ catalog: bookCatalog(), paths: [file], exercises });
    const [row] = result.students;
    expect([row.studentId, row.points, row.maxPoints]).toEqual(['s1', 6, 6]);
    const exercise = row.result!.exercises[0];
    expect(exercise.history).toMatchObject({ state: 'regressed', lastPassedAt: T1 });
    expect(exercise.credit).toMatchObject({ from: 'journal', passedAt: T1, current: { status: 'fail', points: 0 } });
    expect(row.integrity).toEqual([]);
  });

  it('--current-only grades the final state alone', async () => {
    const result = await gradeClass({ catalog: bookCatalog(), paths: [file], exercises, currentOnly: true });
    const [row] = result.students;
    expect([row.points, row.maxPoints, row.result!.currentOnly]).toEqual([0, 6, true]);
    expect(row.result!.exercises[0].credit).toBeUndefined();
    expect(row.result!.exercises[0].history?.state).toBe('regressed');
  });

  it('flags a counted pass recorded after the deadline, and still counts it', async () => {
    const result = await gradeClass({ catalog: bookCatalog(), paths: [file], exercises, deadline: Date.parse('2026-11-28T09:00:00Z') });
    const [row] = result.students;
    expect(row.points).toBe(6);
    expect(row.integrity.map((f) => f.code)).toEqual(['journal-after-deadline']);
  });
});
