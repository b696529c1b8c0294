/**
 * The exercise registry: the exercise files (exercises/*.yaml, compiled at build time into
 * catalog.generated.ts), in reading order (by section, then each one's `order`), all built. The book's
 * catalog (grader/pipeline/book-catalog.ts) builds them by section instead (sections.ts). A test checks
 * that no file is missing and that ids are unique.
 */
import type { ExerciseDefinition } from '../grader/check/types.js';
import { allExercises } from './sections.js';

/** All exercises in reading order. */
export const EXERCISES: readonly ExerciseDefinition[] = allExercises();
