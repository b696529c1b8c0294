import type { StudentRow } from '../model/class-schema.js';
import { makeContainer } from '../../fixtures/snapshot-factory.js';
import { compareVersions, rowFindings, withCrossRowFindings } from './integrity.js';

function row(studentId: string, engineId: string, containerIds: string[], prefix = ''): StudentRow {
  return {
    studentId,
    name: '',
    email: '',
    status: 'graded',
    reason: '',
    source: `${studentId}.json`,
    onRoster: true,
    points: 1,
    maxPoints: 1,
    result: null,
    integrity: [],
    evidence: { engineId, prefix, containerIds, toolVersion: '0.1.0', submittedAt: '' },
  };
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
    expect(findings[2].message.en).toBe('1 container(s) created after the deadline 2026-03-01T00:00:00.000Z: late');
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
    expect(out[0].integrity[0].message.en).toMatch(/\+179\)?$/);
  });
});
