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
      () => {
        const seconds = Math.round(timeoutMs / 100) / 10;
        reject(
          new DockerUnavailableError(`${what} did not finish within ${seconds} s (--timeout)`, 'check that the engine answers (`docker info`), or raise --timeout').inKorean(
            `도커 엔진 작업이 ${seconds}초 안에 끝나지 않았습니다 (--timeout)`,
            '엔진이 응답하는지 (`docker info`) 확인하거나 --timeout을 늘리세요',
          ),
        );
      },
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
