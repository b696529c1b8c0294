import type { ExerciseResult } from '../grader/model/result-schema.js';
import { commandView, exerciseView, formatTime, HTML_LABELS, markCommand, partsOf, sectionsOf } from './html-view.js';
import { sampleClass, sampleRun } from '../fixtures/report-fixtures.js';
import { loadReporter } from './index.js';
import { classHtmlReporter } from './class-html-reporter.js';
import { readFileSync } from 'node:fs';
import { exerciseCountsText } from './report-text.js';
import { sectionHeadingOf } from './run-sections.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';
import { runSections } from '../grader/pipeline/catalog.js';

describe('markCommand', () => {
  it('marks whole parts at word boundaries, first free occurrence, in line order', () => {
    expect(markCommand('docker run -d -t --name x ubuntu:14.04', ['-t', '-d'], 'extra')).toEqual([
      { text: 'docker run ', mark: '' },
      { text: '-d', mark: 'extra' },
      { text: ' ', mark: '' },
      { text: '-t', mark: 'extra' },
      { text: ' --name x ubuntu:14.04', mark: '' },
    ]);
  });

  it('does not mark a part inside a longer word, finds (differs) parts without the note, skips unknown parts', () => {
    const line = 'docker run -it -e A=(hidden) img';
    expect(markCommand(line, ['-i', '-e A=(hidden) (differs)', '--nope'], 'extra').filter((s) => s.mark).map((s) => s.text)).toEqual(['-e A=(hidden)']);
    expect(markCommand(line, [], 'missing')).toEqual([{ text: line, mark: '' }]);
  });
});

const base: ExerciseResult = { id: '2.2.1/run-ubuntu', section: '2.2.1', title: { ko: 'a', en: 'a' }, status: 'fail', points: 0, maxPoints: 1, commands: [], checks: [] };
const command = { container: 'c', learner: 'docker run -d img', book: 'docker run -i img', missing: ['-i'], extra: ['-d'] };

describe('commandView', () => {
  it('shows a failing exercise whose container differs, and nothing for a pass or no difference', () => {
    const view = commandView({ ...base, command }, (s) => s)!;
    expect(view.book.filter((s) => s.mark === 'missing').map((s) => s.text)).toEqual(['-i']);
    expect(view.learner.filter((s) => s.mark === 'extra').map((s) => s.text)).toEqual(['-d']);
    expect(commandView({ ...base, status: 'pass', command }, (s) => s)).toBeNull();
    expect(commandView({ ...base, command: { ...command, missing: [], extra: [] } }, (s) => s)).toBeNull();
    expect(commandView(base, (s) => s)).toBeNull();
  });
});

describe('partsOf and sectionsOf', () => {
  it("puts failing and broken exercises first, each part grouped by section under the run's title of it", () => {
    const items = [
      { ...base, id: 'a', section: '2.2.1', status: 'pass' as const },
      { ...base, id: 'b', section: '2.2.1', status: 'fail' as const },
      { ...base, id: 'c', section: '2.2.5', status: 'error' as const },
      { ...base, id: 'd', section: '2.2.5', status: 'skip' as const },
    ];
    const run = { sections: runSections(bookCatalog(), items) };
    const parts = partsOf(items, HTML_LABELS.ko, (s) => sectionHeadingOf(run, s, 'ko'));
    expect(parts.map((p) => [p.label, p.sections.map((s) => [s.heading, s.exercises.map((e) => e.id)])])).toEqual([
      ['고칠 실습', [['2.2.1 컨테이너 생성', ['b']], ['2.2.5 컨테이너 애플리케이션 구축', ['c']]]],
      ['통과한 실습', [['2.2.1 컨테이너 생성', ['a']], ['2.2.5 컨테이너 애플리케이션 구축', ['d']]]],
    ]);
    expect(partsOf([items[0]], HTML_LABELS.en, (s) => sectionHeadingOf(run, s, 'en')).map((p) => p.kind)).toEqual(['done']);
    expect(sectionsOf([{ section: '9.9' }], (s) => sectionHeadingOf(run, s, 'en'))[0].heading).toBe('9.9');
    expect(sectionsOf([{ section: '2.2.1' }], (s) => sectionHeadingOf({}, s, 'en'))[0].heading).toBe('2.2.1');
  });
});

describe('the totals line', () => {
  it('counts exercises as the terminal does: "실습 12개: 통과 1, 실패 11" in Korean, never "과제 12: 1 통과"', () => {
    const totals = { exercises: 12, passed: 1, failed: 11, skipped: 0, errored: 0 };
    expect(exerciseCountsText(totals, 'ko')).toBe('실습 12개: 통과 1, 실패 11');
    expect(exerciseCountsText(totals, 'en')).toBe('exercises 12: 1 pass, 11 fail');
    expect(exerciseCountsText({ ...totals, failed: 9, skipped: 1, errored: 1 }, 'ko')).toBe('실습 12개: 통과 1, 실패 9, 건너뜀 1, 오류 1');
  });
});

describe('times and Korean line breaks', () => {
  it('shows times in KST under ko and UTC under en, the zone written out, whatever TZ the machine has', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Seoul']) {
        process.env.TZ = tz;
        // 23:30 UTC is the next day in Korea
        expect(formatTime('2026-11-30T23:30:05.000Z', 'ko')).toBe('2026-12-01 08:30:05 KST');
        expect(formatTime('2026-11-30T23:30:05.000Z', 'en')).toBe('2026-11-30 23:30:05 UTC');
        expect(formatTime('2026-11-30T23:30:05.000Z')).toBe('2026-11-30 23:30:05 UTC');
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(formatTime('not a time', 'ko')).toBe('not a time');
    expect(formatTime(undefined, 'ko')).toBe('');
  });

  it('the HTML keeps Korean words whole (word-break: keep-all under lang ko), pre still wraps anywhere', () => {
    // the golden student reports are the reporter's output (reporters.golden.test.ts holds them to it)
    const ko = readFileSync('fixtures/golden/run.ko.html', 'utf8');
    expect(ko).toContain('<html lang="ko">');
    expect(ko).toMatch(/html:lang\(ko\) body \{ word-break: keep-all;/);
    expect(ko).toMatch(/pre \{[^}]*word-break: break-all;/);
    expect(ko).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d KST/);
    expect(ko).not.toMatch(/\d\d:\d\d:\d\d UTC/);
    expect(readFileSync('fixtures/golden/run.en.html', 'utf8')).toMatch(/\d\d:\d\d:\d\d UTC/);
  });
});

describe('an exercise not gradable on one host', () => {
  it.each(['ko', 'en'] as const)('says so in its badge and gives the reason in its row, in the report language (%s)', async (lang) => {
    const run = await sampleRun();
    const fluentd = run.exercises.find((e) => e.id === '2.2.8/fluentd')!;
    const reason = lang === 'en' ? `not gradable on one host: ${fluentd.notGradable!.en} (no points)` : `호스트 하나로는 채점할 수 없습니다: ${fluentd.notGradable!.ko} (점수에 넣지 않습니다)`;
    const view = exerciseView(fluentd, { lang });
    expect([view.status, view.statusLabel, view.notGradable]).toEqual(['skip', HTML_LABELS[lang].notGradable, reason]);
    // a graded exercise has neither
    expect(exerciseView(run.exercises[0], { lang }).notGradable).toBe('');
    const html = (await loadReporter('html'))!(run, { lang, color: false });
    const article = html.slice(html.indexOf('id="ex-2-2-8-fluentd"'), html.indexOf('</article>', html.indexOf('id="ex-2-2-8-fluentd"')));
    expect(article).toContain(`– ${HTML_LABELS[lang].notGradable}</span>`);
    // as handlebars escapes it
    expect(article).toContain(`<p class="not-gradable">${reason.replace(/'/g, '&#x27;')}</p>`);
  });

  it.each(['ko', 'en'] as const)("the class matrix says it in the cell, the reason in its title, and leaves it out of the pass rates (%s)", async (lang) => {
    const klass = await sampleClass();
    const html = classHtmlReporter(klass, { lang, color: false });
    const reason = lang === 'en' ? 'not gradable on one host: the fluentd' : '호스트 하나로는 채점할 수 없습니다: 로그를 받는 fluentd';
    const cells = html.match(new RegExp(`<td class="cell lvl-none" title="${reason}[^"]*"><a href="[^"]*">${HTML_LABELS[lang].notGradableCell}</a></td>`, 'g')) ?? [];
    // the two graded students; the others have no result
    expect(cells).toHaveLength(2);
    expect(html).not.toMatch(/2\.2\.8\/fluentd · /);
    expect(html).toMatch(/2\.2\.1\/run-ubuntu · /);
  });
});
