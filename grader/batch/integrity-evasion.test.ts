/**
 * Integrity that is harder to evade (issue 13, item 5): what a hand-made or copied file keeps even when
 * its engine id and container ids are changed, each finding tried with a fixture that triggers it and
 * one that must not (two students running the same book command on their own engines are never
 * flagged), and every finding saying what it can and cannot show.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { sealSubmission } from '../cli/submit-command.js';
import type { StudentRow } from '../model/class-schema.js';
import type { ProbeRecord, Snapshot } from '../model/snapshot-schema.js';
import type { Submission } from '../model/submission-schema.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { emptyJournal, recordRun } from '../journal/journal.js';
import { gradeClass } from './grade-class.js';
import { CROSS_ROW_CODES, evidenceFacts, isPreciseTime, LIMITS, snapshotFindings, withCrossRowFindings } from './integrity.js';
import { gradedRow } from '../../fixtures/student-row.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

const HEX = (c: string) => c.repeat(64);
const codesOf = (snapshot: Snapshot, bare = false) => snapshotFindings({ snapshot, containers: snapshot.containers, bare }).map((f) => f.code);

function clean(): Snapshot {
  const snapshot = makeSnapshot({
    containers: [
      makeContainer({ id: HEX('a'), name: 'mycentos', image: 'centos:7', imageId: 'sha256:centos7', created: '2026-02-10T09:05:00.123456789Z' }),
      makeContainer({ id: HEX('b'), name: 'web', image: 'ubuntu:14.04', imageId: 'sha256:ubuntu1404', created: '2026-02-10T09:06:00.5Z' }),
    ],
  });
  return { ...snapshot, takenAt: '2026-02-20T10:00:00.000Z' };
}

describe('snapshotFindings: what no engine writes', () => {
  it('finds nothing in a file an engine could have made', () => {
    const snapshot = clean();
    expect(codesOf(snapshot)).toEqual([]);
    // an image known only by its repo digest (containerd image store) and a container made 12 h after the snapshot clock
    const byDigest = { ...snapshot, images: [...snapshot.images, makeImage(['nginx:1.25'], { id: 'sha256:other', digests: [`nginx@sha256:${HEX('d')}`] })] };
    const skewed = { ...byDigest, containers: [...byDigest.containers, makeContainer({ id: HEX('c'), imageId: `sha256:${HEX('d')}`, created: '2026-02-20T22:00:00Z' })] };
    expect(codesOf({ ...skewed, takenAt: '2026-02-20T10:00:00.000Z' })).toEqual([]);
  });

  it('flags a bare snapshot handed in where submissions are expected', () => {
    expect(codesOf(clean(), true)).toEqual(['bare-snapshot']);
  });

  it('flags container ids that are not 64 hex digits, or that appear twice', () => {
    const snapshot = clean();
    expect(codesOf({ ...snapshot, containers: [{ ...snapshot.containers[0], id: 'deadbeef' }, snapshot.containers[1]] })).toEqual(['container-id-format']);
    expect(codesOf({ ...snapshot, containers: [{ ...snapshot.containers[0], id: HEX('A') }, snapshot.containers[1]] })).toEqual(['container-id-format']);
    expect(codesOf({ ...snapshot, containers: [snapshot.containers[0], { ...snapshot.containers[1], id: HEX('a') }] })).toEqual(['container-id-format']);
  });

  it('flags containers whose image id is not in the image list', () => {
    const snapshot = clean();
    const findings = snapshotFindings({ snapshot: { ...snapshot, containers: [{ ...snapshot.containers[0], imageId: `sha256:${HEX('9')}` }] }, containers: [{ ...snapshot.containers[0], imageId: `sha256:${HEX('9')}` }], bare: false });
    expect(findings.map((f) => f.code)).toEqual(['unknown-image-id']);
    expect(findings[0].message.en).toContain('mycentos');
  });

  it('flags containers created after the snapshot, before their own image, or at no readable time', () => {
    const snapshot = clean();
    const at = (created: string) => codesOf({ ...snapshot, containers: [{ ...snapshot.containers[0], created }] });
    expect(at('2026-03-01T00:00:00.1234Z')).toEqual(['container-times']);
    expect(at('yesterday')).toEqual(['container-times']);
    const older = { ...snapshot, images: snapshot.images.map((i) => ({ ...i, created: '2026-02-15T00:00:00Z' })) };
    expect(codesOf(older)).toEqual(['container-times']);
    expect(codesOf({ ...older, images: snapshot.images.map((i) => ({ ...i, created: '2026-02-10T12:00:00Z' })) })).toEqual([]);
  });
});

describe('isPreciseTime', () => {
  it('takes an engine stamp (Go trims trailing zeros) and refuses whole seconds and zero fractions', () => {
    expect(isPreciseTime('2026-02-10T09:05:00.123456789Z')).toBe(true);
    expect(isPreciseTime('2026-02-10T09:05:00.1234Z')).toBe(true);
    expect(isPreciseTime('2026-02-10T18:05:00.123456789+09:00')).toBe(true);
    for (const t of ['2026-02-10T09:05:00Z', '2026-02-10T09:05:00.000Z', '2026-02-10T09:05:00.123Z', '2026-02-10T09:05:00.000000000Z', '']) expect(isPreciseTime(t)).toBe(false);
  });
});

function probe(takenAt: string, output = '<h1>Welcome to nginx!</h1>'): ProbeRecord {
  return { key: 'http:web:80/tcp', kind: 'http', takenAt, outcome: 'ok', code: 200, output, detail: '127.0.0.1:8080' };
}

describe('evidenceFacts', () => {
  it('digests probe evidence only when it has two or more distinct times', () => {
    const one = evidenceFacts({ ...clean(), probes: [probe('2026-02-20T10:00:00.101Z'), { ...probe('2026-02-20T10:00:00.101Z'), key: 'exec:web:["ls"]' }] }, []);
    expect(one.evidenceDigests).toEqual([]);
    const two = evidenceFacts({ ...clean(), probes: [probe('2026-02-20T10:00:00.101Z'), probe('2026-02-20T10:00:00.187Z')] }, []);
    expect(two.evidenceDigests).toEqual([expect.stringMatching(/^probes:[0-9a-f]{32}$/)]);
    const other = evidenceFacts({ ...clean(), probes: [probe('2026-02-20T10:00:00.101Z'), probe('2026-02-20T10:00:00.188Z')] }, []);
    expect(other.evidenceDigests).not.toEqual(two.evidenceDigests);
  });
  it('digests a journal only when it holds two or more distinct times, whatever engine it names', async () => {
    const exercise = EXERCISES.find((e) => e.id === '2.2.1/create-mycentos')!;
    const T1 = '2026-02-20T10:00:00.101Z';
    const once = recordRun(emptyJournal(T1), await grade([exercise], clean(), { now: () => new Date(T1) }), T1).journal;
    expect(evidenceFacts({ ...clean(), journal: once }, []).evidenceDigests).toEqual([]);
    const twice = recordRun(once, await grade([exercise], clean()), '2026-02-20T11:00:00.202Z').journal;
    const digests = evidenceFacts({ ...clean(), journal: twice }, []).evidenceDigests;
    expect(digests).toEqual([expect.stringMatching(/^journal:[0-9a-f]{32}$/)]);
    // A copy with a new engine id everywhere keeps the digest.
    const renamed = { ...twice, scopes: twice.scopes.map((scope) => ({ ...scope, engineId: 'COPY', engineName: 'copy' })) };
    const copied = { ...clean(), engine: { ...clean().engine, id: 'COPY' }, journal: renamed };
    expect(evidenceFacts(copied, []).evidenceDigests).toEqual(digests);
    // Two students sharing one machine's journal file under their own prefixes: each digests only its own scope.
    const shared = { ...twice, scopes: [...twice.scopes, ...twice.scopes.map((scope) => ({ ...scope, prefix: 'bob' }))] };
    const alice = evidenceFacts({ ...clean(), journal: shared }, [], '').evidenceDigests;
    expect(alice).toEqual(digests);
    const bobJournal = { ...shared, scopes: shared.scopes.map((scope) => (scope.prefix === 'bob' ? { ...scope, exercises: Object.fromEntries(Object.entries(scope.exercises).map(([id, e]) => [id, { ...e, last: { ...e.last, at: '2026-02-20T12:00:00.303Z' } }])) } : scope)) };
    const bob = evidenceFacts({ ...clean(), journal: bobJournal }, [], 'bob').evidenceDigests;
    expect(bob).toHaveLength(1);
    expect(bob).not.toEqual(alice);
    expect(evidenceFacts({ ...clean(), journal: bobJournal }, [], '').evidenceDigests).toEqual(alice);
  });

  it('keeps each container\'s creation time and image beside its id', () => {
    const snapshot = clean();
    expect(evidenceFacts(snapshot, snapshot.containers).containerStamps).toEqual(['2026-02-10T09:05:00.123456789Z|sha256:centos7', '2026-02-10T09:06:00.5Z|sha256:ubuntu1404']);
  });
});

function row(studentId: string, engineId: string, containers: Array<[string, string]>, evidenceDigests: string[] = []): StudentRow {
  return gradedRow(studentId, { engineId, containerIds: containers.map(([id]) => id), containerStamps: containers.map(([, stamp]) => stamp), evidenceDigests });
}

const cross = (rows: StudentRow[]) => Object.fromEntries(withCrossRowFindings(rows).map((r) => [r.studentId, r.integrity.map((f) => `${f.code}:${f.others.join('+')}`)]));

describe('withCrossRowFindings: copies with a new engine and new container ids', () => {
  it('links rows that share an engine\'s nanosecond creation time, and not rows whose times only agree to the second', () => {
    expect(cross([row('a', 'E1', [[HEX('1'), '2026-02-10T09:05:00.123456789Z|sha256:c']]), row('b', 'E2', [[HEX('2'), '2026-02-10T09:05:00.123456789Z|sha256:c']])])).toEqual({
      a: ['same-created-times:b'],
      b: ['same-created-times:a'],
    });
    // The book's command typed on two engines within the same second (or a synthetic whole-second time).
    expect(cross([row('a', 'E1', [[HEX('1'), '2026-02-10T09:05:00Z|sha256:c'], [HEX('3'), '2026-02-10T09:05:00.123456789Z|sha256:c']]), row('b', 'E2', [[HEX('2'), '2026-02-10T09:05:00Z|sha256:c'], [HEX('4'), '2026-02-10T09:05:00.123456790Z|sha256:c']])])).toEqual({ a: [], b: [] });
  });

  it('flags one container id carried with two creation times or images, and not a plain shared id', () => {
    expect(cross([row('a', 'E1', [[HEX('1'), '2026-02-10T09:05:00Z|sha256:c']]), row('b', 'E2', [[HEX('1'), '2026-02-11T09:05:00Z|sha256:c']])])).toEqual({
      a: ['same-containers:b', 'container-id-conflict:b'],
      b: ['same-containers:a', 'container-id-conflict:a'],
    });
    expect(cross([row('a', 'E1', [[HEX('1'), '2026-02-10T09:05:00Z|sha256:c']]), row('b', 'E2', [[HEX('1'), '2026-02-10T09:05:00Z|sha256:x']])]).a).toContain('container-id-conflict:b');
    expect(cross([row('a', 'E1', [[HEX('1'), '2026-02-10T09:05:00Z|sha256:c']]), row('b', 'E2', [[HEX('1'), '2026-02-10T09:05:00Z|sha256:c']])])).toEqual({ a: ['same-containers:b'], b: ['same-containers:a'] });
  });

  it('flags identical probe or journal evidence digests, and not different ones', () => {
    const rows = [row('a', 'E1', [], ['probes:11', 'journal:22']), row('b', 'E2', [], ['probes:11']), row('c', 'E3', [], ['journal:22']), row('d', 'E4', [], ['probes:33', 'journal:44'])];
    const out = withCrossRowFindings(rows);
    expect(cross(rows)).toEqual({ a: ['same-evidence:b+c'], b: ['same-evidence:a'], c: ['same-evidence:a'], d: [] });
    expect(out[0].integrity[0].message.en).toMatch(/^journal and probe evidence identical to b, c — /);
    expect(out[2].integrity[0].message.ko).toMatch(/^다른 학생과 똑같은 통과 기록: a — /);
  });

  it('does not name again a student already linked by the same engine', () => {
    expect(cross([row('a', 'E1', [[HEX('1'), '2026-02-10T09:05:00.1234Z|x']], ['probes:1']), row('b', 'E1', [[HEX('2'), '2026-02-10T09:05:00.1234Z|x']], ['probes:1'])])).toEqual({ a: ['same-engine:b'], b: ['same-engine:a'] });
  });
});

describe('every finding says what it can and cannot show', () => {
  it('has a limit in both languages for every code the class schema documents', () => {
    const documented = readFileSync(new URL('../model/class-schema.ts', import.meta.url), 'utf8');
    const list = /Stable code: ([^.]+)\./.exec(documented)![1];
    const codes = [...list.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect(codes.length).toBe(23);
    expect(Object.keys(LIMITS).sort()).toEqual([...codes].sort());
    for (const code of CROSS_ROW_CODES) expect(codes).toContain(code);
    for (const code of codes) {
      expect(LIMITS[code].ko).toMatch(/[가-힣]/);
      expect(LIMITS[code].en).not.toMatch(/[가-힣]/);
    }
  });
});

describe('gradeClass: a copied file with a new engine id and container ids', () => {
  let dir: string;
  let generated: GeneratedClass;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockgrade-evade-'));
    generated = generateClass({ dir, count: 3, specials: false, fillerContainers: 0 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A student's own engine: nanosecond creation times and probes of its own (the same book command for everyone). */
  function ownWork(id: string, n: number): Snapshot {
    const content = (JSON.parse(readFileSync(generated.students.find((s) => s.id === id)!.file, 'utf8')) as Submission).content;
    return {
      ...content,
      containers: content.containers.map((c, i) => ({ ...c, created: `2026-02-1${n}T09:0${i}:00.${String(100000000 + n * 7919 + i).slice(1)}Z` })),
      probes: [probe(`2026-02-20T1${n}:00:00.${100 + n}Z`), { ...probe(`2026-02-20T1${n}:00:00.${200 + n}Z`), key: 'exec:mycentos:["cat","/etc/os-release"]', kind: 'exec', code: 0, output: 'CentOS Linux 7' }],
    };
  }

  it('flags the copy on both rows and leaves two honest students alone', async () => {
    const subs = join(dir, 'subs');
    mkdirSync(subs, { recursive: true });
    const first = ownWork('s0001', 1);
    const second = ownWork('s0002', 2);
    // s0003 copies s0001's file, gives it a new engine id and new container ids, and re-seals it.
    const copy: Snapshot = {
      ...first,
      student: 's0003',
      engine: { ...first.engine, id: 'COPY:COPY:COPY:COPY' },
      containers: first.containers.map((c, i) => ({ ...c, id: HEX(String(i + 5)) })),
    };
    const when = new Date('2026-02-21T00:00:00.000Z');
    writeFileSync(join(subs, 's0001.json'), JSON.stringify(sealSubmission(first, 's0001', '', when)));
    writeFileSync(join(subs, 's0002.json'), JSON.stringify(sealSubmission(second, 's0002', '', when)));
    writeFileSync(join(subs, 's0003.json'), JSON.stringify(sealSubmission(copy, 's0003', '', when)));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs] });
    const codes = Object.fromEntries(result.students.map((r) => [r.studentId, r.integrity.map((f) => `${f.code}:${f.others.join('+')}`)]));
    // The copy also keeps s0001's probe evidence; a student already named for shared creation times is not named again.
    expect(codes).toEqual({ s0001: ['same-created-times:s0003'], s0002: [], s0003: ['same-created-times:s0001'] });

    // Changing every creation time as well still leaves the probe evidence.
    const retimed = { ...copy, containers: copy.containers.map((c) => ({ ...c, created: c.created.replace('.', '.9') })) };
    writeFileSync(join(subs, 's0003.json'), JSON.stringify(sealSubmission(retimed, 's0003', '', when)));
    const again = await gradeClass({ catalog: bookCatalog(), paths: [subs] });
    expect(Object.fromEntries(again.students.map((r) => [r.studentId, r.integrity.map((f) => `${f.code}:${f.others.join('+')}`)]))).toEqual({ s0001: ['same-evidence:s0003'], s0002: [], s0003: ['same-evidence:s0001'] });
  });

  it('flags a hand-written bare snapshot with a student field, and not a sealed submission of it', async () => {
    const subs = join(dir, 'bare');
    mkdirSync(subs, { recursive: true });
    const snapshot = { ...ownWork('s0002', 2), student: 's0002' };
    writeFileSync(join(subs, 's0002.json'), JSON.stringify(snapshot));
    const bare = await gradeClass({ catalog: bookCatalog(), paths: [subs] });
    expect(bare.students[0].integrity.map((f) => f.code)).toEqual(['bare-snapshot']);
    expect(bare.students[0].integrity[0].message.en).toContain('nothing shows whether it was edited');
    writeFileSync(join(subs, 's0002.json'), JSON.stringify(sealSubmission(snapshot, 's0002', '')));
    expect((await gradeClass({ catalog: bookCatalog(), paths: [subs] })).students[0].integrity).toEqual([]);
  });
});
