import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpilledBytes } from './spilled-bytes.js';

describe('SpilledBytes', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dgt-speed-spill-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back every kept piece as it was, after the caller reused or dropped its own bytes, and leaves no file', () => {
    const spilled = new SpilledBytes(dir);
    expect(spilled.onDisk).toBe(true);
    const texts = ['{"a":1}', '', '한국어 텍스트 ✓', 'x'.repeat(200_000)];
    const parts = texts.map((text) => {
      const bytes = new TextEncoder().encode(text);
      const part = spilled.keep(bytes);
      bytes.fill(0); // the caller's bytes may go (handed to a worker): the kept copy is on disk
      return part;
    });
    // the scratch file is unlinked at once, with its private folder
    expect(readdirSync(dir)).toEqual([]);
    expect(parts.map((part) => new TextDecoder().decode(part()))).toEqual(texts);
    expect(new TextDecoder().decode(parts[2]())).toBe(texts[2]);
    spilled.close();
    expect(() => parts[0]()).toThrow(/after close/);
  });

  it('keeps the bytes in memory where no scratch file can be made', () => {
    const spilled = new SpilledBytes(join(dir, 'missing', 'folder'));
    expect(spilled.onDisk).toBe(false);
    const bytes = new TextEncoder().encode('still here');
    expect(new TextDecoder().decode(spilled.keep(bytes)())).toBe('still here');
    spilled.close();
  });
});
