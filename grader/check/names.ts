import { distance } from 'fastest-levenshtein';
import type { Names } from './types.js';
import { compareText } from '../core/compare-text.js';

/** A prefix Docker accepts at the start of a name (or none): letters, digits, `_ . -`, not starting with `_ . -`. */
export const PREFIX_PATTERN = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*)?$/;

/** Joins a prefix and a name: `alice` + `web` → `alice-web`; a prefix ending in `-`, `_` or `.` is used as is. */
export function prefixed(prefix: string, base: string): string {
  if (!prefix) return base;
  return /[-_.]$/.test(prefix) ? `${prefix}${base}` : `${prefix}-${base}`;
}

export function makeNames(prefix: string): Names {
  return { prefix, name: (base: string) => prefixed(prefix, base), nameFlag: (base: string) => (prefix ? ['--name', prefixed(prefix, base)] : []) };
}

/** Up to `limit` candidates closest to `wanted`, within a distance that still reads as a typo. */
export function closest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = wanted.toLowerCase();
  const max = Math.max(2, Math.floor(wanted.length / 3));
  return [...candidates]
    .map((candidate) => ({ candidate, d: candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase()) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || compareText(a.candidate, b.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}
