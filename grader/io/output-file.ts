import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/errors.js';

/** The same reasons in Korean. */
const REASON_KO: Readonly<Record<string, string>> = {
  'no such directory': '폴더가 없습니다',
  'permission denied': '권한이 없습니다',
  'is a directory': '폴더입니다',
  'a part of the path is not a directory': '경로의 일부가 폴더가 아닙니다',
  'no space left on the device': '디스크에 남은 공간이 없습니다',
  'read-only file system': '읽기 전용 파일 시스템입니다',
  'the file name is too long for this file system': '파일 이름이 이 파일 시스템에는 너무 깁니다',
};

/** `cannot write FILE: reason`, with its Korean line. */
function cannotWrite(file: string, error: unknown): InputError {
  const reason = explain((error as NodeJS.ErrnoException).code, (error as Error).message);
  const failure = new InputError(`cannot write ${file}: ${reason}`).inKorean(`${file}에 쓸 수 없습니다: ${REASON_KO[reason] ?? reason}`);
  // kept for isNameError: a name the file system refuses costs one row, not the class
  failure.cause = error;
  return failure;
}

function explain(code: string | undefined, fallback: string): string {
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENAMETOOLONG') return 'the file name is too long for this file system';
  return code ?? fallback;
}

/** One UTF-8 encoder: `TextEncoder.encode` is several times faster than `Buffer.from(text)` on Node 20
 * for text with non-ASCII characters (our reports are Korean), and gives the same bytes (a lone
 * surrogate becomes U+FFFD in both). */
const encoder = new TextEncoder();

/** Text as UTF-8 bytes (the bytes `writeFileSync(file, text)` writes). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Writes all of `bytes` at the file position (a short write continues). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** What a write gathers before it goes to the file (one call for many small pieces). */
const GATHER_BYTES = 1 << 20;

/**
 * Writes pieces to a file in order, gathered into one buffer of GATHER_BYTES first: a summary.json of
 * 10,000 runs is over a million pieces of a few hundred bytes (each exercise's shared JSON and the commas
 * between), and handing them to writev 512 at a time cost more than copying them (issue 25: 6 s of
 * 10,000 submissions' main thread, against about a second copied). A piece larger than half the buffer
 * is written as it is.
 */
class GatheredWrite {
  private readonly buffer = new Uint8Array(GATHER_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  add(bytes: Uint8Array): void {
    if (bytes.length > GATHER_BYTES / 2) {
      this.flush();
      writeAll(this.fd, bytes);
      return;
    }
    if (this.used + bytes.length > GATHER_BYTES) this.flush();
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /**
   * Text as UTF-8, encoded into the buffer a part at a time: a class report of 10,000 students (53 MB)
   * never exists as one array of bytes beside its text. encodeInto stops before a character that does not
   * fit (a surrogate pair is one character), so the bytes are those of encoding the text whole.
   */
  addText(text: string): void {
    for (let at = 0; at < text.length; ) {
      // room for the longest character (4 bytes) or more
      if (GATHER_BYTES - this.used < 4) this.flush();
      const { read, written } = encoder.encodeInto(at === 0 ? text : text.slice(at), this.buffer.subarray(this.used));
      at += read;
      this.used += written;
    }
  }

  flush(): void {
    if (this.used > 0) writeAll(this.fd, this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/**
 * A path in an output folder that holds something other than a regular file (a symbolic link, a FIFO,
 * a directory, a socket or a device): nothing is written through it and it is left as it is. Exit 2
 * where the whole command depends on the file; a student's own report costs that row only.
 */
export class PlantedPathError extends InputError {
  constructor(
    readonly file: string,
    /** What is there instead of a file: `is a symbolic link; not followed`, `is a FIFO (named pipe)`, … */
    readonly what: string,
    /** The same in Korean. */
    readonly whatKo: string,
  ) {
    super(`cannot write ${file}: ${what}`, 'remove it, or choose another output folder');
    this.inKorean(`${file}에 쓸 수 없습니다: ${whatKo}`, '그것을 지우거나 다른 출력 폴더를 고르세요');
  }
}

/** What a non-regular file is, in English and Korean. */
function plantedKind(stats: Stats): [string, string] {
  if (stats.isSymbolicLink()) return ['is a symbolic link; not followed', '심볼릭 링크라서 따라가지 않습니다'];
  if (stats.isDirectory()) return ['is a directory', '파일이 아니라 폴더입니다'];
  if (stats.isFIFO()) return ['is a FIFO (named pipe)', '이름 있는 파이프(FIFO)입니다'];
  if (stats.isSocket()) return ['is a socket', '소켓입니다'];
  return ['is not a regular file', '일반 파일이 아닙니다'];
}

/** The lstat of `file` (never following a link), or null when nothing is there. */
function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Throws PlantedPathError when `file` exists and is not a regular file; returns its lstat (null: none). */
export function refusePlanted(file: string): Stats | null {
  let stats: Stats | null;
  try {
    stats = lstatOrNull(file);
  } catch (error) {
    throw cannotWrite(file, error);
  }
  if (stats && !stats.isFile()) {
    const [en, ko] = plantedKind(stats);
    throw new PlantedPathError(file, en, ko);
  }
  return stats;
}

/** O_NOFOLLOW: a symbolic link swapped in after the lstat fails to open (ELOOP); O_NONBLOCK: a FIFO never blocks the open. */
const REWRITE_FLAGS = constants.O_RDWR | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * Opens a file of our own for writing in place, or null when it has to be replaced instead: one with
 * other hard links (rewriting it in place would change the other names' text too). Refuses anything
 * that is not a regular file, before opening it and again on what was opened.
 */
function openForRewrite(file: string): number | null {
  const stats = refusePlanted(file);
  if (!stats) return openSync(file, CREATE_FLAGS, 0o644);
  if (stats.nlink > 1) return null;
  let fd: number;
  try {
    fd = openSync(file, REWRITE_FLAGS);
  } catch (error) {
    // ELOOP: a link was put there since the lstat; refuse it as a link
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new PlantedPathError(file, 'is a symbolic link; not followed', '심볼릭 링크라서 따라가지 않습니다');
    throw error;
  }
  const opened = fstatSync(fd);
  if (opened.isFile() && opened.ino === stats.ino && opened.dev === stats.dev && opened.nlink === 1) return fd;
  closeSync(fd);
  if (!opened.isFile()) {
    const [en, ko] = plantedKind(opened);
    throw new PlantedPathError(file, en, ko);
  }
  return null;
}

/**
 * Writes text or bytes to a file, plainly (not atomically): for files in a folder the run owns. An
 * existing file is overwritten in place and then cut to the new length, not emptied first: regrading
 * a class into the same folder rewrites thousands of reports of nearly the same size, and on ext4
 * emptying a written file (O_TRUNC) frees its blocks and forces the new ones out at close, which cost
 * more than rendering the report. A symbolic link, FIFO, directory or other non-file at the path is
 * never written through (PlantedPathError, the path left as it is); a file with other hard links is
 * replaced (temp file + rename), so the other names keep their text.
 */
export function writeFileBytes(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  let fd: number | null;
  try {
    fd = openForRewrite(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // EEXIST: a file appeared between the lstat and the exclusive create; replace it as below
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    fd = null;
  }
  if (fd === null) {
    writeOutputParts(file, [bytes]);
    return;
  }
  try {
    writeAll(fd, bytes);
    ftruncateSync(fd, bytes.length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a file atomically (temp file + rename): a reader sees the old file or the whole new one,
 * never half of it. The temp file has a random name and is created exclusively (`wx`), so a planted
 * file or symlink of that name is never written through; a symbolic link, FIFO or directory at the
 * target itself is refused (PlantedPathError) and left as it is. Missing parent folders are created;
 * an unwritable path is exit 2.
 */
export function writeOutputFile(file: string, content: string): void {
  writeOutputParts(file, [content]);
}

/** A long name keeps only its start in the temp name: the temp name stays within any file system's 255 (or eCryptfs' 143) bytes. */
const MAX_TEMP_STEM_BYTES = 64;

/** The random temp name a replacing write uses beside `file`, bounded in bytes whatever `file`'s name is. */
function tempPath(file: string): string {
  let stem = basename(file);
  if (Buffer.byteLength(stem) > MAX_TEMP_STEM_BYTES) {
    let short = '';
    for (const char of stem) {
      if (Buffer.byteLength(short + char) > MAX_TEMP_STEM_BYTES) break;
      short += char;
    }
    stem = short;
  }
  return join(dirname(file), `.${stem}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * A write that failed because of the file's name (too long for the file system, or bytes it refuses):
 * it costs the file's own row, never the class.
 */
export function isNameError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ((error as Error | null)?.cause as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENAMETOOLONG' || code === 'EILSEQ';
}

/**
 * writeOutputFile for content given in parts (text, UTF-8 bytes, or a function giving the bytes when
 * their turn comes; an array or a generator making each part when its turn comes), written one after
 * another, so a large file never has to exist as one string.
 */
export function writeOutputParts(file: string, parts: Iterable<string | Uint8Array | (() => Uint8Array | readonly Uint8Array[])>): void {
  // A link, FIFO or directory at the target is reported and left alone (rename would replace a link or
  // FIFO silently, and the run would write what the planter meant it to write elsewhere).
  refusePlanted(file);
  const temp = tempPath(file);
  try {
    // `-o reports/junit.xml`: missing parent folders are created, as eslint and jest-junit do
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temp, 'wx');
    try {
      const out = new GatheredWrite(fd);
      for (const part of parts) {
        if (typeof part === 'string') {
          out.addText(part);
          continue;
        }
        const bytes = typeof part === 'function' ? part() : part;
        if (bytes instanceof Uint8Array) out.add(bytes);
        else for (const piece of bytes) out.add(piece);
      }
      out.flush();
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    // EEXIST: the temp name was not ours to remove; anything else: remove what we half wrote.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      try {
        rmSync(temp, { force: true });
      } catch {
        // the temp file could not even be made (ENOTDIR, EACCES): nothing to clean up
      }
    }
    // an error of the file system is said as one; one from making the content (a part that failed) as it is
    throw typeof (error as NodeJS.ErrnoException | null)?.code === 'string' ? cannotWrite(file, error) : error;
  }
}
