/**
 * Bytes kept on disk instead of in memory until the end of a run: `grade` keeps every run's JSON
 * text for summary.json (about 20 kB a run: 200 MB for 10,000 submissions, most of the peak memory).
 * They are appended to one scratch file, created in a private folder of the system's temp directory
 * and unlinked at once (with the folder), so nothing is left behind even when the run is killed, and
 * nobody else can open it. Where no such file can be made the bytes simply stay in memory.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads the bytes back (each call reads them again: keep the result only as long as it is needed). */
export type SpilledPart = () => Uint8Array;

export class SpilledBytes {
  private fd: number | null;
  private end = 0;

  constructor(dir: string = tmpdir()) {
    this.fd = openScratch(dir);
  }

  /** Whether the bytes go to disk (false: no scratch file could be made, they stay in memory). */
  get onDisk(): boolean {
    return this.fd !== null;
  }

  /** Keeps `bytes`; the returned function gives them back. */
  keep(bytes: Uint8Array): SpilledPart {
    const fd = this.fd;
    if (fd === null) return () => bytes;
    const offset = this.end;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, offset + done);
    this.end += bytes.length;
    const length = bytes.length;
    return () => {
      if (this.fd === null) throw new Error('spilled bytes read after close');
      const back = new Uint8Array(length);
      for (let done = 0; done < length; ) {
        const read = readSync(this.fd, back, done, length - done, offset + done);
        if (read === 0) throw new Error('scratch file shorter than written');
        done += read;
      }
      return back;
    };
  }

  /** Frees the scratch file (its space goes with the descriptor). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** A new scratch file already unlinked, or null when the temp directory does not allow one. */
function openScratch(dir: string): number | null {
  let folder: string | null = null;
  try {
    folder = mkdtempSync(join(dir, 'dockgrade-'));
    const file = join(folder, 'spilled');
    const fd = openSync(file, 'wx+', 0o600);
    try {
      rmSync(file);
    } catch {
      // the file then stays among the system's temp files until they are cleaned
    }
    return fd;
  } catch {
    return null;
  } finally {
    if (folder !== null) {
      try {
        rmdirSync(folder);
      } catch {
        // not empty only if the unlink above failed: then the file stays with the system's temp files
      }
    }
  }
}
