import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { writeOutputFile } from './output-file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'dockgrade-out-'));

describe('writeOutputFile', () => {
  it('replaces a file whole and leaves no temp file', () => {
    const d = dir();
    const file = join(d, 'r.json');
    writeFileSync(file, 'old');
    writeOutputFile(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['r.json']);
  });

  it.each([
    ['a missing directory', (d: string) => join(d, 'nope', 'r.json'), 'no such directory'],
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

  it('never writes through a planted symlink (the temp name is random and created exclusively)', () => {
    const d = dir();
    const victim = join(d, 'victim');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, join(d, `.r.json.${process.pid}.tmp`)); // the name the old writer used
    writeOutputFile(join(d, 'r.json'), 'new');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });
});
