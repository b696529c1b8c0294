/**
 * The built-in exercises, built on demand by section (issue 25): the generated index
 * (catalog.generated.ts, from exercises/*.yaml at build time) says which exercises there are, in which
 * section and what names they claim; a section's exercises are built from their compiled files only
 * when something asks for one of them, once per process. The book's catalog
 * (grader/pipeline/book-catalog.ts) stands on this, so `check 2.2.5` builds 2.2.5 alone.
 */
import { buildExercise } from '../grader/check/exercise/exercise-builder.js';
import type { ExerciseDefinition } from '../grader/check/types.js';
import { inReadingOrder } from '../grader/pipeline/catalog.js';
import { EXERCISE_INDEX, SECTIONS } from './catalog.generated.js';

export { CLAIMED, FILE_SECTION_TITLES, PUBLIC_WORDS } from './catalog.generated.js';

/** Every built-in exercise's index entry, in reading order. */
export const EXERCISE_ENTRIES = inReadingOrder(EXERCISE_INDEX);

const built = new Map<string, ReadonlyMap<string, ExerciseDefinition>>();

function sectionExercises(section: string): ReadonlyMap<string, ExerciseDefinition> {
  let found = built.get(section);
  if (!found) built.set(section, (found = new Map((SECTIONS[section]?.() ?? []).map((file) => [file.id, buildExercise(file)]))));
  return found;
}

/** The built exercises of these ids, in the order given (building only their sections). */
export function builtExercises(ids: readonly string[]): ExerciseDefinition[] {
  const section = new Map(EXERCISE_ENTRIES.map((e) => [e.id, e.section]));
  return ids.map((id) => {
    const exercise = sectionExercises(section.get(id) ?? '').get(id);
    if (!exercise) throw new Error(`no built-in exercise '${id}'`);
    return exercise;
  });
}

/** Every built-in exercise, built, in reading order. */
export function allExercises(): ExerciseDefinition[] {
  return builtExercises(EXERCISE_ENTRIES.map((e) => e.id));
}
