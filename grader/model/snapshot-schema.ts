/**
 * The Snapshot: everything the grader knows about one Docker engine at one moment, collected once and
 * graded many times. Checkers read only this (plus a probe interface), so a live engine, a submitted
 * snapshot file and a test factory grade alike. Import types with `import type` on hot paths: this
 * module loads zod.
 */
import { z } from 'zod';

import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from '../core/constants.js';
import { JournalSchema } from './journal-schema.js';

export { SNAPSHOT_KIND, SNAPSHOT_VERSION };

/** Caps that keep a hostile file from exhausting memory after parsing. */
const MAX_ITEMS = 20_000;
const str = z.string().max(1_000_000);
const strList = z.array(str).max(MAX_ITEMS);
const strMap = z.record(str, str);

/** One host binding of a container port. */
export const PortBindingSchema = z.object({
  /** Host address; `""` or `0.0.0.0` means every address. */
  hostIp: str,
  /** Host port; `""` when the engine picks one (`-p 80`). */
  hostPort: str,
});

/** A mount as the engine reports it (`Mounts[]`). */
export const MountSchema = z.object({
  type: str,
  /** Volume name for `type: volume`. */
  name: str.optional(),
  source: str,
  destination: str,
  mode: str,
  rw: z.boolean(),
  driver: str.optional(),
});

/** A container's attachment to one network (`NetworkSettings.Networks[name]`). */
export const NetworkAttachmentSchema = z.object({
  networkId: str,
  ipAddress: str,
  gateway: str,
  aliases: strList,
  /** Newer engines list the names that resolve to this container here. */
  dnsNames: strList,
  links: strList,
});

export const ContainerStateSchema = z.object({
  status: z.enum(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']),
  running: z.boolean(),
  paused: z.boolean(),
  restarting: z.boolean(),
  exitCode: z.number().int(),
  error: str,
  startedAt: str,
  finishedAt: str,
  /** Healthcheck status when the image or run defines one. */
  health: str.nullable(),
});

export const ContainerSchema = z.object({
  id: str,
  /** Name without the engine's leading slash. */
  name: str,
  /** The image as the learner typed it (`Config.Image`), e.g. `ubuntu:14.04`. */
  image: str,
  /** The image id the container runs. */
  imageId: str,
  created: str,
  state: ContainerStateSchema,
  tty: z.boolean(),
  openStdin: z.boolean(),
  attachStdin: z.boolean(),
  attachStdout: z.boolean(),
  attachStderr: z.boolean(),
  /** Environment as `KEY -> value` (image defaults included, as the engine reports them). */
  env: strMap,
  cmd: strList.nullable(),
  entrypoint: strList.nullable(),
  workingDir: str,
  user: str,
  hostname: str,
  labels: strMap,
  /** `Config.ExposedPorts` keys, e.g. `80/tcp`. */
  exposedPorts: strList,
  /** Bindings as configured (`HostConfig.PortBindings`): what `-p` said. */
  portBindings: z.record(str, z.array(PortBindingSchema).max(MAX_ITEMS)),
  /** Bindings as actually published (`NetworkSettings.Ports`): the real host ports; empty when stopped. */
  ports: z.record(str, z.array(PortBindingSchema).max(MAX_ITEMS)),
  /** `HostConfig.Links` as the engine stores them: `/target:/self/alias`. */
  links: strList,
  /** `HostConfig.Binds` (`-v host:container[:mode]`). */
  binds: strList,
  mounts: z.array(MountSchema).max(MAX_ITEMS),
  /** `HostConfig.Mounts` as given by `--mount`. */
  mountSpecs: z.array(z.object({ type: str, source: str, target: str, readOnly: z.boolean() })).max(MAX_ITEMS),
  volumesFrom: strList,
  networkMode: str,
  networks: z.record(str, NetworkAttachmentSchema),
  logConfig: z.object({ type: str, config: strMap }),
  resources: z.object({
    memory: z.number(),
    memorySwap: z.number(),
    nanoCpus: z.number(),
    cpuShares: z.number(),
    cpusetCpus: str,
    cpuPeriod: z.number(),
    cpuQuota: z.number(),
    blkioDeviceWriteBps: z.array(z.object({ path: str, rate: z.number() })).max(MAX_ITEMS),
    blkioDeviceWriteIOps: z.array(z.object({ path: str, rate: z.number() })).max(MAX_ITEMS),
  }),
  restartPolicy: z.object({ name: str, maximumRetryCount: z.number() }),
  autoRemove: z.boolean(),
  publishAllPorts: z.boolean(),
  /** Last lines of the container's log, collected only for containers that exited non-zero. */
  logTail: strList.optional(),
});

export const ImageSchema = z.object({
  id: str,
  /** `repo:tag` references, normalised as `docker images` shows them (`ubuntu:14.04`). */
  tags: strList,
  digests: strList,
  created: str,
  labels: strMap,
  author: str,
  comment: str,
  config: z.object({
    cmd: strList.nullable(),
    entrypoint: strList.nullable(),
    env: strList,
    exposedPorts: strList,
    workingDir: str,
    user: str,
    volumes: strList,
    onBuild: strList,
    stopSignal: str,
    healthcheck: strList.nullable(),
  }),
  /** Number of filesystem layers (`RootFS.Layers`). */
  layers: z.number().int(),
  size: z.number(),
});

export const NetworkSchema = z.object({
  id: str,
  name: str,
  driver: str,
  scope: str,
  internal: z.boolean(),
  attachable: z.boolean(),
  ipam: z.object({
    driver: str,
    config: z.array(z.object({ subnet: str, ipRange: str, gateway: str })).max(MAX_ITEMS),
  }),
  options: strMap,
  labels: strMap,
});

export const VolumeSchema = z.object({
  name: str,
  driver: str,
  mountpoint: str,
  scope: str,
  labels: strMap,
  options: strMap,
});

export const EngineInfoSchema = z.object({
  id: str,
  name: str,
  serverVersion: str,
  apiVersion: str,
  os: str,
  osType: str,
  arch: str,
  kernelVersion: str,
  /** The endpoint the grader used, credentials removed (e.g. `unix:///var/run/docker.sock`). */
  endpoint: str,
});

/** Live evidence taken when the snapshot was made, replayed when a snapshot file is graded. */
export const ProbeRecordSchema = z.object({
  /** Stable key of the probe: kind plus its arguments (see grader/probe/probe.ts). */
  key: str,
  kind: z.enum(['http', 'exec']),
  takenAt: str,
  /** `ok`: it answered; `failed`: it ran and failed; `unavailable`: it could not run (tool missing). */
  outcome: z.enum(['ok', 'failed', 'unavailable']),
  /** HTTP status, or exec exit code. */
  code: z.number().int().nullable(),
  /** First bytes of the body or output (bounded). */
  output: str,
  detail: str,
});

/**
 * One engine event kept as evidence of a step that leaves no state behind: `docker rename` (the engine
 * says `rename` with the old name) and `docker exec` (`exec_start` with the command line), read with the
 * container's `create`, `start` and `die` that show how much of its life the engine still remembers.
 */
export const EngineEventSchema = z.object({
  /** When it happened (ISO 8601, from the engine's `timeNano`). */
  time: str,
  /** `create`, `start`, `die`, `rename` or `exec_start`. */
  action: str,
  /** The container's id. */
  containerId: str,
  /** The container's name at that moment (after a rename, the new one). */
  name: str,
  /** `rename`: the name before, without the engine's leading slash. */
  oldName: str.optional(),
  /** `exec_start`: the command line, as the engine joins it (`/bin/bash`, `ls /`). */
  command: str.optional(),
});

/**
 * What the engine still remembered of its recent events when the snapshot was made. An engine keeps
 * only its most recent events in memory (256 on current Docker engines) and none from before its last
 * restart, so a step may have left no event that can still be read: the checks say so.
 */
export const EngineEventsSchema = z.object({
  /** When the engine was asked. */
  readAt: str,
  /** How many events of every kind the engine gave (at its limit, older ones are gone). */
  total: z.number().int().nonnegative(),
  /** The events kept as evidence, oldest first, for the containers of the snapshot only. */
  items: z.array(EngineEventSchema).max(MAX_ITEMS),
});

export const SnapshotSchema = z.object({
  kind: z.literal(SNAPSHOT_KIND),
  version: z.literal(SNAPSHOT_VERSION),
  tool: z.object({ name: str, version: str }),
  takenAt: str,
  engine: EngineInfoSchema,
  containers: z.array(ContainerSchema).max(MAX_ITEMS),
  images: z.array(ImageSchema).max(MAX_ITEMS),
  networks: z.array(NetworkSchema).max(MAX_ITEMS),
  volumes: z.array(VolumeSchema).max(MAX_ITEMS),
  probes: z.array(ProbeRecordSchema).max(MAX_ITEMS).default([]),
  /** The engine's recent events (evidence of rename and exec); absent when they were not read. */
  events: EngineEventsSchema.optional(),
  /** The learner's progress journal at the time of the snapshot (grader/model/journal-schema.ts). */
  journal: JournalSchema.optional(),
  /** Who made it, for submissions. */
  student: str.optional(),
});

export type PortBinding = z.infer<typeof PortBindingSchema>;
export type Mount = z.infer<typeof MountSchema>;
export type NetworkAttachment = z.infer<typeof NetworkAttachmentSchema>;
export type ContainerState = z.infer<typeof ContainerStateSchema>;
export type Container = z.infer<typeof ContainerSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Network = z.infer<typeof NetworkSchema>;
export type Volume = z.infer<typeof VolumeSchema>;
export type EngineInfo = z.infer<typeof EngineInfoSchema>;
export type ProbeRecord = z.infer<typeof ProbeRecordSchema>;
export type EngineEvent = z.infer<typeof EngineEventSchema>;
export type EngineEvents = z.infer<typeof EngineEventsSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
