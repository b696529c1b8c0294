/** Image references as the book and the engine write them: normalised, split, found in a snapshot. */
import type { Container, Snapshot } from '../model/snapshot-schema.js';

/** `ubuntu` → `ubuntu:latest`, `docker.io/library/ubuntu:14.04` → `ubuntu:14.04`. */
export function normalizeReference(reference: string): string {
  // (a reference is short; a hostile engine's long ones are not kept)
  if (reference.length > 256) return normalize(reference);
  let ref = normalized.get(reference);
  if (ref === undefined) {
    if (normalized.size >= 4096) normalized.clear();
    ref = normalize(reference);
    normalized.set(reference, ref);
  }
  return ref;
}

/**
 * References normalized so far: a grading compares every check's reference with every image's tags
 * (findImage), the same few dozen strings thousands of times in `check all` (issue 25).
 */
const normalized = new Map<string, string>();

function normalize(reference: string): string {
  let ref = reference.trim().replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '').replace(/^index\.docker\.io\/library\//, '');
  if (ref.includes('@')) return ref;
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.slice(lastSlash + 1).includes(':')) ref = `${ref}:latest`;
  return ref;
}

/** Repository part of a reference: `ubuntu:14.04` → `ubuntu`. */
export function repositoryOf(reference: string): string {
  const ref = normalizeReference(reference);
  const at = ref.lastIndexOf(':');
  return at > ref.lastIndexOf('/') ? ref.slice(0, at) : ref;
}

/** The image in the snapshot carrying `reference`, if any. */
export function findImage(snapshot: Snapshot, reference: string) {
  const wanted = normalizeReference(reference);
  return snapshot.images.find((image) => image.tags.some((tag) => normalizeReference(tag) === wanted));
}

/** Whether the container was made from `reference` (by name, or by id when run from an image id). */
export function usesImage(container: Container, snapshot: Snapshot, reference: string): boolean {
  if (normalizeReference(container.image) === normalizeReference(reference)) return true;
  const image = findImage(snapshot, reference);
  return Boolean(image && (container.image === image.id || container.image === image.id.replace(/^sha256:/, '').slice(0, container.image.length)) && container.image.length >= 12);
}
