/**
 * What one hostile engine may cost (issue 26.7): every byte of every answer an engine client reads
 * counts against one budget per engine, so 16 inspects of 200 MB each (4.9 GB in the issue) or
 * 240 MB of events (2 GB there) end the run with one line instead. A whole run's share: a roster grades
 * `--concurrency` engines at once, each with RUN_ENGINE_BYTES / concurrency at most, so the class
 * never holds more than RUN_ENGINE_BYTES of answers whatever its engines send (16 MB each at the
 * default --concurrency 8). An honest engine's answers are far smaller: a check of this project's shared
 * test engine gets about 120 kB of events (dockerd keeps only its last 256); a container's inspection is
 * some 10-30 kB.
 */

/** Bytes of answers one engine may send in total (all its responses together). */
export const ENGINE_BYTES = 64 * 1024 * 1024;

/** Bytes of answers a whole run may hold from its engines at once (a roster's rows share it). */
export const RUN_ENGINE_BYTES = 128 * 1024 * 1024;

/** The budget of each of `concurrency` engines read at once. */
export function engineBytesFor(concurrency: number): number {
  return Math.min(ENGINE_BYTES, Math.floor(RUN_ENGINE_BYTES / Math.max(1, concurrency)));
}

/** An engine that sent more than its budget: the run (or the roster row) ends with this. */
export class EngineBytesError extends Error {
  readonly code = 'EENGINEBYTES';
  constructor(readonly limit: number) {
    super(`the engine sent more than ${Math.round(limit / (1024 * 1024))} MB of answers in total`);
    this.name = 'EngineBytesError';
  }
}

/** The bytes one engine client has read, against its limit. */
export class ByteBudget {
  used = 0;
  constructor(readonly limit: number = ENGINE_BYTES) {}

  /** Throws when `bytes` more (announced or received) would pass the limit. */
  check(bytes: number): void {
    if (this.used + bytes > this.limit) throw new EngineBytesError(this.limit);
  }

  /** Counts `bytes` received; throws past the limit. */
  take(bytes: number): void {
    this.check(bytes);
    this.used += bytes;
  }
}
