import { DockerUnavailableError, UsageError } from './errors.js';
import { waitUntil } from './wait.js';

/** A fake clock: sleeping advances time, each attempt costs `cost` ms. */
function clock(cost = 10) {
  let t = 1000;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    spend: () => {
      t += cost;
    },
  };
}

describe('waitUntil', () => {
  it('returns at once when the first attempt is done', async () => {
    const c = clock();
    const result = await waitUntil(async () => (c.spend(), 'ok'), (v) => v === 'ok', { timeoutMs: 5000, intervalMs: 500, now: c.now, sleep: c.sleep });
    expect(result).toEqual({ value: 'ok', waited: { ms: 10, attempts: 1 } });
  });

  it('repeats until done, counting attempts and time', async () => {
    const c = clock();
    let n = 0;
    const result = await waitUntil(async () => (c.spend(), ++n), (v) => v >= 3, { timeoutMs: 5000, intervalMs: 500, now: c.now, sleep: c.sleep });
    expect(result.value).toBe(3);
    expect(result.waited).toEqual({ ms: 3 * 10 + 2 * 500, attempts: 3 });
  });

  it('tells about each attempt that is not done yet', async () => {
    const c = clock();
    let n = 0;
    const told: Array<[number, number]> = [];
    await waitUntil(async () => (c.spend(), ++n), (v) => v >= 3, { timeoutMs: 5000, intervalMs: 500, now: c.now, sleep: c.sleep, onRetry: (a, ms) => told.push([a, ms]) });
    expect(told).toEqual([
      [1, 10],
      [2, 520],
    ]);
  });

  it('stops at the deadline with the last value, never sleeping past it', async () => {
    const c = clock();
    const sleeps: number[] = [];
    const result = await waitUntil(async () => (c.spend(), 'no'), () => false, {
      timeoutMs: 1200,
      intervalMs: 500,
      now: c.now,
      sleep: async (ms) => (sleeps.push(ms), c.sleep(ms)),
    });
    expect(result.value).toBe('no');
    expect(result.waited.ms).toBe(1200 + 10);
    expect(sleeps.every((ms) => ms <= 500)).toBe(true);
    expect(result.waited.attempts).toBe(sleeps.length + 1);
  });

  it('with no time to wait makes exactly one attempt', async () => {
    const c = clock();
    const result = await waitUntil(async () => (c.spend(), 'no'), () => false, { timeoutMs: 0, intervalMs: 500, now: c.now, sleep: c.sleep });
    expect(result.waited.attempts).toBe(1);
  });

  it('retries an engine that does not answer yet, and rethrows when time runs out', async () => {
    const c = clock();
    let n = 0;
    const ok = await waitUntil(
      async () => {
        c.spend();
        if (++n < 3) throw new DockerUnavailableError('not yet');
        return 'up';
      },
      (v) => v === 'up',
      { timeoutMs: 5000, intervalMs: 100, now: c.now, sleep: c.sleep },
    );
    expect(ok.waited.attempts).toBe(3);
    await expect(
      waitUntil(async () => (c.spend(), Promise.reject(new DockerUnavailableError('down'))), () => true, { timeoutMs: 300, intervalMs: 100, now: c.now, sleep: c.sleep }),
    ).rejects.toThrow('down');
  });

  it('does not retry other errors', async () => {
    const c = clock();
    let n = 0;
    await expect(waitUntil(async () => (n++, Promise.reject(new UsageError('bad'))), () => true, { timeoutMs: 5000, intervalMs: 100, now: c.now, sleep: c.sleep })).rejects.toThrow('bad');
    expect(n).toBe(1);
  });
});
