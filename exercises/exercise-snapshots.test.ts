/**
 * Every exercise, both ways, without Docker: the states its reference solution and each mutation left on
 * a real engine (recorded by fixtures/record-exercise-snapshots.ts) are graded again with today's
 * checkers. The solution passes with full points; each mutation fails exactly its check. A recording
 * that no longer matches the exercise's mutations says to regenerate it.
 */
import { existsSync } from 'node:fs';
import { failing } from '../grader/docker/selftest.js';
import { gradeExercise } from '../grader/check/run.js';
import { ReplayProbe } from '../grader/probe/probe.js';
import { GENERATED_NOTE, readRecording, recordingFile } from '../fixtures/exercise-snapshots.js';
import { readFileSync } from 'node:fs';
import { EXERCISES } from './index.js';
import { eventsWanted } from '../grader/pipeline/pipeline.js';
import type { Snapshot } from '../grader/model/snapshot-schema.js';

describe.each(EXERCISES.map((e) => [e.id, e] as const))('%s (recorded)', (id, exercise) => {
  const file = recordingFile(id);

  it('has a recording that says it is generated, for the mutations the exercise has today', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toContain(GENERATED_NOTE);
    const recording = readRecording(file);
    const recorded = recording.cases.filter((c) => c.kind === 'mutation').map((c) => `${c.check}: ${c.description}`);
    // If this fails, the exercise changed: regenerate (see the first line of the file).
    expect(recorded).toEqual(exercise.mutations.map((m) => `${m.check}: ${m.description.en}`));
  });

  it('passes with the reference solution and fails each mutation on exactly its check', async () => {
    const recording = readRecording(file);
    for (const c of recording.cases) {
      const result = await gradeExercise(exercise, c.snapshot, { prefix: recording.prefix, probe: new ReplayProbe(c.snapshot.probes) });
      const outcome = { case: c.check ?? 'solution', failing: failing(result), status: result.status, full: result.points === result.maxPoints };
      if (c.kind === 'solution') expect(outcome).toEqual({ case: 'solution', failing: [], status: 'pass', full: true });
      // an exercise not gradable on one host never fails: a mistake there is skipped, for no points
      else expect({ ...outcome, full: undefined }).toEqual({ case: c.check, failing: [c.check], status: exercise.notGradable ? 'skip' : 'fail', full: undefined });
    }
  });

  it("grades the same when each check's `passes` is replaced by its test, and the two agree wherever the test runs", async () => {
    const recording = readRecording(file);
    const disagreements: string[] = [];
    // the checks' tests, each also asking `passes`; without `passes`, candidates are picked by the tests
    const checked = {
      ...exercise,
      checks: exercise.checks.map((check) => {
        if (check.kind !== 'container' || !check.passes) return check;
        const { passes, ...rest } = check;
        return {
          ...rest,
          test: (c: Parameters<typeof check.test>[0], ctx: Parameters<typeof check.test>[1], resolved: Parameters<typeof check.test>[2]) => {
            const outcome = check.test(c, ctx, resolved);
            if (passes.call(check, c, ctx, resolved) === (outcome.status === 'pass')) agreed++;
            else disagreements.push(`${check.id} on ${c.name}: test ${outcome.status}`);
            return outcome;
          },
        };
      }),
    };
    for (const c of recording.cases) {
      const options = { prefix: recording.prefix, probe: new ReplayProbe(c.snapshot.probes), now: () => new Date('2026-12-07T00:00:00Z') };
      expect(await gradeExercise(checked, c.snapshot, options)).toEqual(await gradeExercise(exercise, c.snapshot, options));
    }
    expect(disagreements).toEqual([]);
  });

  it('grades the same from only the engine events a check of it asks for (eventsWanted)', async () => {
    const recording = readRecording(file);
    const filters = eventsWanted([exercise]);
    expect(filters).toBeDefined();
    // what the engine sends for those filters: an event whose type and action are both listed
    const asked = (snapshot: Snapshot): Snapshot =>
      snapshot.events ? { ...snapshot, events: { ...snapshot.events, items: snapshot.events.items.filter((e) => filters!.type.includes(e.type) && filters!.event.includes(e.action)) } } : snapshot;
    for (const c of recording.cases) {
      const options = { prefix: recording.prefix, probe: new ReplayProbe(c.snapshot.probes), now: () => new Date('2026-12-07T00:00:00Z') };
      const fewer = asked(c.snapshot);
      dropped += (c.snapshot.events?.items.length ?? 0) - (fewer.events?.items.length ?? 0);
      kept += fewer.events?.items.length ?? 0;
      expect({ case: c.check ?? 'solution', result: await gradeExercise(exercise, fewer, options) }).toEqual({ case: c.check ?? 'solution', result: await gradeExercise(exercise, c.snapshot, options) });
    }
  });
});

// Counted by the tests above over every recording (tests of a file run in order).
let dropped = 0;
let kept = 0;
let agreed = 0;

describe('the checks that say whether they pass without their words (`passes`, for picking among candidates)', () => {
  it('agree with their test on every container of every recorded case (counted in the tests above)', () => {
    expect(agreed).toBeGreaterThan(0);
  });
});

describe('the engine events filters of the recordings', () => {
  it('leave events out, and keep some: the comparison above is not between equal states', () => {
    expect(dropped).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });
});
