/**
 * `dockgrade explain <id>`: what an exercise asks, without looking at any engine: its goal, the book's
 * commands, and each check with its points and what satisfies it, in the chosen language.
 */
import { inertLine } from '../../reports/terminal-text.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { selectExercises } from '../check/select.js';
import type { ExerciseDefinition } from '../check/types.js';
import { ExitCode } from '../core/errors.js';
import { t, type Lang, type Msg } from '../core/i18n.js';
import { pointsText } from '../core/units.js';
import { sectionHeading } from '../core/sections.js';
import { inertJsonText } from '../core/inert-json.js';

export interface ExplainOptions {
  id: string;
  format: 'pretty' | 'json';
  lang: Lang;
  prefix: string;
}

/** One exercise, explained: plain data in both languages. */
export interface Explanation {
  id: string;
  section: string;
  title: Msg;
  goal: Msg;
  commands: string[];
  points: number;
  /** The prefix the hints' names carry (`""` for none). */
  prefix: string;
  checks: Array<{ id: string; title: Msg; points: number; requires?: string; hint?: Msg }>;
}

/** Explains an exercise; hints name the learner's objects with `prefix`. */
export function explainExercise(exercise: ExerciseDefinition, prefix = ''): Explanation {
  const names = makeNames(prefix);
  return {
    id: exercise.id,
    section: exercise.section,
    title: exercise.title,
    goal: exercise.goal,
    commands: [...exercise.commands],
    points: exercise.checks.reduce((sum, c) => sum + c.points, 0),
    prefix,
    checks: exercise.checks.map((c) => ({
      id: c.id,
      title: c.title,
      points: c.points,
      ...(c.requires ? { requires: [c.requires].flat().join(', ') } : {}),
      ...(c.explain ? { hint: c.explain(names) } : {}),
    })),
  };
}

const LABEL = {
  ko: { goal: '목표', commands: '책의 명령', checks: '검사', requires: '먼저 통과해야 함', prefix: '접두사', prefixNote: '이름 앞에 붙이세요' },
  en: { goal: 'Goal', commands: "The book's commands", checks: 'Checks', requires: 'needs', prefix: 'prefix', prefixNote: 'put it before every name' },
};

/** The terminal text of an explanation. */
export function renderExplanation(e: Explanation, lang: Lang): string {
  const L = LABEL[lang];
  const lines = [sectionHeading(e.section, lang), `${e.id}  ${t(e.title, lang)}  (${pointsText(e.points, lang)})`, '', `${L.goal}`, `  ${t(e.goal, lang)}`, '', `${L.commands}`];
  for (const command of e.commands) lines.push(`  $ ${command}`);
  if (e.prefix) lines.push(`  (${L.prefix} '${e.prefix}': ${L.prefixNote}, ${makeNames(e.prefix).name('…')})`);
  lines.push('', `${L.checks}`);
  const width = Math.max(...e.checks.map((c) => c.id.length));
  const pointsWidth = Math.max(...e.checks.map((c) => pointsText(c.points, lang).length));
  for (const check of e.checks) {
    const requires = check.requires ? ` (${L.requires}: ${check.requires})` : '';
    const points = pointsText(check.points, lang);
    lines.push(`  ${check.id.padEnd(width)}  ${points.padStart(pointsWidth)}  ${t(check.title, lang)}${requires}`);
    if (check.hint) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(pointsWidth)}  → ${t(check.hint, lang)}`);
  }
  // The prefix is the user's own text, carried into names and hints: each line inert.
  return `${lines.map(inertLine).join('\n')}\n`;
}

/** Runs `dockgrade explain`. An unknown id is a UsageError naming the closest ids (exit 2). */
export async function runExplain(options: ExplainOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const explanations = selectExercises(EXERCISES, [options.id]).map((e) => explainExercise(e, options.prefix));
  if (options.format === 'json') out.write(`${inertJsonText(explanations.length === 1 ? explanations[0] : explanations, 2)}\n`);
  else out.write(explanations.map((e) => renderExplanation(e, options.lang)).join('\n'));
  return ExitCode.Ok;
}
