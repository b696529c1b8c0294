/**
 * GitHub Actions workflow commands (`::error title=…::…`) for every failing check, plus one `::notice`
 * with the totals, so failures show up as annotations on the run. Escaped by the workflow-command rules
 * (actions/toolkit `command.ts`): in the message `%`, `\r`, `\n`; in property values also `:` and `,`.
 * In the run's reading order (its sections, from the catalog), no timestamps: the same state prints the same lines.
 */
import { shownValue } from '../grader/core/value-text.js';
import { runOrder } from './run-sections.js';
import { t } from '../grader/core/i18n.js';
import type { ExerciseResult, RunResult } from '../grader/model/result-schema.js';
import type { Reporter } from './types.js';
import { totalsNotes } from './pretty-reporter.js';
import { inertLine, sanitizeTerminal } from './terminal-text.js';
import { cleanText } from './report-text.js';

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line: `::name key=value,…::message`. Its text is made inert first (escapes,
 * controls, bidi overrides gone; reports/terminal-text.ts), then escaped: whoever calls it (this
 * reporter, doctor) cannot hand the runner a raw escape, and the line stays one line.
 */
export function workflowCommand(name: string, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(inertLine(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(sanitizeTerminal(message))}`;
}

const LABEL = {
  ko: { expected: '기대', actual: '실제', hint: '힌트', error: '검사기 오류', summary: (p: string, e: string) => `${p}점 · 통과한 실습 ${e}`, waited: '대기' },
  en: { expected: 'expected', actual: 'found', hint: 'hint', error: 'checker error', summary: (p: string, e: string) => `${p} points · ${e} exercises pass`, waited: 'waited' },
};

function sorted(run: RunResult): ExerciseResult[] {
  return [...run.exercises].sort(runOrder(run));
}

export const githubAnnotationsReporter: Reporter = (run, options) => {
  const L = LABEL[options.lang];
  // secrets masked as in the terminal report: the runner's log is as public as the terminal
  const clean = (text: string) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords });
  const lines: string[] = [];
  for (const exercise of sorted(run)) {
    if (exercise.error && !exercise.checks.some((c) => c.status === 'error')) {
      lines.push(workflowCommand('error', { title: `dockgrade ${exercise.id}` }, `${L.error}: ${clean(exercise.error)}`));
    }
    for (const check of exercise.checks) {
      // An exercise counted from the journal (passed earlier) is no error of the build.
      if ((check.status !== 'fail' && check.status !== 'error') || exercise.credit) continue;
      const body = [clean(t(check.message, options.lang))];
      if (check.expected !== undefined) body.push(`${L.expected}: ${clean(shownValue(check, 'expected', options.lang) ?? '')}`);
      if (check.actual !== undefined) body.push(`${L.actual}: ${clean(shownValue(check, 'actual', options.lang) ?? '')}`);
      if (check.hint) body.push(`${L.hint}: ${clean(t(check.hint, options.lang))}`);
      lines.push(workflowCommand('error', { title: `dockgrade ${exercise.id} › ${check.id}: ${clean(t(check.title, options.lang))}` }, body.join('\n')));
    }
  }
  const { totals } = run;
  const waited = run.waited ? ` · ${L.waited} ${(run.waited.ms / 1000).toFixed(1)}s (${run.waited.attempts})` : '';
  const notes = totalsNotes(run, options.lang).map((n) => ` · ${n}`).join('');
  lines.push(workflowCommand('notice', { title: 'dockgrade' }, `${L.summary(`${totals.points}/${totals.maxPoints}`, `${totals.passed}/${totals.exercises}`)}${waited}${notes}`));
  return `${lines.join('\n')}\n`;
};
