/**
 * The student report rendered in pieces (htmlReportBytes, what `grade`'s student-files worker writes):
 * each exercise viewed and rendered once and put into the page as bytes gives exactly the bytes of
 * htmlReporter, for hostile runs, the whole book, in both languages, when the pieces are reused by
 * another run that shares exercise objects, and when learner text holds the page's own mark.
 */
import { passingRun, sampleRun, wholeBookRun } from '../fixtures/report-fixtures.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';
import type { RunResult } from '../grader/model/result-schema.js';
import { htmlReportBytes, htmlReporter, RenderedExercises } from './html-reporter.js';
import { renderTemplate, renderTemplatePieces } from './html-templates.js';
import { HTML_LABELS, runView } from './html-view.js';
import type { ReportOptions } from './types.js';

const decoder = new TextDecoder();

describe('htmlReportBytes', () => {
  let runs: RunResult[];
  beforeAll(async () => {
    runs = [await sampleRun(), await wholeBookRun(), await passingRun('s0001')];
  });

  it.each(['ko', 'en'] as const)('gives htmlReporter’s bytes (%s), also for pieces rendered before', (lang) => {
    const options: ReportOptions = { lang, color: false, publicWords: bookCatalog().publicWords };
    const rendered = new RenderedExercises(options);
    for (const run of runs) {
      const expected = htmlReporter(run, options);
      expect(decoder.decode(htmlReportBytes(run, rendered))).toBe(expected);
      // another student's run with the same exercise objects, in another order: the pieces come from before
      const other: RunResult = { ...run, student: `${run.student ?? ''}-2`, exercises: [...run.exercises].reverse() };
      expect(decoder.decode(htmlReportBytes(other, rendered))).toBe(htmlReporter(other, options));
    }
  });

  it('renders the page whole when learner text holds the mark of a piece', () => {
    const options: ReportOptions = { lang: 'en', color: false };
    const mark = '<<piece-mark>>';
    const run: RunResult = { ...runs[2], student: `s0001 ${mark}` };
    const view = { lang: 'en', L: HTML_LABELS.en, tool: 'x', pageTitle: 't', run: runView(run, options) };
    let pieces = 0;
    const piece = (context: unknown, render: () => string) => (pieces++, new TextEncoder().encode(render()));
    expect(decoder.decode(renderTemplatePieces('student', view, 'exercise', piece, mark))).toBe(renderTemplate('student', view));
    expect(pieces).toBeGreaterThan(0);
    // the mark itself is escaped by handlebars (`<`): a mark of text characters only is what could be forged
    const plainMark = 'piece-mark-0';
    const forged = { ...view, run: runView({ ...run, student: plainMark }, options) };
    expect(decoder.decode(renderTemplatePieces('student', forged, 'exercise', piece, plainMark))).toBe(renderTemplate('student', forged));
  });
});
