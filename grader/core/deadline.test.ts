import { DockerUnavailableError } from './errors.js';
import { withDeadline } from './deadline.js';

describe('withDeadline', () => {
  it('returns what finishes in time', async () => {
    await expect(withDeadline(1000, 'the run', async () => 42)).resolves.toBe(42);
  });
  it('ends a stalled run with exit 3 and one line', async () => {
    const started = Date.now();
    const error = await withDeadline(150, 'grading', () => new Promise(() => undefined)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerUnavailableError);
    expect((error as DockerUnavailableError).exitCode).toBe(3);
    expect((error as Error).message).toBe('grading did not finish within 0.2 s (--timeout)');
    expect(Date.now() - started).toBeLessThan(1000);
  });
  it('passes errors of the work through', async () => {
    await expect(withDeadline(1000, 'x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
  it('no bound without a timeout', async () => {
    await expect(withDeadline(undefined, 'x', async () => 'ok')).resolves.toBe('ok');
  });
});
