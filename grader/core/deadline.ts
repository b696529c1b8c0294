/**
 * The overall bound of a run (`--timeout`): a slow or stalled engine ends the run with one line and
 * exit 3, never a hang and never a partial result.
 */
import { DockerUnavailableError } from './errors.js';

/** Runs `work`; rejects with DockerUnavailableError (exit 3) when it takes longer than `timeoutMs`. */
export async function withDeadline<T>(timeoutMs: number | undefined, what: string, work: () => Promise<T>): Promise<T> {
  if (!timeoutMs || !Number.isFinite(timeoutMs) || timeoutMs <= 0) return work();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DockerUnavailableError(`${what} did not finish within ${Math.round(timeoutMs / 100) / 10} s (--timeout)`, 'check that the engine answers (`docker info`), or raise --timeout')),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
