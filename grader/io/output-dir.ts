/**
 * An output folder held open from the start of a run (issue 26, item 5): `grade` checks its output
 * folder, then writes into it for minutes. Someone who can write the folder's parent could rename it
 * away and put a symbolic link to another folder in its place, and every later report went into the
 * link's target. A held folder is opened once; on Linux every file is then opened through the open
 * handle (`/proc/self/fd/N/name`), so a swapped name or parent changes nothing about where files go.
 * Before each write the folder's path is compared with the handle (device and inode): a swap is seen,
 * and said in one line at the end. Where there is no /proc (macOS), a swap stops further writes.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Whether this system opens a path through `/proc/self/fd/N` (Linux, also in worker threads). */
function procPathsWork(fd: number, ino: number): boolean {
  try {
    return statSync(`/proc/self/fd/${fd}`).ino === ino;
  } catch {
    return false;
  }
}

export class HeldDir {
  private readonly fd: number;
  private readonly dev: number;
  private readonly ino: number;
  private readonly via: string | null;

  /** Opens `path` (a folder; a link the teacher gave is followed once, here). */
  constructor(readonly path: string) {
    this.fd = openSync(path, constants.O_RDONLY | constants.O_DIRECTORY);
    const stats = fstatSync(this.fd);
    this.dev = stats.dev;
    this.ino = stats.ino;
    this.via = procPathsWork(this.fd, this.ino) ? `/proc/self/fd/${this.fd}` : null;
  }

  /** The path to open `name` in this folder by: through the held handle where the system allows. */
  at(name: string): string {
    return join(this.via ?? this.path, name);
  }

  /** A path made by at() as the teacher knows it (for messages). */
  shown(file: string): string {
    return this.via && file.startsWith(`${this.via}/`) ? join(this.path, file.slice(this.via.length + 1)) : file;
  }

  /** Text (an error message) with every path made by at() shown as the teacher knows it. */
  shownText(text: string): string {
    return this.via ? text.split(this.via).join(this.path) : text;
  }

  /** Whether files still go where they went at the start even though the path was swapped (not when it is lstat-checked only). */
  get pinned(): boolean {
    return this.via !== null;
  }

  /** True when the path no longer names the folder held (swapped for a link or another folder, or removed). */
  swapped(): boolean {
    try {
      const now = statSync(this.path);
      return now.dev !== this.dev || now.ino !== this.ino;
    } catch {
      return true;
    }
  }

  /** Whether the held folder itself was removed (nothing can be written into it). */
  removed(): boolean {
    return fstatSync(this.fd).nlink === 0;
  }

  /** What is at the path now, for the line that says it was swapped. */
  whatIsThere(): { en: string; ko: string } {
    try {
      return lstatSync(this.path).isSymbolicLink() ? { en: 'replaced by a symbolic link', ko: '심볼릭 링크로 바뀌었습니다' } : { en: 'replaced by another folder', ko: '다른 폴더로 바뀌었습니다' };
    } catch {
      return { en: 'removed', ko: '지워졌습니다' };
    }
  }

  /** Where the held folder is now (Linux), or its original path. */
  whereNow(): string {
    if (!this.via) return this.path;
    try {
      return readlinkSync(this.via);
    } catch {
      return this.path;
    }
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
  }
}
