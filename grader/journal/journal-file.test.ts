import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { emptyJournal } from './journal.js';
import { journalPath, peekJournal, readJournal, recordInJournal, stateDir, writeJournal } from './journal-file.js';
import { JournalSchema } from '../model/journal-schema.js';

const NOW = new Date('2026-11-28T14:02:03.456Z');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dockgrade-journal-'));
}

function collect(): { warn: (line: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { warn: (line) => lines.push(line), lines };
}

describe('where the journal lives', () => {
  it('DOCKGRADE_STATE_DIR, then XDG_STATE_HOME/dockgrade, then ~/.local/state/dockgrade', () => {
    expect(stateDir({ DOCKGRADE_STATE_DIR: '/tmp/x', XDG_STATE_HOME: '/xdg', HOME: '/home/a' })).toBe('/tmp/x');
    expect(stateDir({ XDG_STATE_HOME: '/xdg', HOME: '/home/a' })).toBe('/xdg/dockgrade');
    expect(stateDir({ HOME: '/home/a' })).toBe('/home/a/.local/state/dockgrade');
    // XDG says a relative value is invalid and is ignored
    expect(stateDir({ XDG_STATE_HOME: 'rel', HOME: '/home/a' })).toBe('/home/a/.local/state/dockgrade');
    expect(journalPath({ DOCKGRADE_STATE_DIR: '/tmp/x' })).toBe('/tmp/x/journal.json');
  });
});

describe('readJournal', () => {
  it('is a fresh journal when there is no file, without a warning', () => {
    const { warn, lines } = collect();
    const loaded = readJournal(join(tempDir(), 'journal.json'), warn, NOW);
    expect(loaded).toEqual({ journal: emptyJournal(NOW.toISOString()), writable: true });
    expect(lines).toEqual([]);
  });

  it('reads back what was written', () => {
    const file = join(tempDir(), 'sub', 'journal.json');
    const journal = { ...emptyJournal(NOW.toISOString()), scopes: [{ engineId: 'E', engineName: 'e', prefix: '', exercises: {} }] };
    expect(writeJournal(file, journal, () => {})).toBe(true);
    expect(readJournal(file, () => {}).journal).toEqual(journal);
  });

  it.each([
    ['not JSON', '{"kind": "dockgrade.journal", ', /not valid JSON/],
    ['wrong shape', JSON.stringify({ kind: 'dockgrade.journal', version: 1, updatedAt: 'x', scopes: 'nope' }), /scopes: /],
    ['another kind', JSON.stringify({ kind: 'something.else' }), /kind: /],
  ])('keeps a corrupt file (%s) aside, warns in one line, starts fresh', (_label, content, reason) => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    writeFileSync(file, content);
    const { warn, lines } = collect();
    const loaded = readJournal(file, warn, NOW);
    expect(loaded.journal.scopes).toEqual([]);
    expect(loaded.writable).toBe(true);
    expect(readdirSync(dir)).toEqual(['journal.json.corrupt-20261128T140203Z']);
    expect(readFileSync(join(dir, 'journal.json.corrupt-20261128T140203Z'), 'utf8')).toBe(content);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toContain('kept as journal.json.corrupt-20261128T140203Z');
  });

  it('keeps a journal from a newer dockgrade aside, untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    const content = JSON.stringify({ kind: 'dockgrade.journal', version: 99, whatever: true });
    writeFileSync(file, content);
    const { warn, lines } = collect();
    expect(readJournal(file, warn, NOW).journal.scopes).toEqual([]);
    expect(readdirSync(dir)).toEqual(['journal.json.future-20261128T140203Z']);
    expect(readFileSync(join(dir, 'journal.json.future-20261128T140203Z'), 'utf8')).toBe(content);
    expect(lines).toEqual([expect.stringContaining('written by a newer dockgrade (version 99')]);
  });

  it('leaves a journal it cannot read where it is and does not write over it', () => {
    // a directory where the file should be: a read error, not corruption
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    mkdirSync(file);
    const { warn, lines } = collect();
    const loaded = readJournal(file, warn, NOW);
    expect(loaded.writable).toBe(false);
    expect(lines).toEqual([expect.stringContaining('cannot be read (EISDIR)')]);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });
});

describe('writeJournal', () => {
  it('replaces the file by renaming a complete temp file over it, leaving no temp behind', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    writeJournal(file, emptyJournal('2026-01-01T00:00:00.000Z'), () => {});
    const before = statSync(file).ino;
    writeJournal(file, emptyJournal('2026-01-02T00:00:00.000Z'), () => {});
    // a new inode: the old file was replaced whole by rename, never rewritten in place
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['journal.json']);
    expect(JournalSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).updatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('warns and returns false when it cannot write; never throws, leaves no temp file', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    mkdirSync(join(file, 'blocker'), { recursive: true });
    const { warn, lines } = collect();
    expect(writeJournal(file, emptyJournal(NOW.toISOString()), warn)).toBe(false);
    expect(lines).toEqual([expect.stringContaining('could not be written')]);
    expect(readdirSync(dir)).toEqual(['journal.json']);
  });
});

describe('recordInJournal', () => {
  const exercise = EXERCISES.filter((e) => e.id === '2.2.1/create-mycentos');
  const good = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })] });

  it('records a run and shows the regression on the next one', async () => {
    const file = join(tempDir(), 'journal.json');
    const first = recordInJournal(await grade(exercise, good), file, () => {}, new Date('2026-11-28T14:02:00Z'));
    expect(first.exercises[0].history?.state).toBe('passing');
    const second = recordInJournal(await grade(exercise, makeSnapshot()), file, () => {}, new Date('2026-11-28T15:00:00Z'));
    expect(second.exercises[0].history).toMatchObject({ state: 'regressed', lastPassedAt: '2026-11-28T14:02:00.000Z' });
    expect(peekJournal(file, () => {})?.scopes[0].exercises['2.2.1/create-mycentos'].last.at).toBe('2026-11-28T15:00:00.000Z');
  });

  it('a corrupt journal never fails the run', async () => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    writeFileSync(file, '\u0000garbage');
    const { warn, lines } = collect();
    const run = recordInJournal(await grade(exercise, good), file, warn, NOW);
    expect(run.exercises[0].history?.state).toBe('passing');
    expect(lines).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['journal.json', 'journal.json.corrupt-20261128T140203Z']);
  });

  it('peekJournal leaves a bad file where it is', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.json');
    writeFileSync(file, 'nope');
    const { warn, lines } = collect();
    expect(peekJournal(file, warn)).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['journal.json']);
    expect(lines).toHaveLength(1);
    expect(peekJournal(join(dir, 'missing.json'), warn)).toBeUndefined();
    expect(lines).toHaveLength(1);
  });
});
