/**
 * A zod-free reader for the journal file, for the start-up path: loading zod costs more than the rest
 * of a `check` on a small engine, and the journal is read on every run. It accepts exactly what
 * JournalSchema (grader/model/journal-schema.ts) accepts, keeps only the fields the schema knows (as zod's
 * parse does), and names the first problem as `path: message`. A test holds it to the schema.
 */
import { JOURNAL_KIND, JOURNAL_VERSION } from '../core/constants.js';
import type { Journal, JournalExercise, JournalRecord, JournalScope } from '../model/journal-schema.js';

const MAX_ITEMS = 10_000;
const MAX_STRING = 10_000;
const STATUSES = new Set(['pass', 'fail', 'skip', 'error']);

/** Thrown inside the reader with the path of the first problem. */
class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (!isObject(value)) throw new ShapeError(path, 'expected an object');
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path, 'expected a string');
  if (value.length > MAX_STRING) throw new ShapeError(path, `longer than ${MAX_STRING} characters`);
  return value;
}

function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : string(value, path);
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'expected a number');
  return value;
}

function record(value: unknown, path: string): JournalRecord {
  const o = object(value, path);
  const status = o.status;
  if (typeof status !== 'string' || !STATUSES.has(status)) throw new ShapeError(`${path}.status`, 'expected pass, fail, skip or error');
  return {
    at: string(o.at, `${path}.at`),
    status: status as JournalRecord['status'],
    points: number(o.points, `${path}.points`),
    maxPoints: number(o.maxPoints, `${path}.maxPoints`),
    digest: string(o.digest, `${path}.digest`),
  };
}

function exercise(value: unknown, path: string): JournalExercise {
  const o = object(value, path);
  const out: JournalExercise = { best: record(o.best, `${path}.best`), last: record(o.last, `${path}.last`) };
  const firstPassedAt = optionalString(o.firstPassedAt, `${path}.firstPassedAt`);
  const lastPassedAt = optionalString(o.lastPassedAt, `${path}.lastPassedAt`);
  const passDigest = optionalString(o.passDigest, `${path}.passDigest`);
  if (firstPassedAt !== undefined) out.firstPassedAt = firstPassedAt;
  if (lastPassedAt !== undefined) out.lastPassedAt = lastPassedAt;
  if (passDigest !== undefined) out.passDigest = passDigest;
  return out;
}

function scope(value: unknown, path: string): JournalScope {
  const o = object(value, path);
  // fromEntries defines own properties, so a key like `__proto__` stays data.
  const exercises: Record<string, JournalExercise> = Object.fromEntries(
    Object.entries(object(o.exercises, `${path}.exercises`)).map(([id, entry]) => [string(id, `${path}.exercises`), exercise(entry, `${path}.exercises.${id}`)]),
  );
  return { engineId: string(o.engineId, `${path}.engineId`), engineName: string(o.engineName, `${path}.engineName`), prefix: string(o.prefix, `${path}.prefix`), exercises };
}

/** The journal in `data`, or the first problem as `path: message`. */
export function readJournalShape(data: unknown): { journal: Journal } | { problem: string } {
  try {
    const o = object(data, '(root)');
    if (o.kind !== JOURNAL_KIND) throw new ShapeError('kind', `expected '${JOURNAL_KIND}'`);
    if (o.version !== JOURNAL_VERSION) throw new ShapeError('version', `expected ${JOURNAL_VERSION}`);
    const updatedAt = string(o.updatedAt, 'updatedAt');
    if (!Array.isArray(o.scopes)) throw new ShapeError('scopes', 'expected an array');
    if (o.scopes.length > MAX_ITEMS) throw new ShapeError('scopes', `more than ${MAX_ITEMS} items`);
    return { journal: { kind: JOURNAL_KIND, version: JOURNAL_VERSION, updatedAt, scopes: o.scopes.map((s, i) => scope(s, `scopes.${i}`)) } as Journal };
  } catch (error) {
    if (error instanceof ShapeError) return { problem: `${error.path}: ${error.message}` };
    throw error;
  }
}
