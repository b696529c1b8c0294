import { makeContainer, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { EXERCISES } from '../exercises/index.js';
import { grade } from '../grader/check/run.js';
import type { RunResult } from '../grader/model/result-schema.js';
import { historyText, prettyReporter, whenText } from './pretty-reporter.js';

/** Local `HH:MM` of an instant, as the reporter prints it. */
function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

describe('journey in the pretty report', () => {
  const at = '2026-11-28T14:02:00.000Z';
  const later = '2026-11-28T14:40:00.000Z';

  it('prints the time alone on the day of the run, with the date otherwise', () => {
    expect(whenText(at, later)).toBe(hhmm(at));
    expect(whenText(at, '2026-12-05T10:00:00.000Z')).toMatch(/^2026-11-2[789] \d\d:\d\d$/);
  });

  it('tells the three states apart, in both languages', () => {
    expect(historyText({ state: 'passing', bestPoints: 6, firstPassedAt: at, lastPassedAt: at }, 6, later, 'en')).toBe('passes now');
    expect(historyText({ state: 'passing', bestPoints: 6, firstPassedAt: at, lastPassedAt: later }, 6, later, 'en')).toBe(`passes now (first passed at ${hhmm(at)})`);
    expect(historyText({ state: 'regressed', bestPoints: 6, firstPassedAt: at, lastPassedAt: at }, 6, later, 'en')).toBe(`passed at ${hhmm(at)}; state changed since (best 6/6)`);
    expect(historyText({ state: 'regressed', bestPoints: 6, lastPassedAt: at }, 6, later, 'ko')).toBe(`${hhmm(at)}에 통과했지만 그 뒤 상태가 바뀌었습니다 (최고 6/6)`);
    expect(historyText({ state: 'never', bestPoints: 0 }, 6, later, 'en')).toBe('never passed yet');
    expect(historyText({ state: 'never', bestPoints: 4 }, 6, later, 'ko')).toBe('아직 통과한 적 없음 (최고 4/6)');
  });

  it('shows each exercise its line and counts the regressions', async () => {
    const run: RunResult = await grade(EXERCISES.filter((e) => e.section === '2.2.1'), makeSnapshot({ containers: [makeContainer({ name: 'x', image: 'ubuntu:14.04', tty: true, openStdin: true })] }));
    const [ubuntu, pull, centos] = run.exercises;
    ubuntu.history = { state: 'passing', bestPoints: 5, firstPassedAt: run.finishedAt, lastPassedAt: run.finishedAt };
    pull.history = { state: 'never', bestPoints: 0 };
    centos.history = { state: 'regressed', bestPoints: 6, firstPassedAt: at, lastPassedAt: at };
    const text = prettyReporter(run, { lang: 'en', color: false });
    expect(text).toMatch(/2\.2\.1\/run-ubuntu .*\n {4}★ passes now\n/);
    expect(text).toMatch(/2\.2\.1\/pull-centos .*\n {4}· never passed yet\n/);
    expect(text).toMatch(/2\.2\.1\/create-mycentos .*\n {4}↺ passed at .*; state changed since \(best 6\/6\)\n/);
    expect(text).toContain('1 passed earlier but not now');
  });

  it('prints no journey line without history (--no-journal)', async () => {
    const run = await grade(EXERCISES.filter((e) => e.section === '2.2.1'), makeSnapshot());
    const text = prettyReporter(run, { lang: 'en', color: false });
    expect(text).not.toMatch(/passes now|never passed|state changed/);
  });
});
