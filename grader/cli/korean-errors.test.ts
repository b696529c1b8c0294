/**
 * Every known failure speaks Korean under `--lang ko`: each `new UsageError|InputError|
 * DockerUnavailableError(…)` in the sources carries `.inKorean(…)` in the same statement, except the
 * few listed below with the reason. A new English-only error fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHost } from '../engine/endpoint.js';
import { parseShard } from '../batch/shard.js';
import { summaryLine } from './grade-command.js';
import { DockgradeError } from '../core/errors.js';

/** `file:line` prefixes of errors that stay English, and why. */
const ENGLISH_ONLY: Readonly<Record<string, string>> = {
  // A worker's failure passed on as text; the worker's own error had its Korean line.
  'grader/batch/class-output.ts: new InputError(this.failure)': 'rethrows a message already written',
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

it('every known error has its Korean line', () => {
  const missing: string[] = [];
  for (const file of [...sources('grader'), ...sources('reports')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new (?:UsageError|InputError|DockerUnavailableError)\(/g)) {
      const statement = text.slice(m.index, text.indexOf(';\n', m.index));
      if (statement.includes('.inKorean(')) continue;
      const key = `${file}: ${statement.split('\n')[0].slice(0, 60)}`;
      if (!Object.keys(ENGLISH_ONLY).some((k) => key.startsWith(k))) missing.push(`${file}:${text.slice(0, m.index).split('\n').length}: ${statement.slice(0, 100)}`);
    }
  }
  expect(missing).toEqual([]);
});

function koreanLine(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as DockgradeError).line('ko');
  }
  throw new Error('expected an error');
}

it('host and shard errors read as Korean', () => {
  expect(koreanLine(() => parseHost('foo://x', '--host', {}))).toBe("--host: 'foo://x': 지원하지 않는 주소 형식입니다 (foo://) — unix://, tcp://, ssh:// 가운데 하나를 쓰세요");
  expect(koreanLine(() => parseShard('9/2'))).toMatch(/^--shard: '9\/2'는 1 ≤ K ≤ N인 K\/N 꼴이 아닙니다/);
});

it("grade's summary line in both languages", () => {
  const rows = [
    { status: 'graded', onRoster: true, integrity: [] },
    { status: 'invalid', onRoster: false, integrity: [] },
  ];
  expect(summaryLine(rows)).toBe('graded 1 of 2: 1 invalid, 1 not on the roster');
  expect(summaryLine(rows, 'ko')).toBe('2명 가운데 1명 채점: 잘못된 파일 1, 명단에 없음 1');
});
