/**
 * Waiting for state instead of failing: repeats an attempt (re-collect and re-grade) until it is done or
 * the time runs out. Used by `check --wait` (containers like mysql take seconds to become right) and by
 * `selftest` (the reference solution of a slow container).
 */
import { DockerUnavailableError } from './errors.js';

/** How long a run waited, as the result records it. */
export interface Waited {
  /** Milliseconds from the first attempt's start to the last attempt's end. */
  ms: number;
  /** How many times the state was collected and graded. */
  attempts: number;
}

export interface WaitOptions {
  /** Give up after this long (0: one attempt). */
  timeoutMs: number;
  /** Pause between attempts. */
  intervalMs: number;
  /** Errors worth another attempt (default: the engine did not answer, e.g. dockerd still starting). */
  retryable?: (error: unknown) => boolean;
  /** Told after each attempt that is not done yet (for progress lines). */
  onRetry?: (attempts: number, elapsedMs: number) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Default pause between attempts. */
export const DEFAULT_INTERVAL_MS = 1000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until `done(value)` or `timeoutMs` has passed; returns the last value and how long it
 * waited. A retryable error counts as "not done yet"; if the time runs out on one, it is rethrown.
 */
export async function waitUntil<T>(attempt: () => Promise<T>, done: (value: T) => boolean, options: WaitOptions): Promise<{ value: T; waited: Waited }> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const retryable = options.retryable ?? ((error: unknown) => error instanceof DockerUnavailableError);
  const start = now();
  const deadline = start + Math.max(0, options.timeoutMs);
  let attempts = 0;
  for (;;) {
    attempts += 1;
    let value: T | undefined;
    let failure: unknown;
    let failed = false;
    try {
      value = await attempt();
    } catch (error) {
      if (!retryable(error)) throw error;
      failure = error;
      failed = true;
    }
    const finished = now();
    if (!failed && done(value as T)) return { value: value as T, waited: { ms: finished - start, attempts } };
    if (finished >= deadline) {
      if (failed) throw failure;
      return { value: value as T, waited: { ms: finished - start, attempts } };
    }
    options.onRetry?.(attempts, finished - start);
    await sleep(Math.min(Math.max(1, options.intervalMs), deadline - finished));
  }
}
