/**
 * The class report: a student × exercise matrix coloured by points (each cell links to the student's
 * detail), pass rates per exercise and per check as inline SVG charts (most-failed checks first), the
 * integrity evidence, and (when no `studentHref` points elsewhere) every student's detail in the same
 * file. Self-contained, no script, print-friendly; learner data escaped and secrets masked.
 */
import { reasonText } from './reason-text.js';
import { hiddenMark } from './course-text.js';
import { compareText } from '../grader/core/compare-text.js';
import type { ClassResult, StudentRow } from '../grader/model/class-schema.js';
import type { ExerciseResult } from '../grader/model/result-schema.js';
import { t } from '../grader/core/i18n.js';
import { renderTemplate } from './html-templates.js';
import { anchorOf, formatTime, HTML_LABELS, runView } from './html-view.js';
import { cleanText } from './report-text.js';
import { notGradableText } from './not-gradable-text.js';
import type { ClassReportOptions } from './types.js';

/** Hrefs we refuse: any scheme but http(s) (a `javascript:` link from a hostile id must never be made). */
const UNSAFE_HREF = /^\s*(?!https?:)[a-z][a-z0-9+.-]*:/i;

/** The default link target: the student's section in this file. */
export function studentAnchor(studentId: string): string {
  return anchorOf('student', studentId);
}

function safeHref(href: string): string {
  return UNSAFE_HREF.test(href) ? '#' : href;
}

/** Colour level of a cell by the share of points earned. */
export function levelOf(points: number, maxPoints: number, graded: boolean): 'full' | 'high' | 'low' | 'zero' | 'none' {
  if (!graded) return 'none';
  if (maxPoints <= 0) return 'full';
  const share = points / maxPoints;
  if (share >= 1) return 'full';
  if (share >= 0.5) return 'high';
  if (share > 0) return 'low';
  return 'zero';
}

interface Rate {
  label: string;
  sub: string;
  passed: number;
  total: number;
}

const BAR_AREA = 360;
const ROW = 22;

/** Horizontal bar chart geometry for inline SVG; labels stay text (escaped by the template). */
function chart(rates: Rate[], labelWidth: number) {
  const width = labelWidth + BAR_AREA + 110;
  return {
    width,
    height: rates.length * ROW + 8,
    labelWidth,
    bars: rates.map((rate, index) => {
      const share = rate.total ? rate.passed / rate.total : 0;
      return {
        label: rate.label,
        sub: rate.sub,
        y: index * ROW + 4,
        textY: index * ROW + 19,
        barX: labelWidth,
        trackWidth: BAR_AREA,
        barWidth: Math.round(share * BAR_AREA),
        rateX: labelWidth + BAR_AREA + 6,
        percent: rate.total ? `${Math.round(share * 100)}%` : '–',
        count: `${rate.passed}/${rate.total}`,
        failed: rate.total - rate.passed,
      };
    }),
  };
}

function graded(row: StudentRow): boolean {
  return row.status === 'graded' && row.result !== null;
}

/** A row's results by exercise id (the first of each id, as find() would take it). */
function resultsById(row: StudentRow): Map<string, ExerciseResult> {
  const byId = new Map<string, ExerciseResult>();
  for (const exercise of row.result?.exercises ?? []) if (!byId.has(exercise.id)) byId.set(exercise.id, exercise);
  return byId;
}

interface Tally {
  passed: number;
  total: number;
  /** Checks not skipped, by id. */
  checks: Map<string, { passed: number; total: number }>;
}

/**
 * Pass counts of each exercise the class lists (rows that have its result, and those passed) and of
 * each of its checks (rows whose result has the check and did not skip it), over the graded rows.
 */
function rateTally(gradedRows: readonly StudentRow[], listed: ClassResult['exercises']): Map<string, Tally> {
  const tally = new Map<string, Tally>(listed.map((e) => [e.id, { passed: 0, total: 0, checks: new Map() }]));
  // one of each, emptied for every row and exercise: a new Set per student's exercise was 64,000 of
  // them for a class of 1,000 (~20 MB of garbage in grade's main thread)
  const seen = new Set<string>();
  const seenChecks = new Set<string>();
  for (const row of gradedRows) {
    seen.clear();
    for (const exercise of row.result!.exercises) {
      const counted = tally.get(exercise.id);
      if (!counted || seen.has(exercise.id)) continue;
      seen.add(exercise.id);
      counted.total++;
      if (exercise.status === 'pass') counted.passed++;
      seenChecks.clear();
      for (const check of exercise.checks) {
        if (seenChecks.has(check.id)) continue;
        seenChecks.add(check.id);
        if (check.status === 'skip') continue;
        let checkTally = counted.checks.get(check.id);
        if (!checkTally) counted.checks.set(check.id, (checkTally = { passed: 0, total: 0 }));
        checkTally.total++;
        if (check.status === 'pass') checkTally.passed++;
      }
    }
  }
  return tally;
}

/** Renders a ClassResult as one HTML file. */
export function classHtmlReporter(result: ClassResult, options: ClassReportOptions): string {
  let html = '';
  for (const part of classHtmlParts(result, options)) html += part;
  return html;
}

/** Matrix rows rendered at a time by classHtmlParts. */
const ROWS_PER_PART = 200;

/**
 * The class report of classHtmlReporter in parts, in order: the page up to the matrix's rows, the rows
 * ROWS_PER_PART at a time, then the rest of the page. `grade` writes them one after another: a class of
 * 10,000 rows never holds the view of every cell (640,000 objects) nor the whole page (53 MB) at once;
 * rendering it whole added 360 MB to the peak.
 */
export function* classHtmlParts(result: ClassResult, options: ClassReportOptions): Generator<string> {
  const L = HTML_LABELS[options.lang];
  const clean = (text: string, max = 300) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords, max });
  const embed = !options.studentHref;
  const hrefOf = (id: string) => safeHref(options.studentHref ? options.studentHref(id) : `#${studentAnchor(id)}`);
  const gradedRows = result.students.filter(graded);

  const exercises = result.exercises.map((e) => ({ id: e.id, title: clean(t(e.title, options.lang)), maxPoints: e.maxPoints }));
  const rowView = (row: StudentRow) => {
    const href = hrefOf(row.studentId);
    const isGraded = graded(row);
    const results = resultsById(row);
    return {
      id: clean(row.studentId, 200),
      name: clean(row.name, 200),
      email: clean(row.email, 200),
      status: row.status,
      statusLabel: L[row.status],
      reason: clean(reasonText(row, options.lang), 500),
      offRoster: !row.onRoster,
      href,
      points: row.points,
      maxPoints: row.maxPoints,
      level: levelOf(row.points, row.maxPoints, isGraded),
      cells: result.exercises.map((exercise) => {
        const found = results.get(exercise.id);
        const link = href.startsWith('#') && embed && found ? `#${anchorOf(`s-${row.studentId}`, exercise.id)}` : href;
        // Not gradable on one host: no points to colour, said in the cell and its reason in the title.
        if (found?.notGradable) return { text: L.notGradableCell, title: clean(notGradableText(found.notGradable, options.lang), 500), level: 'none', status: found.status, href: link };
        return found
          ? { text: `${found.points}/${found.maxPoints}${found.credit ? ' ↺' : ''}`, title: found.credit ? L.credited : '', level: levelOf(found.points, found.maxPoints, true), status: found.status, href: link }
          : { text: isGraded ? '–' : '', title: '', level: 'none', status: '', href };
      }),
    };
  };

  // An exercise not gradable on one host (no points for anyone) has no pass rates: left out of both charts.
  const notGradable = new Set(gradedRows.flatMap((row) => row.result!.exercises.filter((e) => e.notGradable).map((e) => e.id)));
  const gradable = result.exercises.filter((e) => !notGradable.has(e.id));
  // Counted in one pass over the rows (each exercise and check looked up by id, the first of its id as
  // find() would take it): a search per exercise and check per row took seconds for 10,000 students.
  const tally = rateTally(gradedRows, result.exercises);
  const exerciseRates: Rate[] = gradable.map((exercise) => {
    const counted = tally.get(exercise.id);
    return { label: exercise.id, sub: clean(t(exercise.title, options.lang)), passed: counted?.passed ?? 0, total: counted?.total ?? 0 };
  });

  const checkRates = gradable
    .flatMap((exercise) =>
      exercise.checks.map((check) => {
        const counted = tally.get(exercise.id)?.checks.get(check.id);
        const passed = counted?.passed ?? 0;
        const total = counted?.total ?? 0;
        // a course's hidden check is counted and shown here (the teacher's report), marked
        return { label: `${exercise.id} · ${check.id}`, sub: `${check.hidden ? hiddenMark(options.lang) : ''}${clean(t(check.title, options.lang))}`, passed, total, failed: total - passed };
      }),
    )
    .sort((a, b) => b.failed - a.failed || a.passed / (a.total || 1) - b.passed / (b.total || 1) || compareText(a.label, b.label));

  const integrity = result.students.flatMap((row) =>
    row.integrity.map((finding) => ({
      student: clean(row.studentId, 200),
      href: hrefOf(row.studentId),
      code: clean(finding.code, 100),
      message: clean(t(finding.message, options.lang), 1000),
      others: finding.others.map((o) => clean(o, 200)).join(', '),
    })),
  );

  const details = embed
    ? result.students.map((row) => ({
        anchor: studentAnchor(row.studentId),
        id: clean(row.studentId, 200),
        name: clean(row.name, 200),
        status: row.status,
        statusLabel: L[row.status],
        reason: clean(reasonText(row, options.lang), 500),
        points: row.points,
        maxPoints: row.maxPoints,
        run: row.result ? runView(row.result, options, `s-${row.studentId}`) : null,
      }))
    : [];

  const averagePoints = gradedRows.length ? gradedRows.reduce((sum, row) => sum + row.points, 0) / gradedRows.length : 0;
  // in hundredths: a course's scaled points (grader/course/points-scale.ts) add up without the float's noise
  const maxPoints = Math.round(result.exercises.reduce((sum, e) => sum + e.maxPoints * 100, 0)) / 100;
  const title = clean(result.title, 200);
  // The page is rendered without its rows, with a mark where they go: a random one; a learner text of
  // the page that held it would make a second mark, and another is drawn.
  let page: string[] = [];
  while (page.length !== 2) {
    const mark = `dockgrade-rows-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    page = pageText(mark).split(mark);
  }
  yield page[0];
  for (let at = 0; at < result.students.length; at += ROWS_PER_PART) {
    yield renderTemplate('class-rows', { L, rows: result.students.slice(at, at + ROWS_PER_PART).map(rowView) });
  }
  yield page[1];

  function pageText(rowsMark: string): string {
    return renderTemplate('class', {
      rowsMark,
      lang: options.lang,
      L,
      tool: `${clean(result.tool.name)} ${clean(result.tool.version)}`,
      pageTitle: `${L.classReport}${title ? ` — ${title}` : ''}`,
      title,
      gradedAt: formatTime(result.gradedAt, options.lang),
      shard: result.shard ? `${result.shard.index}/${result.shard.count}` : '',
      counts: {
        students: result.students.length,
        graded: gradedRows.length,
        missing: result.students.filter((r) => r.status === 'missing').length,
        invalid: result.students.filter((r) => r.status === 'invalid').length,
        unreachable: result.students.filter((r) => r.status === 'unreachable').length,
      },
      average: `${Math.round(averagePoints * 10) / 10}/${maxPoints}`,
      exercises,
      exerciseChart: chart(exerciseRates, 190),
      checkChart: chart(checkRates, 290),
      integrity,
      details,
    });
  }
}
