/**
 * Reading files a user hands us (snapshots, saved results, rosters): size-capped, JSON errors and zod
 * issues turned into `FILE: path.to.field: message` one-liners.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { ZodType } from 'zod';
import { InputError } from '../core/errors.js';

/** Larger files are refused before reading. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Longest path segment or message quoted from a hostile file. */
const MAX_QUOTED = 80;

/**
 * Learner text made safe for a one-line message: control characters (C0, DEL, C1: what terminals act
 * on), line and paragraph separators and lone surrogates become `\uXXXX`; long text is cut.
 */
export function inertText(text: string, max = MAX_QUOTED): string {
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}

function pathSegment(segment: PropertyKey): string {
  const text = String(segment);
  return /^[\w-]{1,64}$/.test(text) ? text : JSON.stringify(inertText(text));
}

/** Formats zod issues as `path.to.field: message` (the first few, joined by `; `); keys from the file are quoted inert. */
export function formatIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, limit = 3): string {
  const shown = issues.slice(0, limit).map((issue) => `${issue.path.length ? issue.path.map(pathSegment).join('.') : '(root)'}: ${inertText(issue.message, 200)}`);
  return shown.join('; ') + (issues.length > limit ? ` (and ${issues.length - limit} more)` : '');
}

/** Reads and parses a JSON file, refusing oversized and malformed ones with an InputError. */
export function readJsonFile(file: string, maxBytes = MAX_INPUT_BYTES): unknown {
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    // A FIFO or a device (`/dev/zero`, `/dev/stdin`) reports size 0 and may never end (opening a FIFO
    // even blocks): refuse it before opening, and again on what was opened.
    if (!statSync(file).isFile()) throw new InputError(`${file}: not a regular file`);
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
    if (stat.size > maxBytes) throw new InputError(`${file}: ${stat.size} bytes is over the ${maxBytes}-byte limit`);
    // Read at most maxBytes + 1, whatever the size said: a file growing while we read stays bounded.
    bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > maxBytes) throw new InputError(`${file}: over the ${maxBytes}-byte limit`);
    bytes = bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${file}: (root): not valid JSON (${inertText((error as Error).message, 120)})`);
  }
}

/**
 * Validates parsed data against a schema. `kind`/`version` are checked first so a file of another
 * kind or version gets a message that says so, not a list of field errors.
 */
export function parseVersioned<T>(file: string, data: unknown, schema: ZodType<T>, kind: string, version: number): T {
  const head = data as { kind?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || Array.isArray(head)) throw new InputError(`${file}: (root): expected a JSON object`);
  if (head.kind !== kind) throw new InputError(`${file}: kind: expected '${kind}', found ${inertText(JSON.stringify(head.kind ?? null) ?? 'null', 60)}`);
  if (typeof head.version === 'number' && head.version > version) {
    throw new InputError(`${file}: version: ${head.version} is newer than this dockgrade reads (${version})`, 'update dockgrade');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new InputError(`${file}: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}
