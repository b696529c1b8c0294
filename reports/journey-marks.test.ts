/**
 * Every format marks an exercise that counts from the journal (passed earlier, undone by a later step
 * of the book), says when the run graded the current state only, and says when the grade leaves out
 * probes (`--no-probes`).
 */
import { makeContainer, makeEvent, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { EXERCISES } from '../exercises/index.js';
import { grade, NO_PROBE } from '../grader/check/run.js';
import { emptyJournal, recordRun } from '../grader/journal/journal.js';
import type { RunResult } from '../grader/model/result-schema.js';
import { classOfRun } from './class-of-run.js';
import { classHtmlReporter } from './class-html-reporter.js';
import { githubAnnotationsReporter } from './github-annotations-reporter.js';
import { gradebookCsvReporter } from './gradebook-csv-reporter.js';
import { htmlReporter } from './html-reporter.js';
import { junitReporter } from './junit-reporter.js';
import { prettyReporter } from './pretty-reporter.js';
import { stepSummaryReporter } from './step-summary-reporter.js';

const T1 = '2026-11-28T09:20:00.000Z';
const T2 = '2026-11-28T11:00:00.000Z';
const exercises = EXERCISES.filter((e) => e.id === '2.2.1/create-mycentos' || e.id === '2.2.3/remove');
const mycentos = makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: true })] });
// the engine saw mycentos removed (docker rm): 2.2.3 passes on it
const removed = makeSnapshot({ containers: [], events: [makeEvent({ action: 'destroy', name: 'mycentos', id: 'gone' })] });

async function journeyRun(credit: boolean): Promise<RunResult> {
  const first = recordRun(emptyJournal(T1), await grade(exercises, mycentos, { now: () => new Date(T1) }), T1);
  const run = await grade(exercises, removed, { now: () => new Date(T2) });
  return recordRun(first.journal, credit ? run : { ...run, currentOnly: true }, T2, { credit }).run;
}

describe('an exercise counted from the journal', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await journeyRun(true);
  });

  it('is pass with full points, and the totals count it', () => {
    const e = run.exercises.find((x) => x.id === '2.2.1/create-mycentos')!;
    expect([e.status, e.points, e.maxPoints, e.credit?.current.points]).toEqual(['pass', 6, 6, 0]);
    expect(run.totals).toMatchObject({ points: run.totals.maxPoints, credited: 1 });
  });

  it.each(['ko', 'en'] as const)('is marked in the terminal, HTML, JUnit, CSV, class HTML and CI formats (%s)', (lang) => {
    const options = { lang, color: false };
    const pretty = prettyReporter(run, options);
    expect(pretty).toContain(lang === 'ko' ? '↺ 통과 기록으로 인정: ' : '↺ counted from the journal: passed at ');
    expect(pretty).toContain(lang === 'ko' ? '실습 1개는 통과 기록으로 인정했습니다' : '1 exercise counted from the journal');
    // no fix is offered for it: recreating mycentos would undo 2.2.3
    expect(pretty).not.toContain('docker create -i -t --name mycentos');
    const html = htmlReporter(run, options);
    expect(html.match(/data-credit/g)).toHaveLength(1);
    expect(html).toContain('class="total-note"');
    const junit = junitReporter(run, options);
    expect(junit).toContain('<property name="credit" value="journal 2026-11-28T09:20:00.000Z (current 0/6)"/>');
    expect(junit).not.toContain('<failure');
    const csv = gradebookCsvReporter(classOfRun(run), { lang, color: false }).replace(/^\uFEFF/, '').split('\r\n');
    const column = csv[0].split(',').indexOf('"from_journal"');
    expect(column).toBeGreaterThan(0);
    expect(csv[1].split(',')[column]).toBe('"2.2.1/create-mycentos"');
    expect(classHtmlReporter(classOfRun(run), { lang, color: false })).toContain('6/6 ↺');
    expect(stepSummaryReporter(run, options)).toContain('| ✅ ↺ |');
    expect(githubAnnotationsReporter(run, options)).not.toContain('::error');
  });

  it('is not counted with --current-only, and the reports say the current state alone was graded', async () => {
    const current = await journeyRun(false);
    expect(current.exercises.some((e) => e.credit)).toBe(false);
    expect(current.totals.points).toBeLessThan(current.totals.maxPoints);
    expect(prettyReporter(current, { lang: 'en', color: false })).toContain('graded the current state only (--current-only)');
    expect(htmlReporter(current, { lang: 'ko', color: false })).toContain('지금 상태만 채점했습니다');
    expect(gradebookCsvReporter(classOfRun(current), { lang: 'en', color: false }).split('\r\n')[1]).toMatch(/,"",""$/);
  });
});

describe('a grade without probes', () => {
  it('says it leaves them out, in every language', async () => {
    const run = await grade(EXERCISES.filter((e) => e.section === '2.2.5'), removed, { probe: NO_PROBE });
    expect(run.totals.excluded?.checks).toBeGreaterThan(0);
    expect(prettyReporter(run, { lang: 'ko', color: false })).toMatch(/실시간 확인 검사 \d+개\(\d+점\)는 빼고 채점했습니다 \(--no-probes\)/);
    expect(prettyReporter(run, { lang: 'en', color: false })).toMatch(/the grade leaves out (?:1 probe check|\d+ probe checks) \((?:1 pt|\d+ pts)\) \(--no-probes\)/);
    expect(htmlReporter(run, { lang: 'en', color: false })).toMatch(/the grade leaves out (?:1 probe check|\d+ probe checks) \((?:1 pt|\d+ pts)\)/);
  });
});
