import type { ExerciseDefinition } from './types.js';

const ID = /^\d+(\.\d+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Declares an exercise. Throws at load time on a malformed id, duplicate check ids, a section that
 * does not prefix the id, or a mutation naming an unknown check, so a broken exercise never ships.
 */
export function defineExercise(definition: ExerciseDefinition): ExerciseDefinition {
  if (!ID.test(definition.id)) throw new Error(`exercise id '${definition.id}' is not <section>/<slug>`);
  if (!definition.id.startsWith(`${definition.section}/`)) throw new Error(`exercise ${definition.id}: section ${definition.section} does not match the id`);
  const seen = new Set<string>();
  for (const check of definition.checks) {
    if (seen.has(check.id)) throw new Error(`exercise ${definition.id}: duplicate check id '${check.id}'`);
    if (!(check.points > 0)) throw new Error(`exercise ${definition.id}: check ${check.id} has no points`);
    seen.add(check.id);
  }
  const earlier = new Set<string>();
  for (const check of definition.checks) {
    for (const required of [check.requires ?? []].flat()) {
      if (!earlier.has(required)) throw new Error(`exercise ${definition.id}: check ${check.id} requires '${required}', which is not an earlier check`);
    }
    earlier.add(check.id);
  }
  for (const mutation of definition.mutations) {
    if (!seen.has(mutation.check)) throw new Error(`exercise ${definition.id}: mutation names unknown check '${mutation.check}'`);
  }
  return definition;
}
