import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { PlantedPathError, writeFileBytes, writeOutputFile, writeOutputParts } from './output-file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'dockgrade-out-'));

describe('writeOutputFile', () => {
  it('writes texts and pieces larger than its buffer as encoding them whole does (characters of 1-4 bytes, a lone surrogate, at every boundary)', () => {
    const d = dir();
    const file = join(d, 'big.html');
    // 3-byte Korean, 4-byte pairs and lone surrogates (U+FFFD) around every 1 MiB boundary
    const unit = 'a김😀\ud800b\udc00';
    const text = unit.repeat(Math.ceil((3 << 20) / unit.length)) + 'end';
    const small = Array.from({ length: 5000 }, (_, i) => new TextEncoder().encode(`,{"n":${i},"t":"검사"}`));
    writeOutputParts(file, ['head', text, () => small, new Uint8Array(700_000).fill(0x41), text.slice(7), 'tail']);
    const expected = Buffer.concat([Buffer.from('head'), Buffer.from(text), ...small, Buffer.alloc(700_000, 0x41), Buffer.from(text.slice(7)), Buffer.from('tail')]);
    expect(readFileSync(file).equals(expected)).toBe(true);
  });

  it('replaces a file whole and leaves no temp file', () => {
    const d = dir();
    const file = join(d, 'r.json');
    writeFileSync(file, 'old');
    writeOutputFile(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['r.json']);
  });

  it.each([
    ['a directory', (d: string) => d, 'is a directory'],
    ['a path through a file', (d: string) => (writeFileSync(join(d, 'f'), 'x'), join(d, 'f', 'r.json')), 'not a directory'],
  ])('%s: InputError (exit 2), nothing written', (_, path, reason) => {
    const d = dir();
    const target = path(d);
    const before = readdirSync(d);
    let error: unknown;
    try {
      writeOutputFile(target, 'content');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toContain(reason);
    expect(readdirSync(d)).toEqual(before);
  });

  it('creates missing parent folders (-o reports/junit.xml), still refusing a link at the target', () => {
    const d = dir();
    writeOutputFile(join(d, 'reports', 'ci', 'junit.xml'), '<x/>');
    expect(readFileSync(join(d, 'reports', 'ci', 'junit.xml'), 'utf8')).toBe('<x/>');
    expect(readdirSync(join(d, 'reports', 'ci'))).toEqual(['junit.xml']);
    symlinkSync(join(d, 'victim'), join(d, 'reports', 'link.xml'));
    expect(() => writeOutputFile(join(d, 'reports', 'link.xml'), 'x')).toThrow(PlantedPathError);
    expect(existsSync(join(d, 'victim'))).toBe(false);
  });

  it('never writes through a planted symlink (the temp name is random and created exclusively)', () => {
    const d = dir();
    const victim = join(d, 'victim');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, join(d, `.r.json.${process.pid}.tmp`)); // the name the old writer used
    writeOutputFile(join(d, 'r.json'), 'new');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });
});

/** A planted non-file at an output path: a symlink to a victim, a FIFO, a directory, a hard link to a victim. */
function plant(d: string, kind: 'symlink' | 'fifo' | 'dir' | 'dangling'): { target: string; victim: string } {
  const victim = join(d, 'victim');
  writeFileSync(victim, 'keep');
  const target = join(d, 's001.html');
  if (kind === 'symlink') symlinkSync(victim, target);
  if (kind === 'dangling') symlinkSync(join(d, 'created-through-the-link'), target);
  if (kind === 'fifo') execFileSync('mkfifo', [target]);
  if (kind === 'dir') mkdirSync(target);
  return { target, victim };
}

describe.each([
  ['writeOutputFile', (file: string, text: string) => writeOutputFile(file, text)],
  ['writeFileBytes', (file: string, text: string) => writeFileBytes(file, text)],
])('%s never writes through a planted path', (_, write) => {
  it.each([
    ['symlink', /is a symbolic link; not followed/],
    ['dangling', /is a symbolic link; not followed/],
    ['fifo', /is a FIFO/],
    ['dir', /is a directory/],
  ] as const)('a %s at the target: PlantedPathError (exit 2), left as it was, victim unchanged', (kind, reason) => {
    const d = dir();
    const { target, victim } = plant(d, kind);
    const before = lstatSync(target);
    let error: unknown;
    try {
      write(target, 'overwritten');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlantedPathError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('\n');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(lstatSync(target).ino).toBe(before.ino);
    expect(existsSync(join(d, 'created-through-the-link'))).toBe(false);
    // no temp file left behind
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a hard link to a victim is replaced, the victim keeps its text', () => {
    const d = dir();
    const victim = join(d, 'victim');
    writeFileSync(victim, 'keep');
    const target = join(d, 's001.html');
    linkSync(victim, target);
    write(target, 'new report');
    expect(readFileSync(target, 'utf8')).toBe('new report');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });

  it('rewrites a plain file of its own and creates a missing one', () => {
    const d = dir();
    const target = join(d, 's001.html');
    writeFileSync(target, 'a longer old report');
    write(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    write(join(d, 'fresh.html'), 'fresh');
    expect(readFileSync(join(d, 'fresh.html'), 'utf8')).toBe('fresh');
  });
});
