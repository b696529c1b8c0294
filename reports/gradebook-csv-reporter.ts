/**
 * The teacher's gradebook: one row per student, a column per exercise, the total, the maximum and the
 * row status. Made to import into an LMS or a spreadsheet:
 * - one header row with stable English column names (`student_id`, `name`, `email`, exercise ids,
 *   `total`, `max`, `status`, `reason`, `from_journal`) whatever `--lang` is, so an import mapping never
 *   changes; `from_journal` lists the exercises (space-separated ids) that count from the student's
 *   journal (passed earlier, undone by a later step of the book), empty with `--current-only`;
 *   `status` and `reason` stay English stable codes a script can match on. Under `--lang ko` one more
 *   column, `note_ko`, says the same in Korean for the teacher who reads the sheet (the column is added
 *   last, so the columns before it keep their places);
 * - RFC 4180: every field quoted, quotes doubled, CRLF line ends;
 * - UTF-8 with a byte-order mark, so Excel opens Korean names intact (`bom: false` leaves it out);
 * - formula injection neutralised: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
 *   leading `'` so spreadsheets show it as text (OWASP "CSV injection").
 * An exercise cell is empty when the student has no result (missing, invalid, unreachable); for an
 * exercise not gradable on one host (no points) it says so with the reason, in English as `reason` is,
 * and under `--lang ko` `note_ko` adds it in Korean.
 */
import { reasonText } from './reason-text.js';
import type { ClassResult, StudentRow } from '../grader/model/class-schema.js';
import type { Lang } from '../grader/core/i18n.js';
import { cleanText } from './report-text.js';
import { notGradableText } from './not-gradable-text.js';
import type { ClassReportOptions } from './types.js';

/** Options of the gradebook. */
export interface GradebookCsvOptions extends ClassReportOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/** A text cell a spreadsheet will not run as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One quoted CSV field. Numbers are written as they are; text is neutralised first. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A student's cell of an exercise: its points; for an exercise not gradable on one host, which earns no
 * points, the reason in English (`not gradable on one host: … (no points)`), as `reason` is written.
 */
function exerciseCell(row: StudentRow, exerciseId: string): string | number {
  const found = row.result?.exercises.find((e) => e.id === exerciseId);
  if (found?.notGradable) return notGradableText(found.notGradable, 'en');
  return found ? found.points : '';
}

/** The exercises of a row not gradable on one host, in Korean, for `note_ko` (`2.2.8/fluentd: 호스트 하나로는 …`). */
function notGradableKo(row: StudentRow): string[] {
  return (row.result?.exercises ?? []).filter((e) => e.notGradable).map((e) => `${e.id}: ${notGradableText(e.notGradable!, 'ko')}`);
}

/** The Korean name of each row status. */
const STATUS_KO: Record<StudentRow['status'], string> = { graded: '채점됨', missing: '미제출', invalid: '잘못된 파일', unreachable: '접속 불가' };

/** The row's status and reason in one Korean sentence for the `note_ko` column. */
export function koreanNote(row: Pick<StudentRow, 'status' | 'onRoster'> & { reasonText?: StudentRow['reasonText'] }, reason: string): string {
  const status = `${STATUS_KO[row.status]}${row.onRoster === false ? ' (명단에 없음)' : ''}`;
  if (!reason) return status;
  return `${status}: ${reasonText({ reason, ...(row.reasonText ? { reasonText: row.reasonText } : {}) }, 'ko')}`;
}

/** The extra localized columns a language adds after `reason` (none for English). */
function noteColumns(lang: Lang): string[] {
  return lang === 'ko' ? ['note_ko'] : [];
}

/** Renders a ClassResult as the gradebook CSV. */
export function gradebookCsvReporter(result: ClassResult, options: GradebookCsvOptions): string {
  let csv = '';
  for (const part of gradebookCsvParts(result, options)) csv += part;
  return csv;
}

/** Rows of the gradebook made at a time by gradebookCsvParts. */
const ROWS_PER_PART = 200;

/**
 * The gradebook of gradebookCsvReporter in parts, in order (the header, then ROWS_PER_PART rows at a
 * time), each line ended by CRLF: `grade` writes them one after another (the whole gradebook of 10,000
 * rows, its cells and lines held at once, added 65 MB to the peak).
 */
export function* gradebookCsvParts(result: ClassResult, options: GradebookCsvOptions): Generator<string> {
  // Learner-supplied text: control characters stripped (a CR would end the row in some importers).
  const text = (value: string) => cleanText(value, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords, max: 1000 }).replace(/[\r\n\t]+/g, ' ');
  const header = ['student_id', 'name', 'email', ...result.exercises.map((e) => e.id), 'total', 'max', 'status', 'reason', 'from_journal', ...noteColumns(options.lang)];
  const cells = (row: StudentRow) => [
    text(row.studentId),
    text(row.name),
    text(row.email),
    ...result.exercises.map((e) => { const cell = exerciseCell(row, e.id); return typeof cell === 'string' && cell ? text(cell) : cell; }),
    row.points,
    row.maxPoints,
    row.status,
    text(row.reason),
    (row.result?.exercises ?? []).filter((e) => e.credit).map((e) => text(e.id)).join(' '),
    ...(options.lang === 'ko' ? [text([koreanNote(row, row.reason), ...notGradableKo(row)].join('; '))] : []),
  ];
  const line = (values: ReadonlyArray<string | number>) => `${values.map((cell) => (cell === '' ? '""' : csvField(cell))).join(',')}\r\n`;
  yield `${options.bom === false ? '' : '\uFEFF'}${line(header)}`;
  for (let at = 0; at < result.students.length; at += ROWS_PER_PART) {
    let part = '';
    for (const row of result.students.slice(at, at + ROWS_PER_PART)) part += line(cells(row));
    yield part;
  }
}
