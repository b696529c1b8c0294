/**
 * Journey credit without evidence (issue 26, item 1): a student edits their own journal (every exercise
 * a full pass at plausible times, well-formed digests, consistent entries), submits with no container at
 * all, and got full marks with no finding. A journal pass now counts only when the snapshot's engine
 * history reaches back to it (a container of the submission created no later than the pass); else it is
 * `journal-unconfirmed`, not counted unless the teacher asks (`countUnconfirmed`). An honest journey
 * (its earlier containers still there, a later step having removed the credited one) keeps its credit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgedJournal as forgeJournal } from '../../fixtures/forged-journal.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { emptyJournal, recordRun } from '../journal/journal.js';
import { sealSubmission } from '../cli/submit-command.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { gradeClass } from './grade-class.js';

const TAKEN = '2026-11-28T12:00:00.000Z';
// every exercise's points (one not gradable on one host has none)
const MAX = EXERCISES.filter((e) => !e.notGradable).reduce((sum, e) => sum + e.checks.reduce((s, c) => s + c.points, 0), 0);
let dir: string;

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'dockgrade-jforge-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What an editor of journal.json writes: every exercise a full pass, a minute apart, all before the snapshot. */
const forgedJournal = (engineId: string) => forgeJournal(engineId, EXERCISES, { start: '2026-11-28T09:00:00.000Z', stepMs: 60_000, updatedAt: TAKEN });

function submit(name: string, snapshot: ReturnType<typeof makeSnapshot>): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(sealSubmission({ ...snapshot, takenAt: TAKEN, student: name }, name, '', new Date(TAKEN))));
  return file;
}

describe('a hand-edited journal', () => {
  it('gives no points without evidence, and says so; the teacher can count it', async () => {
    const empty = makeSnapshot({ containers: [] });
    const file = submit('forger', { ...empty, journal: forgedJournal(empty.engine.id) });
    const [row] = (await gradeClass({ catalog: bookCatalog(), paths: [file] })).students;
    const [current] = (await gradeClass({ catalog: bookCatalog(), paths: [file], currentOnly: true })).students;
    // what the state itself shows (the images of makeSnapshot pass 2.2.1/pull-centos), nothing from the journal
    expect(row.points).toBe(current.points);
    expect(row.points).toBeLessThan(10);
    expect(row.result!.exercises.some((e) => e.credit)).toBe(false);
    const found = row.integrity.find((f) => f.code === 'journal-unconfirmed')!;
    // an exercise not gradable on one host earns nothing, from the journal either
    const forged = EXERCISES.filter((e) => !e.notGradable).length - row.result!.exercises.filter((e) => e.status === 'pass' && !e.notGradable).length;
    expect(found.message.en).toContain(`${forged} pass(es) from the journal that the snapshot does not confirm, not counted (--count-unconfirmed counts them)`);
    expect(row.integrity.map((f) => f.code)).toEqual(['journal-unconfirmed']);
    const [counted] = (await gradeClass({ catalog: bookCatalog(), paths: [file], countUnconfirmed: true })).students;
    expect(counted.points).toBe(MAX);
    expect(counted.integrity.map((f) => f.code)).toEqual(['journal-unconfirmed']);
  });

  it('is not confirmed by containers made after the passes it claims', async () => {
    const late = makeSnapshot({ containers: [makeContainer({ id: 'a'.repeat(64), name: 'late', created: '2026-11-28T11:59:00.000Z' })] });
    const [row] = (await gradeClass({ catalog: bookCatalog(), paths: [submit('late', { ...late, journal: forgedJournal(late.engine.id) })] })).students;
    expect(row.points).toBeLessThan(MAX);
    expect(row.integrity.map((f) => f.code)).toContain('journal-unconfirmed');
  });
});

describe('an honest journey', () => {
  it('keeps its credit: the engine history reaches back to the pass', async () => {
    const exercises = EXERCISES.filter((e) => e.id === '2.2.1/create-mycentos');
    const T1 = '2026-11-28T09:20:00.000Z';
    // 2.2.1/run-ubuntu's container, made before mycentos and still there at the end
    const earlier = makeContainer({ id: 'b'.repeat(64), name: 'ubuntu_run', created: '2026-11-28T09:10:00.123456789Z' });
    const passing = makeSnapshot({ containers: [earlier, makeContainer({ name: 'mycentos', image: 'centos:7', imageId: 'sha256:centos7', tty: true, openStdin: true })] });
    const { journal } = recordRun(emptyJournal(T1), await grade(exercises, passing, { now: () => new Date(T1) }), T1);
    // 2.2.3 of the book removed mycentos
    const [row] = (await gradeClass({ catalog: bookCatalog(), paths: [submit('honest', { ...makeSnapshot({ containers: [earlier] }), journal })], exercises })).students;
    expect([row.points, row.maxPoints]).toEqual([6, 6]);
    expect(row.result!.exercises[0].credit).toMatchObject({ from: 'journal', passedAt: T1 });
    expect(row.integrity).toEqual([]);
  });
});
