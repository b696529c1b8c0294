/** The terminal view: symbols, points, messages and hints; readable without colour. */
import { t } from '../grader/i18n.js';
import type { RunResult, Status } from '../grader/result-schema.js';
import { cleanText } from './report-text.js';
import { sanitizeTerminal } from './terminal-text.js';
import type { Reporter } from './types.js';

const SYMBOL: Record<Status, string> = { pass: '✔', fail: '✘', skip: '–', error: '!' };
const COLOR: Record<Status, number> = { pass: 32, fail: 31, skip: 90, error: 35 };
const LABEL = {
  ko: { pass: '통과', fail: '실패', skip: '건너뜀', error: '오류', expected: '기대', actual: '실제', hint: '힌트', total: '합계', engine: '엔진', points: '점', exercises: '과제' },
  en: { pass: 'pass', fail: 'fail', skip: 'skip', error: 'error', expected: 'expected', actual: 'found', hint: 'hint', total: 'total', engine: 'engine', points: 'pts', exercises: 'exercises' },
};

function indent(text: string, pad: string): string {
  return text.split('\n').join(`\n${pad}`);
}

export const prettyReporter: Reporter = (run, options) => {
  const L = LABEL[options.lang];
  const paint = (status: Status, text: string) => (options.color ? `\u001b[${COLOR[status]}m${text}\u001b[0m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[0m` : text);
  // Learner text: escapes stripped, secret-looking values masked, huge text clipped.
  const clean = (text: string) => cleanText(text, { showSecrets: options.showSecrets });
  const lines: string[] = [];
  if (run.engine) lines.push(dim(`${L.engine}: ${clean(run.engine.name)} (Docker ${clean(run.engine.serverVersion)}, ${clean(run.source.location)})`));
  for (const exercise of run.exercises) {
    lines.push('');
    lines.push(`${paint(exercise.status, SYMBOL[exercise.status])} ${exercise.id}  ${t(exercise.title, options.lang)}  ${paint(exercise.status, `${exercise.points}/${exercise.maxPoints}`)}`);
    if (exercise.error) lines.push(`    ${paint('error', clean(exercise.error))}`);
    for (const check of exercise.checks) {
      lines.push(`  ${paint(check.status, SYMBOL[check.status])} ${clean(t(check.title, options.lang))}: ${indent(clean(t(check.message, options.lang)), '      ')}`);
      if (check.status === 'fail' || check.status === 'error') {
        if (check.expected !== undefined) lines.push(`      ${L.expected}: ${clean(check.expected)}`);
        if (check.actual !== undefined) lines.push(`      ${L.actual}: ${clean(check.actual)}`);
        // Hints carry the book's own values (not the learner's): shown in clear.
        if (check.hint) lines.push(`      ${L.hint}: ${sanitizeTerminal(t(check.hint, options.lang))}`);
      }
    }
  }
  const totals = run.totals;
  lines.push('');
  lines.push(
    `${L.total}: ${totals.points}/${totals.maxPoints} ${L.points} · ${L.exercises} ${totals.exercises}: ${totals.passed} ${L.pass}, ${totals.failed} ${L.fail}` +
      (totals.skipped ? `, ${totals.skipped} ${L.skip}` : '') +
      (totals.errored ? `, ${totals.errored} ${L.error}` : ''),
  );
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
};
