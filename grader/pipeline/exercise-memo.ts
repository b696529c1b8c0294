/**
 * Graded exercises remembered across the runs of one class (issue 25, the batch figures). A class
 * repeats the same exercise results for many students: every exercise a student has not done yet
 * fails the same way, and an exercise done as the book says passes with the same messages. Hiding
 * the secrets of such a result, serializing it and escaping its JSON is then the same work for every
 * student; this memo does it once per distinct result.
 *
 * The key is the result's own JSON text as graded (before secrets are hidden): two results with the
 * same JSON are the same data (a run is plain JSON data: strings, numbers, booleans, arrays, objects),
 * so the hidden form and its bytes are the same too. Writing that text for every exercise of every
 * submission cost more than anything else `grade` did besides grading (1,000 submissions: 61,000
 * texts, 160 MB, ~1.4 s and their garbage), so a result is first compared, without writing anything,
 * with the few last distinct results of its exercise, status and points (see {@link sameJson}); the
 * text is written only when none of them is the same. The memo is used only where hiding is a pure
 * function of the text: a run whose snapshot hunts no secret values (`secretValues` empty), under the
 * memo's own public words; every other run is hidden as before.
 *
 * What it hands out is shared by every run it serves: frozen, so a stage that changed it in place would
 * fail loudly instead of changing another student's result (every stage copies: journal, credits,
 * points scale, class view).
 */
import { escapeActiveJson } from '../core/inert-json.js';
import { EXERCISES_MARK, EXERCISES_TOKEN } from '../core/run-marker.js';
import { redactRun } from '../core/secrets.js';
import type { ExerciseResult, RunResult } from '../model/result-schema.js';
import { GradeMemo } from '../check/grade-memo.js';

/** Distinct results remembered at most (a class of varied work stops remembering, and grades as before). */
const MAX_ENTRIES = 4096;

/** Earlier distinct results a result is compared with before its JSON text is written (most recently met first). */
const COMPARED = 4;

const encoder = new TextEncoder();

/** One distinct hidden result: the object runs share, its JSON as summary.json holds it, and a number naming it. */
export interface MemoEntry {
  readonly id: number;
  readonly exercise: ExerciseResult;
  /** `escapeActiveJson(JSON.stringify(exercise))` as UTF-8. */
  readonly bytes: Uint8Array;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/**
 * True only when `value` has the JSON text `parsed` came from: `parsed` is `JSON.parse` of a
 * `JSON.stringify` text (plain objects and arrays, strings, finite numbers, booleans, null; stringify
 * writes it back as the same text), and `value` has the same keys in the same order (stringify's order)
 * holding equal values. Stricter than the texts' equality where that is cheaper (an `undefined` member
 * or NaN never matches; an object that is not plain never does, so no `toJSON` is skipped): a false
 * answer only costs the text being written.
 */
export function sameJson(parsed: unknown, value: unknown): boolean {
  if (parsed === value) return true;
  if (typeof parsed !== 'object' || parsed === null || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(value) || value.length !== parsed.length) return false;
    for (let i = 0; i < parsed.length; i++) if (!sameJson(parsed[i], value[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value) || (proto !== Object.prototype && proto !== null)) return false;
  const keys = Object.keys(parsed);
  const valueKeys = Object.keys(value);
  if (keys.length !== valueKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== valueKeys[i] || !sameJson((parsed as Record<string, unknown>)[key], (value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A distinct result as graded (JSON.parse of its text: never shared with a definition) and its entry. */
interface Met {
  readonly parsed: unknown;
  readonly entry: MemoEntry;
}

export class ExerciseMemo {
  private readonly byJson = new Map<string, MemoEntry>();
  /** The last distinct results met of each exercise, status and points, most recent first (at most COMPARED). */
  private readonly recent = new Map<string, Met[]>();
  private readonly byObject = new WeakMap<object, MemoEntry>();
  /** The entry of a frozen graded result met before (the grade memo hands the same object to every run it serves). */
  private readonly byGraded = new WeakMap<object, MemoEntry>();
  private nextId = 0;
  /** Graded exercises remembered by what their grading read, for the class's runs (grader/check/grade-memo.ts). */
  readonly graded = new GradeMemo();

  /** `maxEntries`: distinct results remembered at most (tests give a small one, or a large one to count what is shared). */
  constructor(
    readonly publicWords: ReadonlySet<string>,
    private readonly maxEntries: number = MAX_ENTRIES,
  ) {}

  /** How many distinct results it holds. */
  get size(): number {
    return this.byJson.size;
  }

  /**
   * The exercise with its secrets hidden (no hunted values, the memo's public words: see
   * `hideInText`), as the one shared object for its content.
   */
  hidden(exercise: ExerciseResult): ExerciseResult {
    // a frozen result cannot have changed since it was met: its entry stands
    const frozen = Object.isFrozen(exercise);
    const met = frozen ? this.byGraded.get(exercise) : undefined;
    if (met) return met.exercise;
    const hidden = this.hiddenOf(exercise);
    if (frozen) {
      const entry = this.byObject.get(hidden);
      if (entry) this.byGraded.set(exercise, entry);
    }
    return hidden;
  }

  private hiddenOf(exercise: ExerciseResult): ExerciseResult {
    const group = `${exercise.id}\u0000${exercise.status}\u0000${exercise.points}\u0000${exercise.checks.length}`;
    const met = this.recent.get(group);
    if (met) {
      for (let i = 0; i < met.length; i++) {
        if (!sameJson(met[i].parsed, exercise)) continue;
        const found = met[i];
        if (i > 0) met.splice(0, 0, ...met.splice(i, 1));
        return found.entry.exercise;
      }
    }
    const json = JSON.stringify(exercise);
    const known = this.byJson.get(json);
    if (known) {
      this.meet(group, json, known);
      return known.exercise;
    }
    // full: graded as without the memo
    if (this.byJson.size >= this.maxEntries) return redactRun(exercise, [], this.publicWords);
    // A fresh copy: the graded result shares its titles and commands with the exercise definitions,
    // which must not be frozen by the memo.
    const hidden = deepFreeze(redactRun(JSON.parse(json) as ExerciseResult, [], this.publicWords));
    const entry: MemoEntry = { id: this.nextId++, exercise: hidden, bytes: encoder.encode(escapeActiveJson(JSON.stringify(hidden))) };
    this.byJson.set(json, entry);
    this.byObject.set(hidden, entry);
    this.meet(group, json, entry);
    return hidden;
  }

  /** The sections with their secrets hidden, shared while runs carry the same (see `hidden`). */
  hiddenSections(sections: NonNullable<RunResult['sections']>): NonNullable<RunResult['sections']> {
    const last = this.lastSections;
    if (last && sameJson(last.parsed, sections)) return last.hidden;
    const json = JSON.stringify(sections);
    const hidden = deepFreeze(redactRun(JSON.parse(json) as NonNullable<RunResult['sections']>, [], this.publicWords));
    this.lastSections = { parsed: JSON.parse(json) as unknown, hidden };
    return hidden;
  }

  private lastSections: { parsed: unknown; hidden: NonNullable<RunResult['sections']> } | null = null;

  /** Puts a distinct result first among those its next results are compared with. */
  private meet(group: string, json: string, entry: MemoEntry): void {
    const met = (this.recent.get(group) ?? []).filter((m) => m.entry !== entry);
    this.recent.set(group, met);
    met.unshift({ parsed: JSON.parse(json) as unknown, entry });
    if (met.length > COMPARED) met.length = COMPARED;
  }

  /** The entry of an exercise object this memo handed out (unchanged since), else undefined. */
  entryOf(exercise: ExerciseResult): MemoEntry | undefined {
    return this.byObject.get(exercise);
  }
}

/**
 * A run's JSON text as summary.json holds it (`escapeActiveJson(JSON.stringify(run))`) with a marker
 * string in place of its exercises (`"exercises":` EXERCISES_TOKEN): `"exercises":"…"` cannot occur in
 * a JSON string's text (its quotes would be escaped), and the run's keys before it are the tool's own.
 */
export function runHead(run: RunResult): string {
  return escapeActiveJson(JSON.stringify({ ...run, exercises: EXERCISES_MARK }));
}

/** The memo's entry of each of the run's exercises when it knows them all (and the run has some), else null. */
export function sharedEntries(run: RunResult, memo: ExerciseMemo): MemoEntry[] | null {
  if (run.exercises.length === 0) return null;
  const entries: MemoEntry[] = [];
  for (const exercise of run.exercises) {
    const entry = memo.entryOf(exercise);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}

/**
 * A run's JSON text as summary.json holds it (`escapeActiveJson(JSON.stringify(run))`, UTF-8), with
 * the bytes of each exercise the memo knows taken as they are. Escaping is per character and `##[`
 * cannot span the joints (each joins `[`, `,` or `]` to `{` or `}`), so the parts give the same bytes.
 */
export function runJsonBytes(run: RunResult, memo: ExerciseMemo | null | undefined): Uint8Array {
  const entries = memo ? run.exercises.map((e) => memo.entryOf(e)) : [];
  if (!entries.some(Boolean)) return encoder.encode(escapeActiveJson(JSON.stringify(run)));
  return joinRunBytes(runHead(run), run.exercises.map((e, i) => entries[i]?.bytes ?? encoder.encode(escapeActiveJson(JSON.stringify(e)))));
}

/** A run's JSON bytes from its head (runHead) and its exercises' bytes. */
export function joinRunBytes(head: string, parts: readonly Uint8Array[]): Uint8Array {
  const pieces = runBytesPieces(head, parts);
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

const COMMA = new Uint8Array([0x2c]);

/** joinRunBytes's bytes as the pieces they are joined from (written as they are: nothing copied). */
export function runBytesPieces(head: string, parts: readonly Uint8Array[]): Uint8Array[] {
  const { start, end } = runHeadEnds(head);
  return runPiecesBetween(encoder.encode(start), parts, encoder.encode(end));
}

/**
 * A run's head (runHead) as the text before its exercises' bytes (ending in `"exercises":[`) and the
 * text after them (from the `]`): what runPiecesBetween joins them with, as UTF-8.
 */
export function runHeadEnds(head: string): { start: string; end: string } {
  const marker = `"exercises":${EXERCISES_TOKEN}`;
  const at = head.indexOf(marker);
  return { start: `${head.slice(0, at)}"exercises":[`, end: `]${head.slice(at + marker.length)}` };
}

/** A run's JSON bytes as pieces: the start and end of its head (runHeadEnds, UTF-8) around its exercises' bytes, comma-separated. */
export function runPiecesBetween(start: Uint8Array, parts: readonly Uint8Array[], end: Uint8Array): Uint8Array[] {
  const pieces: Uint8Array[] = [start];
  parts.forEach((part, i) => {
    if (i > 0) pieces.push(COMMA);
    pieces.push(part);
  });
  pieces.push(end);
  return pieces;
}
