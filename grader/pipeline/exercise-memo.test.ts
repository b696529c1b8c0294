/**
 * The class memo of hidden exercise results (exercise-memo.ts) changes no byte: every recorded state of
 * every exercise (each solution and mutation, fixtures/exercise-snapshots/), graded twice through one
 * memo so the second pass takes its results from it, gives the run and summary.json's bytes that
 * grading without a memo gives; so do states that hunt secrets (not memoized) and hostile strings.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecording } from '../../fixtures/exercise-snapshots.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { runJsonText } from '../batch/class-output.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { bookCatalog } from './book-catalog.js';
import { ExerciseMemo, runJsonBytes, sameJson } from './exercise-memo.js';
import { gradeStage, stateOf } from './pipeline.js';

const DIR = fileURLToPath(new URL('../../fixtures/exercise-snapshots/', import.meta.url));
const catalog = bookCatalog();
const now = () => new Date('2026-12-01T00:00:00Z');
const decoder = new TextDecoder();

function recordedStates(): Array<{ name: string; snapshot: Snapshot; prefix: string }> {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const recording = readRecording(join(DIR, file));
      return recording.cases.map((c, i) => ({ name: `${recording.exercise} #${i}`, snapshot: c.snapshot, prefix: recording.prefix }));
    });
}

async function graded(snapshot: Snapshot, prefix: string, memo?: ExerciseMemo) {
  const state = await stateOf(snapshot, { type: 'snapshot', location: 'memo-test.json' }, true);
  return gradeStage(state, { catalog, exercises: catalog.exercises, prefix, now, memo });
}

const hostile = makeSnapshot({
  containers: [
    // a secret hunted by value: this run is hidden without the memo
    makeContainer({ name: 'wordpressdb', image: 'mysql:5.7', env: { MYSQL_ROOT_PASSWORD: 'hunter22-secret', MYSQL_DATABASE: 'wordpress' } }),
  ],
});
const controls = makeSnapshot({
  // names with what escapeActiveJson escapes (C1, bidi, U+2028, `##[`) and a self-describing secret
  containers: [makeContainer({ name: 'my\u009bcentos', image: 'centos:7', cmd: ['sh', '-c', 'echo ##[x] \u202e\u2028 TOKEN=abc --password=pw1'] }), makeContainer({ name: 'mycentos', image: 'centos:7' })],
});

describe('ExerciseMemo', () => {
  it('gives every recorded state the same run and the same summary bytes, memoized or not', async () => {
    // Room for every distinct result: each recording names its own prefix in its hints, so the recordings
    // hold over 5,000 distinct results (the default 4,096 filled up at 2.4.3/mybuild, and every later
    // recording's results were hidden without it: the 78% measured before).
    const memo = new ExerciseMemo(catalog.publicWords, Number.POSITIVE_INFINITY);
    const states = [...recordedStates(), { name: 'hunted secret', snapshot: hostile, prefix: '' }, { name: 'active characters', snapshot: controls, prefix: '' }];
    expect(states.length).toBeGreaterThan(60);
    let shared = 0;
    const notShared: string[] = [];
    const plain = new Map<string, { json: string; text: string }>();
    for (const pass of [1, 2]) {
      for (const { name, snapshot, prefix } of states) {
        if (pass === 1) {
          const run = await graded(snapshot, prefix);
          plain.set(name, { json: JSON.stringify(run), text: decoder.decode(runJsonText(run)) });
        }
        const memoized = await graded(snapshot, prefix, memo);
        expect({ name, json: JSON.stringify(memoized), text: decoder.decode(runJsonText(memoized, memo)) }).toEqual({ name, ...plain.get(name) });
        if (pass === 2) {
          const taken = memoized.exercises.filter((e) => memo.entryOf(e)).length;
          shared += taken;
          if (taken !== memoized.exercises.length) notShared.push(`${name}: ${taken} of ${memoized.exercises.length}`);
        }
      }
    }
    // The second pass took every result from the memo but those of the runs that hunt a secret value, which are
    // hidden as before: the two recorded states holding a learner's own MySQL password, and the hunted secret.
    expect(notShared).toEqual([`2.2.5/wordpress #5: 0 of ${catalog.exercises.length}`, `2.2.5/wordpressdb #3: 0 of ${catalog.exercises.length}`, `hunted secret: 0 of ${catalog.exercises.length}`]);
    expect(shared).toBe((states.length - 3) * catalog.exercises.length);
    // and many states repeat a result: fewer distinct results than half of those taken
    expect(memo.size).toBeLessThan(shared / 2);
  });

  it('stops remembering when full, and grades what it does not hold as without it', async () => {
    const memo = new ExerciseMemo(catalog.publicWords, 40);
    const states = recordedStates().slice(0, 8);
    for (const { name, snapshot, prefix } of states) {
      const run = await graded(snapshot, prefix);
      const memoized = await graded(snapshot, prefix, memo);
      expect({ name, json: JSON.stringify(memoized), text: decoder.decode(runJsonText(memoized, memo)) }).toEqual({ name, json: JSON.stringify(run), text: decoder.decode(runJsonText(run)) });
    }
    expect(memo.size).toBe(40);
    // the first state's first 40 exercises (distinct: each names its exercise) are what it holds
    const again = await graded(states[0].snapshot, states[0].prefix, memo);
    expect(again.exercises.map((e) => memo.entryOf(e) !== undefined)).toEqual(again.exercises.map((_, i) => i < 40));
  });

  it('hands out frozen results, and never hides with it under other public words', async () => {
    const memo = new ExerciseMemo(new Set(['other']));
    const run = await graded(controls, '', memo);
    expect(run.exercises.some((e) => memo.entryOf(e))).toBe(false);
    const own = new ExerciseMemo(catalog.publicWords);
    const shared = (await graded(controls, '', own)).exercises[0];
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.checks[0]) && Object.isFrozen(shared.title)).toBe(true);
    // the exercise definitions' own objects are never frozen by it
    expect(Object.isFrozen(catalog.exercises[0].title)).toBe(false);
  });

  it('splices exercise bytes the memo does not know beside those it does', async () => {
    const memo = new ExerciseMemo(catalog.publicWords);
    const run = await graded(controls, '', memo);
    const mixed = { ...run, exercises: run.exercises.map((e, i) => (i % 2 ? { ...e, history: { state: 'never' as const, bestPoints: 0 } } : e)) };
    expect(decoder.decode(runJsonBytes(mixed, memo))).toBe(decoder.decode(runJsonText(mixed)));
  });
});

describe('sameJson', () => {
  const same = (x: unknown, y: unknown) => sameJson(JSON.parse(JSON.stringify(x)) as unknown, y);

  it('says true only of a value whose JSON text is the one compared with', () => {
    // values with what JSON.stringify drops, turns to null or orders its own way
    const leaf = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0), fc.constant(Number.NaN), fc.constant(new Date(0)));
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('any'), { maxLength: 4 }),
      object: fc.dictionary(fc.constantFrom('a', 'b', '1', '__proto__', 'toJSON', 'x y'), tie('any'), { maxKeys: 4 }),
    })).any;
    fc.assert(
      fc.property(value, value, (x, y) => {
        if (JSON.stringify(x) === undefined) return;
        if (same(x, y)) expect(JSON.stringify(y)).toBe(JSON.stringify(x));
        // the value itself, with what its text drops or changes (undefined, NaN, a Date) in place
        if (same(x, x)) expect(JSON.stringify(x)).toBe(JSON.stringify(JSON.parse(JSON.stringify(x))));
        // plain JSON data is always found the same as itself
        const plain = JSON.parse(JSON.stringify(x)) as unknown;
        expect(same(x, plain)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells apart key order, a missing member, a Date and an object with toJSON', () => {
    expect(same({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(same({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(same({ a: {} }, { a: new Date(0) })).toBe(false);
    expect(same({ a: {} }, { a: { toJSON: () => 'x' } })).toBe(false);
    expect(same({ a: [1, 'x'] }, { a: [1, 'x'] })).toBe(true);
    expect(same({ a: [1, 'x'] }, { a: [1, 'x', 2] })).toBe(false);
  });

  it('takes a result it met among others of its exercise, status and points from the memo', async () => {
    const memo = new ExerciseMemo(catalog.publicWords);
    const first = await graded(controls, '', memo);
    const again = await graded(controls, '', memo);
    expect(again.exercises.every((e, i) => e === first.exercises[i])).toBe(true);
  });
});
