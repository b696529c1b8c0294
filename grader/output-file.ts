import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

function explain(code: string | undefined, fallback: string): string {
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
  return code ?? fallback;
}

/**
 * Writes a file atomically (temp file + rename): a reader sees the old file or the whole new one,
 * never half of it. The temp file has a random name and is created exclusively (`wx`), so a planted
 * file or symlink of that name is never written through. An unwritable path is exit 2.
 */
export function writeOutputFile(file: string, content: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    // does not exist yet: fine
  }
  if (isDirectory) throw new InputError(`cannot write ${file}: is a directory`);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
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
