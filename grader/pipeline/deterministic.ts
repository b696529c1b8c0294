/**
 * Deterministic output (`--deterministic`): the same state always renders the same bytes, so two runs
 * (yesterday's CI and today's, a lab image and the reference) can be diffed. Exercises are sorted by
 * section and id; checks keep the order their exercise declares (fixed by the code, and the order
 * `requires` depends on); the timestamps become the epoch; what describes the machine or the moment
 * rather than the state (engine identity, how long `--wait` took, the journal's history) is left out.
 */
import { compareSections, compareText } from '../core/compare-text.js';
import type { RunResult } from '../model/result-schema.js';

/** The fixed timestamp deterministic results carry (still a valid ISO date for every consumer). */
export const DETERMINISTIC_TIME = '1970-01-01T00:00:00.000Z';

/** The run with its volatile parts removed; the input is not changed. */
export function deterministicRun(run: RunResult): RunResult {
  const { waited: _waited, ...rest } = run;
  const exercises = [...run.exercises]
    .sort((a, b) => compareSections(a.section, b.section) || compareText(a.id, b.id))
    .map(({ history: _history, ...exercise }) => exercise);
  return { ...rest, startedAt: DETERMINISTIC_TIME, finishedAt: DETERMINISTIC_TIME, engine: null, exercises };
}
