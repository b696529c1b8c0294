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
import type { CompiledExercise } from './compiled-exercise.js';
import { compileExercise } from './exercise-compiler.js';

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

/** The text of exercises/catalog.generated.ts for the files of `dir`. */
export function catalogModule(dir: string): string {
  const exercises = compileExerciseDir(dir);
  return [
    `${CATALOG_NOTE}\n`,
    "import type { CompiledExercise } from '../grader/check/exercise/compiled-exercise.js';\n",
    '\n',
    '/** The built-in exercise files, compiled, in book order. */\n',
    `export const COMPILED_EXERCISES: readonly CompiledExercise[] = ${JSON.stringify(exercises, null, 2)};\n`,
  ].join('');
}
