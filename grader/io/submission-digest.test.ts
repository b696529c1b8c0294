/**
 * canonicalJson, the fast path of the submission digest, writes exactly what the canonicalize package
 * (the RFC 8785 reference the digest was defined with) writes, for any JSON data and the awkward keys
 * that change how JavaScript orders an object's properties.
 */
import fc from 'fast-check';
import { canonicalizeReference, canonicalJson, submissionDigest } from './submission-digest.js';
import { createHash } from 'node:crypto';

/** Keys that reorder or escape: array indices, `__proto__`, code units above the BMP, empty. */
const awkwardKey = fc.oneof(
  fc.string(),
  fc.constantFrom('0', '1', '10', '9', '01', '-1', '4294967294', '4294967295', '1e3', '__proto__', 'constructor', '', 'é', '\u{1f600}', '\ud800', 'Z', 'a'),
  fc.nat().map(String),
);

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.string({ unit: 'binary' }), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(awkwardKey, tie('value'), { maxKeys: 6 }),
})).value;

describe('canonicalJson', () => {
  it('writes what canonicalize writes for any JSON data', () => {
    fc.assert(
      fc.property(fc.oneof(json, fc.jsonValue()), (data) => {
        expect(canonicalJson(data)).toBe(canonicalizeReference(data));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes what canonicalize writes for data as JSON.parse gives it (own __proto__ keys, -0, big numbers)', () => {
    for (const text of ['{"__proto__":{"b":1,"a":2},"x":[-0,1e21,0.1,5e-7]}', '{"10":1,"9":2,"a":{"2":3,"b":4}}', '[{"\\ud800":"\\udfff"}]', '{"é":1,"e":2,"Z":3}']) {
      const data = JSON.parse(text) as unknown;
      expect(canonicalJson(data)).toBe(canonicalizeReference(data));
    }
  });

  it('falls back to canonicalize for values that are not plain JSON data', () => {
    const date = new Date('2026-01-02T03:04:05Z');
    expect(canonicalJson({ b: date, a: undefined, c: [undefined] })).toBe(canonicalizeReference({ b: date, a: undefined, c: [undefined] }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('NaN is not allowed');
    expect(canonicalJson(undefined)).toBeUndefined();
  });

  it('keeps the digest of a submission as the canonicalize text hashed', () => {
    const document = { kind: 'dockgrade.submission', student: '김민준', content: { labels: { '10': 'x', '9': 'y' }, env: { B: '1', A: '2' } }, digest: { value: 'old' } };
    const { digest: _ignored, ...rest } = document;
    expect(submissionDigest(document)).toBe(createHash('sha256').update(canonicalizeReference(rest)!).digest('hex'));
    expect(submissionDigest({ ...document, student: '김민준 ' })).not.toBe(submissionDigest(document));
  });
});
