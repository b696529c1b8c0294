/**
 * Reading files a user hands us (snapshots, saved results, rosters): size-capped, JSON errors and zod
 * issues turned into `FILE: path.to.field: message` one-liners.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { ZodType } from 'zod';
import { InputError, UsageError } from '../core/errors.js';

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

/** Why a file could not be opened, by errno code: English and Korean. */
const FILE_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['no such file', '파일이 없습니다'],
  EACCES: ['permission denied', '읽을 권한이 없습니다'],
  EISDIR: ['is a directory', '파일이 아니라 폴더입니다'],
};

function notRegular(file: string): InputError {
  return new InputError(`${file}: not a regular file`).inKorean(`${file}: 일반 파일이 아닙니다`);
}

/** `-` as an input file name: standard input (`check --snapshot -`, `report -`), as in most Unix tools. */
export const STDIN_FILE = '-';

/** How messages name an input file: `stdin` for `-`, else the path as typed. */
export function inputLabel(file: string): string {
  return file === STDIN_FILE ? 'stdin' : file;
}

/** Pause of a read of a non-blocking standard input that has nothing yet (EAGAIN). */
const STDIN_RETRY_MS = 5;

/**
 * All of standard input, at most maxBytes (a pipe or a redirected file; a terminal is refused: nobody
 * types a snapshot). A non-blocking descriptor that has nothing yet is read again after a short pause.
 */
function readStdin(maxBytes: number): Buffer {
  if (process.stdin.isTTY) {
    throw new UsageError('stdin is a terminal: - reads a file piped into dockgrade', 'pipe one in (… | dockgrade report -) or name the file').inKorean(
      'stdin이 터미널입니다: -는 dockgrade로 파이프한 파일을 읽습니다',
      '파일을 파이프로 넘기거나(… | dockgrade report -) 파일 이름을 쓰세요',
    );
  }
  const bytes = Buffer.allocUnsafe(Math.min(maxBytes + 1, 1024 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, bytes, 0, bytes.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STDIN_RETRY_MS);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(bytes.subarray(0, n)));
    total += n;
    if (total > maxBytes) throw new InputError(`stdin: over the ${maxBytes}-byte limit`).inKorean(`stdin: 한도 ${maxBytes}바이트를 넘습니다`);
  }
  return Buffer.concat(chunks, total);
}

/** Reads and parses a JSON file (`-`: standard input), refusing oversized and malformed ones with an InputError. */
export function readJsonFile(file: string, maxBytes = MAX_INPUT_BYTES): unknown {
  if (file === '') throw new UsageError("the file name is empty ('')", 'name a file, or - for stdin').inKorean("파일 이름이 비어 있습니다 ('')", '파일 이름을 쓰거나, stdin이면 -를 쓰세요');
  if (file === STDIN_FILE) return parseJson('stdin', readStdin(maxBytes));
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    // A FIFO or a device (`/dev/zero`, `/dev/stdin`) reports size 0 and may never end (opening a FIFO
    // even blocks): refuse it before opening, and again on what was opened.
    if (!statSync(file).isFile()) throw notRegular(file);
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegular(file);
    if (stat.size > maxBytes) throw new InputError(`${file}: ${stat.size} bytes is over the ${maxBytes}-byte limit`).inKorean(`${file}: ${stat.size}바이트로, 한도 ${maxBytes}바이트를 넘습니다`);
    // Read at most maxBytes + 1, whatever the size said: a file growing while we read stays bounded.
    bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > maxBytes) throw new InputError(`${file}: over the ${maxBytes}-byte limit`).inKorean(`${file}: 한도 ${maxBytes}바이트를 넘습니다`);
    bytes = bytes.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const [en, ko] = FILE_ERRORS[code] ?? [(error as Error).message, `읽을 수 없습니다 (${(error as Error).message})`];
    throw new InputError(`${file}: ${en}`).inKorean(`${file}: ${ko}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return parseJson(file, bytes);
}

/** JSON from bytes read from `file` (a leading BOM dropped); InputError when it is not JSON. */
function parseJson(file: string, bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = inertText((error as Error).message, 120);
    throw new InputError(`${file}: (root): not valid JSON (${reason})`).inKorean(`${file}: 올바른 JSON이 아닙니다 (${reason})`);
  }
}

/**
 * Validates parsed data against a schema. `kind`/`version` are checked first so a file of another
 * kind or version gets a message that says so, not a list of field errors.
 */
export function parseVersioned<T>(file: string, data: unknown, schema: ZodType<T>, kind: string, version: number): T {
  const head = data as { kind?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || Array.isArray(head)) throw new InputError(`${file}: (root): expected a JSON object`).inKorean(`${file}: JSON 객체가 아닙니다`);
  if (head.kind !== kind) {
    const found = inertText(JSON.stringify(head.kind ?? null) ?? 'null', 60);
    throw new InputError(`${file}: kind: expected '${kind}', found ${found}`).inKorean(`${file}: 다른 종류의 파일입니다 (kind: 기대 '${kind}', 실제 ${found})`);
  }
  if (typeof head.version === 'number' && head.version > version) {
    throw new InputError(`${file}: version: ${head.version} is newer than this dockgrade reads (${version})`, 'update dockgrade').inKorean(
      `${file}: 이 dockgrade가 읽는 버전(${version})보다 새 버전(${head.version})입니다`,
      'dockgrade를 업데이트하세요',
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues);
    throw new InputError(`${file}: ${issues}`).inKorean(`${file}: 내용이 형식에 맞지 않습니다 (${issues})`);
  }
  return parsed.data;
}
