import fc from 'fast-check';
import { JournalSchema, type Journal } from '../model/journal-schema.js';
import { readJournalShape } from './journal-shape.js';

const record = { at: '2026-11-28T14:02:00.000Z', status: 'pass', points: 6, maxPoints: 6, digest: 'sha256:abc' };
const valid: Journal = {
  kind: 'dockgrade.journal',
  version: 1,
  updatedAt: '2026-11-28T14:02:00.000Z',
  scopes: [
    {
      engineId: 'E',
      engineName: 'vm',
      prefix: '',
      exercises: {
        '2.2.1/create-mycentos': { best: record as Journal['scopes'][0]['exercises'][string]['best'], last: { ...record, status: 'fail', points: 2 } as never, firstPassedAt: record.at, lastPassedAt: record.at, passDigest: 'sha256:abc' },
        '2.2.1/run-ubuntu': { best: { ...record, status: 'fail', points: 0 } as never, last: { ...record, status: 'error', points: 0 } as never },
      },
    },
  ],
};

/** What the schema says of `data`: the parsed journal, or that it is rejected. */
function bySchema(data: unknown): Journal | 'rejected' {
  const parsed = JournalSchema.safeParse(data);
  return parsed.success ? parsed.data : 'rejected';
}

function byShape(data: unknown): Journal | 'rejected' {
  const read = readJournalShape(data);
  return 'journal' in read ? read.journal : 'rejected';
}

/** Every way of breaking one field of the valid journal. */
const BROKEN: Array<[string, (j: any) => void]> = [
  ['kind', (j) => (j.kind = 'dockgrade.snapshot')],
  ['version', (j) => (j.version = 2)],
  ['updatedAt', (j) => (j.updatedAt = 5)],
  ['scopes', (j) => (j.scopes = {})],
  ['scope', (j) => (j.scopes[0] = 'x')],
  ['engineId', (j) => delete j.scopes[0].engineId],
  ['prefix', (j) => (j.scopes[0].prefix = null)],
  ['exercises', (j) => (j.scopes[0].exercises = [])],
  ['best', (j) => delete j.scopes[0].exercises['2.2.1/run-ubuntu'].best],
  ['status', (j) => (j.scopes[0].exercises['2.2.1/run-ubuntu'].last.status = 'passed')],
  ['points', (j) => (j.scopes[0].exercises['2.2.1/run-ubuntu'].last.points = '6')],
  ['digest', (j) => (j.scopes[0].exercises['2.2.1/run-ubuntu'].last.digest = 'x'.repeat(10_001))],
  ['firstPassedAt', (j) => (j.scopes[0].exercises['2.2.1/create-mycentos'].firstPassedAt = 1)],
  ['root', (j) => j.scopes.splice(0, 1, ...Array.from({ length: 10_001 }, () => j.scopes[0]))],
];

describe('the zod-free journal reader agrees with JournalSchema', () => {
  it('accepts a valid journal and returns what the schema returns', () => {
    expect(byShape(valid)).toEqual(bySchema(valid));
    expect(bySchema(valid)).not.toBe('rejected');
  });

  it('drops unknown fields as the schema does', () => {
    const extra = { ...structuredClone(valid), extra: 1, scopes: [{ ...structuredClone(valid.scopes[0]), note: 'x' }] };
    expect(byShape(extra)).toEqual(bySchema(extra));
  });

  it.each(BROKEN)('rejects a broken %s, naming the field', (field, breakIt) => {
    const data = structuredClone(valid) as any;
    breakIt(data);
    expect(bySchema(data)).toBe('rejected');
    const read = readJournalShape(data);
    expect('problem' in read && read.problem).toMatch(/^[\w.()/-]+: /);
  });

  it('agrees with the schema on arbitrary JSON values and on mutated journals', () => {
    const mutated = fc.tuple(fc.constantFrom(...BROKEN.map(([, f]) => f)), fc.constantFrom(...BROKEN.map(([, f]) => f))).map(([a, b]) => {
      const data = structuredClone(valid) as any;
      try {
        a(data);
        b(data);
      } catch {
        // a second mutation may find the first removed its target: the data is broken either way
      }
      return data;
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), (data) => {
        expect(byShape(data) === 'rejected').toBe(bySchema(data) === 'rejected');
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
