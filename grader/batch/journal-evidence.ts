/**
 * Journal credit tied to what the snapshot can confirm (issue 26, item 1). The journal is written on
 * the student's machine: editing it (every exercise a full pass at plausible times) gave full marks with
 * no container at all. A credit now counts only when the snapshot's own engine history reaches back to
 * the recorded pass: a container of the submission (its engine and prefix, an id as engines write
 * them) created no later than the pass was recorded. Otherwise the credit is *unconfirmed*: shown to the
 * teacher as a `journal-unconfirmed` finding and, unless the teacher asks (`--count-unconfirmed`), not
 * counted. What it proves and what it cannot is in docs/teachers.md.
 */
import type { IntegrityFinding } from '../model/class-schema.js';
import type { RunResult } from '../model/result-schema.js';
import type { Container, Snapshot } from '../model/snapshot-schema.js';
import { totalsOf } from '../check/totals.js';
import { msg } from '../core/i18n.js';
import { finding } from './integrity.js';

const CONTAINER_ID = /^[0-9a-f]{64}$/;
/** Clocks of one machine: a pass recorded a moment before its container's creation stamp is the same moment. */
const SLACK_MS = 1_000;

/** The earliest creation time (epoch ms) of a well-formed container of the submission, or Infinity. */
function historyStart(containers: readonly Container[], snapshot: Snapshot): number {
  const takenAt = Date.parse(snapshot.takenAt);
  let earliest = Infinity;
  for (const c of containers) {
    const created = Date.parse(c.created);
    // a container "created" after the snapshot was taken is no history (container-times flags it)
    if (CONTAINER_ID.test(c.id) && Number.isFinite(created) && !(created > takenAt) && created < earliest) earliest = created;
  }
  return earliest;
}

/**
 * Splits the run's journal credits into confirmed and unconfirmed (see the module comment). Without
 * `count`, unconfirmed credits are taken back (the exercise keeps its current grading) and the totals
 * recomputed; with it they stay. Returns the run and the finding, if any.
 */
export function confirmCredits(run: RunResult, snapshot: Snapshot, containers: readonly Container[], count: boolean): { run: RunResult; finding: IntegrityFinding | null } {
  const credited = run.exercises.filter((e) => e.credit);
  if (credited.length === 0) return { run, finding: null };
  const start = historyStart(containers, snapshot);
  const unconfirmed = credited.filter((e) => !(start <= Date.parse(e.credit!.passedAt) + SLACK_MS)).map((e) => e.id);
  if (unconfirmed.length === 0) return { run, finding: null };
  const ids = unconfirmed.slice(0, 5).join(', ') + (unconfirmed.length > 5 ? ` +${unconfirmed.length - 5}` : '');
  const found = finding(
    'journal-unconfirmed',
    count
      ? msg(`통과 기록으로만 인정한 통과 ${unconfirmed.length}개를 저장된 상태가 뒷받침하지 않지만 점수에 넣었습니다 (--count-unconfirmed): ${ids}`, `${unconfirmed.length} pass(es) from the journal that the snapshot does not confirm, counted (--count-unconfirmed): ${ids}`)
      : msg(`통과 기록에 남은 통과 ${unconfirmed.length}개를 저장된 상태가 뒷받침하지 않아 점수에 넣지 않았습니다 (--count-unconfirmed로 넣을 수 있습니다): ${ids}`, `${unconfirmed.length} pass(es) from the journal that the snapshot does not confirm, not counted (--count-unconfirmed counts them): ${ids}`),
  );
  if (count) return { run, finding: found };
  const taken = new Set(unconfirmed);
  const exercises = run.exercises.map((e) => {
    if (!taken.has(e.id) || !e.credit) return e;
    const { credit, ...rest } = e;
    return { ...rest, status: credit.current.status, points: credit.current.points };
  });
  return { run: { ...run, exercises, totals: totalsOf(exercises) }, finding: found };
}
