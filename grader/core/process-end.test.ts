import { jest } from '@jest/globals';
import { endProcess, EXIT_GRACE_MS } from './process-end.js';

describe('endProcess', () => {
  const exitCode = process.exitCode;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    process.exitCode = exitCode;
  });

  it('sets the exit code and ends a process still held open after the grace', () => {
    const exit = jest.fn<(code: number) => void>();
    endProcess(3, [{ writableLength: 0, destroyed: false }], exit);
    expect(process.exitCode).toBe(3);
    jest.advanceTimersByTime(EXIT_GRACE_MS - 1);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(exit).toHaveBeenCalledWith(3);
  });

  it('starts the grace only once the output is written (a slow reader of a pipe loses nothing)', () => {
    const exit = jest.fn<(code: number) => void>();
    const stdout = { writableLength: 150_000, destroyed: false };
    endProcess(1, [stdout, { writableLength: 0, destroyed: false }], exit);
    jest.advanceTimersByTime(5_000);
    expect(exit).not.toHaveBeenCalled();
    stdout.writableLength = 0;
    jest.advanceTimersByTime(EXIT_GRACE_MS - 1);
    expect(exit).not.toHaveBeenCalled();
    jest.advanceTimersByTime(20);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('does not wait for a stream whose reader has gone', () => {
    const exit = jest.fn<(code: number) => void>();
    endProcess(0, [{ writableLength: 9, destroyed: true }], exit);
    jest.advanceTimersByTime(EXIT_GRACE_MS);
    expect(exit).toHaveBeenCalledWith(0);
  });
});
