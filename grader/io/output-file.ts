import { randomBytes } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/errors.js';

function explain(code: string | undefined, fallback: string): string {
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
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

function openForRewrite(file: string): number {
  try {
    return openSync(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return openSync(file, 'w');
    throw error;
  }
}

/**
 * Writes text or bytes to a file, plainly (not atomically): for files in a folder the run owns. An
 * existing file is overwritten in place and then cut to the new length, not emptied first: regrading
 * a class into the same folder rewrites thousands of reports of nearly the same size, and on ext4
 * emptying a written file (O_TRUNC) frees its blocks and forces the new ones out at close, which cost
 * more than rendering the report.
 */
export function writeFileBytes(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  const fd = openForRewrite(file);
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
 * file or symlink of that name is never written through. An unwritable path is exit 2.
 */
export function writeOutputFile(file: string, content: string): void {
  writeOutputParts(file, [content]);
}

/**
 * writeOutputFile for content given in parts (text or UTF-8 bytes), written one after another, so a
 * large file never has to exist as one string.
 */
export function writeOutputParts(file: string, parts: ReadonlyArray<string | Uint8Array>): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    // does not exist yet: fine
  }
  if (isDirectory) throw new InputError(`cannot write ${file}: is a directory`);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      for (const part of parts) writeAll(fd, typeof part === 'string' ? utf8(part) : part);
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
    throw new InputError(`cannot write ${file}: ${explain((error as NodeJS.ErrnoException).code, (error as Error).message)}`);
  }
}
