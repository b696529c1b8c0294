/**
 * Check targets beyond containers, as pure functions for the check kinds to wire (grader/check/kinds/):
 * find a container, image, network or volume of a snapshot by the name the exercise gives (already under
 * the learner's prefix), with the nearest existing names for "did you mean", or the engine itself; and
 * read one field of it by a path (`resources.memory`, `ipam.config.0.subnet`,
 * `labels["com.docker.volume.anonymous"]`), compared with what the exercise expects.
 */
import type { Container, Image, Network, Snapshot, SnapshotEngine, Volume } from '../model/snapshot-schema.js';
import { normalizeReference } from './image-reference.js';
import { closest, prefixed } from './names.js';

/** The kinds of object a check may be about. */
export const OBJECT_KINDS = ['container', 'image', 'network', 'volume', 'engine'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** The snapshot type of each kind. */
export interface ObjectOfKind {
  container: Container;
  image: Image;
  network: Network;
  volume: Volume;
  engine: SnapshotEngine;
}

/** What a lookup found. */
export interface ObjectLookup<K extends ObjectKind> {
  kind: K;
  /** The name looked for (for an image, normalised: `commit_test` → `commit_test:latest`). */
  wanted: string;
  object: ObjectOfKind[K] | null;
  /** `exact`: by its name (an image: by a tag or its id); `none`: not there. */
  how: 'exact' | 'none';
  /** The nearest names that do exist (typos), best first; empty when found. */
  suggestions: string[];
}

export interface LookupOptions {
  /**
   * Which names count as candidates for "did you mean" (default all): under a prefix, only the
   * learner's own, so a shared host's other objects are never named.
   */
  visible?: (name: string) => boolean;
}

/**
 * Which names of `kind` a learner under `prefix` may be shown (LookupOptions.visible): without a prefix
 * all; under one only their own: a container, network or volume named with it, an image whose tag
 * carries it (`commit_test:alice-first`, as the prefix rewriter tags what the steps create).
 */
export function visibleUnder(prefix: string, kind: Exclude<ObjectKind, 'engine'>): (name: string) => boolean {
  if (!prefix) return () => true;
  const start = prefixed(prefix, '');
  if (kind !== 'image') return (name) => name.startsWith(start);
  return (reference) => {
    const colon = reference.lastIndexOf(':');
    return colon > reference.lastIndexOf('/') && reference.slice(colon + 1).startsWith(start);
  };
}

/** The names an object goes by: a container's, network's or volume's name; an image's tags. */
export function namesOf(kind: Exclude<ObjectKind, 'engine'>, object: Container | Image | Network | Volume): string[] {
  return kind === 'image' ? (object as Image).tags : [(object as Container | Network | Volume).name];
}

function listOf(snapshot: Snapshot, kind: Exclude<ObjectKind, 'engine'>): ReadonlyArray<Container | Image | Network | Volume> {
  switch (kind) {
    case 'container':
      return snapshot.containers;
    case 'image':
      return snapshot.images;
    case 'network':
      return snapshot.networks;
    case 'volume':
      // anonymous volumes (64 hex digits) are nobody's typo
      return snapshot.volumes;
  }
}

/** An image id as typed: `sha256:…` in full, or at least 12 hex digits of it. */
function isImageId(image: Image, wanted: string): boolean {
  const hex = wanted.replace(/^sha256:/, '');
  return /^[0-9a-f]{12,64}$/.test(hex) && image.id.replace(/^sha256:/, '').startsWith(hex);
}

/**
 * Finds the object of `kind` named `name` (already prefixed), or says it is missing with the nearest
 * visible names. The engine is always found.
 */
export function findObject<K extends ObjectKind>(snapshot: Snapshot, kind: K, name: string, options: LookupOptions = {}): ObjectLookup<K> {
  if (kind === 'engine') return { kind, wanted: name, object: snapshot.engine as ObjectOfKind[K], how: 'exact', suggestions: [] };
  const objectKind = kind as Exclude<ObjectKind, 'engine'>;
  const wanted = objectKind === 'image' ? normalizeReference(name) : name;
  const list = listOf(snapshot, objectKind);
  const found =
    objectKind === 'image'
      ? (list as Image[]).find((image) => image.tags.some((tag) => normalizeReference(tag) === wanted)) ?? (list as Image[]).find((image) => isImageId(image, name))
      : list.find((object) => namesOf(objectKind, object).includes(wanted));
  if (found) return { kind, wanted, object: found as ObjectOfKind[K], how: 'exact', suggestions: [] };
  const visible = options.visible ?? (() => true);
  const candidates = list
    .filter((object) => !(objectKind === 'volume' && (object as Volume).anonymous))
    .flatMap((object) => namesOf(objectKind, object))
    .filter((candidate) => visible(candidate) && candidate !== wanted);
  return { kind, wanted, object: null, how: 'none', suggestions: closest(wanted, new Set(candidates)) };
}

/** A field path parsed into its keys: `a.b.0`, `labels["x.y"]`; null when it is not one. */
export function parseFieldPath(path: string): string[] | null {
  // the same few paths are read for every container and every exercise: parsed once each
  let parsed = parsedPaths.get(path);
  if (parsed === undefined) {
    if (parsedPaths.size >= 1000) parsedPaths.clear();
    parsedPaths.set(path, (parsed = parsePath(path)));
  }
  return parsed && [...parsed];
}

const parsedPaths = new Map<string, readonly string[] | null>();

function parsePath(path: string): string[] | null {
  const keys: string[] = [];
  let rest = path;
  let first = true;
  while (rest.length > 0) {
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    if (quoted && !first) {
      try {
        keys.push(JSON.parse(quoted[1]) as string);
      } catch {
        return null;
      }
      rest = rest.slice(quoted[0].length);
      continue;
    }
    const plain = (first ? /^([A-Za-z0-9_-]+)/ : /^\.([A-Za-z0-9_/-]+)/).exec(rest);
    if (!plain) return null;
    keys.push(plain[1]);
    rest = rest.slice(plain[0].length);
    first = false;
  }
  return keys.length ? keys : null;
}

/** A field's value, or where the path stopped finding one. */
export type FieldRead = { found: true; value: unknown } | { found: false; missingAt: string };

/**
 * Reads one field of an object by a path (parseFieldPath). Only own properties are followed, so
 * `constructor` or `__proto__` never reach anything; a list is indexed by number, a negative one from
 * its end (`history.-1.createdBy`: the last step).
 */
export function readField(object: unknown, path: string): FieldRead {
  const keys = parseFieldPath(path);
  if (!keys) return { found: false, missingAt: path };
  let node: unknown = object;
  const walked: string[] = [];
  for (const key of keys) {
    walked.push(key);
    if (Array.isArray(node) && /^\d+$/.test(key) && Number(key) < node.length) node = node[Number(key)];
    // `history.-1`: counted from the end (an image's last build step, whatever its base's length)
    else if (Array.isArray(node) && /^-\d+$/.test(key) && -Number(key) <= node.length) node = node[node.length + Number(key)];
    else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, key)) node = (node as Record<string, unknown>)[key];
    else return { found: false, missingAt: walked.join('.') };
  }
  return { found: true, value: node };
}

/** What a single field must be (one of these per check). */
export type FieldExpectation =
  | { equals: unknown }
  | { oneOf: readonly unknown[] }
  /** A list holding this item, a text holding this text, an object holding this key. */
  | { includes: string | number }
  /** A text holding this text, or a list with a text that holds it (a log line: `logTail`). */
  | { mentions: string }
  | { atLeast: number }
  | { atMost: number }
  /** Set at all: not null, not empty, not 0, not false. */
  | { present: boolean };

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isSet(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Whether a field's value meets the expectation. */
export function meetsField(value: unknown, expect: FieldExpectation): boolean {
  if ('equals' in expect) return deepEqual(value, expect.equals);
  if ('oneOf' in expect) return expect.oneOf.some((option) => deepEqual(value, option));
  if ('includes' in expect) {
    if (Array.isArray(value)) return value.some((item) => deepEqual(item, expect.includes));
    if (typeof value === 'string') return value.includes(String(expect.includes));
    return value !== null && typeof value === 'object' && Object.hasOwn(value, String(expect.includes));
  }
  if ('mentions' in expect) return mentioning(value, expect.mentions) !== undefined;
  if ('atLeast' in expect) return typeof value === 'number' && value >= expect.atLeast;
  if ('atMost' in expect) return typeof value === 'number' && value <= expect.atMost;
  return isSet(value) === expect.present;
}

/** The text (or the first text of a list) that holds `text`; undefined when none does. */
export function mentioning(value: unknown, text: string): string | undefined {
  if (typeof value === 'string') return value.includes(text) ? value : undefined;
  if (Array.isArray(value)) return value.find((item): item is string => typeof item === 'string' && item.includes(text));
  return undefined;
}

/** A field's value as "expected X, found Y" shows it: text as is, anything else as JSON; absent as `(none)`. */
export function fieldText(read: FieldRead): string {
  if (!read.found || read.value === undefined) return '(none)';
  return typeof read.value === 'string' ? read.value : JSON.stringify(read.value);
}
