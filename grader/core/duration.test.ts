import { UsageError } from './errors.js';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['60s', 60_000],
    ['2m', 120_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['.5s', 500],
    [' 10s ', 10_000],
    ['0', 0],
    ['0s', 0],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['60', '', 'abc', '10x', '5 s', '-5s', '1m30', 's', '25h', '1e3s'])('refuses %p with a one-line UsageError', (text) => {
    let error: unknown;
    try {
      parseDuration(text, '--wait');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/^--wait: '.*' is not a duration \(/);
    expect((error as UsageError).message).not.toContain('\n');
    expect((error as UsageError).exitCode).toBe(2);
  });

  it('says a bare number needs a unit', () => {
    expect(() => parseDuration('60', '--wait')).toThrow('a unit is missing');
  });
});

describe('formatDuration', () => {
  it.each([
    [850, '850ms'],
    [3200, '3.2s'],
    [60_000, '1m00s'],
    [125_000, '2m05s'],
    [2000, '2s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
