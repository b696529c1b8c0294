import type { StudentRow } from '../model/class-schema.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { gradedRow } from '../../fixtures/student-row.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { emptyJournal, recordRun } from '../journal/journal.js';
import { compareVersions, journalFindings, LIMITS, rowFindings, withCrossRowFindings } from './integrity.js';

function row(studentId: string, engineId: string, containerIds: string[], prefix = '', more: Partial<NonNullable<StudentRow['evidence']>> = {}): StudentRow {
  return gradedRow(studentId, { engineId, prefix, containerIds, ...more });
}

describe('compareVersions', () => {
  it('orders dotted versions numerically, pre-releases first', () => {
    expect(compareVersions('0.1.9', '0.1.10')).toBe(-1);
    expect(compareVersions('1.0.0', '0.9.9')).toBe(1);
    expect(compareVersions('v0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('0.2.0-beta.1', '0.2.0')).toBe(-1);
  });
});

describe('rowFindings', () => {
  const containers = [makeContainer({ name: 'early', created: '2026-02-01T00:00:00Z' }), makeContainer({ name: 'late', created: '2026-03-02T00:00:00Z' })];
  it('finds nothing in a clean submission', () => {
    expect(rowFindings({ toolVersion: '0.1.0', digestOk: true, containers, deadline: Date.parse('2026-04-01T00:00:00Z'), currentVersion: '0.1.0' })).toEqual([]);
    expect(rowFindings({ toolVersion: '0.2.0', digestOk: null, containers, currentVersion: '0.1.0' })).toEqual([]);
  });
  it('reports a hand edit, an old tool and containers made after the deadline', () => {
    const findings = rowFindings({ toolVersion: '0.0.9', digestOk: false, containers, deadline: Date.parse('2026-03-01T00:00:00Z'), currentVersion: '0.1.0' });
    expect(findings.map((f) => f.code)).toEqual(['digest-mismatch', 'old-tool', 'after-deadline']);
    expect(findings[2].message.en).toBe(`1 container(s) created after the deadline 2026-03-01T00:00:00.000Z: late — ${LIMITS['after-deadline'].en}`);
    expect(findings[2].message.ko).toContain('late');
  });
});

describe('withCrossRowFindings', () => {
  it('links students on one engine, and students sharing containers on different engines', () => {
    const rows = withCrossRowFindings([row('a', 'E1', ['c1']), row('b', 'E1', ['c2']), row('c', 'E2', ['c3', 'c1']), row('d', 'E3', ['c4'])]);
    const codes = Object.fromEntries(rows.map((r) => [r.studentId, r.integrity.map((f) => `${f.code}:${f.others.join('+')}`)]));
    expect(codes).toEqual({ a: ['same-engine:b', 'same-containers:c'], b: ['same-engine:a'], c: ['same-containers:a'], d: [] });
  });

  it('does not flag students who share a lab host under their own prefixes', () => {
    const rows = withCrossRowFindings([row('a', 'LAB', ['c1'], 'alice'), row('b', 'LAB', ['c2'], 'bob')]);
    expect(rows.flatMap((r) => r.integrity)).toEqual([]);
  });

  it('replaces earlier cross-row findings (merge recomputes them) and keeps the others', () => {
    const first = withCrossRowFindings([row('a', 'E1', []), row('b', 'E1', [])]);
    const withOld = [{ ...first[0], integrity: [...first[0].integrity, { code: 'old-tool', message: { ko: '', en: '' }, others: [] }] }, { ...first[1], evidence: { ...first[1].evidence!, engineId: 'E9' } }];
    const again = withCrossRowFindings(withOld);
    expect(again[0].integrity.map((f) => f.code)).toEqual(['old-tool']);
    expect(again[1].integrity).toEqual([]);
  });

  it('names at most 20 others when a whole class shares one engine', () => {
    const many = Array.from({ length: 200 }, (_, i) => row(`s${String(i).padStart(3, '0')}`, 'SAME', []));
    const out = withCrossRowFindings(many);
    expect(out[0].integrity[0].others).toHaveLength(20);
    expect(out[0].integrity[0].message.en).toMatch(/ \+179 — /);
  });
});

describe('journalFindings', () => {
  const T1 = '2026-02-20T10:00:00.000Z';
  const T2 = '2026-02-21T10:00:00.000Z';
  const exercise = EXERCISES.find((e) => e.id === '2.2.1/create-mycentos')!;
  const passing = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })] });

  /** A submission whose journal saw create-mycentos pass at T1 and then the book's 2.2.3 remove it. */
  async function submission() {
    const first = recordRun(emptyJournal(T1), await grade([exercise], passing, { now: () => new Date(T1) }), T1);
    const snapshot = { ...makeSnapshot({ containers: [] }), takenAt: '2026-02-22T00:00:00.000Z', journal: first.journal };
    const run = recordRun(first.journal, await grade([exercise], snapshot), T2, { credit: true }).run;
    return { snapshot, run };
  }

  it('finds nothing in a journal that fits its submission', async () => {
    const { snapshot, run } = await submission();
    expect(run.exercises[0].credit).toBeDefined();
    expect(journalFindings({ snapshot, prefix: '', run, deadline: Date.parse('2026-03-01T00:00:00Z') })).toEqual([]);
  });

  it('flags passes on another engine, times after the snapshot or the deadline, and digests that contradict each other', async () => {
    const { snapshot, run } = await submission();
    const scope = snapshot.journal.scopes[0];
    const entry = scope.exercises['2.2.1/create-mycentos'];
    const edited = {
      ...snapshot,
      journal: {
        ...snapshot.journal,
        scopes: [
          { ...scope, exercises: { ...scope.exercises, '2.2.1/run-ubuntu': { ...entry, last: { ...entry.last, at: '2026-02-23T00:00:00.000Z' } }, '2.2.1/pull-centos': { ...entry, passDigest: `sha256:${'0'.repeat(64)}` } } },
          { ...scope, engineId: 'ANOTHER-ENGINE-ID', engineName: 'laptop' },
        ],
      },
    };
    const findings = journalFindings({ snapshot: edited, prefix: '', run, deadline: Date.parse('2026-02-20T00:00:00Z') });
    expect(findings.map((f) => f.code)).toEqual(['journal-other-engine', 'journal-after-snapshot', 'journal-after-deadline', 'journal-digest']);
    expect(findings[0].message.en).toBe(`the journal records 1 pass(es) on another Docker engine (not counted): laptop (ANOTHER-ENGI) — ${LIMITS['journal-other-engine'].en}`);
    expect(findings[1].message.en).toContain('2.2.1/run-ubuntu');
    expect(findings[2].message.en).toContain('2.2.1/create-mycentos');
    expect(findings[3].message.en).toContain('2.2.1/pull-centos');
    expect(findings[3].message.en).not.toContain('create-mycentos');
  });

  it('says nothing without a journal', async () => {
    const { run } = await submission();
    expect(journalFindings({ snapshot: makeSnapshot(), prefix: '', run })).toEqual([]);
  });
});
