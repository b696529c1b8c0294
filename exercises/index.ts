/**
 * The exercise registry: every folder under exercises/ is imported here, in section order.
 * A test checks that no folder is missing and that ids are unique and sorted.
 */
import type { ExerciseDefinition } from '../grader/check/types.js';
import createMycentos from './2.2.1-create-mycentos/index.js';
import pullCentos from './2.2.1-pull-centos/index.js';
import runUbuntu from './2.2.1-run-ubuntu/index.js';

/** All exercises in book order. */
export const EXERCISES: readonly ExerciseDefinition[] = [runUbuntu, pullCentos, createMycentos];
