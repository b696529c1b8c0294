/**
 * What one hostile engine may cost (issue 26.7): every byte of every answer an engine client reads
 * in one grading round (a collection and the probes after it) counts against one budget, so 16 inspects of 200 MB each (4.9 GB in the issue) or
 * 240 MB of events (2 GB there) end the run with one line instead. A whole run's share: a roster grades
 * `--concurrency` engines at once, each with RUN_ENGINE_BYTES / concurrency at most, so the class
 * never holds more than RUN_ENGINE_BYTES of answers whatever its engines send (16 MB each at the
 * default --concurrency 8). An honest engine's answers are far smaller: a check of this project's shared
 * test engine gets about 120 kB of events (dockerd keeps only its last 256); a container's inspection is
 * some 10-30 kB.
 *
 * The budget bounds a round, not a client's lifetime: `--watch`, the exercise tester and a class board
 * keep one client for hundreds of rounds, and each round holds only its own answers. Each collection
 * starts a round (EngineClient.startRound).
 */

/** Bytes of answers one engine may send for one check (all the responses of one round: a collection and its probes). */
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
    super(`the engine sent more than ${Math.round(limit / (1024 * 1024))} MB of answers for one check`);
    this.name = 'EngineBytesError';
  }
}

/** The bytes one engine client has read in the current round, against its limit. */
export class ByteBudget {
  used = 0;
  constructor(readonly limit: number = ENGINE_BYTES) {}

  /** A new round: what the engine sent for the rounds before is no longer held, so it counts no more. */
  startRound(): void {
    this.used = 0;
  }

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
