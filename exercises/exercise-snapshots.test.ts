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
});
