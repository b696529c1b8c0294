/**
 * The exercise registry: every folder under exercises/ is imported here, in section order.
 * A test checks that no folder is missing and that ids are unique and sorted.
 */
import type { ExerciseDefinition } from '../grader/check/types.js';
import createMycentos from './2.2.1-create-mycentos/index.js';
import pullCentos from './2.2.1-pull-centos/index.js';
import runUbuntu from './2.2.1-run-ubuntu/index.js';
import rename from './2.2.2-rename/index.js';
import remove from './2.2.3-remove/index.js';
import publish80 from './2.2.4-publish-80/index.js';
import networkTest from './2.2.4-network-test/index.js';
import publishMulti from './2.2.4-publish-multi/index.js';
import execEnv from './2.2.5-exec-env/index.js';
import linkDependency from './2.2.5-link-dependency/index.js';
import wordpress from './2.2.5-wordpress/index.js';
import wordpressdb from './2.2.5-wordpressdb/index.js';

/** All exercises in book order. */
export const EXERCISES: readonly ExerciseDefinition[] = [
  runUbuntu,
  pullCentos,
  createMycentos,
  rename,
  remove,
  networkTest,
  publish80,
  publishMulti,
  wordpressdb,
  wordpress,
  execEnv,
  linkDependency,
];
