/**
 * The journey, as pure functions: fold a graded run into the progress journal and annotate each
 * exercise with its history (passes now / passed earlier, state changed since / never passed).
 * File handling is in journal-file.ts.
 */
// sha256 in plain JS, bundled into dist/dockgrade.cjs: node:crypto costs ~2.5-4 ms to load on every check (issue 7)
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { createRequire } from 'node:module';
import { JOURNAL_KIND, JOURNAL_VERSION } from '../core/constants.js';
import type { Journal, JournalExercise, JournalRecord, JournalScope } from '../model/journal-schema.js';
import type { ExerciseHistory, ExerciseResult, RunResult } from '../model/result-schema.js';
import { totalsOf } from '../check/totals.js';
import type { DigestMemo } from './digest-memo.js';

/** How the journal is used for a run. */
export interface JourneyOptions {
  /**
   * Count an exercise that passed earlier (a recorded full-points pass) though the state no longer
   * shows it: the book's later steps undo earlier ones. False: grade the current state only.
   */
  credit?: boolean;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * The credit an exercise earns from its journal entry, if any: it does not pass now, and the entry
 * records a pass with full points over at least this run's maximum (a pass recorded with probes off
 * does not pay for probes), with a well-formed evidence digest.
 */
export function creditOf(entry: JournalExercise | undefined, exercise: ExerciseResult): ExerciseResult['credit'] {
  if (!entry || exercise.status === 'pass' || exercise.status === 'skip' || exercise.maxPoints <= 0) return undefined;
  const best = entry.best;
  if (!entry.lastPassedAt || !entry.passDigest || best.status !== 'pass' || best.points !== best.maxPoints || best.maxPoints < exercise.maxPoints) return undefined;
  if (!DIGEST.test(best.digest) || Number.isNaN(Date.parse(best.at))) return undefined;
  return { from: 'journal', passedAt: best.at, digest: best.digest, current: { status: exercise.status, points: exercise.points } };
}

/** A journal with nothing in it yet. */
export function emptyJournal(now: string): Journal {
  return { kind: JOURNAL_KIND, version: JOURNAL_VERSION, updatedAt: now, scopes: [] };
}

/**
 * `sha256:` of an exercise's checks (id, status, expected, found): two gradings with the same digest
 * observed the same state.
 */
export function evidenceDigest(exercise: ExerciseResult, native = false, memo?: DigestMemo): string {
  const evidence = exercise.checks.map((c) => [c.id, c.status, c.expected ?? null, c.actual ?? null]);
  const text = JSON.stringify([exercise.id, evidence]);
  const compute = () => `sha256:${native ? nativeSha256Hex(text) : bytesToHex(sha256(utf8ToBytes(text)))}`;
  return memo ? memo.digest(exercise.id, text, compute) : compute();
}

/**
 * Exercises in a run from which its digests are made by node:crypto (the same SHA-256): before the JIT
 * has warmed, the plain-JS hash took ~70 µs a digest, 4.5-10 ms for the chapter's 64 exercises, against
 * ~2.5 ms to load node:crypto and 0.3 ms to hash them. A run of a section or two keeps the plain one.
 */
export const NATIVE_DIGESTS_FROM = 16;

let createHash: typeof import('node:crypto').createHash | null = null;

/** SHA-256 of `text` (UTF-8) in hex, by node:crypto, loaded on this first use. */
function nativeSha256Hex(text: string): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The scope of a run: its engine and prefix. */
export function findScope(journal: Journal, engineId: string, prefix: string): JournalScope | undefined {
  return journal.scopes.find((s) => s.engineId === engineId && s.prefix === prefix);
}

/** What the history of one exercise says, given its journal entry (already updated with this run). */
export function historyOf(entry: JournalExercise, passesNow: boolean): ExerciseHistory {
  return {
    ...(entry.firstPassedAt ? { firstPassedAt: entry.firstPassedAt } : {}),
    ...(entry.lastPassedAt ? { lastPassedAt: entry.lastPassedAt } : {}),
    bestPoints: entry.best.points,
    state: passesNow ? 'passing' : entry.lastPassedAt ? 'regressed' : 'never',
  };
}

/** Folds one grading of one exercise into its entry. An `error` grading never becomes the best. */
export function updateEntry(previous: JournalExercise | undefined, exercise: ExerciseResult, at: string, nativeDigest = false, memo?: DigestMemo): JournalExercise {
  const record: JournalRecord = { at, status: exercise.status, points: exercise.points, maxPoints: exercise.maxPoints, digest: evidenceDigest(exercise, nativeDigest, memo) };
  const passes = exercise.status === 'pass';
  const better = !previous || (exercise.status !== 'error' && (record.points > previous.best.points || (previous.best.status === 'error' && record.points >= previous.best.points)));
  const firstPassedAt = previous?.firstPassedAt ?? (passes ? at : undefined);
  const lastPassedAt = passes ? at : previous?.lastPassedAt;
  const passDigest = passes ? record.digest : previous?.passDigest;
  return {
    best: better ? record : previous.best,
    last: record,
    ...(firstPassedAt ? { firstPassedAt } : {}),
    ...(lastPassedAt ? { lastPassedAt } : {}),
    ...(passDigest ? { passDigest } : {}),
  };
}

/**
 * Records a run in the journal (under the run's engine and prefix) and returns the new journal with the
 * run annotated: every exercise gets its `history`, and with `credit` an exercise that passed earlier
 * counts (its `credit` says so; the journal itself keeps the current state's grading). Only the scope of
 * the run's own engine and prefix is read. Pure: the inputs are not changed (`memo`, the digests kept
 * from earlier gradings, is read and added to).
 */
export function recordRun(journal: Journal, run: RunResult, at: string = run.finishedAt, options: JourneyOptions = {}, memo?: DigestMemo): { journal: Journal; run: RunResult } {
  const engineId = run.engine?.id ?? 'unknown-engine';
  const previous = findScope(journal, engineId, run.prefix);
  const exercises: Record<string, JournalExercise> = { ...(previous?.exercises ?? {}) };
  const nativeDigests = run.exercises.length >= NATIVE_DIGESTS_FROM;
  const annotated = run.exercises.map((exercise): ExerciseResult => {
    const before = exercises[exercise.id];
    const entry = updateEntry(before, exercise, at, nativeDigests, memo);
    exercises[exercise.id] = entry;
    const annotatedExercise = { ...exercise, history: historyOf(entry, exercise.status === 'pass') };
    // The journal records the current state (above); the credit is read from what was recorded before.
    const credit = options.credit ? creditOf(before, exercise) : undefined;
    return credit ? { ...annotatedExercise, status: 'pass', points: exercise.maxPoints, credit } : annotatedExercise;
  });
  const scope: JournalScope = { engineId, engineName: run.engine?.name ?? previous?.engineName ?? '', prefix: run.prefix, exercises };
  const scopes = previous ? journal.scopes.map((s) => (s === previous ? scope : s)) : [...journal.scopes, scope];
  const credited = annotated.some((e) => e.credit);
  return { journal: { ...journal, updatedAt: at, scopes }, run: { ...run, exercises: annotated, ...(credited ? { totals: totalsOf(annotated) } : {}) } };
}
