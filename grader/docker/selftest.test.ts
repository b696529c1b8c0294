import { lineOf, renderTable } from '../cli/selftest-command.js';
import { msg } from '../core/i18n.js';
import type { ExerciseResult } from '../model/result-schema.js';
import { failing, holds, type CaseProof } from './selftest.js';

function result(statuses: Record<string, 'pass' | 'fail' | 'skip' | 'error'>): ExerciseResult {
  const checks = Object.entries(statuses).map(([id, status]) => ({ id, title: msg(id, id), status, points: status === 'pass' ? 1 : 0, maxPoints: 1, message: msg('', '') }));
  const status = checks.some((c) => c.status === 'error') ? 'error' : checks.some((c) => c.status === 'fail') ? 'fail' : 'pass';
  return { id: 'x/y', section: 'x', title: msg('', ''), status, points: checks.reduce((s, c) => s + c.points, 0), maxPoints: checks.length, commands: [], checks };
}

function proof(expected: string[], r: ExerciseResult | null, error?: string): CaseProof {
  return { kind: expected.length ? 'mutation' : 'solution', check: expected[0], description: msg('d', 'd'), expected, result: r, waited: { ms: 0, attempts: 1 }, ...(error ? { error } : {}) };
}

describe('when a selftest case holds', () => {
  it('solution: every check passes', () => {
    expect(holds(proof([], result({ a: 'pass', b: 'pass' })))).toBe(true);
    expect(holds(proof([], result({ a: 'pass', b: 'fail' })))).toBe(false);
    expect(holds(proof([], result({ a: 'pass', b: 'skip' })))).toBe(false);
  });

  it('mutation: exactly its check fails (dependants may skip)', () => {
    expect(holds(proof(['b'], result({ a: 'pass', b: 'fail', c: 'skip' })))).toBe(true);
    expect(holds(proof(['b'], result({ a: 'fail', b: 'fail' })))).toBe(false);
    expect(holds(proof(['b'], result({ a: 'pass', b: 'pass' })))).toBe(false);
    expect(holds(proof(['b'], result({ a: 'pass', b: 'error' })))).toBe(false);
  });

  it('a case whose steps failed never holds', () => {
    expect(holds(proof([], null, 'docker run failed'))).toBe(false);
  });

  it('renders a line per case, ✘ where it does not hold, with the reason', () => {
    const lines = [
      lineOf('x/y', proof([], result({ a: 'pass' })), 'en', true, failing),
      lineOf('x/y', proof(['b'], result({ a: 'fail', b: 'fail' })), 'en', false, failing),
      lineOf('x/y', proof(['a'], null, 'docker run failed: port is already allocated'), 'en', false, failing),
    ];
    const table = renderTable(lines).split('\n');
    expect(table[1]).toMatch(/^✔ x\/y +d +passes +passes$/);
    expect(table[2]).toMatch(/^✘ x\/y +mutation b: d +fails only b +fails a, b$/);
    expect(table[3]).toMatch(/^✘ .*steps failed: docker run failed: port is already allocated$/);
  });
});
