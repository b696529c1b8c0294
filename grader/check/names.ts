import { distance } from 'fastest-levenshtein';
import type { DockerStep, Names } from './types.js';
import { compareText } from '../core/compare-text.js';

export { PREFIX_PATTERN } from '../core/constants.js';

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
  const near: Array<{ candidate: string; d: number }> = [];
  for (const candidate of candidates) {
    // two lengths further apart than `max` are further apart than that (the distance is at least their
    // difference): no edit distance to compute, for most of an engine's names
    const other = candidate.toLowerCase();
    if (Math.abs(other.length - lower.length) > max) continue;
    const d = other === lower ? 0 : distance(lower, other);
    if (d <= max) near.push({ candidate, d });
  }
  return near
    .sort((a, b) => a.d - b.d || compareText(a.candidate, b.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}

/**
 * "Another image" for a mutation, made from one the book uses, so selftest needs no image the book
 * does not: `docker tag ubuntu:14.04 ubuntu:<prefix>16.04` is a reference that is not the book's (checks
 * compare references, not ids) in the same repository (targets that match `ubuntu` containers still
 * match), with a tag under the run's own prefix, which the prefix clean-up removes again (an untag:
 * the book's image stays).
 */
export function anotherTag(n: Names, from: string, looksLike: string): { steps: DockerStep[]; image: string } {
  const at = looksLike.lastIndexOf(':');
  const [repository, tag] = at > looksLike.lastIndexOf('/') ? [looksLike.slice(0, at), looksLike.slice(at + 1)] : [looksLike, 'latest'];
  const image = `${repository}:${prefixed(n.prefix, tag)}`;
  return { steps: [['tag', from, image]], image };
}

/** `steps(image)` with `image` another tag of `from` (anotherTag), made first. */
export function withAnotherTag(n: Names, from: string, looksLike: string, steps: (image: string) => DockerStep[]): DockerStep[] {
  const other = anotherTag(n, from, looksLike);
  return [...other.steps, ...steps(other.image)];
}
