/**
 * The content digest of a submission: sha256 over the RFC 8785 canonical JSON (sorted keys, no
 * whitespace, ECMAScript number form) of the document without its `digest` field. Computed on the data
 * as parsed from the file, before any schema defaults, so the grader sees exactly what was written.
 *
 * The canonicalize package is the reference implementation. Batch grading digests every submission,
 * and canonicalize builds the text by string concatenation, key by key; canonicalJson gives the same
 * text for JSON data (a property test holds it to canonicalize) by copying the data with sorted keys
 * and letting the native JSON.stringify write it, and falls back to canonicalize for anything else.
 */
import canonicalizeModule from 'canonicalize';
import { createHash } from 'node:crypto';
import { utf8 } from './output-file.js';

type Canonicalize = (value: unknown) => string | undefined;
// canonicalize 2 is CommonJS (`module.exports = fn`) while its typings declare a default export.
const canonicalize: Canonicalize =
  typeof canonicalizeModule === 'function' ? (canonicalizeModule as Canonicalize) : (canonicalizeModule as unknown as { default: Canonicalize }).default;

/** Thrown by sortedCopy for data the fast path does not cover. */
class NotPlainJson extends Error {}

/**
 * Keys V8 lists before all others whatever their insertion order (array indices): with such a key,
 * JSON.stringify would not keep the sorted order, so the copy gives up.
 */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/** A deep copy of JSON data whose objects list their keys in code-unit order; throws NotPlainJson otherwise. */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NotPlainJson();
    return value;
  }
  if (typeof value !== 'object') throw new NotPlainJson();
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = sortedCopy(value[i]);
    return copy;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') throw new NotPlainJson();
  const keys = Object.keys(value).sort();
  // No prototype: a `__proto__` key from JSON.parse stays an ordinary key.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (INDEX_KEY.test(key)) throw new NotPlainJson();
    copy[key] = sortedCopy((value as Record<string, unknown>)[key]);
  }
  return copy;
}

/** RFC 8785 canonical JSON of `value`, as the canonicalize package writes it. */
export function canonicalJson(value: unknown): string | undefined {
  let copy: unknown;
  try {
    copy = sortedCopy(value);
  } catch (error) {
    if (error instanceof NotPlainJson) return canonicalize(value);
    throw error;
  }
  return JSON.stringify(copy);
}

/** The canonicalize package itself (the reference canonicalJson is tested against). */
export const canonicalizeReference: Canonicalize = canonicalize;

/** Hex sha256 of the canonical JSON of `document` minus its `digest` field. */
export function submissionDigest(document: Record<string, unknown>): string {
  const { digest: _ignored, ...rest } = document;
  // UTF-8 by TextEncoder (utf8): the same bytes as hashing the string, several times faster for Korean text.
  return createHash('sha256').update(utf8(canonicalJson(rest) ?? '')).digest('hex');
}
