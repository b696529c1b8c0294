import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRecording } from '../../fixtures/exercise-snapshots.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { ReplayProbe } from '../probe/probe.js';
import { msg } from '../core/i18n.js';
import { derived, GradeMemo } from './grade-memo.js';
import { claimedNames, grade, NO_PROBE } from './run.js';
import type { ExerciseResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { CheckContext, ExerciseDefinition, Probe } from './types.js';

const FIXED = () => new Date('2026-01-01T00:00:00Z');

/** Every recorded state of every exercise (its solution and each mutation), with the prefix it was made under. */
function recordedStates(): Array<{ prefix: string; snapshot: Snapshot }> {
  const dir = join(process.cwd(), 'fixtures/exercise-snapshots');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const recording = readRecording(join(dir, f));
      return recording.cases.map((c) => ({ prefix: recording.prefix, snapshot: c.snapshot }));
    });
}

describe('GradeMemo', () => {
  it('grades every recorded state of every exercise as grading without it does, and answers many from records', async () => {
    const states = recordedStates();
    const claimed = claimedNames(EXERCISES);
    for (const order of [states, [...states].reverse()]) {
      const memo = new GradeMemo();
      for (const { prefix, snapshot } of order) {
        const plain = await grade(EXERCISES, snapshot, { prefix, probe: new ReplayProbe(snapshot.probes), claimed, now: FIXED });
        const remembered = await grade(EXERCISES, snapshot, { prefix, probe: new ReplayProbe(snapshot.probes), claimed, now: FIXED, memo });
        expect(JSON.stringify(remembered)).toBe(JSON.stringify(plain));
        // and again: now from the records where they hold
        const again = await grade(EXERCISES, snapshot, { prefix, probe: new ReplayProbe(snapshot.probes), claimed, now: FIXED, memo });
        expect(JSON.stringify(again)).toBe(JSON.stringify(plain));
      }
      expect(memo.hits).toBeGreaterThan(states.length * 10);
    }
  });

  /** A toy exercise whose one check reads what `test` reads of the snapshot. */
  function toy(test: (snapshot: Snapshot, probe: Probe) => Promise<string> | string): ExerciseDefinition {
    return {
      id: '9.9/toy',
      section: '9.9',
      order: 1,
      title: msg('장난감', 'toy'),
      goal: msg('', ''),
      commands: [],
      checks: [
        {
          kind: 'state',
          id: 'read',
          title: msg('읽기', 'read'),
          points: 1,
          run: async (ctx: CheckContext) => ({ status: 'fail', message: msg('', await test(ctx.snapshot, ctx.probe)) }),
        },
      ],
      solution: [],
      mutations: [],
    } as unknown as ExerciseDefinition;
  }

  async function gradeWith(memo: GradeMemo, exercise: ExerciseDefinition, snapshot: Snapshot, probe: Probe = NO_PROBE): Promise<ExerciseResult> {
    return (await grade([exercise], snapshot, { memo, probe, now: FIXED })).exercises[0];
  }

  const two = (a: string, b: string) => makeSnapshot({ containers: [makeContainer({ name: a, id: 'a'.repeat(64) }), makeContainer({ name: b, id: 'b'.repeat(64) })] });

  it('answers from a record only when every value read is the same, and reads nothing else', async () => {
    let graded = 0;
    const exercise = toy((s) => {
      graded++;
      return s.containers.map((c) => c.name).join(',');
    });
    const memo = new GradeMemo();
    expect((await gradeWith(memo, exercise, two('web', 'db'))).checks[0].message.en).toBe('web,db');
    // other ids, the same names: what it read holds
    const sameNames = two('web', 'db');
    sameNames.containers[0] = { ...sameNames.containers[0], id: 'c'.repeat(64) };
    expect((await gradeWith(memo, exercise, sameNames)).checks[0].message.en).toBe('web,db');
    expect(graded).toBe(1);
    expect((await gradeWith(memo, exercise, two('web', 'cache'))).checks[0].message.en).toBe('web,cache');
    // one more container: the list's length was read
    const three = makeSnapshot({ containers: [...two('web', 'db').containers, makeContainer({ name: 'x' })] });
    expect((await gradeWith(memo, exercise, three)).checks[0].message.en).toBe('web,db,x');
    expect(graded).toBe(3);
  });

  it('sees a key added to an object whose keys were listed', async () => {
    const exercise = toy((s) => Object.keys(s.containers[0].env).join(','));
    const memo = new GradeMemo();
    const withEnv = (env: Record<string, string>) => makeSnapshot({ containers: [makeContainer({ name: 'web', env })] });
    expect((await gradeWith(memo, exercise, withEnv({ A: '1' }))).checks[0].message.en).toBe('A');
    expect((await gradeWith(memo, exercise, withEnv({ A: '2' }))).checks[0].message.en).toBe('A');
    expect((await gradeWith(memo, exercise, withEnv({ A: '1', B: '2' }))).checks[0].message.en).toBe('A,B');
  });

  it('records a derived value instead of the reads that made it', async () => {
    let graded = 0;
    const exercise = toy((s) => {
      graded++;
      return String(derived(s.containers[0], (c) => c.id.startsWith(c.hostname)));
    });
    const memo = new GradeMemo();
    const host = (id: string, hostname: string) => makeSnapshot({ containers: [makeContainer({ name: 'web', id, hostname })] });
    expect((await gradeWith(memo, exercise, host('a'.repeat(64), 'aaaaaaaaaaaa'))).checks[0].message.en).toBe('true');
    expect((await gradeWith(memo, exercise, host('b'.repeat(64), 'bbbbbbbbbbbb'))).checks[0].message.en).toBe('true');
    expect(graded).toBe(1);
    expect((await gradeWith(memo, exercise, host('b'.repeat(64), 'web'))).checks[0].message.en).toBe('false');
    expect(graded).toBe(2);
  });

  it('never remembers a grading that asked a probe', async () => {
    let asked = 0;
    const probe: Probe = {
      enabled: true,
      http: () => Promise.reject(new Error('no')),
      exec: async () => {
        asked++;
        return { kind: 'exec', container: '', cmd: [], exitCode: 0, output: `answer ${asked}` } as never;
      },
      request: () => Promise.reject(new Error('no')),
    };
    const exercise = toy(async (s, p) => ((await p.exec(s.containers[0], ['cat', '/etc/hostname'])) as unknown as { output: string }).output);
    const memo = new GradeMemo();
    expect((await gradeWith(memo, exercise, two('web', 'db'), probe)).checks[0].message.en).toBe('answer 1');
    expect((await gradeWith(memo, exercise, two('web', 'db'), probe)).checks[0].message.en).toBe('answer 2');
    expect(memo.hits).toBe(0);
  });

  it('hands out a frozen copy that shares nothing with the snapshot', async () => {
    const exercise = toy((s) => s.containers[0].name);
    const memo = new GradeMemo();
    const result = await gradeWith(memo, exercise, two('web', 'db'));
    expect(Object.isFrozen(result) && Object.isFrozen(result.checks[0].message)).toBe(true);
    expect(() => structuredClone(result)).not.toThrow();
  });
});
