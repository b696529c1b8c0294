/**
 * Durations as people type them for CI flags: `60s`, `2m`, `500ms`, `1m30s`, `1.5h`. Like Go's
 * time.ParseDuration (what `docker run --health-interval` takes): a unit is required, so `--wait 60`
 * never silently means 60 ms. (The `ms` package reads a bare `60` as 60 ms, which is why it is not used.)
 */
import { UsageError } from './errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?|\.\d+)(ms|s|m|h)/gy;
/** Longer than any CI job: a guard against typos like `60000m`. */
export const MAX_DURATION_MS = 24 * 3_600_000;

/** Parses a duration into milliseconds; throws a one-line UsageError naming the flag and the value. */
export function parseDuration(value: string, flag = 'duration'): number {
  const text = String(value).trim();
  const bad = (why: string) =>
    new UsageError(`${flag}: '${value}' is not a duration (${why})`, 'write it like 60s, 2m, 500ms or 1m30s').inKorean(`${flag}: 시간 길이로 읽을 수 없는 값입니다: '${value}'`, '60s, 2m, 500ms, 1m30s처럼 쓰세요');
  if (text === '0') return 0;
  if (text === '') throw bad('empty');
  if (/^\d+(\.\d+)?$/.test(text)) throw bad('a unit is missing');
  let total = 0;
  PART.lastIndex = 0;
  let consumed = 0;
  for (let match = PART.exec(text); match; match = PART.exec(text)) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    consumed = PART.lastIndex;
  }
  if (consumed !== text.length) throw bad('units are ms, s, m, h');
  if (total > MAX_DURATION_MS) throw bad('longer than 24h');
  return Math.round(total);
}

/** Formats milliseconds for people: `850ms`, `3.2s`, `2m05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace(/\.0$/, '')}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}
