/**
 * The Markdown job summary for GitHub Actions (`$GITHUB_STEP_SUMMARY`): totals, one table row per
 * exercise, and the failing checks with what was expected, what was found and the fix. Every text from
 * the engine or an exercise is escaped, so a container name or message never breaks the table.
 * Rows follow the run's reading order (its sections, from the catalog), not the id sort; no timestamps.
 */
import { shownValue } from '../grader/core/value-text.js';
import { runOrder, sectionHeadingOf } from './run-sections.js';
import { formatDuration } from '../grader/core/duration.js';
import { t } from '../grader/core/i18n.js';
import type { Status } from '../grader/model/result-schema.js';
import type { Reporter } from './types.js';
import { totalsNotes } from './pretty-reporter.js';
import { cleanText } from './report-text.js';

const ICON: Record<Status, string> = { pass: '✅', fail: '❌', skip: '⏭️', error: '⚠️' };
const LABEL = {
  ko: { heading: 'dockgrade 채점 결과', points: '점', exercise: '실습', title: '제목', score: '점수', pass: '통과', waited: '대기', attempts: '회 채점', expected: '기대', actual: '실제', hint: '힌트', failures: '실패한 검사', prefix: '접두사' },
  en: { heading: 'dockgrade results', points: ' points', exercise: 'exercise', title: 'title', score: 'points', pass: 'pass', waited: 'waited', attempts: 'attempts', expected: 'expected', actual: 'found', hint: 'hint', failures: 'Failing checks', prefix: 'prefix' },
};

/** Escapes text for Markdown (inline and table cells): HTML, emphasis, links, pipes, newlines. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

/** Text as inline code, safe in a table cell: HTML `<code>` (backticks inside cannot end it). */
export function markdownCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

export const stepSummaryReporter: Reporter = (run, options) => {
  const L = LABEL[options.lang];
  // secrets masked as in the terminal report: a job summary is as public as the job's log
  const clean = (text: string) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords });
  const exercises = [...run.exercises].sort(runOrder(run));
  const { totals } = run;
  const lines = [
    `## ${L.heading}: ${totals.points}/${totals.maxPoints}${L.points}`,
    '',
    `${totals.passed}/${totals.exercises} ${L.pass}${run.waited ? ` · ${L.waited} ${formatDuration(run.waited.ms)} (${run.waited.attempts} ${L.attempts})` : ''}${run.prefix ? ` · ${L.prefix} ${markdownCode(run.prefix)}` : ''}`,
    '',
    `| | ${L.exercise} | ${L.title} | ${L.score} |`,
    '|---|---|---|---:|',
    // A row naming the book's section (`2.2.1 컨테이너 생성`) where it changes.
    ...exercises.flatMap((e, i) => [
      ...(i === 0 || exercises[i - 1].section !== e.section ? [`| | **${escapeMarkdown(sectionHeadingOf(run, e.section, options.lang))}** | | |`] : []),
      `| ${ICON[e.status]}${e.credit ? ' ↺' : ''} | ${markdownCode(e.id)} | ${escapeMarkdown(t(e.title, options.lang))} | ${e.points}/${e.maxPoints} |`,
    ]),
  ];
  const notes = totalsNotes(run, options.lang);
  if (notes.length) lines.push('', ...notes.map((n) => `> ${escapeMarkdown(n)}`));
  // An exercise counted from the journal (↺) needs no fix.
  const failing = exercises.filter((e) => !e.credit).filter((e) => e.checks.some((c) => c.status === 'fail' || c.status === 'error') || e.error);
  if (failing.length) lines.push('', `### ${L.failures}`);
  for (const exercise of failing) {
    lines.push('', `**${ICON[exercise.status]} ${markdownCode(exercise.id)}** ${escapeMarkdown(t(exercise.title, options.lang))}`, '');
    if (exercise.error) lines.push(`- ${escapeMarkdown(clean(exercise.error))}`);
    for (const check of exercise.checks) {
      if (check.status !== 'fail' && check.status !== 'error') continue;
      lines.push(`- ${ICON[check.status]} ${markdownCode(check.id)} ${escapeMarkdown(clean(t(check.title, options.lang)))}: ${escapeMarkdown(clean(t(check.message, options.lang)))}`);
      if (check.expected !== undefined || check.actual !== undefined) {
        lines.push(`  - ${L.expected}: ${markdownCode(clean(shownValue(check, 'expected', options.lang) ?? ''))} · ${L.actual}: ${markdownCode(clean(shownValue(check, 'actual', options.lang) ?? ''))}`);
      }
      if (check.hint) lines.push(`  - ${L.hint}: ${escapeMarkdown(clean(t(check.hint, options.lang)))}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
};
