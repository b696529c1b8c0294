import { parse } from 'csv-parse/sync';
import { sampleClass } from '../fixtures/report-fixtures.js';
import type { ClassResult } from '../grader/model/class-schema.js';
import { gradebookCsvParts, gradebookCsvReporter, koreanNote } from './gradebook-csv-reporter.js';

let klass: ClassResult;
beforeAll(async () => {
  klass = await sampleClass();
});

function table(lang: 'ko' | 'en'): string[][] {
  return parse(gradebookCsvReporter(klass, { lang, color: false, bom: false }), { relax_column_count: false }) as string[][];
}

describe('gradebook CSV: stable codes, localized text in its own column', () => {
  it('keeps status and reason as English codes in both languages; Korean adds note_ko last', () => {
    const en = table('en');
    const ko = table('ko');
    expect(en[0].slice(-2)).toEqual(['reason', 'from_journal']);
    expect(ko[0]).toEqual([...en[0], 'note_ko']);
    // Every column English has is the same under Korean: an import mapping keeps working.
    expect(ko.map((row) => row.slice(0, -1))).toEqual(en);
    const status = en[0].indexOf('status');
    expect(ko.slice(1).map((row) => row[status])).toEqual(['graded', 'graded', 'missing', 'invalid', 'unreachable']);
    expect(ko[3][status + 1]).toBe('nothing submitted');
  });

  it('writes the status and a known reason in Korean, and keeps data (field paths, engine errors) as it is', () => {
    const notes = table('ko').slice(1).map((row) => row.at(-1));
    // a graded row also says, in Korean, which exercise is not gradable on one host and why
    const fluentd = klass.students[0].result!.exercises.find((e) => e.id === '2.2.8/fluentd')!;
    expect(notes[0]).toBe(`채점됨; 2.2.8/fluentd: 호스트 하나로는 채점할 수 없습니다: ${fluentd.notGradable!.ko} (점수에 넣지 않습니다)`);
    expect(notes[1]).toBe(notes[0]);
    expect(notes[2]).toBe('미제출: 제출한 파일이 없습니다');
    expect(notes[3]).toBe('잘못된 파일 (명단에 없음): bad.json: engine.name: red bell');
    expect(notes[4]).toBe('접속 불가: ssh://student@lab-07: connection refused');
  });

  it("an exercise not gradable on one host: its cell gives the reason in English, where a graded row's points would be; the columns stay", () => {
    const en = table('en');
    const column = en[0].indexOf('2.2.8/fluentd');
    expect(column).toBeGreaterThan(2);
    expect(en[0].slice(-2)).toEqual(['reason', 'from_journal']);
    const fluentd = klass.students[0].result!.exercises.find((e) => e.id === '2.2.8/fluentd')!;
    const cells = en.slice(1).map((row) => row[column]);
    // the graded rows say why it earns nothing; a row with no result stays empty
    expect(cells).toEqual([...Array(2).fill(`not gradable on one host: ${fluentd.notGradable!.en} (no points)`), '', '', '']);
    expect(table('ko').slice(1).map((row) => row[column])).toEqual(cells);
    // the other exercises' cells stay numbers, and the total leaves it out
    const total = en[0].indexOf('total');
    expect(Number(en[1][total])).toBe(klass.students[0].points);
  });

  it('translates each fixed reason the batch grader writes', () => {
    const row = { status: 'invalid' as const, onRoster: true };
    expect(koreanNote(row, '(file): empty file')).toBe('잘못된 파일: 빈 파일입니다');
    expect(koreanNote(row, '(root): truncated JSON (Unexpected end of JSON input)')).toBe('잘못된 파일: JSON이 중간에 끊겼습니다');
    expect(koreanNote(row, '(file): no such file')).toBe('잘못된 파일: 파일이 없습니다');
    expect(koreanNote({ status: 'graded', onRoster: true }, '')).toBe('채점됨');
  });
});

describe('gradebook CSV in parts', () => {
  it('is each row as a class of that row alone gives it, in order, a few hundred rows a part', () => {
    // 450 rows: the sample's five, again and again, each with its own id
    const students = Array.from({ length: 450 }, (_, i) => ({ ...klass.students[i % klass.students.length], studentId: `s${String(i).padStart(3, '0')}` }));
    const big = { ...klass, students };
    const options = { lang: 'ko' as const, color: false };
    const parts = [...gradebookCsvParts(big, options)];
    const alone = (row: ClassResult['students'][number]) => gradebookCsvReporter({ ...klass, students: [row] }, options).split('\r\n')[1];
    expect(parts.join('')).toBe(`${gradebookCsvReporter({ ...klass, students: [] }, options)}${students.map((row) => `${alone(row)}\r\n`).join('')}`);
    expect(parts).toHaveLength(1 + 3);
  });
});
