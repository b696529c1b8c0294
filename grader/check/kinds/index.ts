/**
 * The check kinds, registered from this one list: each module under grader/check/kinds/ declares one
 * kind with the shared builder (check-builder.ts) and has its own test beside it. Exercises import
 * their checks from here. A test keeps this list and the folder in step.
 */
import { containerAbsent } from './container-absent.js';
import { detached } from './detached.js';
import { envInside } from './env-inside.js';
import { env } from './env.js';
import { execProbe } from './exec-probe.js';
import { execSeen } from './exec-seen.js';
import { exists } from './exists.js';
import { httpAnswers } from './http-answers.js';
import { imagePresent } from './image-present.js';
import { image } from './image.js';
import { interactive } from './interactive.js';
import { linkTargetRunning } from './link-target-running.js';
import { link } from './link.js';
import { mysqlLists } from './mysql-lists.js';
import { networkExists } from './network-exists.js';
import { noStoppedContainers } from './no-stopped-containers.js';
import { portPublished } from './port-published.js';
import { renamed } from './renamed.js';
import { running } from './running.js';
import { startOrder } from './start-order.js';
import { started } from './started.js';
import { tty } from './tty.js';
import { volumeExists } from './volume-exists.js';

/** Every check kind by its module's file name (kebab-case), for the registry test and for contributors. */
export const CHECK_KINDS = {
  'container-absent': containerAbsent,
  detached,
  'env-inside': envInside,
  env,
  'exec-probe': execProbe,
  'exec-seen': execSeen,
  exists,
  'http-answers': httpAnswers,
  'image-present': imagePresent,
  image,
  interactive,
  'link-target-running': linkTargetRunning,
  link,
  'mysql-lists': mysqlLists,
  'network-exists': networkExists,
  'no-stopped-containers': noStoppedContainers,
  'port-published': portPublished,
  renamed,
  running,
  'start-order': startOrder,
  started,
  tty,
  'volume-exists': volumeExists,
} as const;

export { containerAbsent, detached, env, envInside, execProbe, execSeen, exists, httpAnswers, image, imagePresent, interactive, link, linkTargetRunning, mysqlLists, networkExists, noStoppedContainers, portPublished, renamed, running, startOrder, started, tty, volumeExists };
export type { CheckOptions } from './check-builder.js';
export type { ExecSpec } from './exec-probe.js';
export type { HttpOptions } from './http-answers.js';
export type { PortExpectation } from './port-published.js';
export { named, matching } from '../targets.js';
export { normalizeReference, repositoryOf, findImage, usesImage } from '../image-reference.js';
