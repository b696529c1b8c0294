/**
 * The evidence digests of the last gradings, by exercise, kept in the cache directory (issue 25): a
 * check's journal step hashed the evidence of every exercise it graded, and for the whole chapter that
 * meant loading node:crypto (~2.5 ms of a cold `check all`); a section's few were hashed in plain JS
 * (~1 ms, code never warmed). Most gradings see what the last one saw, so each exercise's evidence text
 * is kept beside its digest and a text equal to the kept one takes its digest, exactly: no hash is
 * trusted to tell two texts apart. One entry per exercise id (the latest), at most MAX_ENTRIES; a file
 * that cannot be read or holds anything else is ignored, one that cannot be written is not kept.
 */
import { join } from 'node:path';
import { cacheDir, readCacheJson, writeCacheFile } from '../collect/engine-facts.js';

/** Entries kept at most (a course pack's exercises beside the book's). */
const MAX_ENTRIES = 512;

/** Bytes of a memo file at most (the chapter's takes ~50 kB). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** 1: `{ version, entries: { [exercise id]: { text, digest } } }`. */
const VERSION = 1;

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export interface DigestMemo {
  /** The digest of `text`, the evidence of exercise `id`: the kept one when the text is the kept text, else `compute()`'s (kept). */
  digest(id: string, text: string, compute: () => string): string;
  /** Writes the entries when any changed (atomically; a failure is ignored). */
  save(): void;
}

/** The memo kept in `file` (default: evidence-digests.json in the cache directory). */
export function openDigestMemo(file = join(cacheDir(), 'evidence-digests.json')): DigestMemo {
  const entries = new Map<string, { text: string; digest: string }>();
  // none yet, or not ours (one that grew past what MAX_ENTRIES of the book's texts take is not): every digest is worked out
  const data = readCacheJson(file, MAX_FILE_BYTES) as { version?: unknown; entries?: unknown } | null | undefined;
  if (data && data.version === VERSION && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
    for (const [id, entry] of Object.entries(data.entries as Record<string, unknown>)) {
      const { text, digest } = (entry ?? {}) as { text?: unknown; digest?: unknown };
      if (typeof text === 'string' && typeof digest === 'string' && DIGEST.test(digest)) entries.set(id, { text, digest });
    }
  }
  let changed = false;
  return {
    digest(id, text, compute) {
      const kept = entries.get(id);
      if (kept && kept.text === text) return kept.digest;
      const digest = compute();
      entries.delete(id);
      entries.set(id, { text, digest });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      changed = true;
      return digest;
    },
    save() {
      // not kept this time: the next run works them out again
      if (changed && writeCacheFile(file, JSON.stringify({ version: VERSION, entries: Object.fromEntries(entries) }))) changed = false;
    },
  };
}
