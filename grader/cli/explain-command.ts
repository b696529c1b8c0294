/**
 * `dockgrade explain <id>`: what an exercise asks, without looking at any engine: its goal, the book's
 * commands, and each check with its points and what satisfies it, in the chosen language.
 */
import { inertLine } from '../../reports/terminal-text.js';
import { makeNames } from '../check/names.js';
import { selectExercises } from '../check/select.js';
import type { ExerciseDefinition } from '../check/types.js';
import { ExitCode } from '../core/errors.js';
import { t, type Lang, type Msg } from '../core/i18n.js';
import { pointsText } from '../core/units.js';
import { sectionHeadingIn, type Catalog } from '../pipeline/catalog.js';
import { inertJsonText } from '../core/inert-json.js';
import type { ExplainArgs } from './commands/explain-declaration.js';
import type { PointsScale } from '../course/points-scale.js';

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
  /** A course's hidden checks: how many and their points, never what they test. */
  hidden?: { checks: number; points: number };
  /** A course's per-student values: each helper as written and the student's value (`--student`). */
  values?: Array<{ helper: string; value: string }>;
}

/**
 * Explains an exercise; hints name the learner's objects with `prefix` and print the catalog's
 * `publicWords` (the book's example password) as they are; without them every such value is hidden.
 */
export function explainExercise(exercise: ExerciseDefinition, prefix = '', publicWords?: ReadonlySet<string>, scale?: PointsScale): Explanation {
  const names = makeNames(prefix);
  // a course's points scale gives each check its scaled worth (grader/course/points-scale.ts), in hundredths
  const worth = (c: ExerciseDefinition['checks'][number]) => (scale ? (scale.cents.get(exercise.id)?.get(c.id) ?? 0) : c.points * 100);
  const sum = (checks: ExerciseDefinition['checks']) => checks.reduce((total, c) => total + worth(c), 0) / 100;
  const hidden = exercise.checks.filter((c) => c.hidden);
  return {
    id: exercise.id,
    section: exercise.section,
    title: exercise.title,
    goal: exercise.goal,
    commands: [...exercise.commands],
    points: sum(exercise.checks),
    prefix,
    ...(hidden.length ? { hidden: { checks: hidden.length, points: sum(hidden) } } : {}),
    checks: exercise.checks.filter((c) => !c.hidden).map((c) => ({
      id: c.id,
      title: c.title,
      points: worth(c) / 100,
      ...(c.requires ? { requires: [c.requires].flat().join(', ') } : {}),
      ...(c.explain ? { hint: c.explain({ ...names, publicWords }) } : {}),
    })),
  };
}

const LABEL = {
  ko: { goal: '목표', commands: '책의 명령', checks: '검사', requires: '먼저 통과해야 함', prefix: '접두사', prefixNote: '이름 앞에 붙이세요' },
  en: { goal: 'Goal', commands: "The book's commands", checks: 'Checks', requires: 'needs', prefix: 'prefix', prefixNote: 'put it before every name' },
};

/** The terminal text of an explanation. */
export function renderExplanation(e: Explanation, lang: Lang, catalog: Pick<Catalog, 'sections'>): string {
  const L = LABEL[lang];
  const lines = [sectionHeadingIn(catalog, e.section, lang), `${e.id}  ${t(e.title, lang)}  (${pointsText(e.points, lang)})`, '', `${L.goal}`, `  ${t(e.goal, lang)}`, '', `${L.commands}`];
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
  if (e.hidden) {
    const { checks, points } = e.hidden;
    lines.push(lang === 'ko' ? `  숨은 검사 ${checks}개(${pointsText(points, lang)})는 선생님이 채점합니다` : `  ${checks} hidden check${checks === 1 ? '' : 's'} (${pointsText(points, lang)}) graded by your teacher`);
  }
  if (e.values?.length) {
    lines.push('', lang === 'ko' ? '내 값 (코스가 학생마다 주는 값)' : 'Your values (the course gives each student their own)');
    for (const v of e.values) lines.push(`  {{${v.helper}}} = ${v.value}`);
  }
  // The prefix is the user's own text, carried into names and hints: each line inert.
  return `${lines.map(inertLine).join('\n')}\n`;
}

/** Runs `dockgrade explain`. An unknown id is a UsageError naming the closest ids (exit 2). */
export async function runExplain(options: ExplainArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  // The values a student types (those of the course's commands), not the ones only a mutation uses.
  const values = catalog.course?.usesValues ? catalog.course.values.filter((v) => catalog.exercises.some((e) => e.commands.some((c) => c.includes(v.value)))) : undefined;
  if (values && catalog.course?.student === undefined) {
    const { courseCheckCatalog } = await import('../course/course-check.js');
    courseCheckCatalog(catalog);
  }
  const scale = catalog.course ? (await import('../course/points-scale.js')).pointsScaleOf(catalog) : undefined;
  const explanations = selectExercises(catalog.exercises, [options.id]).map((e) => ({ ...explainExercise(e, options.prefix, catalog.publicWords, scale), ...(values ? { values: [...values] } : {}) }));
  if (options.format === 'json') out.write(`${inertJsonText(explanations.length === 1 ? explanations[0] : explanations, 2)}\n`);
  else out.write(explanations.map((e) => renderExplanation(e, options.lang, catalog)).join('\n'));
  return ExitCode.Ok;
}
