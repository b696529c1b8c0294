/** The terminal view: symbols, points, messages and hints; readable without colour. */
import { sectionHeadingOf } from './run-sections.js';
import { commandPartText, shownValue } from '../grader/core/value-text.js';
import { t } from '../grader/core/i18n.js';
import { notGradableText } from './not-gradable-text.js';
import type { ExerciseHistory, ExerciseResult, RunResult, Status, Totals } from '../grader/model/result-schema.js';
import { cleanText, exerciseCountsText } from './report-text.js';
import { oneLine, sanitizeTerminal } from './terminal-text.js';
import { courseNotes, hiddenChecksLine, hiddenMark } from './course-text.js';
import type { Reporter } from './types.js';

const SYMBOL: Record<Status, string> = { pass: '✔', fail: '✘', skip: '–', error: '!' };
const COLOR: Record<Status, number> = { pass: 32, fail: 31, skip: 90, error: 35 };
const LABEL = {
  ko: { pass: '통과', fail: '실패', skip: '건너뜀', error: '오류', expected: '기대', actual: '실제', hint: '힌트', total: '합계', engine: '엔진', points: '점', exercises: '실습', yours: '내 컨테이너', book: '책의 명령 ', missing: '빠짐', extra: '추가됨' },
  en: { pass: 'pass', fail: 'fail', skip: 'skip', error: 'error', expected: 'expected', actual: 'found', hint: 'hint', total: 'total', engine: 'engine', points: ' pts', exercises: 'exercises', yours: 'yours', book: 'book ', missing: 'missing', extra: 'extra' },
};

/**
 * When something happened, for the learner: `14:02` on the day of the run, else `2026-11-27 14:02`, in
 * the local time zone.
 */
export function whenText(at: string, runAt: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const run = new Date(runAt);
  return !Number.isNaN(run.getTime()) && day(run) === day(date) ? time : `${day(date)} ${time}`;
}

/** The journey line of an exercise: passes now, passed earlier and the state changed since, never passed. */
export function historyText(history: ExerciseHistory, maxPoints: number, runAt: string, lang: 'ko' | 'en'): string {
  const at = (iso?: string) => (iso ? whenText(iso, runAt) : '');
  switch (history.state) {
    case 'passing':
      return history.firstPassedAt && history.firstPassedAt !== history.lastPassedAt
        ? lang === 'ko' ? `지금 통과 (처음 통과: ${at(history.firstPassedAt)})` : `passes now (first passed at ${at(history.firstPassedAt)})`
        : lang === 'ko' ? '지금 통과' : 'passes now';
    case 'regressed':
      return lang === 'ko'
        ? `${at(history.lastPassedAt)}에 통과했지만 그 뒤 상태가 바뀌었습니다 (최고 ${history.bestPoints}/${maxPoints})`
        : `passed at ${at(history.lastPassedAt)}; state changed since (best ${history.bestPoints}/${maxPoints})`;
    case 'never': {
      const best = history.bestPoints > 0 ? ` (${lang === 'ko' ? '최고' : 'best'} ${history.bestPoints}/${maxPoints})` : '';
      return lang === 'ko' ? `아직 통과한 적 없음${best}` : `never passed yet${best}`;
    }
  }
}

const HISTORY_SYMBOL = { passing: '★', regressed: '↺', never: '·' } as const;

/** The line of an exercise that counts from the journal: when it passed, and what the state gives now. */
export function creditText(credit: NonNullable<ExerciseResult['credit']>, maxPoints: number, runAt: string, lang: 'ko' | 'en'): string {
  const at = whenText(credit.passedAt, runAt);
  return lang === 'ko'
    ? `통과 기록으로 인정: ${at}에 통과했습니다 (지금 상태로는 ${credit.current.points}/${maxPoints})`
    : `counted from the journal: passed at ${at} (the current state gives ${credit.current.points}/${maxPoints})`;
}

/** Notes under the total: exercises counted from the journal, current state only, checks left out by choice. */
export function totalsNotes(run: Pick<RunResult, 'currentOnly' | 'exercises'> & { totals: Totals }, lang: 'ko' | 'en'): string[] {
  const notes: string[] = [];
  const { credited, excluded } = run.totals;
  if (credited) notes.push(lang === 'ko' ? `실습 ${credited}개는 통과 기록으로 인정했습니다 (예전에 통과했고, 책의 뒷부분이 상태를 바꿨습니다)` : `${credited} exercise${credited === 1 ? '' : 's'} counted from the journal (passed earlier; a later step of the book changed the state)`);
  if (run.currentOnly) notes.push(lang === 'ko' ? '지금 상태만 채점했습니다 (--current-only): 통과 기록은 점수에 넣지 않았습니다' : 'graded the current state only (--current-only): the journal does not count');
  if (excluded) {
    notes.push(
      lang === 'ko'
        ? `실시간 확인 검사 ${excluded.checks}개(${excluded.points}점)는 빼고 채점했습니다 (--no-probes)`
        : `the grade leaves out ${excluded.checks} probe check${excluded.checks === 1 ? '' : 's'} (${excluded.points} ${excluded.points === 1 ? 'pt' : 'pts'}) (--no-probes)`,
    );
  }
  notes.push(...courseNotes(run, lang));
  return notes;
}

/**
 * A multi-line message (a log tail) kept readable: each further line indented under `pad` behind a
 * `│ ` gutter, so none of them begins, even after blanks, with learner text such as `::warning`.
 */
function indent(text: string, pad: string): string {
  return text
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .join(`\n${pad}│ `);
}

export const prettyReporter: Reporter = (run, options) => {
  const L = LABEL[options.lang];
  const paint = (status: Status, text: string) => (options.color ? `\u001b[${COLOR[status]}m${text}\u001b[0m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[0m` : text);
  // Learner text: escapes stripped, secret-looking values masked, huge text clipped.
  const clean = (text: string) => oneLine(cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords }));
  const lines: string[] = [];
  if (run.engine) lines.push(dim(`${L.engine}: ${clean(run.engine.name)} (Docker ${clean(run.engine.serverVersion)}, ${clean(run.source.location)})`));
  let section = '';
  for (const exercise of run.exercises) {
    lines.push('');
    // A heading where the book's section changes: its number and title (`2.2.1 컨테이너 생성`).
    if (exercise.section !== section) {
      section = exercise.section;
      lines.push(dim(`── ${clean(sectionHeadingOf(run, section, options.lang))}`), '');
    }
    lines.push(`${paint(exercise.status, SYMBOL[exercise.status])} ${clean(exercise.id)}  ${clean(t(exercise.title, options.lang))}  ${paint(exercise.status, `${exercise.points}/${exercise.maxPoints}`)}`);
    if (exercise.notGradable) lines.push(`    ${dim(clean(notGradableText(exercise.notGradable, options.lang)))}`);
    if (exercise.credit) {
      lines.push(`    ${paint('pass', `↺ ${clean(creditText(exercise.credit, exercise.maxPoints, run.finishedAt, options.lang))}`)}`);
    } else if (exercise.history) {
      const text = `${HISTORY_SYMBOL[exercise.history.state]} ${clean(historyText(exercise.history, exercise.maxPoints, run.finishedAt, options.lang))}`;
      // A regression stands out: the learner did it once, and a later step undid it.
      lines.push(`    ${exercise.history.state === 'regressed' ? (options.color ? `\u001b[33m${text}\u001b[0m` : text) : dim(text)}`);
    }
    if (exercise.error) lines.push(`    ${paint('error', clean(exercise.error))}`);
    for (const check of exercise.checks) {
      const mark = check.hidden ? hiddenMark(options.lang) : '';
      lines.push(`  ${paint(check.status, SYMBOL[check.status])} ${mark}${clean(t(check.title, options.lang))}: ${indent(cleanText(t(check.message, options.lang), { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords }), '      ')}`);
      // An exercise counted from the journal needs no fix: redoing it could undo a later step of the book.
      if ((check.status === 'fail' || check.status === 'error') && !exercise.credit) {
        if (check.expected !== undefined) lines.push(`      ${L.expected}: ${clean(shownValue(check, 'expected', options.lang)!)}`);
        if (check.actual !== undefined) lines.push(`      ${L.actual}: ${clean(shownValue(check, 'actual', options.lang)!)}`);
        // Hints carry the book's own values (not the learner's): shown in clear.
        // A hint of several commands has one numbered step a line (grader/check/hint-steps.ts): each on its own line, indented under it.
        if (check.hint) lines.push(`      ${L.hint}: ${t(check.hint, options.lang).split('\n').map((line) => oneLine(sanitizeTerminal(line))).join('\n        ')}`);
      }
    }
    // A course's hidden checks, in a student's view: how many and their points, never what they test.
    if (exercise.hidden) lines.push(dim(`  · ${hiddenChecksLine(exercise.hidden, options.lang)}`));
    // A failing exercise shows the learner's container as a docker run line beside the book's, differences marked.
    const command = exercise.command;
    if (command && exercise.status === 'fail' && !exercise.credit && (command.missing.length || command.extra.length)) {
      lines.push(`    ${L.yours}: ${clean(command.learner)}`);
      lines.push(`    ${L.book}: ${clean(command.book)}`);
      if (command.missing.length) lines.push(`      ${paint('fail', `- ${L.missing}: ${command.missing.map(clean).join('  ')}`)}`);
      if (command.extra.length) lines.push(`      ${paint('skip', `+ ${L.extra}: ${command.extra.map((part) => clean(commandPartText(part, options.lang))).join('  ')}`)}`);
    }
  }
  const totals = run.totals;
  lines.push('');
  lines.push(`${L.total}: ${totals.points}/${totals.maxPoints}${L.points} · ${exerciseCountsText(totals, options.lang)}`);
  lines.push(...totalsNotes(run, options.lang));
  const regressed = run.exercises.filter((e) => e.history?.state === 'regressed' && !e.credit).length;
  if (regressed) lines.push(options.lang === 'ko' ? `실습 ${regressed}개는 전에 통과했지만 지금은 상태가 바뀌었습니다 (책의 뒷부분이 지운 것일 수 있습니다)` : `${regressed} passed earlier but not now (a later exercise of the book may have undone it)`);
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
};
