/**
 * JUnit XML as GitLab, GitHub (test-reporter actions) and Jenkins read it: `<testsuites>` for the run,
 * one `<testsuite>` per exercise, one `<testcase>` per check. The output validates against Jenkins
 * xunit-plugin's junit-10.xsd (our schema of it in fixtures/junit/; the tests run xmllint on every JUnit golden and on a
 * hostile report), the strictest schema a CI applies: so `<testsuites>` has no `skipped` attribute.
 * Names are stable ids whatever `--lang` says, or every CI's test history would break on a language
 * switch: a suite is named by the exercise id, a case by the check id, its classname is
 * `dockgrade.<section>.<slug>`. The localized text goes in the `title` property, the failure's message
 * (`title: message`) and its body (expected / found / hint / the book's commands). A skipped check
 * carries `<skipped>`, a broken one `<error>`; a check of an exercise not gradable on one host that does
 * not pass is `<skipped>` with that reason (and the exercise's `not_gradable` property says it). Learner text is cleaned (escapes, control characters
 * invalid in XML 1.0, secrets) and escaped.
 */
import { sectionHeadingOf } from './run-sections.js';
import { shownValue } from '../grader/core/value-text.js';
import { t } from '../grader/core/i18n.js';
import type { CheckResult, ExerciseResult, RunResult } from '../grader/model/result-schema.js';
import { cleanText } from './report-text.js';
import { notGradableText } from './not-gradable-text.js';
import type { ReportOptions, Reporter } from './types.js';

const LABEL = {
  ko: { expected: '기대', actual: '실제', hint: '힌트', commands: '책의 명령', points: '점수', credited: '통과 기록으로 인정' },
  en: { expected: 'expected', actual: 'found', hint: 'hint', commands: "the book's commands", points: 'points', credited: 'counted from the journal' },
};

/** Escapes text for XML 1.0 content and attributes, dropping characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Attribute value: newlines and tabs kept as character references so parsers do not fold them. */
function attr(text: string): string {
  return xmlEscape(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** `2026-01-02T03:04:05` (UTC, no zone: the form the Jenkins schema's `timestamp` accepts). */
function timestampOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 19);
}

/** Jenkins splits `classname` at its last dot into package and class: `dockgrade.2_2_1.run-ubuntu`. */
function classnameOf(exercise: ExerciseResult): string {
  const slug = exercise.id.slice(exercise.id.indexOf('/') + 1);
  return `dockgrade.${exercise.section.replace(/\./g, '_')}.${slug.replace(/\./g, '_')}`;
}

/**
 * Checks with the status their cases show: an exercise counted from the journal has its misses
 * skipped, one not gradable on one host its failures.
 */
function shownChecks(exercise: ExerciseResult): CheckResult[] {
  if (exercise.credit) return exercise.checks.map((c) => (c.status === 'fail' || c.status === 'error' ? { ...c, status: 'skip' as const } : c));
  if (exercise.notGradable) return exercise.checks.map((c) => (c.status === 'fail' ? { ...c, status: 'skip' as const } : c));
  return exercise.checks;
}

function count(checks: readonly CheckResult[], status: CheckResult['status']): number {
  return checks.filter((c) => c.status === status).length;
}

/** The localized head of a check's outcome: `title: message` (the message's first line for an attribute). */
function headline(check: CheckResult, options: ReportOptions, clean: (s: string) => string): string {
  return `${clean(t(check.title, options.lang))}: ${clean(t(check.message, options.lang))}`;
}

function detail(check: CheckResult, exercise: ExerciseResult, options: ReportOptions, clean: (s: string) => string): string {
  const L = LABEL[options.lang];
  const lines = [headline(check, options, clean)];
  if (check.expected !== undefined) lines.push(`${L.expected}: ${clean(shownValue(check, 'expected', options.lang)!)}`);
  if (check.actual !== undefined) lines.push(`${L.actual}: ${clean(shownValue(check, 'actual', options.lang)!)}`);
  if (check.hint) lines.push(`${L.hint}: ${cleanText(t(check.hint, options.lang), { lang: options.lang, showSecrets: true })}`);
  if (exercise.commands.length) lines.push(`${L.commands}:`, ...exercise.commands.map((c) => `  $ ${cleanText(c, { lang: options.lang, showSecrets: true })}`));
  return lines.join('\n');
}

function testcase(check: CheckResult, exercise: ExerciseResult, options: ReportOptions, clean: (s: string) => string): string {
  // The check id, not its (localized) title: CI history follows a test by classname and name.
  const open = `    <testcase name="${attr(check.id)}" classname="${attr(classnameOf(exercise))}" time="0"`;
  const message = attr(headline(check, options, clean).split('\n')[0]);
  // An exercise counted from the journal (passed earlier) fails no build: its current misses are skipped.
  if (exercise.credit && (check.status === 'fail' || check.status === 'error')) {
    return `${open}>\n      <skipped message="${attr(`${LABEL[options.lang].credited}: ${message}`)}"/>\n    </testcase>`;
  }
  // Not gradable on one host: no points either way and never a failed build; a check that does not
  // pass is skipped with the reason first, then what it saw.
  if (exercise.notGradable && (check.status === 'fail' || check.status === 'skip')) {
    return `${open}>\n      <skipped message="${attr(`${clean(notGradableText(exercise.notGradable, options.lang))} — ${headline(check, options, clean).split('\n')[0]}`)}"/>\n    </testcase>`;
  }
  switch (check.status) {
    case 'pass':
      return `${open}/>`;
    case 'skip':
      return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    case 'fail':
      return `${open}>\n      <failure message="${message}" type="fail">${xmlEscape(detail(check, exercise, options, clean))}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error message="${message}" type="error">${xmlEscape(detail(check, exercise, options, clean))}</error>\n    </testcase>`;
  }
}

function testsuite(run: RunResult, exercise: ExerciseResult, index: number, timestamp: string, hostname: string, options: ReportOptions): string {
  const clean = (text: string) => cleanText(text, { lang: options.lang, showSecrets: options.showSecrets, publicWords: options.publicWords });
  const checks = exercise.checks;
  const cases = checks.map((check) => testcase(check, exercise, options, clean));
  // Checks as the cases show them: an exercise counted from the journal has its misses skipped.
  const shown = shownChecks(exercise);
  let errors = count(shown, 'error');
  if (exercise.error && checks.length === 0) {
    // An exercise that broke before any check ran still shows up as one erroring case.
    cases.push(`    <testcase name="${attr(exercise.id)}" classname="${attr(classnameOf(exercise))}" time="0">\n      <error message="${attr(clean(exercise.error).split('\n')[0])}" type="error">${xmlEscape(clean(exercise.error))}</error>\n    </testcase>`);
    errors += 1;
  }
  const props = [
    ['section', exercise.section],
    // The section's title as the run carries it, in the reader's language (`2.2.1 컨테이너 생성`).
    ['section_title', clean(sectionHeadingOf(run, exercise.section, options.lang))],
    ['title', clean(t(exercise.title, options.lang))],
    ['status', exercise.status],
    [LABEL.en.points, `${exercise.points}/${exercise.maxPoints}`],
    ...(exercise.notGradable ? [['not_gradable', clean(notGradableText(exercise.notGradable, options.lang))]] : []),
    ...(exercise.credit ? [['credit', `journal ${exercise.credit.passedAt} (current ${exercise.credit.current.points}/${exercise.maxPoints})`]] : []),
    // a course's hidden checks in a student's run: how many and their points only; its points scale
    ...(exercise.hidden ? [['hidden_checks', `${exercise.hidden.checks} (${exercise.hidden.points} points)`]] : []),
    ...(run.totals.scaled ? [['points_scale', `${run.totals.scaled.scale} for the course's ${run.totals.scaled.coursePoints} points`]] : []),
  ]
    .map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`)
    .join('\n');
  const head =
    `  <testsuite name="${attr(exercise.id)}" id="${index}" package="${attr(classnameOf(exercise))}"` +
    ` tests="${cases.length}" failures="${count(shown, 'fail')}" errors="${errors}" skipped="${count(shown, 'skip')}" time="0"` +
    (timestamp ? ` timestamp="${timestamp}"` : '') +
    ` hostname="${attr(hostname)}">`;
  return [head, '    <properties>', props, '    </properties>', ...cases, '  </testsuite>'].join('\n');
}

export const junitReporter: Reporter = (run, options) => {
  const timestamp = timestampOf(run.startedAt);
  const hostname = run.engine ? cleanText(run.engine.name, { max: 200 }) || 'docker' : 'docker';
  const suites = run.exercises.map((exercise, index) => testsuite(run, exercise, index, timestamp, hostname, options));
  const checks = run.exercises.flatMap(shownChecks);
  const brokenWithoutChecks = run.exercises.filter((e) => e.error && e.checks.length === 0).length;
  const started = Date.parse(run.startedAt);
  const finished = Date.parse(run.finishedAt);
  const seconds = Number.isFinite(started) && Number.isFinite(finished) ? Math.max(0, (finished - started) / 1000) : 0;
  const root =
    `<testsuites name="${attr(`dockgrade${run.student ? ` ${cleanText(run.student, { max: 200 })}` : ''}`)}"` +
    // No `skipped` here: junit-10.xsd allows it on <testsuite> only (each suite carries its own count).
    ` tests="${checks.length + brokenWithoutChecks}" failures="${count(checks, 'fail')}" errors="${count(checks, 'error') + brokenWithoutChecks}"` +
    ` time="${seconds.toFixed(3)}">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, '</testsuites>', ''].join('\n');
};
