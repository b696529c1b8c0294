/**
 * The check kinds, registered from this one list: each module under grader/check/kinds/ declares one
 * kind (kind.ts: name, stable code, parameter schema, docs, build) with the shared builder
 * (check-builder.ts) and has its own test beside it. Exercise files name a kind by `kind:`; TypeScript
 * exercises import the builders. A test keeps this list and the folder in step.
 */
import type { KindModule } from './kind.js';
import { builtWithoutCacheKind } from './built-without-cache.js';
import { containerAbsent, containerAbsentKind } from './container-absent.js';
import { cpuset, cpusetKind } from './cpuset.js';
import { detached, detachedKind } from './detached.js';
import { env, envKind } from './env.js';
import { envInside, envInsideKind } from './env-inside.js';
import { execProbe } from './exec-probe.js';
import { execSeen, execSeenKind } from './exec-seen.js';
import { engineAnswersKind } from './engine-answers.js';
import { engineTlsVerifyKind } from './engine-tls-verify.js';
import { exists, existsKind } from './exists.js';
import { field, fieldKind } from './field.js';
import { fileContains, fileContainsKind } from './file-contains.js';
import { httpAnswers, httpAnswersKind } from './http-answers.js';
import { image, imageKind } from './image.js';
import { imageEvent, imageEventKind } from './image-event.js';
import { imageLayers, imageLayersKind } from './image-layers.js';
import { imageSmallerKind } from './image-smaller.js';
import { imagePresent, imagePresentKind } from './image-present.js';
import { imageTagged, imageTaggedKind } from './image-tagged.js';
import { interfaceAddress, interfaceAddressKind } from './interface-address.js';
import { link, linkKind } from './link.js';
import { linkTargetRunning, linkTargetRunningKind } from './link-target-running.js';
import { mysqlLists, mysqlListsKind } from './mysql-lists.js';
import { nameResolves, nameResolvesKind } from './name-resolves.js';
import { networkExists, networkExistsKind } from './network-exists.js';
import { noDanglingImages, noDanglingImagesKind } from './no-dangling-images.js';
import { noStoppedContainers, noStoppedContainersKind } from './no-stopped-containers.js';
import { pathExists, pathExistsKind } from './path-exists.js';
import { portPublished, portPublishedKind } from './port-published.js';
import { renamed, renamedKind } from './renamed.js';
import { runFlag, tty, interactive, runFlagKind } from './run-flag.js';
import { running, runningKind } from './running.js';
import { startOrder, startOrderKind } from './start-order.js';
import { started, startedKind } from './started.js';
import { updateSeen, updateSeenKind } from './update-seen.js';
import { volumeExists, volumeExistsKind } from './volume-exists.js';

/** Every check kind an exercise file may name, in the order docs list them. */
export const KIND_LIST: readonly KindModule[] = [
  builtWithoutCacheKind,
  containerAbsentKind,
  cpusetKind,
  detachedKind,
  engineAnswersKind,
  engineTlsVerifyKind,
  envInsideKind,
  envKind,
  execSeenKind,
  existsKind,
  fieldKind,
  fileContainsKind,
  httpAnswersKind,
  imageEventKind,
  imageLayersKind,
  imageSmallerKind,
  imagePresentKind,
  imageTaggedKind,
  imageKind,
  interfaceAddressKind,
  linkTargetRunningKind,
  linkKind,
  mysqlListsKind,
  nameResolvesKind,
  networkExistsKind,
  noDanglingImagesKind,
  noStoppedContainersKind,
  pathExistsKind,
  portPublishedKind,
  renamedKind,
  runFlagKind,
  runningKind,
  startOrderKind,
  startedKind,
  updateSeenKind,
  volumeExistsKind,
];

/** Every check kind by the name an exercise file writes (`kind: image`). */
export const KINDS: Readonly<Record<string, KindModule>> = Object.fromEntries(KIND_LIST.map((k) => [k.name, k]));

/**
 * Modules of the folder that declare no kind of their own: the shared builder, the kind declaration, and
 * exec-probe (a read-only command judged by TypeScript, which env-inside, interface-address and mysql-lists are built on).
 */
export const HELPER_MODULES = ['check-builder', 'exec-probe', 'kind'] as const;

export { containerAbsent, cpuset, detached, env, envInside, execProbe, execSeen, exists, field, fileContains, httpAnswers, image, imageEvent, imageLayers, imagePresent, imageTagged, interactive, interfaceAddress, link, linkTargetRunning, mysqlLists, nameResolves, networkExists, noDanglingImages, noStoppedContainers, pathExists, portPublished, renamed, runFlag, running, started, startOrder, tty, updateSeen, volumeExists };
export type { CheckOptions } from './check-builder.js';
export type { ExecSpec } from './exec-probe.js';
export type { HttpOptions } from './http-answers.js';
export type { PortExpectation } from './port-published.js';
export { named, matching } from '../targets.js';
export { normalizeReference, repositoryOf, findImage, usesImage } from '../image-reference.js';
