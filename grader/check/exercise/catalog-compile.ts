/**
 * Compiles the built-in exercise files (exercises/*.yaml) into exercises/catalog.generated.ts, which the
 * registry (exercises/index.ts) imports: run first by `npm run build` (scripts/compile-exercises.mjs),
 * so a `check` parses no YAML and no template and loads neither parser. A test fails while the generated
 * module and the files differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compareSections, compareText } from '../../core/compare-text.js';
import type { Msg } from '../../core/i18n.js';
import { inReadingOrder, type CatalogSection } from '../../pipeline/catalog.js';
import { publicText } from '../../core/secrets.js';
import type { CompiledExercise } from './compiled-exercise.js';
import { compileExercise } from './exercise-compiler.js';
import { buildExercise } from './exercise-builder.js';
import { claimedNames } from '../run.js';

/** The first line of the generated module. */
export const CATALOG_NOTE = '// Generated from exercises/*.yaml by scripts/compile-exercises.mjs (grader/check/exercise/catalog-compile.ts). Do not edit.';

/**
 * Parses YAML text as an exercise file does: anchors and aliases allowed (a mutation may reuse the
 * solution's steps), `<<` merge keys, duplicate keys refused, at most 100 aliases (no alias bombs).
 */
export function parseExerciseYaml(text: string, source: string): unknown {
  try {
    return parse(text, { merge: true, uniqueKeys: true, maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    throw new Error(`${source}: not valid YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

/** The exercise files of `dir` (`<section>-<slug>.yaml`), compiled, in book order (section, then order). */
export function compileExerciseDir(dir: string): CompiledExercise[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort(compareText);
  const compiled = files.map((f) => {
    const source = join(dir, f);
    const exercise = compileExercise(parseExerciseYaml(readFileSync(source, 'utf8'), source), source);
    const expected = `${exercise.id.replace('/', '-')}.yaml`;
    if (f !== expected) throw new Error(`${source}: an exercise file is named after its id: ${expected}`);
    return exercise;
  });
  return compiled.sort((a, b) => compareSections(a.section, b.section) || a.order - b.order || compareText(a.id, b.id));
}

/** The section titles the files give, once each: two files that title one section differently fail the build. */
export function sectionTitlesOfFiles(exercises: readonly CompiledExercise[]): CatalogSection[] {
  const found = new Map<string, { title: Msg; source: string }>();
  for (const exercise of exercises) {
    for (const [id, title] of Object.entries(exercise.sectionTitles ?? {})) {
      const earlier = found.get(id);
      if (earlier && (earlier.title.ko !== title.ko || earlier.title.en !== title.en)) {
        throw new Error(`${exercise.source}: sectionTitles.${id}: ${earlier.source} titles section ${id} otherwise ('${earlier.title.en}' / '${title.en}'): one title per section`);
      }
      found.set(id, { title, source: earlier?.source ?? exercise.source });
    }
  }
  return [...found].sort(([a], [b]) => compareSections(a, b)).map(([id, { title }]) => ({ id, title }));
}

/**
 * The text of exercises/catalog.generated.ts for the files of `dir`: a light index of every exercise
 * (id, section, order, the book's commands and the container names its checks claim) and, per section,
 * a function that returns that section's compiled exercises. V8 only pre-parses a function it does not
 * call, so a `check 2.2.5` builds 2.2.5's exercises and nothing else (issue 25; a new file needs nothing
 * but this build step).
 */
export function catalogModule(dir: string): string {
  const exercises = compileExerciseDir(dir);
  const index = exercises.map((e) => ({ id: e.id, section: e.section, order: e.order, commands: e.commands, claims: claimedNames([buildExercise(e)]) }));
  const sections = [...new Set(exercises.map((e) => e.section))];
  const titles = sectionTitlesOfFiles(exercises);
  // Each section's files as one line of JSON text, parsed when the section is built: every run reads the
  // whole bundle, and the same data written as an indented object literal was 390 of its 1,500 kB (a
  // JSON string of it, 216 kB); JSON.parse also makes the objects faster than compiling a literal does.
  // A file's proof (solution, mutations), half of the data, in a text of its own: parsed only by what
  // reads it (selftest, solve, reset, doctor), never by a check (compiled-exercise.ts withProof).
  const bodies = sections.map((section) => {
    const files = exercises.filter((e) => e.section === section);
    const grading = files.map(({ solution: _solution, mutations: _mutations, ...rest }) => rest);
    const proof = files.map(({ solution, mutations }) => ({ solution, mutations }));
    return `  ${JSON.stringify(section)}: (): readonly CompiledExercise[] => withProof(JSON.parse(${JSON.stringify(JSON.stringify(grading))}), () => JSON.parse(${JSON.stringify(JSON.stringify(proof))})),\n`;
  });
  return [
    `${CATALOG_NOTE}\n`,
    "import { withProof, type CompiledEntry, type CompiledExercise } from '../grader/check/exercise/compiled-exercise.js';\n",
    "import type { CatalogSection } from '../grader/pipeline/catalog.js';\n",
    '\n',
    '/** Every built-in exercise file in book order, without its checks: what selecting, ordering and claiming names need. */\n',
    `export const EXERCISE_INDEX: readonly CompiledEntry[] = ${JSON.stringify(index)};\n`,
    '\n',
    "/** Section titles the exercise files give (`sectionTitles`), in reading order: the book's catalog adds those it lacks. */\n",
    `export const FILE_SECTION_TITLES: readonly CatalogSection[] = ${JSON.stringify(titles)};\n`,
    '\n',
    "/** The words of every exercise's commands in reading order (secrets.ts publicText): the book's public words, worked out here rather than by every run. */\n",
    `export const PUBLIC_WORDS: readonly string[] = ${JSON.stringify([...publicText(inReadingOrder(index))])};\n`,
    '\n',
    '/** Every container name the exercises claim, sorted (compare-text.ts). */\n',
    `export const CLAIMED: readonly string[] = ${JSON.stringify([...new Set(index.flatMap((e) => e.claims))].sort(compareText))};\n`,
    '\n',
    '/** The built-in exercise files of each section, compiled, in book order: each made only when called. */\n',
    `export const SECTIONS: Readonly<Record<string, () => readonly CompiledExercise[]>> = {\n${bodies.join('')}};\n`,
  ].join('');
}
