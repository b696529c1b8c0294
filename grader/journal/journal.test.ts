import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { emptyJournal, evidenceDigest, findScope, NATIVE_DIGESTS_FROM, recordRun } from './journal.js';
import { JournalSchema } from '../model/journal-schema.js';
import type { RunResult } from '../model/result-schema.js';

const createMycentos = EXERCISES.find((e) => e.id === '2.2.1/create-mycentos')!;
const T1 = '2026-11-28T14:02:00.000Z';
const T2 = '2026-11-28T15:30:00.000Z';
const T3 = '2026-11-28T16:45:00.000Z';

const passing = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })] });
const stopped = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true, state: { running: false, status: 'exited' } })] });
const removed = makeSnapshot({ containers: [] });

async function run(snapshot = passing, prefix = ''): Promise<RunResult> {
  return grade([createMycentos], snapshot, { prefix, now: () => new Date(T1) });
}

describe('recordRun', () => {
  it('starts a fresh journal: passing now, first and last pass at this time', async () => {
    const { journal, run: annotated } = recordRun(emptyJournal(T1), await run(), T1);
    expect(JournalSchema.parse(journal)).toEqual(journal);
    expect(annotated.exercises[0].history).toEqual({ firstPassedAt: T1, lastPassedAt: T1, bestPoints: 6, state: 'passing' });
    const entry = findScope(journal, 'ENGINE-ID', '')!.exercises['2.2.1/create-mycentos'];
    expect(entry.best).toMatchObject({ at: T1, status: 'pass', points: 6, maxPoints: 6 });
    expect(entry.best.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('a never-passed exercise is `never`, with its best points so far', async () => {
    const { journal, run: first } = recordRun(emptyJournal(T1), await run(stopped), T1);
    expect(first.exercises[0].history).toEqual({ bestPoints: 5, state: 'never' });
    const { run: second } = recordRun(journal, await run(removed), T2);
    expect(second.exercises[0].history).toEqual({ bestPoints: 5, state: 'never' });
  });

  it('keeps the best result and its time when a later one is worse', async () => {
    const first = recordRun(emptyJournal(T1), await run(stopped), T1);
    const second = recordRun(first.journal, await run(removed), T2);
    const entry = findScope(second.journal, 'ENGINE-ID', '')!.exercises['2.2.1/create-mycentos'];
    expect(entry.best).toMatchObject({ at: T1, points: 5 });
    expect(entry.last).toMatchObject({ at: T2, points: 0, status: 'fail' });
  });

  it('updates the best when a later result is better', async () => {
    const first = recordRun(emptyJournal(T1), await run(stopped), T1);
    const second = recordRun(first.journal, await run(passing), T2);
    const entry = findScope(second.journal, 'ENGINE-ID', '')!.exercises['2.2.1/create-mycentos'];
    expect(entry.best).toMatchObject({ at: T2, points: 6, status: 'pass' });
    expect(entry.firstPassedAt).toBe(T2);
  });

  it('passed earlier and not now is `regressed`, with the time of the last pass', async () => {
    const first = recordRun(emptyJournal(T1), await run(passing), T1);
    const second = recordRun(first.journal, await run(removed), T2);
    expect(second.run.exercises[0].history).toEqual({ firstPassedAt: T1, lastPassedAt: T1, bestPoints: 6, state: 'regressed' });
    const third = recordRun(second.journal, await run(passing), T3);
    expect(third.run.exercises[0].history).toEqual({ firstPassedAt: T1, lastPassedAt: T3, bestPoints: 6, state: 'passing' });
  });

  it('keeps engines and prefixes apart', async () => {
    const alice = recordRun(emptyJournal(T1), await run(makeSnapshot({ containers: [makeContainer({ name: 'alice-mycentos', image: 'centos:7', tty: true, openStdin: true })] }), 'alice'), T1);
    const bob = recordRun(alice.journal, await run(removed, 'bob'), T2);
    expect(bob.run.exercises[0].history?.state).toBe('never');
    expect(bob.journal.scopes.map((s) => s.prefix)).toEqual(['alice', 'bob']);
    const otherEngine = await run(removed, 'alice');
    otherEngine.engine = { ...otherEngine.engine!, id: 'OTHER-ENGINE' };
    expect(recordRun(bob.journal, otherEngine, T3).run.exercises[0].history?.state).toBe('never');
    expect(recordRun(bob.journal, await run(removed, 'alice'), T3).run.exercises[0].history?.state).toBe('regressed');
  });

  it('never makes an errored grading the best', async () => {
    const first = recordRun(emptyJournal(T1), await run(stopped), T1);
    const broken = await run(passing);
    broken.exercises[0] = { ...broken.exercises[0], status: 'error', points: 6, error: 'boom' };
    const entry = findScope(recordRun(first.journal, broken, T2).journal, 'ENGINE-ID', '')!.exercises['2.2.1/create-mycentos'];
    expect(entry.best).toMatchObject({ at: T1, points: 5 });
  });

  it('does not change its inputs', async () => {
    const journal = emptyJournal(T1);
    const result = await run();
    const before = JSON.stringify([journal, result]);
    recordRun(journal, result, T1);
    expect(JSON.stringify([journal, result])).toBe(before);
  });
});

describe('evidenceDigest', () => {
  it('is the same for the same state and differs when evidence differs', async () => {
    const a = (await run(passing)).exercises[0];
    const b = (await run(passing)).exercises[0];
    const c = (await run(stopped)).exercises[0];
    expect(evidenceDigest(a)).toBe(evidenceDigest(b));
    expect(evidenceDigest(a)).not.toBe(evidenceDigest(c));
  });
});

describe('evidenceDigest is sha256', () => {
  it('equals node:crypto sha256 of the evidence JSON, Korean and astral text included', async () => {
    const { createHash } = await import('node:crypto');
    const fc = (await import('fast-check')).default;
    const base = (await run(passing)).exercises[0];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (expected, actual) => {
        const exercise = { ...base, checks: base.checks.map((c, i) => (i === 0 ? { ...c, expected: `${expected}한글😀`, actual } : c)) };
        const evidence = exercise.checks.map((c) => [c.id, c.status, c.expected ?? null, c.actual ?? null]);
        const reference = createHash('sha256').update(JSON.stringify([exercise.id, evidence])).digest('hex');
        expect(evidenceDigest(exercise)).toBe(`sha256:${reference}`);
        // the digest a run of many exercises makes by node:crypto (see NATIVE_DIGESTS_FROM)
        expect(evidenceDigest(exercise, true)).toBe(`sha256:${reference}`);
      }),
      { numRuns: 200 },
    );
  });
});


describe('recordRun of many exercises', () => {
  it('records the digests a run of one exercise would (made by node:crypto from NATIVE_DIGESTS_FROM on)', async () => {
    const all = await grade(EXERCISES, passing, { prefix: '', now: () => new Date(T1) });
    expect(all.exercises.length).toBeGreaterThanOrEqual(NATIVE_DIGESTS_FROM);
    const scope = findScope(recordRun(emptyJournal(T1), all, T1).journal, all.engine!.id, '')!;
    expect(all.exercises.map((e) => scope.exercises[e.id].last.digest)).toEqual(all.exercises.map((e) => evidenceDigest(e)));
  });
});

describe('recordRun with credit (the journey counts)', () => {
  it('counts an exercise that passed earlier and was undone: pass, full points, marked, and the journal keeps the current grading', async () => {
    const first = recordRun(emptyJournal(T1), await run(passing), T1, { credit: true });
    const second = recordRun(first.journal, await run(removed), T2, { credit: true });
    const [exercise] = second.run.exercises;
    expect([exercise.status, exercise.points, exercise.maxPoints]).toEqual(['pass', 6, 6]);
    expect(exercise.credit).toEqual({ from: 'journal', passedAt: T1, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), current: { status: 'fail', points: 0 } });
    expect(second.run.totals).toMatchObject({ points: 6, maxPoints: 6, passed: 1, failed: 0, credited: 1 });
    // the checks stay the current state's, and the journal records what the state showed
    expect(exercise.checks.some((c) => c.status === 'fail')).toBe(true);
    expect(findScope(second.journal, 'ENGINE-ID', '')!.exercises['2.2.1/create-mycentos'].last).toMatchObject({ at: T2, status: 'fail', points: 0 });
  });

  it('counts nothing without credit (--current-only), for a partial best, or from another engine or prefix', async () => {
    const first = recordRun(emptyJournal(T1), await run(passing), T1);
    expect(recordRun(first.journal, await run(removed), T2).run.exercises[0].credit).toBeUndefined();
    expect(recordRun(first.journal, await run(removed), T2, { credit: false }).run.totals.points).toBe(0);
    const partial = recordRun(emptyJournal(T1), await run(stopped), T1);
    expect(recordRun(partial.journal, await run(removed), T2, { credit: true }).run.exercises[0]).toMatchObject({ status: 'fail', points: 0 });
    const otherEngine = await run(removed);
    otherEngine.engine = { ...otherEngine.engine!, id: 'OTHER-ENGINE' };
    expect(recordRun(first.journal, otherEngine, T2, { credit: true }).run.exercises[0].credit).toBeUndefined();
    expect(recordRun(first.journal, await run(removed, 'bob'), T2, { credit: true }).run.exercises[0].credit).toBeUndefined();
  });

  it('does not let a pass recorded with a smaller maximum (probes off) pay for a larger one', async () => {
    const first = recordRun(emptyJournal(T1), await run(passing), T1);
    const scope = findScope(first.journal, 'ENGINE-ID', '')!;
    const entry = scope.exercises['2.2.1/create-mycentos'];
    scope.exercises['2.2.1/create-mycentos'] = { ...entry, best: { ...entry.best, points: 5, maxPoints: 5 } };
    expect(recordRun(first.journal, await run(removed), T2, { credit: true }).run.exercises[0].credit).toBeUndefined();
  });

  it('does not count a hand-written entry without a well-formed digest', async () => {
    const first = recordRun(emptyJournal(T1), await run(passing), T1);
    const scope = findScope(first.journal, 'ENGINE-ID', '')!;
    const entry = scope.exercises['2.2.1/create-mycentos'];
    scope.exercises['2.2.1/create-mycentos'] = { ...entry, best: { ...entry.best, digest: 'sha256:trust-me' } };
    expect(recordRun(first.journal, await run(removed), T2, { credit: true }).run.exercises[0].credit).toBeUndefined();
    const { passDigest: _gone, ...withoutPassDigest } = entry;
    scope.exercises['2.2.1/create-mycentos'] = withoutPassDigest;
    expect(recordRun(first.journal, await run(removed), T2, { credit: true }).run.exercises[0].credit).toBeUndefined();
  });

  it('leaves an exercise that passes now as it is', async () => {
    const first = recordRun(emptyJournal(T1), await run(passing), T1, { credit: true });
    const again = recordRun(first.journal, await run(passing), T2, { credit: true });
    expect(again.run.exercises[0].credit).toBeUndefined();
    expect(again.run.totals.credited).toBeUndefined();
  });
});
