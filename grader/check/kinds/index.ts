/**
 * The check kinds, registered from this one list: each module under grader/check/kinds/ declares one
 * kind (kind.ts: name, stable code, parameter schema, docs, build) with the shared builder
 * (check-builder.ts) and has its own test beside it. Exercise files name a kind by `kind:`; TypeScript
 * exercises import the builders. A test keeps this list and the folder in step.
 */
import type { KindModule } from './kind.js';
import { containerAbsent, containerAbsentKind } from './container-absent.js';
import { detached, detachedKind } from './detached.js';
import { env, envKind } from './env.js';
import { envInside, envInsideKind } from './env-inside.js';
import { execProbe } from './exec-probe.js';
import { execSeen, execSeenKind } from './exec-seen.js';
import { exists, existsKind } from './exists.js';
import { httpAnswers, httpAnswersKind } from './http-answers.js';
import { image, imageKind } from './image.js';
import { imagePresent, imagePresentKind } from './image-present.js';
import { link, linkKind } from './link.js';
import { linkTargetRunning, linkTargetRunningKind } from './link-target-running.js';
import { mysqlLists, mysqlListsKind } from './mysql-lists.js';
import { networkExists, networkExistsKind } from './network-exists.js';
import { noStoppedContainers, noStoppedContainersKind } from './no-stopped-containers.js';
import { portPublished, portPublishedKind } from './port-published.js';
import { renamed, renamedKind } from './renamed.js';
import { runFlag, tty, interactive, runFlagKind } from './run-flag.js';
import { running, runningKind } from './running.js';
import { startOrder, startOrderKind } from './start-order.js';
import { started, startedKind } from './started.js';
import { volumeExists, volumeExistsKind } from './volume-exists.js';

/** Every check kind an exercise file may name, in the order docs list them. */
export const KIND_LIST: readonly KindModule[] = [
  containerAbsentKind,
  detachedKind,
  envInsideKind,
  envKind,
  execSeenKind,
  existsKind,
  httpAnswersKind,
  imagePresentKind,
  imageKind,
  linkTargetRunningKind,
  linkKind,
  mysqlListsKind,
  networkExistsKind,
  noStoppedContainersKind,
  portPublishedKind,
  renamedKind,
  runFlagKind,
  runningKind,
  startOrderKind,
  startedKind,
  volumeExistsKind,
];

/** Every check kind by the name an exercise file writes (`kind: image`). */
export const KINDS: Readonly<Record<string, KindModule>> = Object.fromEntries(KIND_LIST.map((k) => [k.name, k]));

/**
 * Modules of the folder that declare no kind of their own: the shared builder, the kind declaration, and
 * exec-probe (a read-only command judged by TypeScript, which env-inside and mysql-lists are built on).
 */
export const HELPER_MODULES = ['check-builder', 'exec-probe', 'kind'] as const;

export { containerAbsent, detached, env, envInside, execProbe, execSeen, exists, httpAnswers, image, imagePresent, interactive, link, linkTargetRunning, mysqlLists, networkExists, noStoppedContainers, portPublished, renamed, runFlag, running, startOrder, started, tty, volumeExists };
export type { CheckOptions } from './check-builder.js';
export type { ExecSpec } from './exec-probe.js';
export type { HttpOptions } from './http-answers.js';
export type { PortExpectation } from './port-published.js';
export { named, matching } from '../targets.js';
export { normalizeReference, repositoryOf, findImage, usesImage } from '../image-reference.js';
