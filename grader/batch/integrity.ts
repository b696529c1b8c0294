/**
 * Integrity evidence for the teacher: reported in the class report, never taken off the grade.
 * Per-row findings (old tool, containers made after the deadline, a hand-edited file, a bare snapshot,
 * container ids or times no engine writes) are decided when the row is graded; cross-row findings (one
 * engine, the same containers, creation times or evidence in two submissions, a file naming another
 * student) are decided over all rows with maps, in time linear in the number of containers, and again
 * after `merge`. Every finding's message ends with what it shows and what it cannot show ({@link LIMITS}):
 * a file is written on the student's machine, so no finding proves copying and no silence proves honesty.
 */
import type { IntegrityFinding, RowEvidence, StudentRow } from '../model/class-schema.js';
import { msg, type Msg } from '../core/i18n.js';
import { createHash } from 'node:crypto';
import type { Container, Snapshot } from '../model/snapshot-schema.js';
import type { JournalExercise, JournalScope } from '../model/journal-schema.js';
import type { RunResult } from '../model/result-schema.js';
import { compareText } from '../core/compare-text.js';
import { TOOL } from '../core/tool.js';
import { josa } from '../core/korean-particles.js';

/** Codes of findings that compare rows with each other (recomputed by `merge`). */
export const CROSS_ROW_CODES: ReadonlySet<string> = new Set(['same-engine', 'same-containers', 'container-id-conflict', 'same-created-times', 'same-evidence', 'claimed-by-other']);

/**
 * What each finding shows and what it cannot show, appended to its message (Korean, English). Kept in
 * one table so every finding says it the same way, and a test checks that no code is missing.
 */
export const LIMITS: Readonly<Record<string, Msg>> = {
  'digest-mismatch': msg('제출 뒤에 파일이 바뀌었다는 뜻입니다. 다이제스트가 맞아도 고치지 않았다는 증거는 아닙니다 (누구나 다시 계산할 수 있기 때문입니다)', 'shows the file changed after it was made; a matching digest proves nothing (anyone can recompute it)'),
  'old-tool': msg('파일을 만든 도구의 버전일 뿐, 부정행위의 증거는 아닙니다', 'says only which tool made the file; not a sign of cheating'),
  'after-deadline': msg('생성 시각은 학생 엔진의 시계에서 옵니다. 시계가 틀렸거나 파일을 고쳤다면 맞지 않을 수 있습니다', "creation times come from the student's engine clock: a wrong clock or an edited file can move them"),
  'same-engine': msg('두 파일이 한 도커 엔진(같은 컴퓨터나 복사한 파일)에서 나왔다는 뜻이며, 누가 실습했는지는 알 수 없습니다', 'shows both files came from one Docker engine (one machine, or a copied file); not who did the work'),
  'same-containers': msg('컨테이너 ID는 엔진마다 무작위라서 같은 ID는 복사한 파일이라는 뜻입니다. ID가 달라도 복사하지 않았다는 증거는 아닙니다 (쉽게 바꿀 수 있기 때문입니다)', 'container ids are random per engine, so a shared id means a copied file; different ids prove nothing (they are easy to change)'),
  'container-id-conflict': msg('같은 ID의 컨테이너는 생성 시각과 이미지가 하나뿐이라서 적어도 한 파일은 고친 것입니다. 어느 쪽인지는 알 수 없습니다', 'one container id has one creation time and one image, so at least one of the files was edited; not which one'),
  'same-created-times': msg('엔진은 컨테이너마다 나노초 단위 생성 시각을 남기므로 같은 시각은 ID를 바꿔도 복사한 파일이라는 뜻입니다. 시각이 달라도 복사하지 않았다는 증거는 아닙니다', 'an engine stamps each container to the nanosecond, so a shared time means a copied file even with new ids; different times prove nothing'),
  'same-evidence': msg('밀리초 단위 시각이 여러 개 같은 증거는 따로 만들어질 수 없으므로 복사한 파일이라는 뜻입니다. 증거가 달라도 복사하지 않았다는 증거는 아닙니다', 'evidence with several identical millisecond times cannot arise twice, so it means a copied file; different evidence proves nothing'),
  'other-student': msg('이 파일을 누가 올렸는지(명단이나 파일 이름)와 파일 안의 학번이 다르다는 뜻입니다. 누가 실습했는지는 알 수 없습니다', 'shows who handed the file in (roster or file name) and whom it names differ; not who did the work'),
  'claimed-by-other': msg('이 학생의 점수는 바뀌지 않았습니다. 누가 실습했는지는 알 수 없습니다', "this student's grade was not changed by it; it does not show who did the work"),
  'unbound-file': msg('파일 안의 학번만으로 채점했습니다. 그 학번의 학생이 올렸다는 증거는 없습니다 (명단의 file 열이나 s0001.json 같은 파일 이름이 묶어 줌)', 'graded by the id written inside it; nothing shows that student handed it in (a roster `file` column or a name like s0001.json binds it)'),
  'contested-file': msg('어느 파일도 명단이나 LMS 폴더로 이 학생에게 묶이지 않아, 누가 올린 파일이 이 학생의 것인지 알 수 없습니다 (명단에 lms 열이나 이름을 넣으면 묶임)', "no file is bound to the student by the roster or an LMS folder, so nothing shows which uploader's file is theirs (a roster `lms` column or matching names binds them)"),
  'future-submission': msg('제출 시각은 학생 컴퓨터의 시계나 손으로 고친 파일에서 옵니다. 이 시각으로는 다른 제출물보다 앞서지 않습니다', "submission times come from the student's clock or an edited file; this one never counts over another submission by its time"),
  'several-submissions': msg('학생에게 묶인 파일이 먼저, 그다음 최근 파일이 채점됩니다', 'a file bound to the student counts first, then the latest'),
  'bare-snapshot': msg('다이제스트가 없어서 고쳤는지 알 수 없습니다. `dockgrade submit` 파일을 받으세요', 'it carries no digest, so nothing shows whether it was edited; ask for `dockgrade submit` files'),
  'container-id-format': msg('실제 엔진은 이런 ID를 만들지 않으므로 파일을 고친 것입니다. 정상 ID라도 고치지 않았다는 증거는 아닙니다', 'no real engine writes such ids, so the file was edited; well-formed ids prove nothing'),
  'unknown-image-id': msg('실제 엔진에서는 컨테이너의 이미지가 이미지 목록에 있으므로 파일을 고쳤을 가능성이 큽니다 (이미지를 강제로 지운 경우는 예외)', "on a real engine a container's image is in the image list, so the file was likely edited (a force-removed image is the exception)"),
  'container-times': msg('엔진 시계가 크게 틀렸거나 파일을 고친 것입니다. 시각이 맞아도 고치지 않았다는 증거는 아닙니다', 'the engine clock was far off, or the file was edited; plausible times prove nothing'),
  'journal-other-engine': msg('통과 기록은 학생 컴퓨터에서 쓰이므로 그 컴퓨터가 기록한 것만 보여 줍니다', "the journal is written on the student's machine and shows only what it recorded"),
  'journal-after-snapshot': msg('통과 기록은 학생 컴퓨터에서 쓰이므로 그 컴퓨터가 기록한 것만 보여 줍니다', "the journal is written on the student's machine and shows only what it recorded"),
  'journal-after-deadline': msg('통과 기록은 학생 컴퓨터에서 쓰이므로 그 컴퓨터가 기록한 것만 보여 줍니다', "the journal is written on the student's machine and shows only what it recorded"),
  'journal-unconfirmed': msg('저장된 상태의 컨테이너가 그 통과 시각까지 거슬러 올라가지 않습니다. 거슬러 올라가도 그 실습을 했다는 증거는 아닙니다 (통과 기록은 학생 컴퓨터에서 쓰임)', "the snapshot's containers do not reach back to when the pass was recorded; when they do, that still does not prove the exercise was done (the journal is written on the student's machine)"),
  'journal-digest': msg('통과 기록은 학생 컴퓨터에서 쓰이므로 그 컴퓨터가 기록한 것만 보여 줍니다', "the journal is written on the student's machine and shows only what it recorded"),
};

/** A finding whose message ends with what it can and cannot show (its entry in {@link LIMITS}). */
export function finding(code: string, message: Msg, others: readonly string[] = []): IntegrityFinding {
  const limits = LIMITS[code];
  return { code, message: limits ? msg(`${message.ko} — ${limits.ko}`, `${message.en} — ${limits.en}`) : message, others: [...others] };
}

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
    findings.push(finding('digest-mismatch', msg('제출 파일의 내용이 기록된 다이제스트와 다릅니다 (제출 후 손으로 고친 흔적)', 'the file does not match its recorded digest (edited after `dockgrade submit`)')));
  }
  if (facts.toolVersion && compareVersions(facts.toolVersion, current) < 0) {
    findings.push(finding('old-tool', msg(`예전 dockgrade ${josa(facts.toolVersion, '으로/로')} 만든 제출물 (현재 ${current})`, `made with an older dockgrade ${facts.toolVersion} (grader: ${current})`)));
  }
  if (facts.deadline !== undefined && Number.isFinite(facts.deadline)) {
    const late = facts.containers.filter((c) => Date.parse(c.created) > facts.deadline!);
    if (late.length) {
      const names = late.slice(0, 3).map((c) => c.name).join(', ') + (late.length > 3 ? ` +${late.length - 3}` : '');
      const when = new Date(facts.deadline).toISOString();
      findings.push(finding('after-deadline', msg(`마감(${when}) 뒤에 만든 컨테이너 ${late.length}개: ${names}`, `${late.length} container(s) created after the deadline ${when}: ${names}`)));
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

/** A creation time precise enough to be an engine's own stamp (a fraction of 4+ digits, not all zero): two engines never share one. */
const PRECISE_TIME = /\.(\d{4,})Z?$|\.(\d{4,})[+-]\d\d:\d\d$/;

/** True for an engine's nanosecond creation time; false for a whole-second or hand-written one. */
export function isPreciseTime(time: string): boolean {
  const m = PRECISE_TIME.exec(time);
  const fraction = m?.[1] ?? m?.[2] ?? '';
  return fraction !== '' && !/^0+$/.test(fraction);
}

/**
 * Adds the cross-row findings: `same-engine` and `same-containers` to the rows that share an engine
 * (under the same prefix: students on one shared lab host with their own prefixes are fine) or
 * container ids; `container-id-conflict` where one container id comes with different creation times or
 * images; `same-created-times` and `same-evidence` where rows on different engines share an engine's
 * nanosecond container creation time or probe/journal evidence with several millisecond times (what a
 * copied file keeps when its engine and container ids are changed); `claimed-by-other` on the row of a
 * student whom another student's file names. Replaces any earlier cross-row findings. Linear in rows
 * plus container ids.
 */
export function withCrossRowFindings(rows: readonly StudentRow[]): StudentRow[] {
  const byEngine = new Map<string, string[]>();
  /** By container id: the students carrying it, and the stamp each carries it with. */
  const byContainer = new Map<string, { students: string[]; stamps: string[] }>();
  const byCreated = new Map<string, string[]>();
  const byDigest = new Map<string, string[]>();
  const claimedBy = new Map<string, string[]>();
  /** Each row's precise creation times, found once. */
  const preciseOf = new Map<StudentRow, string[]>();
  const keyOf = (e: RowEvidence) => `${e.engineId}\u0000${e.prefix}`;
  for (const row of rows) {
    const e = row.evidence;
    if (!e || !row.studentId) continue;
    if (e.engineId) push(byEngine, keyOf(e), row.studentId);
    const precise: string[] = [];
    e.containerIds.forEach((id, i) => {
      const stamp = e.containerStamps[i] ?? '';
      const entry = byContainer.get(id);
      if (!entry) byContainer.set(id, { students: [row.studentId], stamps: [stamp] });
      else if (entry.students[entry.students.length - 1] !== row.studentId) {
        entry.students.push(row.studentId);
        entry.stamps.push(stamp);
      }
      const created = stamp.slice(0, stamp.indexOf('|') < 0 ? stamp.length : stamp.indexOf('|'));
      if (isPreciseTime(created)) {
        precise.push(created);
        push(byCreated, created, row.studentId);
      }
    });
    preciseOf.set(row, precise);
    for (const digest of e.evidenceDigests) push(byDigest, digest, row.studentId);
    for (const claimed of e.claims) if (claimed !== row.studentId) push(claimedBy, claimed, row.studentId);
  }
  return rows.map((row) => {
    const kept = row.integrity.filter((f) => !CROSS_ROW_CODES.has(f.code));
    const e = row.evidence;
    const findings: IntegrityFinding[] = [];
    const uploaders = row.studentId ? [...new Set(claimedBy.get(row.studentId) ?? [])].sort(compareText) : [];
    if (uploaders.length) {
      findings.push(finding('claimed-by-other', msg(`다른 학생의 파일이 이 학생의 학번을 적고 있어 그 학생의 제출물로 채점했습니다: ${listed(uploaders)}`, `a file handed in by ${listed(uploaders)} names this student; it was graded as theirs, not this student's`), uploaders.slice(0, MAX_OTHERS)));
    }
    if (!e || !row.studentId) return findings.length === 0 && kept.length === row.integrity.length ? row : { ...row, integrity: [...findings, ...kept] };
    const sameEngine = e.engineId ? others(byEngine.get(keyOf(e)), row.studentId) : [];
    if (sameEngine.length) {
      findings.push(finding('same-engine', msg(`같은 도커 엔진(${e.engineId.slice(0, 12)})에서 만든 제출물: ${listed(sameEngine)}`, `same Docker engine (${e.engineId.slice(0, 12)}) as ${listed(sameEngine)}`), sameEngine.slice(0, MAX_OTHERS)));
    }
    // Containers shared with a student already named for the same engine add nothing new.
    const already = new Set(sameEngine);
    const shared = new Map<string, number>();
    const conflicting = new Set<string>();
    e.containerIds.forEach((id, i) => {
      const entry = byContainer.get(id);
      if (!entry || entry.students.length < 2) return;
      const stamp = e.containerStamps[i];
      entry.students.forEach((other, j) => {
        if (other === row.studentId) return;
        if (!already.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
        // One container id carried with another creation time or image: one of the files was edited.
        if (stamp !== undefined && entry.stamps[j] !== '' && entry.stamps[j] !== stamp) conflicting.add(other);
      });
    });
    if (shared.size) {
      const ids = [...shared.keys()].sort(compareText);
      findings.push(finding('same-containers', msg(`다른 학생과 같은 컨테이너 ID: ${listed(ids)}`, `same container ids as ${listed(ids)}`), ids.slice(0, MAX_OTHERS)));
    }
    if (conflicting.size) {
      const ids = [...conflicting].sort(compareText);
      findings.push(finding('container-id-conflict', msg(`같은 컨테이너 ID가 다른 생성 시각이나 이미지로 적혀 있습니다: ${listed(ids)}`, `the same container ids with other creation times or images in ${listed(ids)}`), ids.slice(0, MAX_OTHERS)));
    }
    for (const other of shared.keys()) already.add(other);
    const sameCreated = new Map<string, number>();
    for (const created of preciseOf.get(row) ?? []) {
      const group = byCreated.get(created)!;
      if (group.length < 2) continue;
      for (const other of group) if (other !== row.studentId && !already.has(other)) sameCreated.set(other, (sameCreated.get(other) ?? 0) + 1);
    }
    if (sameCreated.size) {
      const ids = [...sameCreated.keys()].sort(compareText);
      const count = Math.max(...sameCreated.values());
      findings.push(finding('same-created-times', msg(`다른 엔진인데 컨테이너 생성 시각이 나노초까지 같습니다 (${count}개): ${listed(ids)}`, `${count} container creation time(s) identical to the nanosecond on another engine: ${listed(ids)}`), ids.slice(0, MAX_OTHERS)));
    }
    for (const other of sameCreated.keys()) already.add(other);
    const sameEvidence = new Map<string, Set<string>>();
    for (const digest of e.evidenceDigests) {
      const group = byDigest.get(digest)!;
      if (group.length < 2) continue;
      for (const other of group) {
        if (other === row.studentId || already.has(other)) continue;
        const kinds = sameEvidence.get(other) ?? new Set<string>();
        kinds.add(digest.slice(0, digest.indexOf(':')));
        sameEvidence.set(other, kinds);
      }
    }
    if (sameEvidence.size) {
      const ids = [...sameEvidence.keys()].sort(compareText);
      const kinds = [...new Set([...sameEvidence.values()].flatMap((k) => [...k]))].sort(compareText);
      const ko = kinds.map((k) => (k === 'probes' ? '확인 결과' : '통과 기록')).join(', ');
      const en = kinds.map((k) => (k === 'probes' ? 'probe evidence' : 'journal')).join(' and ');
      findings.push(finding('same-evidence', msg(`다른 학생과 똑같은 ${ko}: ${listed(ids)}`, `${en} identical to ${listed(ids)}`), ids.slice(0, MAX_OTHERS)));
    }
    return { ...row, integrity: [...findings, ...kept] };
  });
}

/** How far a container's creation may run ahead of the snapshot, or behind its image (clocks of two machines). */
const TIME_SLACK_MS = 24 * 60 * 60 * 1000;
const CONTAINER_ID = /^[0-9a-f]{64}$/;

/** What the per-file findings look at besides the digest: the snapshot as graded and how it was handed in. */
export interface SnapshotFacts {
  snapshot: Snapshot;
  /** The containers graded (under the submission's prefix). */
  containers: readonly Container[];
  /** True for a bare snapshot file where a `submit` file was expected. */
  bare: boolean;
}

function names(list: readonly Container[]): string {
  return list.slice(0, 3).map((c) => c.name).join(', ') + (list.length > 3 ? ` +${list.length - 3}` : '');
}

/**
 * Findings about what a file shows of itself that no engine would write: a bare snapshot (no digest at
 * all), container ids that are not 64 hex digits or appear twice, containers whose image is not in the
 * image list, and containers created after the snapshot was taken or before their own image. An honest
 * file never trips these; a careful forger can avoid them, which the messages say.
 */
export function snapshotFindings(facts: SnapshotFacts): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  const { snapshot, containers } = facts;
  if (facts.bare) {
    findings.push(finding('bare-snapshot', msg('`dockgrade submit` 파일이 아니라 상태 파일(`dockgrade snapshot`)을 그대로 채점했습니다', 'graded from a bare snapshot file, not a `dockgrade submit` file')));
  }
  const counts = new Map<string, number>();
  for (const c of snapshot.containers) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  const badIds = containers.filter((c) => !CONTAINER_ID.test(c.id) || (counts.get(c.id) ?? 0) > 1);
  if (badIds.length) {
    findings.push(finding('container-id-format', msg(`64자리 16진수가 아니거나 두 번 나오는 컨테이너 ID ${badIds.length}개: ${names(badIds)}`, `${badIds.length} container id(s) that are not 64 hex digits or appear twice: ${names(badIds)}`)));
  }
  const images = new Map(snapshot.images.map((i) => [i.id, i]));
  const digests = new Set(snapshot.images.flatMap((i) => i.digests.map((d) => d.slice(d.indexOf('@') + 1))));
  const unknown = containers.filter((c) => !images.has(c.imageId) && !digests.has(c.imageId));
  if (unknown.length) {
    findings.push(finding('unknown-image-id', msg(`이미지 목록에 없는 이미지 ID로 만든 컨테이너 ${unknown.length}개: ${names(unknown)}`, `${unknown.length} container(s) whose image id is not in the image list: ${names(unknown)}`)));
  }
  const takenAt = Date.parse(snapshot.takenAt);
  const misfit = containers.filter((c) => {
    const created = Date.parse(c.created);
    if (!Number.isFinite(created)) return true;
    if (Number.isFinite(takenAt) && created > takenAt + TIME_SLACK_MS) return true;
    const imageCreated = Date.parse(images.get(c.imageId)?.created ?? '');
    return Number.isFinite(imageCreated) && created < imageCreated - TIME_SLACK_MS;
  });
  if (misfit.length) {
    findings.push(finding('container-times', msg(`상태를 저장한 시각보다 뒤이거나 자기 이미지보다 먼저 만들어졌거나 읽을 수 없는 생성 시각의 컨테이너 ${misfit.length}개: ${names(misfit)}`, `${misfit.length} container(s) created after the snapshot, before their own image, or at an unreadable time: ${names(misfit)}`)));
  }
  return findings;
}

function sha(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** Distinct millisecond times a fingerprint needs: one shared time can be chance in a lab, two cannot. */
const MIN_DISTINCT_TIMES = 2;

/**
 * The evidence cross-row findings compare, kept in the row: each container's creation time and image
 * (parallel to its id), and digests of the probe records and of the journal's history under the
 * submission's own engine and prefix, leaving out engine ids, container ids and names (what a copier changes). A digest is made only from evidence with
 * at least two distinct times, so two honest students checking at the same millisecond never match.
 */
export function evidenceFacts(snapshot: Snapshot, containers: readonly Container[], prefix = ''): { containerStamps: string[]; evidenceDigests: string[] } {
  const containerStamps = containers.map((c) => `${c.created}|${c.imageId}`);
  const evidenceDigests: string[] = [];
  const probes = snapshot.probes.filter((p) => p.takenAt !== '');
  if (new Set(probes.map((p) => p.takenAt)).size >= MIN_DISTINCT_TIMES) {
    const records = probes.map((p) => [p.kind, p.takenAt, p.outcome, p.code, p.output]).map((r) => JSON.stringify(r)).sort(compareText);
    evidenceDigests.push(`probes:${sha(records)}`);
  }
  // Only the submission's own scope (its engine and prefix): students sharing one machine's journal file
  // under their own prefixes have scopes of each other in it, and must not match on those.
  const scope = snapshot.journal?.scopes.find((s) => s.engineId === snapshot.engine.id && s.prefix === prefix);
  if (scope) {
    const times = new Set<string>();
    const entries: string[] = [];
    for (const [id, entry] of Object.entries(scope.exercises)) {
      for (const t of [entry.best.at, entry.last.at, entry.firstPassedAt, entry.lastPassedAt]) if (t) times.add(t);
      entries.push(JSON.stringify([id, entry.best, entry.last, entry.firstPassedAt ?? null, entry.lastPassedAt ?? null, entry.passDigest ?? null]));
    }
    if (entries.length && times.size >= MIN_DISTINCT_TIMES) evidenceDigests.push(`journal:${sha(entries.sort(compareText))}`);
  }
  return { containerStamps, evidenceDigests };
}

/** The `other-student` finding: a file bound to one student (by the roster or its name) names another. */
export function otherStudentFinding(binding: { student: string; by: 'roster' | 'name' | 'none' }, claimed: string, source: string): IntegrityFinding {
  return binding.by === 'roster'
    ? finding('other-student', msg(`명단의 ${binding.student} 줄에 있는 파일이 다른 학생(${claimed})의 제출물입니다`, `the file on ${binding.student}'s roster row was submitted by ${claimed}`), [claimed])
    : finding('other-student', msg(`${binding.student} 학생의 파일(${source})에 다른 학번(${claimed})이 적혀 있어 ${binding.student} 학생의 제출물로 채점했습니다`, `the file handed in as ${binding.student}'s (${source}) names ${claimed}; graded as ${binding.student}'s`), [claimed]);
}

/** The `unbound-file` finding: nothing but its own claim ties a file to its student. */
export function unboundFinding(student: string, source: string, lmsFolder?: string): IntegrityFinding {
  if (lmsFolder) {
    return finding('unbound-file', msg(
        `LMS 폴더 ${lmsFolder}에 맞는 학생이 명단(lms 열이나 이름)에 없어, 이 파일(${source})은 파일 안의 학번 ${josa(student, '으로/로')}만 채점했습니다. 파일 이름은 학생이 정하므로 묶지 않습니다`,
        `the LMS folder ${lmsFolder} matches no roster student (lms column or name), so this file (${source}) is graded only by the id inside it, ${student}; a file name there is the uploader's choice and binds nothing`,
      ));
  }
  return finding('unbound-file', msg(`명단의 file 열도, 파일이나 폴더 이름도 이 파일(${source})을 ${student} 학생에게 묶지 않습니다`, `neither the roster's file column nor its folder or file name ties this file (${source}) to ${student}`));
}

/** The folder a submission came from, as `contested-file` names it. */
function uploaderOf(source: string): string {
  const parts = source.split(/[\\/]/);
  return parts.length > 1 ? parts[parts.length - 2] : '';
}

/**
 * The `contested-file` finding, or null: the counted file of a student is bound to no one, and the
 * student's graded files come from more than one folder (two LMS folders, say): whoever handed in the
 * file that counts, it was not decided by anything the uploaders could not choose.
 */
export function contestedFinding(student: string, sources: readonly string[], counted: string): IntegrityFinding | null {
  const folders = [...new Set(sources.map(uploaderOf))].sort(compareText);
  if (folders.length < 2) return null;
  const shown = listed(folders);
  const chosen = uploaderOf(counted);
  return finding('contested-file', msg(
      `${folders.length}개 폴더에서 온 파일이 모두 ${student} 학생이라고 적혀 있습니다 (${shown}). ${chosen}의 파일을 채점했습니다. 어느 것이 이 학생의 것인지 확인하세요`,
      `files from ${folders.length} folders all name ${student} (${shown}); graded the one from ${chosen}: check which is theirs`,
    ));
}

/** A submission time may run ahead of the grading machine's clock by this much (two machines' clocks). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** True when a submission says it was made after it was graded (beyond a day of clock slack). */
export function futureSubmission(submittedAt: string, gradedAt: string): boolean {
  const at = Date.parse(submittedAt);
  return Number.isFinite(at) && at > Date.parse(gradedAt) + FUTURE_SLACK_MS;
}

/** The `future-submission` finding. */
export function futureFinding(submittedAt: string, gradedAt: string): IntegrityFinding {
  return finding('future-submission', msg(`제출 시각(${submittedAt})이 채점한 시각(${gradedAt})보다 뒤입니다`, `submitted at ${submittedAt}, after it was graded (${gradedAt})`));
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
    findings.push(finding('journal-other-engine', msg(
        `통과 기록에 다른 도커 엔진에서 통과한 실습 ${count}개가 있습니다 (점수에 넣지 않았습니다): ${listed(engines)}`,
        `the journal records ${count} pass(es) on another Docker engine (not counted): ${listed(engines)}`,
      )));
  }
  const scope = journal.scopes.find((s) => s.engineId === engineId && s.prefix === facts.prefix);
  if (!scope) return findings;
  const entries = Object.entries(scope.exercises);
  const timesOf = (entry: JournalExercise) => [entry.best.at, entry.last.at, entry.firstPassedAt, entry.lastPassedAt].filter((t): t is string => t !== undefined);
  const takenAt = Date.parse(facts.snapshot.takenAt);
  if (Number.isFinite(takenAt)) {
    const future = entries.filter(([, e]) => timesOf(e).some((t) => Date.parse(t) > takenAt + CLOCK_SLACK_MS)).map(([id]) => id);
    if (future.length) {
      findings.push(finding('journal-after-snapshot', msg(
          `통과 기록의 시각이 상태를 저장한 시각(${facts.snapshot.takenAt})보다 뒤입니다: ${listIds(future)}`,
          `journal times later than the snapshot itself (${facts.snapshot.takenAt}): ${listIds(future)}`,
        )));
    }
  }
  if (facts.deadline !== undefined && Number.isFinite(facts.deadline)) {
    const credited = new Map(facts.run.exercises.filter((e) => e.credit).map((e) => [e.id, e.credit!.passedAt]));
    const late = [...credited].filter(([, at]) => Date.parse(at) > facts.deadline!).map(([id]) => id);
    if (late.length) {
      const when = new Date(facts.deadline).toISOString();
      findings.push(finding('journal-after-deadline', msg(
          `통과 기록으로 인정한 통과 ${late.length}개가 마감(${when}) 뒤에 기록되었습니다: ${listIds(late)}`,
          `${late.length} pass(es) counted from the journal were recorded after the deadline ${when}: ${listIds(late)}`,
        )));
    }
  }
  const inconsistent = entries.filter(([, e]) => digestProblem(e)).map(([id]) => id);
  if (inconsistent.length) {
    findings.push(finding('journal-digest', msg(
        `통과 기록의 증거 다이제스트가 서로 맞지 않습니다 (손으로 고친 흔적): ${listIds(inconsistent)}`,
        `journal evidence digests that do not match each other (signs of hand editing): ${listIds(inconsistent)}`,
      )));
  }
  return findings;
}
