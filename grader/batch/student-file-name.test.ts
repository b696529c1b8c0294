/**
 * Each student's report file name is unique by construction (issue 13, item 7): ids that are safe file
 * names stay as they are, every other id is escaped with a character no safe id holds, so no id can be
 * made to land on another's file — not even one written to look like another id's escaped form.
 */
import fc from 'fast-check';
import { studentFileBase, studentHref } from './class-output.js';

describe('studentFileBase', () => {
  it('keeps ids that are safe file names', () => {
    for (const id of ['s0001', '2024-001', '김민수', 'kim.minsu', 'a_b']) expect(studentFileBase(id)).toBe(id);
  });

  it('never maps two ids designed to collide to one name', () => {
    const ids = ['a b', 'a_b', 'a_b-c8687a08', `a_b-${'0'.repeat(8)}`, 'a~20b', 'a%20b', 'a/b', 'a\\b', '.a', '_a', '..', 'a:b', 'a?b', 'a*b', 'a\u0000b'];
    const names = ids.map(studentFileBase);
    expect(new Set(names).size).toBe(ids.length);
    // the collision the issue found: `a b` and `a_b-c8687a08`
    expect(studentFileBase('a b')).not.toBe(studentFileBase('a_b-c8687a08'));
  });

  it('is injective on arbitrary ids, names only safe characters, and stays short', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '_', '-', '~', '.', '/', '%', '한', 'Z', '0', '7', 'e', 'f'), minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 20 }), (ids) => {
        const names = ids.map(studentFileBase);
        expect(new Set(names).size).toBe(ids.length);
        for (const name of names) {
          expect(name).toMatch(/^[\p{L}\p{N}._~-]+$/u);
          expect(name.startsWith('.')).toBe(false);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(studentFileBase('가'.repeat(200)).length).toBeLessThanOrEqual(160);
    expect(studentFileBase('가'.repeat(200))).not.toBe(studentFileBase(`${'가'.repeat(199)}나`));
  });

  it('links to the same name', () => {
    expect(studentHref('a b')).toBe(`students/${encodeURIComponent(studentFileBase('a b'))}.html`);
  });
});
