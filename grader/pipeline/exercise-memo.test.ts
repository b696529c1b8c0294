/**
 * The class memo of hidden exercise results (exercise-memo.ts) changes no byte: every recorded state of
 * every exercise (each solution and mutation, fixtures/exercise-snapshots/), graded twice through one
 * memo so the second pass takes its results from it, gives the run and summary.json's bytes that
 * grading without a memo gives; so do states that hunt secrets (not memoized) and hostile strings.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecording } from '../../fixtures/exercise-snapshots.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { runJsonText } from '../batch/class-output.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { bookCatalog } from './book-catalog.js';
import { ExerciseMemo, runJsonBytes } from './exercise-memo.js';
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
    const memo = new ExerciseMemo(catalog.publicWords);
    const states = [...recordedStates(), { name: 'hunted secret', snapshot: hostile, prefix: '' }, { name: 'active characters', snapshot: controls, prefix: '' }];
    expect(states.length).toBeGreaterThan(60);
    let shared = 0;
    const plain = new Map<string, { json: string; text: string }>();
    for (const pass of [1, 2]) {
      for (const { name, snapshot, prefix } of states) {
        if (pass === 1) {
          const run = await graded(snapshot, prefix);
          plain.set(name, { json: JSON.stringify(run), text: decoder.decode(runJsonText(run)) });
        }
        const memoized = await graded(snapshot, prefix, memo);
        expect({ name, json: JSON.stringify(memoized), text: decoder.decode(runJsonText(memoized, memo)) }).toEqual({ name, ...plain.get(name) });
        if (pass === 2) shared += memoized.exercises.filter((e) => memo.entryOf(e)).length;
      }
    }
    // the second pass took most results from the memo: those of runs that hunt no secret value (the hunted-secret
    // run's, and those of recorded states holding a learner's own value, are hidden as before). With the 2.2.6–2.5
    // recordings 78% are shared (was over 90% with 2.1–2.2.5); which recordings are not is left to issue 25.
    expect(shared).toBeGreaterThan(states.length * catalog.exercises.length * 0.75);
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
