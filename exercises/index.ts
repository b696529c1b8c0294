/**
 * The exercise registry: the exercise files (exercises/*.yaml, compiled at build time into
 * catalog.generated.ts) and, until each is rewritten as a file, the TypeScript folders imported here, in
 * book order. A test checks that no file or folder is missing and that ids are unique and sorted.
 */
import { buildExercise } from '../grader/check/exercise/exercise-builder.js';
import type { ExerciseDefinition } from '../grader/check/types.js';
import { BOOK_ORDER } from '../grader/core/sections.js';
import { COMPILED_EXERCISES } from './catalog.generated.js';
import rename from './2.2.2-rename/index.js';
import remove from './2.2.3-remove/index.js';
import publish80 from './2.2.4-publish-80/index.js';
import networkTest from './2.2.4-network-test/index.js';
import publishMulti from './2.2.4-publish-multi/index.js';
import execEnv from './2.2.5-exec-env/index.js';
import linkDependency from './2.2.5-link-dependency/index.js';
import wordpress from './2.2.5-wordpress/index.js';
import wordpressdb from './2.2.5-wordpressdb/index.js';

/** The exercises still written in TypeScript. */
const FOLDERS: readonly ExerciseDefinition[] = [rename, remove, networkTest, publish80, publishMulti, wordpressdb, wordpress, execEnv, linkDependency];

const position = (id: string) => {
  const at = BOOK_ORDER.indexOf(id);
  return at < 0 ? BOOK_ORDER.length : at;
};

/** All exercises in book order. */
export const EXERCISES: readonly ExerciseDefinition[] = [...COMPILED_EXERCISES.map(buildExercise), ...FOLDERS].sort((a, b) => position(a.id) - position(b.id));
