/**
 * Whatever binds a fixed host port (the book's `-p 80:80`) in tests or `selftest` takes a machine-wide
 * lock on it, so runs sharing one engine never race for the port. proper-lockfile (mkdir-based, with
 * stale detection) is loaded only when a lock is taken, so other commands don't pay for it.
 */
import { closeSync, existsSync, openSync } from 'node:fs';

/** Runs `fn` while holding the lock for `port`. */
export async function withHostPort<T>(port: number, fn: () => Promise<T>): Promise<T> {
  const file = `/tmp/dockgrade-host-port-${port}.lock`;
  if (!existsSync(file)) closeSync(openSync(file, 'a'));
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(file, { retries: { retries: 600, minTimeout: 200, maxTimeout: 1000 }, stale: 120_000 });
  try {
    return await fn();
  } finally {
    await release();
  }
}

/** Holds the locks of several ports (in ascending order, so two runs never deadlock) while `fn` runs. */
export async function withHostPorts<T>(ports: readonly number[], fn: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const run = (index: number): Promise<T> => (index >= sorted.length ? fn() : withHostPort(sorted[index], () => run(index + 1)));
  return run(0);
}
