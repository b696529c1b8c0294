/**
 * The Snapshot: everything the grader knows about one Docker engine at one moment, collected once and
 * graded many times. Checkers read only this (plus a probe interface), so a live engine, a submitted
 * snapshot file and a test factory grade alike. Import types with `import type` on hot paths: this
 * module loads zod.
 */
import { z } from 'zod';

import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from '../core/constants.js';
import { JournalSchema } from './journal-schema.js';
import { migrateSnapshot } from './snapshot-migrate.js';

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

/** A mount as the engine reports it (`Mounts[]`): `-v`, `--mount`, `--volumes-from` and an image's VOLUME alike. */
export const MountSchema = z.object({
  /** `volume`, `bind`, `tmpfs`, `npipe`. */
  type: str,
  /** Volume name for `type: volume` (64 hex digits for an anonymous one). */
  name: str.optional(),
  /** Host path (a bind) or the volume's mountpoint. */
  source: str,
  /** Path inside the container. */
  destination: str,
  /** As typed after the second colon of `-v` (`ro`, `z`), often empty. */
  mode: str,
  rw: z.boolean(),
  /** Bind propagation (`rprivate`, …); empty for volumes. Since version 2 (absent in older snapshots). */
  propagation: str.optional(),
  driver: str.optional(),
});

/** `HostConfig.Mounts[]`: a mount as `--mount` gave it. */
export const MountSpecSchema = z.object({
  type: str,
  source: str,
  target: str,
  readOnly: z.boolean(),
  /** `bind-propagation=` of a bind (`BindOptions.Propagation`); empty when not given. Since version 2 (absent in older snapshots). */
  propagation: str.optional(),
});

/** One `--device-read-bps`/`--device-write-iops`-style limit: a device and its rate. */
export const ThrottleSchema = z.object({ path: str, rate: z.number() });

/** A healthcheck, of an image (`HEALTHCHECK`) or a container (`--health-cmd`…); durations in nanoseconds, 0 = default. */
export const HealthcheckSchema = z.object({
  /** `["CMD-SHELL", "curl -f http://localhost/"]`, `["NONE"]` to switch an image's off. */
  test: strList,
  interval: z.number(),
  timeout: z.number(),
  startPeriod: z.number(),
  retries: z.number(),
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
  /** The address asked for with `--ip` (`IPAMConfig.IPv4Address`); empty when the engine picked it. Since version 2 (absent in older snapshots). */
  ipv4Address: str.optional(),
  /** Since version 2 (absent in older snapshots). */
  macAddress: str.optional(),
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
  /** Healthcheck status (`starting`, `healthy`, `unhealthy`) when the image or run defines one. */
  health: str.nullable(),
  /** Consecutive failed healthchecks (`State.Health.FailingStreak`); 0 without a healthcheck. Since version 2. */
  healthFailingStreak: z.number(),
  /** The kernel killed it for exceeding its memory limit. Since version 2. */
  oomKilled: z.boolean(),
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
  mountSpecs: z.array(MountSpecSchema).max(MAX_ITEMS),
  /** `HostConfig.VolumesFrom`: `--volumes-from` targets as typed (`name` or `name:ro`). */
  volumesFrom: strList,
  /** `HostConfig.NetworkMode`: `default`, `bridge`, `host`, `none`, a network name, or `container:<id or name>`. */
  networkMode: str,
  /**
   * The name of the container whose network it shares (`--net container:NAME`), which the engine keeps
   * in networkMode by id only (`container:3f4e…`); absent in other modes, when that container is gone,
   * and in files of earlier versions.
   */
  networkContainer: str.optional(),
  /** Attachments by network name (empty for `host`/`none`-less modes the engine reports none for). */
  networks: z.record(str, NetworkAttachmentSchema),
  /** `HostConfig.LogConfig`: driver (`json-file`, `syslog`, …) and its `--log-opt`s. */
  logConfig: z.object({ type: str, config: strMap }),
  /** Every resource limit of `HostConfig` (0 / empty: not set). Memory in bytes, CPU period/quota in µs. */
  resources: z.object({
    memory: z.number(),
    /** -1: unlimited swap. */
    memorySwap: z.number(),
    /** `--memory-reservation`. Since version 2. */
    memoryReservation: z.number(),
    /** `--memory-swappiness`; null: the engine's default. Since version 2. */
    memorySwappiness: z.number().nullable(),
    /** `--cpus` × 10⁹. */
    nanoCpus: z.number(),
    cpuShares: z.number(),
    cpusetCpus: str,
    /** Since version 2. */
    cpusetMems: str,
    cpuPeriod: z.number(),
    cpuQuota: z.number(),
    /** `--blkio-weight` (10–1000; 0: not set). Since version 2. */
    blkioWeight: z.number(),
    /** `--blkio-weight-device`. Since version 2. */
    blkioWeightDevice: z.array(z.object({ path: str, weight: z.number() })).max(MAX_ITEMS),
    /** Since version 2. */
    blkioDeviceReadBps: z.array(ThrottleSchema).max(MAX_ITEMS),
    blkioDeviceWriteBps: z.array(ThrottleSchema).max(MAX_ITEMS),
    /** Since version 2. */
    blkioDeviceReadIOps: z.array(ThrottleSchema).max(MAX_ITEMS),
    blkioDeviceWriteIOps: z.array(ThrottleSchema).max(MAX_ITEMS),
    /** `--device`. Since version 2. */
    devices: z.array(z.object({ pathOnHost: str, pathInContainer: str, cgroupPermissions: str })).max(MAX_ITEMS),
    /** `--pids-limit`; null or 0: unlimited. Since version 2. */
    pidsLimit: z.number().nullable(),
    /** Since version 2. */
    oomKillDisable: z.boolean(),
  }),
  /** `--restart`: `no`, `always`, `unless-stopped`, `on-failure` (with its count). */
  restartPolicy: z.object({ name: str, maximumRetryCount: z.number() }),
  /** How often the engine restarted it (`RestartCount`). Since version 2. */
  restartCount: z.number(),
  autoRemove: z.boolean(),
  publishAllPorts: z.boolean(),
  /** Since version 2. */
  privileged: z.boolean(),
  /** `Config.Healthcheck` (the image's, or `--health-cmd`'s); null when neither defines one. Since version 2. */
  healthcheck: HealthcheckSchema.nullable(),
  /** `Config.StopSignal` (`STOPSIGNAL`, `--stop-signal`); empty: SIGTERM. Since version 2. */
  stopSignal: str,
  /** Last lines of the container's log, collected only for containers that exited non-zero. */
  logTail: strList.optional(),
});

/** One step of an image's history (`docker history`), oldest first. */
export const ImageHistoryStepSchema = z.object({
  /** ISO 8601; empty when the engine did not say. */
  created: str,
  /** The instruction (`/bin/sh -c #(nop)  CMD ["/bin/bash"]`, `RUN …`), or a commit's/import's own words. */
  createdBy: str,
  /** Bytes this step added (0 for a step that only changes the configuration). */
  size: z.number(),
  /** `docker commit -m`'s message, or `Imported from -` for an import. */
  comment: str,
});

export const ImageSchema = z.object({
  id: str,
  /** `repo:tag` references, normalised as `docker images` shows them (`ubuntu:14.04`). */
  tags: strList,
  digests: strList,
  /** No tag: `<none>:<none>` in `docker images` (what `docker image prune` removes). Since version 2. */
  dangling: z.boolean(),
  created: str,
  labels: strMap,
  /** `MAINTAINER` or `docker commit -a`. */
  author: str,
  /** `docker commit -m`, or `Imported from …` for `docker import`. */
  comment: str,
  /** The parent image id of a local build or commit (empty for pulled and loaded images). Since version 2. */
  parent: str,
  /** `amd64`, `arm64`. Since version 2. */
  architecture: str,
  /** Since version 2. */
  os: str,
  config: z.object({
    cmd: strList.nullable(),
    entrypoint: strList.nullable(),
    env: strList,
    exposedPorts: strList,
    workingDir: str,
    user: str,
    /** `VOLUME` paths. */
    volumes: strList,
    onBuild: strList,
    stopSignal: str,
    /** `HEALTHCHECK`; null without one. Version 1 kept only the test (migrated into `test`). */
    healthcheck: HealthcheckSchema.nullable(),
    /** `SHELL`; null when the image keeps the default. Since version 2. */
    shell: strList.nullable(),
  }),
  /** Number of filesystem layers (`RootFS.Layers`): one more per commit; one for an import. */
  layers: z.number().int(),
  /**
   * The layers themselves (`RootFS.Layers`, diff ids), oldest first: an image made from another (commit,
   * build) starts with all of that one's layers. Absent in snapshots recorded before it was read.
   */
  layerIds: strList.optional(),
  /** `docker history`, oldest step first. Since version 2 (empty in older snapshots). */
  history: z.array(ImageHistoryStepSchema).max(MAX_ITEMS),
  size: z.number(),
});

export const NetworkSchema = z.object({
  id: str,
  name: str,
  /** `bridge`, `host`, `null`, `macvlan`, `overlay`. */
  driver: str,
  scope: str,
  /** Since version 2. */
  created: str,
  internal: z.boolean(),
  attachable: z.boolean(),
  /** Since version 2. */
  enableIPv6: z.boolean(),
  /** `--subnet`, `--ip-range`, `--gateway` (empty where not given: the engine then picks a subnet and gateway). */
  ipam: z.object({
    driver: str,
    config: z.array(z.object({ subnet: str, ipRange: str, gateway: str })).max(MAX_ITEMS),
  }),
  /** Driver options (`-o parent=eth0` of a macvlan network, `com.docker.network.bridge.name`). */
  options: strMap,
  labels: strMap,
  /** Names of the snapshot's containers attached to it, sorted (from their `NetworkSettings`). Since version 2. */
  containers: strList,
});

export const VolumeSchema = z.object({
  name: str,
  driver: str,
  mountpoint: str,
  scope: str,
  labels: strMap,
  options: strMap,
  /** Since version 2. */
  createdAt: str,
  /** Made by `-v /path` or an image's VOLUME, not by name (its name is 64 hex digits). Since version 2. */
  anonymous: z.boolean(),
  /** Names of the snapshot's containers that mount it, sorted. Since version 2. */
  usedBy: strList,
});

/** What the engine's host allows of `docker run`'s limits (`docker info`'s warnings when false). */
export const EngineLimitsSchema = z.object({
  memory: z.boolean(),
  swap: z.boolean(),
  cpuCfsPeriod: z.boolean(),
  cpuCfsQuota: z.boolean(),
  cpuShares: z.boolean(),
  cpuSet: z.boolean(),
  pids: z.boolean(),
});

/** Which engine: its identity and versions (in every result too, grader/model/result-schema.ts). */
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

/** The engine as the snapshot keeps it: its identity and what its host offers (`docker info`). */
export const SnapshotEngineSchema = EngineInfoSchema.extend({
  /** CPUs the engine sees (`NCPU`): `--cpuset-cpus=2` needs at least 3. Since version 2 (0: unknown). */
  ncpu: z.number(),
  /** Memory of the host in bytes (`MemTotal`). Since version 2 (0: unknown). */
  memTotal: z.number(),
  /** Default log driver of new containers (`LoggingDriver`). Since version 2. */
  loggingDriver: str,
  /** `name=seccomp,profile=default`, `name=rootless`, … Since version 2. */
  securityOptions: strList,
  /** `1` or `2`. Since version 2. */
  cgroupVersion: str,
  /** Since version 2. */
  cgroupDriver: str,
  /** Since version 2 (all false in migrated snapshots: unknown). */
  limits: EngineLimitsSchema,
});

/** What a probe expected of its answer (grader/model/probe-request.ts). */
export const ProbeExpectationSchema = z.object({
  /** HTTP: one of these statuses. */
  status: z.array(z.number().int()).max(100).optional(),
  /** exec: this exit code. */
  exitCode: z.number().int().optional(),
  /** Every one of these texts appears in the body or output. */
  includes: strList.optional(),
});

/** Live evidence taken when the snapshot was made, replayed when a snapshot file is graded. */
export const ProbeRecordSchema = z.object({
  /** Stable key of the probe: kind plus its arguments (grader/model/probe-request.ts). */
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
  /** HTTP: the path asked for (absent: `/`). */
  path: str.optional(),
  /** What the check expected, when it said. */
  expect: ProbeExpectationSchema.optional(),
  /**
   * Whether the answer met `expect`, judged on the whole answer (up to 1 MiB of body, 64 KiB of
   * output), not only on the recorded first bytes. Absent when nothing was expected or it did not run.
   */
  matched: z.boolean().optional(),
  /**
   * A TLS probe with the learner's client certificate (2.5.3.3): the folder it was read from
   * (DOCKER_CERT_PATH, else ~/.docker), and the files of ca.pem, cert.pem, key.pem that were missing or
   * unreadable there (then nothing was asked).
   */
  certificates: z.object({ folder: str, missing: strList.optional() }).optional(),
});

/** The kinds of object whose events are kept. */
export const EVENT_TYPES = ['container', 'image', 'network', 'volume'] as const;

/**
 * One engine event kept as evidence of a step that leaves no state behind, or leaves it without saying
 * how: container `rename` (with the old name), `exec_start` (with the command line), `update`, `commit`
 * (with the new image, author and message), read with the container's `create`, `start` and `die` that
 * show how much of its life the engine still remembers; image `tag`, `untag`, `delete`, `load`,
 * `import`, `save`, `pull`, `push`; network `create`, `connect`, `disconnect`, `destroy`; volume
 * `create`, `destroy` (grader/collect/engine-events.ts).
 */
export const EngineEventSchema = z.object({
  /** When it happened (ISO 8601, from the engine's `timeNano`). */
  time: str,
  /** Which kind of object (version 1 kept container events only). */
  type: z.enum(EVENT_TYPES),
  /** The action, without the command of an exec (`exec_start`, `tag`, `connect`). */
  action: str,
  /** The object's id: container id, image id (a `push`: the reference), network id, volume name. */
  id: str,
  /** The container concerned: the container itself, or the one a network `connect`/`disconnect` attaches; else empty. */
  containerId: str,
  /**
   * The name at that moment: a container's (after a rename, the new one), the reference an image event
   * names (`commit_test:first` for a `tag`), a network's or a volume's name.
   */
  name: str,
  /** `rename`: the name before, without the engine's leading slash. */
  oldName: str.optional(),
  /** `exec_start`: the command line, as the engine joins it (`/bin/bash`, `ls /`). */
  command: str.optional(),
  /** `commit`: the image made. */
  imageId: str.optional(),
  /** `commit`: `-a`. */
  author: str.optional(),
  /** `commit`: `-m`. */
  comment: str.optional(),
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
  /**
   * The events kept as evidence, oldest first: of the snapshot's containers, images, networks and
   * volumes, and the removals (`untag`, `delete`, `destroy`) of those that are gone.
   */
  items: z.array(EngineEventSchema).max(MAX_ITEMS),
});

export const SnapshotSchema = z.object({
  kind: z.literal(SNAPSHOT_KIND),
  /** The format's version; files of older versions are migrated when read (snapshot-migrate.ts). */
  version: z.literal(SNAPSHOT_VERSION),
  /** Set when the file was of an older version: the fields added since hold defaults, not observations. */
  migratedFrom: z.number().int().optional(),
  tool: z.object({ name: str, version: str }),
  takenAt: str,
  engine: SnapshotEngineSchema,
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
export type MountSpec = z.infer<typeof MountSpecSchema>;
export type Healthcheck = z.infer<typeof HealthcheckSchema>;
export type ImageHistoryStep = z.infer<typeof ImageHistoryStepSchema>;
export type EngineLimits = z.infer<typeof EngineLimitsSchema>;
export type ProbeExpectation = z.infer<typeof ProbeExpectationSchema>;
export type NetworkAttachment = z.infer<typeof NetworkAttachmentSchema>;
export type ContainerState = z.infer<typeof ContainerStateSchema>;
export type Container = z.infer<typeof ContainerSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Network = z.infer<typeof NetworkSchema>;
export type Volume = z.infer<typeof VolumeSchema>;
export type EngineInfo = z.infer<typeof EngineInfoSchema>;
export type SnapshotEngine = z.infer<typeof SnapshotEngineSchema>;
export type ProbeRecord = z.infer<typeof ProbeRecordSchema>;
export type EngineEvent = z.infer<typeof EngineEventSchema>;
export type EngineEvents = z.infer<typeof EngineEventsSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * A snapshot as read from a file someone hands us (`--snapshot`, a submission's content, a recorded
 * fixture): a file of an older version is migrated first (snapshot-migrate.ts), then validated.
 */
export const SnapshotFileSchema = z.preprocess(migrateSnapshot, SnapshotSchema);
