import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { openDigestMemo } from './digest-memo.js';
import { emptyJournal, NATIVE_DIGESTS_FROM, recordRun } from './journal.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

function memoFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'dockgrade-digests-')), 'evidence-digests.json');
}

describe('the evidence digest memo', () => {
  it("gives an exercise's kept digest for the very text it was kept with, and works out any other", () => {
    const file = memoFile();
    const first = openDigestMemo(file);
    expect(first.digest('2.2.1/x', 'text one', () => A)).toBe(A);
    first.save();
    let computed = 0;
    const second = openDigestMemo(file);
    expect(second.digest('2.2.1/x', 'text one', () => (computed++, B))).toBe(A);
    expect(computed).toBe(0);
    // another text for the same exercise (its state changed): worked out, and kept in its place
    expect(second.digest('2.2.1/x', 'text one!', () => (computed++, B))).toBe(B);
    expect(computed).toBe(1);
    second.save();
    expect(openDigestMemo(file).digest('2.2.1/x', 'text one', () => 'worked out')).toBe('worked out');
  });

  it('writes only when something changed, and ignores a file it did not write or a forged entry', () => {
    const file = memoFile();
    const memo = openDigestMemo(file);
    memo.digest('e', 't', () => A);
    memo.save();
    const writtenAt = statSync(file, { bigint: true }).mtimeNs;
    const again = openDigestMemo(file);
    expect(again.digest('e', 't', () => B)).toBe(A);
    again.save();
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(writtenAt);
    for (const text of ['not json', '[]', JSON.stringify({ version: 2, entries: { e: { text: 't', digest: A } } }), JSON.stringify({ version: 1, entries: { e: { text: 't', digest: 'md5:x' } } })]) {
      writeFileSync(file, text);
      expect(openDigestMemo(file).digest('e', 't', () => 'worked out')).toBe('worked out');
    }
    // under a file, where no folder can be made: nothing kept, nothing thrown
    const unkept = openDigestMemo(join(file, 'not-a-dir', 'memo.json'));
    unkept.digest('e', 't', () => A);
    expect(() => unkept.save()).not.toThrow();
    expect(readdirSync(join(file, '..')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('records the same journal through the memo as without it, for a section and for the whole chapter (native digests)', async () => {
    const snapshot = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })] });
    expect(EXERCISES.length).toBeGreaterThanOrEqual(NATIVE_DIGESTS_FROM);
    for (const exercises of [EXERCISES.filter((e) => e.section === '2.2.1'), EXERCISES]) {
      const run = await grade(exercises, snapshot, { now: () => new Date('2026-11-28T14:02:00.000Z') });
      const plain = recordRun(emptyJournal('2026-11-28T14:02:00.000Z'), run);
      const file = memoFile();
      const memo = openDigestMemo(file);
      expect(recordRun(emptyJournal('2026-11-28T14:02:00.000Z'), run, undefined, {}, memo)).toEqual(plain);
      memo.save();
      // from the kept digests alone: nothing worked out
      const kept = openDigestMemo(file);
      const keptOnly = {
        digest: (id: string, text: string) =>
          kept.digest(id, text, () => {
            throw new Error(`worked out ${id}`);
          }),
        save: () => undefined,
      };
      expect(recordRun(emptyJournal('2026-11-28T14:02:00.000Z'), run, undefined, {}, keptOnly)).toEqual(plain);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries)).toHaveLength(exercises.length);
    }
  });
});
