/**
 * The progress journal on disk: `$DOCKGRADE_STATE_DIR` or `$XDG_STATE_HOME/dockgrade` or
 * `~/.local/state/dockgrade`, file `journal.json`. Written atomically (temp file + rename). A corrupt
 * journal, or one written by a newer dockgrade, is renamed aside (never lost, never overwritten) with
 * a one-line warning, and the run goes on with a fresh journal. Journal trouble never fails a run.
 */
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { inertText } from '../io/input-file.js';
import { emptyJournal, recordRun, type JourneyOptions } from './journal.js';
import { JOURNAL_KIND, JOURNAL_VERSION } from '../core/constants.js';
import type { Journal } from '../model/journal-schema.js';
import { readJournalShape } from './journal-shape.js';
import { openDigestMemo } from './digest-memo.js';
import type { RunResult } from '../model/result-schema.js';
import { inertJsonText } from '../core/inert-json.js';
import { homeDir } from '../core/home-dir.js';

export const JOURNAL_FILE = 'journal.json';
/** A journal larger than this is not read (it is kept aside like a corrupt one). */
export const MAX_JOURNAL_BYTES = 16 * 1024 * 1024;

/** Where dockgrade keeps its state: `DOCKGRADE_STATE_DIR`, else `$XDG_STATE_HOME/dockgrade`, else `~/.local/state/dockgrade`. */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOCKGRADE_STATE_DIR) return env.DOCKGRADE_STATE_DIR;
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(homeDir(env), '.local', 'state');
  return join(base, 'dockgrade');
}

/** The journal file in the state dir. */
export function journalPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), JOURNAL_FILE);
}

/** A loaded journal, and whether it may be written back (false when a bad file could not be moved aside). */
export interface LoadedJournal {
  journal: Journal;
  writable: boolean;
}

/** `2026-11-28T17:53:16.123Z` → `20261128T175316Z`, safe in file names. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

function why(file: string): { reason: string; tag: 'corrupt' | 'future' } | Journal {
  if (statSync(file).size > MAX_JOURNAL_BYTES) return { reason: `over ${MAX_JOURNAL_BYTES} bytes`, tag: 'corrupt' };
  // A read error (not a file, no permission) throws: that is not corruption, and the file stays put.
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // JSON.parse quotes the file in its message: quoted inert, so a hostile journal cannot act on the terminal.
    return { reason: `not valid JSON (${inertText((error as Error).message, 120)})`, tag: 'corrupt' };
  }
  const head = data as { kind?: unknown; version?: unknown } | null;
  if (head && typeof head === 'object' && head.kind === JOURNAL_KIND && typeof head.version === 'number' && head.version > JOURNAL_VERSION) {
    return { reason: `written by a newer dockgrade (version ${head.version}; this one reads ${JOURNAL_VERSION})`, tag: 'future' };
  }
  // Read without zod: this runs on every `check` (see journal-shape.ts, held to JournalSchema by a test).
  const parsed = readJournalShape(data);
  if ('problem' in parsed) return { reason: inertText(parsed.problem, 200), tag: 'corrupt' };
  return parsed.journal;
}

/**
 * Reads the journal at `file`. Missing: a fresh one. Corrupt or from a newer version: renamed to
 * `journal.json.corrupt-<time>` / `journal.json.future-<time>`, one warning line, a fresh one.
 */
export function readJournal(file: string, warn: (line: string) => void, now: Date = new Date()): LoadedJournal {
  let outcome: ReturnType<typeof why>;
  try {
    outcome = why(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { journal: emptyJournal(now.toISOString()), writable: true };
    warn(`journal ${file} cannot be read (${code ?? (error as Error).message}); progress is not recorded this time`);
    return { journal: emptyJournal(now.toISOString()), writable: false };
  }
  if ('kind' in outcome) return { journal: outcome, writable: true };
  const aside = `${file}.${outcome.tag}-${stamp(now)}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    warn(`journal ${file} is unusable (${outcome.reason}) and could not be moved aside (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); progress is not recorded this time`);
    return { journal: emptyJournal(now.toISOString()), writable: false };
  }
  warn(`journal ${file} is unusable (${outcome.reason}); kept as ${basename(aside)}, starting a new one`);
  return { journal: emptyJournal(now.toISOString()), writable: true };
}

/** Writes the journal atomically (temp file in the same directory + rename). Failure warns, never throws. */
export function writeJournal(file: string, journal: Journal, warn: (line: string) => void): boolean {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const text = `${inertJsonText(journal, 2)}\n`;
    try {
      writeFileSync(temp, text, { mode: 0o600 });
    } catch (error) {
      // the folder is made by the first run only (its lock made it already): no mkdir on every check
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temp, text, { mode: 0o600 });
    }
    renameSync(temp, file);
    return true;
  } catch (error) {
    rmSync(temp, { force: true });
    warn(`journal ${file} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); progress is not recorded this time`);
    return false;
  }
}

/**
 * Records a live run in the journal at `file` and returns the run with each exercise's history. The
 * journal is read, updated and written back at once, atomically.
 */
export function recordInJournal(run: RunResult, file: string, warn: (line: string) => void, now: Date = new Date(), options: JourneyOptions = {}): RunResult {
  // Read, change and rename under a lock: eight `check` runs at once each read the same journal and
  // the last rename won, so seven runs' entries were lost.
  const release = lockJournal(file);
  try {
    const loaded = readJournal(file, warn, now);
    const memo = openDigestMemo();
    const recorded = recordRun(loaded.journal, run, now.toISOString(), options, memo);
    if (loaded.writable) writeJournal(file, recorded.journal, warn);
    memo.save();
    return recorded.run;
  } finally {
    release();
  }
}

/** A lock older than this is left over from a run that died while holding it. */
const STALE_LOCK_MS = 10_000;
/** How long a run waits for the lock before recording without it (a run takes ~1 ms to record). */
const LOCK_WAIT_MS = 5_000;

/**
 * Takes `<file>.lock` (a directory: mkdir is atomic on every filesystem, NFS included) and returns
 * its release. Waits while another run holds it, takes over a stale one, and after LOCK_WAIT_MS goes
 * on without it (a journal entry is not worth a stuck `check`). Synchronous on purpose: a record is
 * a read and a rename, a millisecond; proper-lockfile's synchronous form cannot wait (no retries),
 * and loading it would cost every `check` for one mkdir and one rmdir.
 */
export function lockJournal(file: string): () => void {
  const lock = `${file}.lock`;
  const started = Date.now();
  let nap: Int32Array | undefined;
  for (;;) {
    try {
      mkdirSync(lock);
      return () => {
        try {
          rmdirSync(lock);
        } catch {
          // taken over as stale meanwhile: nothing of ours to remove
        }
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        // the state folder does not exist yet (the first run)
        try {
          mkdirSync(dirname(file), { recursive: true });
          continue;
        } catch {
          return () => undefined; // the write will warn
        }
      }
      if (code !== 'EEXIST') return () => undefined;
    }
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
    } catch {
      continue; // released meanwhile
    }
    if (Date.now() - started > LOCK_WAIT_MS) return () => undefined;
    nap ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(nap, 0, 0, 5 + Math.floor(Math.random() * 10));
  }
}

/**
 * The journal as it is now, for a snapshot. Read-only: a bad file is left where it is, omitted, and
 * warned about.
 */
export function peekJournal(file: string, warn: (line: string) => void): Journal | undefined {
  try {
    const outcome = why(file);
    if ('kind' in outcome) return outcome;
    warn(`journal ${file} is unusable (${outcome.reason}); the snapshot leaves it out`);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`journal ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the snapshot leaves it out`);
    return undefined;
  }
}
