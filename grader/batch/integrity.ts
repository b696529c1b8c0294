/**
 * Integrity evidence for the teacher: reported in the class report, never taken off the grade.
 * Per-row findings (old tool, containers made after the deadline, a hand-edited file) are decided when
 * the row is graded; cross-row findings (one engine or the same containers in two submissions) are
 * decided over all rows with maps, in time linear in the number of containers, and again after `merge`.
 */
import type { IntegrityFinding, RowEvidence, StudentRow } from '../model/class-schema.js';
import { msg } from '../core/i18n.js';
import type { Container, Snapshot } from '../model/snapshot-schema.js';
import type { JournalExercise, JournalScope } from '../model/journal-schema.js';
import type { RunResult } from '../model/result-schema.js';
import { compareText } from '../core/compare-text.js';
import { TOOL } from '../core/tool.js';
import { josa } from '../core/korean-particles.js';

/** Codes of findings that compare rows with each other (recomputed by `merge`). */
export const CROSS_ROW_CODES: ReadonlySet<string> = new Set(['same-engine', 'same-containers']);

/** How many other students a finding names (the rest are counted). */
const MAX_OTHERS = 20;

/** Compares dotted numeric versions (`0.1.10` > `0.1.9`); a pre-release tag counts as older. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.trim().replace(/^v/, '').split('-', 2);
    return { parts: core.split('.').map((p) => Number.parseInt(p, 10) || 0), pre: pre !== undefined };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return x.pre === y.pre ? 0 : x.pre ? -1 : 1;
}

export interface RowFacts {
  toolVersion: string;
  /** null: the file carries no digest (bare snapshot, live engine). */
  digestOk: boolean | null;
  containers: readonly Container[];
  /** Epoch ms; containers created later are reported. */
  deadline?: number;
  currentVersion?: string;
}

/** Findings about one submission on its own. */
export function rowFindings(facts: RowFacts): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  const current = facts.currentVersion ?? TOOL.version;
  if (facts.digestOk === false) {
    findings.push({
      code: 'digest-mismatch',
      message: msg('제출 파일의 내용이 기록된 다이제스트와 다릅니다 (제출 후 손으로 고친 흔적)', 'the file does not match its recorded digest (edited after `dockgrade submit`)'),
      others: [],
    });
  }
  if (facts.toolVersion && compareVersions(facts.toolVersion, current) < 0) {
    findings.push({
      code: 'old-tool',
      message: msg(`예전 dockgrade ${josa(facts.toolVersion, '으로/로')} 만든 제출물 (현재 ${current})`, `made with an older dockgrade ${facts.toolVersion} (grader: ${current})`),
      others: [],
    });
  }
  if (facts.deadline !== undefined && Number.isFinite(facts.deadline)) {
    const late = facts.containers.filter((c) => Date.parse(c.created) > facts.deadline!);
    if (late.length) {
      const names = late.slice(0, 3).map((c) => c.name).join(', ') + (late.length > 3 ? ` +${late.length - 3}` : '');
      const when = new Date(facts.deadline).toISOString();
      findings.push({
        code: 'after-deadline',
        message: msg(`마감(${when}) 뒤에 만든 컨테이너 ${late.length}개: ${names}`, `${late.length} container(s) created after the deadline ${when}: ${names}`),
        others: [],
      });
    }
  }
  return findings;
}

function others(group: readonly string[] | undefined, self: string): string[] {
  return (group ?? []).filter((id) => id !== self);
}

function listed(ids: readonly string[]): string {
  return ids.slice(0, MAX_OTHERS).join(', ') + (ids.length > MAX_OTHERS ? ` +${ids.length - MAX_OTHERS}` : '');
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * Adds `same-engine` and `same-containers` findings to the rows that share an engine (under the same
 * prefix: students on one shared lab host with their own prefixes are fine) or container ids. Replaces
 * any earlier cross-row findings. Linear in rows plus container ids.
 */
export function withCrossRowFindings(rows: readonly StudentRow[]): StudentRow[] {
  const byEngine = new Map<string, string[]>();
  const byContainer = new Map<string, string[]>();
  const keyOf = (e: RowEvidence) => `${e.engineId}\u0000${e.prefix}`;
  for (const row of rows) {
    const e = row.evidence;
    if (!e || !row.studentId) continue;
    if (e.engineId) push(byEngine, keyOf(e), row.studentId);
    for (const id of e.containerIds) push(byContainer, id, row.studentId);
  }
  return rows.map((row) => {
    const kept = row.integrity.filter((f) => !CROSS_ROW_CODES.has(f.code));
    const e = row.evidence;
    if (!e || !row.studentId) return kept.length === row.integrity.length ? row : { ...row, integrity: kept };
    const findings: IntegrityFinding[] = [];
    const sameEngine = e.engineId ? others(byEngine.get(keyOf(e)), row.studentId) : [];
    if (sameEngine.length) {
      findings.push({
        code: 'same-engine',
        message: msg(`같은 Docker 엔진(${e.engineId.slice(0, 12)})에서 만든 제출물: ${listed(sameEngine)}`, `same Docker engine (${e.engineId.slice(0, 12)}) as ${listed(sameEngine)}`),
        others: sameEngine.slice(0, MAX_OTHERS),
      });
    }
    // Containers shared with a student already named for the same engine add nothing new.
    const already = new Set(sameEngine);
    const shared = new Map<string, number>();
    for (const id of e.containerIds) {
      for (const other of others(byContainer.get(id), row.studentId)) if (!already.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    if (shared.size) {
      const ids = [...shared.keys()].sort();
      findings.push({
        code: 'same-containers',
        message: msg(`다른 학생과 같은 컨테이너 ID: ${listed(ids)}`, `same container ids as ${listed(ids)}`),
        others: ids.slice(0, MAX_OTHERS),
      });
    }
    return { ...row, integrity: [...findings, ...kept] };
  });
}

/** What the journal findings compare: the submission's snapshot (with its journal) and how it was graded. */
export interface JournalFacts {
  snapshot: Snapshot;
  prefix: string;
  /** The graded run: which exercises count from the journal (`credit`). */
  run: RunResult;
  /** Epoch ms. */
  deadline?: number;
}

/** A journal time may run ahead of the snapshot's own clock by this much (both come from one machine). */
const CLOCK_SLACK_MS = 60_000;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

function listIds(ids: readonly string[]): string {
  const sorted = [...new Set(ids)].sort(compareText);
  return sorted.slice(0, 5).join(', ') + (sorted.length > 5 ? ` +${sorted.length - 5}` : '');
}

/** Where one journal entry contradicts itself: a malformed digest, or two views of one grading that differ. */
function digestProblem(entry: JournalExercise): boolean {
  const digests = [entry.best.digest, entry.last.digest, ...(entry.passDigest !== undefined ? [entry.passDigest] : [])];
  if (digests.some((d) => !DIGEST.test(d))) return true;
  for (const record of [entry.best, entry.last]) {
    // The same grading seen as the best (or last) and as the latest pass must carry one digest.
    if (record.status === 'pass' && record.at === entry.lastPassedAt && record.digest !== entry.passDigest) return true;
    if (record.status === 'pass' && record.points !== record.maxPoints) return true;
  }
  if (entry.best.points > entry.best.maxPoints || entry.last.points > entry.last.maxPoints) return true;
  // A recorded pass has a digest, and a pass time without one (or the reverse) was not written by dockgrade.
  return Boolean(entry.lastPassedAt) !== Boolean(entry.passDigest);
}

/**
 * Findings about the journal a submission carries: it is written on the student's machine, so it proves
 * only what that machine recorded. Flags entries that do not fit the submission: passes recorded on
 * another engine (not counted), times after the snapshot was taken or after the deadline, and digests
 * that contradict each other. Reported, never taken off the grade (the teacher can grade with
 * `--current-only`).
 */
export function journalFindings(facts: JournalFacts): IntegrityFinding[] {
  const journal = facts.snapshot.journal;
  if (!journal) return [];
  const findings: IntegrityFinding[] = [];
  const engineId = facts.snapshot.engine.id;
  const passed = (scope: JournalScope) => Object.values(scope.exercises).filter((e) => e.lastPassedAt).length;
  const foreign = journal.scopes.filter((s) => s.engineId !== engineId && passed(s) > 0);
  if (foreign.length) {
    const engines = foreign.map((s) => `${s.engineName || '?'} (${s.engineId.slice(0, 12)})`);
    const count = foreign.reduce((sum, s) => sum + passed(s), 0);
    findings.push({
      code: 'journal-other-engine',
      message: msg(
        `진행 기록에 다른 Docker 엔진에서 통과한 과제 ${count}개가 있습니다 (점수에 넣지 않음): ${listed(engines)}`,
        `the journal records ${count} pass(es) on another Docker engine (not counted): ${listed(engines)}`,
      ),
      others: [],
    });
  }
  const scope = journal.scopes.find((s) => s.engineId === engineId && s.prefix === facts.prefix);
  if (!scope) return findings;
  const entries = Object.entries(scope.exercises);
  const timesOf = (entry: JournalExercise) => [entry.best.at, entry.last.at, entry.firstPassedAt, entry.lastPassedAt].filter((t): t is string => t !== undefined);
  const takenAt = Date.parse(facts.snapshot.takenAt);
  if (Number.isFinite(takenAt)) {
    const future = entries.filter(([, e]) => timesOf(e).some((t) => Date.parse(t) > takenAt + CLOCK_SLACK_MS)).map(([id]) => id);
    if (future.length) {
      findings.push({
        code: 'journal-after-snapshot',
        message: msg(
          `진행 기록의 시각이 스냅숏을 찍은 시각(${facts.snapshot.takenAt})보다 뒤입니다: ${listIds(future)}`,
          `journal times later than the snapshot itself (${facts.snapshot.takenAt}): ${listIds(future)}`,
        ),
        others: [],
      });
    }
  }
  if (facts.deadline !== undefined && Number.isFinite(facts.deadline)) {
    const credited = new Map(facts.run.exercises.filter((e) => e.credit).map((e) => [e.id, e.credit!.passedAt]));
    const late = [...credited].filter(([, at]) => Date.parse(at) > facts.deadline!).map(([id]) => id);
    if (late.length) {
      const when = new Date(facts.deadline).toISOString();
      findings.push({
        code: 'journal-after-deadline',
        message: msg(
          `진행 기록으로 인정한 통과 ${late.length}개가 마감(${when}) 뒤에 기록되었습니다: ${listIds(late)}`,
          `${late.length} pass(es) counted from the journal were recorded after the deadline ${when}: ${listIds(late)}`,
        ),
        others: [],
      });
    }
  }
  const inconsistent = entries.filter(([, e]) => digestProblem(e)).map(([id]) => id);
  if (inconsistent.length) {
    findings.push({
      code: 'journal-digest',
      message: msg(
        `진행 기록의 증거 다이제스트가 서로 맞지 않습니다 (손으로 고친 흔적): ${listIds(inconsistent)}`,
        `journal evidence digests that do not match each other (signs of hand editing): ${listIds(inconsistent)}`,
      ),
      others: [],
    });
  }
  return findings;
}
