/**
 * View models for the HTML reports: every decision (labels, status classes, cleaned text, anchors,
 * chart geometry) is made here in plain TypeScript, so the handlebars templates only lay things out and
 * every value they print goes through handlebars' escaping.
 */
import { commandPartText, shownValue } from '../grader/core/value-text.js';
import { pointsText } from '../grader/core/units.js';
import { courseNotes, hiddenChecksLine, hiddenMark } from './course-text.js';
import type { Lang } from '../grader/core/i18n.js';
import { t } from '../grader/core/i18n.js';
import { runOrder, sectionHeadingOf } from './run-sections.js';
import type { ExerciseResult, RunResult, Status } from '../grader/model/result-schema.js';
import { cleanText, exerciseCountsText } from './report-text.js';
import { notGradableText } from './not-gradable-text.js';

// `points` is the unit right after a score (`5/6점`, `5/6 pts`): Korean writes it without a space.
export const HTML_LABELS = {
  ko: {
    report: '도커 실습 채점 결과',
    classReport: '반 채점 결과',
    pass: '통과', fail: '실패', skip: '건너뜀', error: '오류',
    engine: '엔진', source: '상태 출처', live: '실제 엔진', snapshot: '상태 파일', time: '채점 시각', tool: '도구', student: '학생', prefix: '접두사',
    total: '합계', points: '점', exercises: '실습', section: '절',
    check: '검사', result: '결과', expected: '기대', actual: '실제', hint: '힌트', commands: '책의 명령',
    journal: '통과 기록', firstPassed: '처음 통과', lastPassed: '마지막 통과', best: '최고 점수', never: '아직 통과하지 못함',
    passedEarlier: '예전에 통과했지만 지금은 상태가 바뀌었습니다', passesNow: '지금 통과', none: '없음',
    matrix: '학생 × 실습', passRateExercise: '실습별 통과율', passRateCheck: '검사별 통과율 (많이 실패한 순)',
    status: '상태', name: '이름', id: '학번', email: '이메일', reason: '사유', failed: '실패 수', rate: '통과율',
    graded: '채점됨', missing: '미제출', invalid: '잘못된 파일', unreachable: '접속 불가',
    integrity: '확인이 필요한 증거', details: '학생별 상세', average: '평균', students: '학생', generated: '생성', shard: '분할',
    offRoster: '명단에 없음', noResult: '결과 없음',
    toFix: '고칠 실습', done: '통과한 실습', yourContainer: '지금 내 컨테이너 (명령으로 쓰면)', bookCommand: '책의 명령',
    cmdMissing: '책에는 있고 내 컨테이너에는 없음', cmdExtra: '내 컨테이너에만 있음',
    credited: '통과 기록으로 인정', creditLine: '통과 기록으로 인정: {at}에 통과했습니다 (지금 상태로는 {current}/{max})',
    currentOnly: '지금 상태만 채점했습니다 (--current-only): 통과 기록은 점수에 넣지 않았습니다',
    notGradable: '채점 안 함 (호스트 하나)', notGradableCell: '채점 안 함',
    creditedTotal: '실습 {n}개는 통과 기록으로 인정했습니다', excludedTotal: '실시간 확인 검사 {n}개({points})는 빼고 채점했습니다 (--no-probes)',
  },
  en: {
    report: 'Docker exercise results',
    classReport: 'Class results',
    pass: 'pass', fail: 'fail', skip: 'skipped', error: 'error',
    engine: 'Engine', source: 'State from', live: 'live engine', snapshot: 'snapshot file', time: 'Graded at', tool: 'Tool', student: 'Student', prefix: 'Prefix',
    total: 'Total', points: ' pts', exercises: 'exercises', section: 'Section',
    check: 'Check', result: 'Result', expected: 'Expected', actual: 'Found', hint: 'Hint', commands: "The book's commands",
    journal: 'Journal', firstPassed: 'First passed', lastPassed: 'Last passed', best: 'Best points', never: 'not passed yet',
    passedEarlier: 'passed earlier; the state has changed since', passesNow: 'passes now', none: 'none',
    matrix: 'Students × exercises', passRateExercise: 'Pass rate per exercise', passRateCheck: 'Pass rate per check (most failed first)',
    status: 'Status', name: 'Name', id: 'Student id', email: 'Email', reason: 'Reason', failed: 'Failed', rate: 'Pass rate',
    graded: 'graded', missing: 'missing', invalid: 'invalid file', unreachable: 'unreachable',
    integrity: 'Evidence worth a look', details: 'Student details', average: 'Average', students: 'Students', generated: 'Generated', shard: 'Shard',
    offRoster: 'not on the roster', noResult: 'no result',
    toFix: 'To fix', done: 'Passed', yourContainer: 'Your container now, as a command', bookCommand: "The book's command",
    cmdMissing: "in the book's command, not in your container", cmdExtra: 'only in your container',
    credited: 'counted from the journal', creditLine: 'counted from the journal: passed at {at} (the current state gives {current}/{max})',
    currentOnly: 'graded the current state only (--current-only): the journal does not count',
    notGradable: 'not gradable here', notGradableCell: 'not graded',
    creditedTotal: '{n} {exercises} counted from the journal', excludedTotal: 'the grade leaves out {n} probe {checks} ({points}) (--no-probes)',
  },
} as const;

export type HtmlLabels = (typeof HTML_LABELS)[Lang];

/** Longest learner text one HTML field shows. */
export const HTML_FIELD_CHARS = 1200;

const SYMBOL: Record<Status, string> = { pass: '✔', fail: '✘', skip: '–', error: '!' };

export interface ViewOptions {
  lang: Lang;
  showSecrets?: boolean;
  /** The catalog's public words, never hidden (see ReportOptions). */
  publicWords?: ReadonlySet<string>;
}

/** The zone a report's times are shown in, by its language: fixed offsets, whatever TZ the machine has. */
export const REPORT_TIME_ZONE: Readonly<Record<Lang, { name: string; offsetMinutes: number }>> = {
  // Korea Standard Time, UTC+9 all year (no daylight saving): the book's readers
  ko: { name: 'KST', offsetMinutes: 9 * 60 },
  en: { name: 'UTC', offsetMinutes: 0 },
};

/**
 * A timestamp as `YYYY-MM-DD HH:MM:SS KST` under `ko` and `… UTC` under `en` (the zone written out, the
 * same for every reader whatever the machine's TZ, unlike locale formats).
 */
export function formatTime(iso: string | undefined, lang: Lang = 'en'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = REPORT_TIME_ZONE[lang];
  const shifted = new Date(date.getTime() + zone.offsetMinutes * 60_000);
  return `${shifted.toISOString().slice(0, 19).replace('T', ' ')} ${zone.name}`;
}

/** An id usable as an HTML anchor: `2.2.1/run-ubuntu` → `ex-2-2-1-run-ubuntu`. */
export function anchorOf(kind: string, id: string): string {
  const raw = `${kind}-${id}`;
  const safe = raw.replace(/[^A-Za-z0-9_-]+/g, '-');
  if (safe === raw || /^[A-Za-z0-9_./-]*$/.test(raw)) return safe;
  // Ids with other characters (Korean names, markup) could collide once replaced: add a short hash.
  let hash = 5381;
  for (const ch of raw) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return `${safe}-${hash.toString(36)}`;
}

export function statusView(status: Status, L: HtmlLabels) {
  return { status, symbol: SYMBOL[status], statusLabel: L[status] };
}

/** What the journal (`history`, added by the progress journal) says about an exercise, if anything. */
export interface JournalView {
  firstPassed: string;
  lastPassed: string;
  best: string;
  state: string;
  entries: Array<{ at: string; status: string; points: string }>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/**
 * Reads the optional `history` of an exercise result tolerantly: an object with `firstPassedAt`,
 * `lastPassedAt`, `bestPoints` (and optionally `entries`/`attempts`), or an array of `{ at, status,
 * points }`. Anything else (or nothing) gives no journal.
 */
export function journalOf(exercise: ExerciseResult, L: HtmlLabels, clean: (s: string) => string, lang: Lang = 'en'): JournalView | null {
  const history = (exercise as { history?: unknown }).history;
  if (!history || typeof history !== 'object') return null;
  const record = history as Record<string, unknown>;
  const list = Array.isArray(history) ? history : Array.isArray(record.entries) ? record.entries : Array.isArray(record.attempts) ? record.attempts : [];
  const entries = (list as unknown[])
    .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object')
    .map((e) => ({ at: str(e.at ?? e.time ?? e.gradedAt), status: str(e.status), points: str(e.points) }));
  const firstPassedAt = str(record.firstPassedAt) || entries.find((e) => e.status === 'pass')?.at || '';
  const lastPassedAt = str(record.lastPassedAt) || [...entries].reverse().find((e) => e.status === 'pass')?.at || '';
  const best = str(record.bestPoints);
  const given = str(record.state);
  if (!firstPassedAt && !lastPassedAt && !best && !given && entries.length === 0) return null;
  // The journal's own verdict when it gives one (passing / regressed / never), else inferred.
  const state =
    given === 'passing' ? L.passesNow : given === 'regressed' ? L.passedEarlier : given === 'never' ? L.never : exercise.status === 'pass' ? L.passesNow : firstPassedAt ? L.passedEarlier : L.never;
  return {
    firstPassed: firstPassedAt ? formatTime(firstPassedAt, lang) : L.never,
    lastPassed: formatTime(lastPassedAt, lang),
    best: best ? `${clean(best)}/${exercise.maxPoints}` : '',
    state,
    entries: entries.slice(-20).map((e) => ({ at: formatTime(e.at, lang), status: clean(e.status), points: clean(e.points) })),
  };
}

/** A piece of a command line; `mark` says whether it is missing (book side) or extra (learner side). */
export interface CommandSegment {
  text: string;
  mark: '' | 'missing' | 'extra';
}

/**
 * Splits a command line into segments with the given parts marked. A part is found as a whole word run
 * (at the start or after a space, ending at a space or the end), the first unmarked occurrence; a part
 * that cannot be found is simply not marked (the lists beside still name it). Parts the comparison
 * flags with ` (differs)` are looked up without that note.
 */
export function markCommand(line: string, parts: readonly string[], mark: 'missing' | 'extra'): CommandSegment[] {
  const ranges: Array<[number, number]> = [];
  for (const raw of parts) {
    const part = raw.replace(/ \(differs\)$/, '');
    if (!part) continue;
    for (let at = line.indexOf(part); at !== -1; at = line.indexOf(part, at + 1)) {
      const end = at + part.length;
      const bounded = (at === 0 || line[at - 1] === ' ') && (end === line.length || line[end] === ' ');
      if (bounded && !ranges.some(([a, b]) => at < b && end > a)) {
        ranges.push([at, end]);
        break;
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: CommandSegment[] = [];
  let cursor = 0;
  for (const [a, b] of ranges) {
    if (a > cursor) segments.push({ text: line.slice(cursor, a), mark: '' });
    segments.push({ text: line.slice(a, b), mark });
    cursor = b;
  }
  if (cursor < line.length) segments.push({ text: line.slice(cursor), mark: '' });
  return segments;
}

/**
 * The learner's container beside the book's command, differences marked. As in the terminal, only for
 * an exercise that does not pass and whose container differs (a passing one's `-d` is no news); null
 * otherwise.
 */
export function commandView(exercise: ExerciseResult, clean: (s: string) => string, lang: Lang = 'en') {
  const command = exercise.command;
  if (!command || exercise.status === 'pass' || (command.missing.length === 0 && command.extra.length === 0)) return null;
  const cleaned = (segments: CommandSegment[]) => segments.map((segment) => ({ ...segment, text: clean(segment.text) }));
  return {
    container: command.container ? clean(command.container) : '',
    learner: cleaned(markCommand(command.learner, command.extra, 'extra')),
    book: cleaned(markCommand(command.book, command.missing, 'missing')),
    missing: command.missing.map(clean),
    extra: command.extra.map((part) => clean(commandPartText(part, lang))),
  };
}

/** One exercise as the `exercise` partial shows it. */
export function exerciseView(exercise: ExerciseResult, options: ViewOptions, anchorKind = 'ex') {
  const L = HTML_LABELS[options.lang];
  // A page column holds less than a terminal or a file: learner text is clipped shorter here.
  const clean = (text: string) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords, max: HTML_FIELD_CHARS });
  return {
    id: exercise.id,
    anchor: anchorOf(anchorKind, exercise.id),
    section: exercise.section,
    title: clean(t(exercise.title, options.lang)),
    ...statusView(exercise.status, L),
    // Not gradable on one host: its badge says so (not a plain "skipped") and a line gives the reason.
    ...(exercise.notGradable && exercise.status === 'skip' ? { statusLabel: L.notGradable } : {}),
    notGradable: exercise.notGradable ? clean(notGradableText(exercise.notGradable, options.lang)) : '',
    points: exercise.points,
    maxPoints: exercise.maxPoints,
    commands: exercise.commands.map((c) => cleanText(c, { lang: options.lang, showSecrets: true })),
    error: exercise.error ? clean(exercise.error) : '',
    hiddenLine: exercise.hidden ? hiddenChecksLine(exercise.hidden, options.lang) : '',
    checks: exercise.checks.map((check) => ({
      id: check.id,
      // a course's hidden check, in the teacher's report: marked (a student's own report has none)
      title: `${check.hidden ? hiddenMark(options.lang) : ''}${clean(t(check.title, options.lang))}`,
      ...statusView(check.status, L),
      points: check.points,
      maxPoints: check.maxPoints,
      message: clean(t(check.message, options.lang)),
      expected: clean(shownValue(check, 'expected', options.lang) ?? ''),
      actual: clean(shownValue(check, 'actual', options.lang) ?? ''),
      // Hints carry the fixing command with the book's values: ours, not the learner's, so shown in clear.
      hint: check.hint ? cleanText(t(check.hint, options.lang), { lang: options.lang, showSecrets: true }) : '',
      // An exercise counted from the journal needs no fix: its hints stay closed.
      open: (check.status === 'fail' || check.status === 'error') && !exercise.credit,
    })),
    journal: journalOf(exercise, L, clean, options.lang),
    // Commands are clipped per segment (never mid-mark) and masked; a whole line stays short anyway.
    command: commandView(exercise, (text) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords, max: 400 }), options.lang),
    credit: exercise.credit ? { label: L.credited, text: fill(L.creditLine, { at: formatTime(exercise.credit.passedAt, options.lang), current: String(exercise.credit.current.points), max: String(exercise.maxPoints) }) } : null,
  };
}

/** `{name}` placeholders filled (values already cleaned). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export type ExerciseView = ReturnType<typeof exerciseView>;

/** Exercises grouped by section (consecutive runs of one section), each group under its heading (the run's title of it). */
export function sectionsOf<T extends { section: string }>(items: T[], heading: (section: string) => string): Array<{ section: string; heading: string; exercises: T[] }> {
  const groups: Array<{ section: string; heading: string; exercises: T[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.section === item.section) last.exercises.push(item);
    else groups.push({ section: item.section, heading: heading(item.section), exercises: [item] });
  }
  return groups;
}

/** Failing (and broken) exercises first, so a student's report opens on what to fix; each part in the book's order. */
export function partsOf<T extends { section: string; status: Status }>(items: T[], L: HtmlLabels, heading: (section: string) => string) {
  const toFix = items.filter((e) => e.status === 'fail' || e.status === 'error');
  const rest = items.filter((e) => !toFix.includes(e));
  return [
    { kind: 'fix', label: L.toFix, sections: sectionsOf(toFix, heading) },
    { kind: 'done', label: L.done, sections: sectionsOf(rest, heading) },
  ].filter((part) => part.sections.length > 0);
}

/** The header facts and totals of one run (`viewOf`: each exercise's view, exerciseView by default). */
export function runView(run: RunResult, options: ViewOptions, anchorKind = 'ex', viewOf: (exercise: ExerciseResult) => ExerciseView = (e) => exerciseView(e, options, anchorKind)) {
  const L = HTML_LABELS[options.lang];
  const clean = (text: string) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords, max: 300 });
  const heading = (section: string) => sectionHeadingOf(run, section, options.lang);
  const exercises = [...run.exercises].sort(runOrder(run)).map(viewOf);
  const totals = run.totals;
  return {
    engine: run.engine ? `${clean(run.engine.name)} · Docker ${clean(run.engine.serverVersion)} (API ${clean(run.engine.apiVersion)}, ${clean(run.engine.osType)}/${clean(run.engine.arch)})` : L.none,
    source: `${run.source.type === 'live' ? L.live : L.snapshot}: ${clean(run.source.location)}`,
    time: formatTime(run.finishedAt || run.startedAt, options.lang),
    tool: `${clean(run.tool.name)} ${clean(run.tool.version)}`,
    student: run.student ? clean(run.student) : '',
    prefix: run.prefix ? clean(run.prefix) : '',
    sections: sectionsOf(exercises, heading),
    parts: partsOf(exercises, L, heading),
    journal: exercises.filter((e) => e.journal).map((e) => ({ id: e.id, anchor: e.anchor, title: e.title, ...e.journal! })),
    totals: {
      ...totals,
      status: totals.errored ? 'error' : totals.failed ? 'fail' : totals.exercises && totals.skipped === totals.exercises ? 'skip' : 'pass',
      percent: totals.maxPoints ? Math.round((100 * totals.points) / totals.maxPoints) : 0,
      counts: exerciseCountsText(totals, options.lang),
    },
    notes: [
      ...(totals.credited ? [fill(L.creditedTotal, { n: String(totals.credited), exercises: totals.credited === 1 ? 'exercise' : 'exercises' })] : []),
      ...(run.currentOnly ? [L.currentOnly] : []),
      ...(totals.excluded ? [fill(L.excludedTotal, { n: String(totals.excluded.checks), checks: totals.excluded.checks === 1 ? 'check' : 'checks', points: pointsText(totals.excluded.points, options.lang) })] : []),
      ...courseNotes(run, options.lang),
    ],
  };
}
