/**
 * Reads snapshot files of older versions: a file written by an older dockgrade (a submission, a
 * recorded fixture, a teacher's archive) is brought to the current version before validation. Fields
 * added since hold their "not set" value (0, '', [], false, null; a few small ones stay absent) and
 * `migratedFrom` says so; relations
 * (a network's containers, a volume's users, an image without tags) are computed as the collector does.
 * Defensive: it runs before validation, so anything that is not the expected shape is left as it is
 * for the schema to refuse with its own message.
 */
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from '../core/constants.js';
import { attachedContainers, isAnonymousVolume, volumeUsersOf, type LinkedContainer } from './snapshot-links.js';

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` with `defaults` under it when it is an object; anything else unchanged. */
function under(defaults: Raw, value: unknown): unknown {
  return isObject(value) ? { ...defaults, ...value } : value;
}

function each(value: unknown, change: (item: Raw) => unknown): unknown {
  return Array.isArray(value) ? value.map((item) => (isObject(item) ? change(item) : item)) : value;
}

const RESOURCES_V2: Raw = {
  memoryReservation: 0,
  memorySwappiness: null,
  cpusetMems: '',
  blkioWeight: 0,
  blkioWeightDevice: [],
  blkioDeviceReadBps: [],
  blkioDeviceReadIOps: [],
  devices: [],
  pidsLimit: null,
  oomKillDisable: false,
};

function containerV2(c: Raw): Raw {
  return {
    ...c,
    state: under({ healthFailingStreak: 0, oomKilled: false }, c.state),
    resources: under(RESOURCES_V2, c.resources),
    restartCount: c.restartCount ?? 0,
    privileged: c.privileged ?? false,
    healthcheck: c.healthcheck ?? null,
    stopSignal: c.stopSignal ?? '',
  };
}

function imageV2(image: Raw): Raw {
  const config = image.config;
  return {
    ...image,
    dangling: Array.isArray(image.tags) ? image.tags.length === 0 : false,
    parent: image.parent ?? '',
    architecture: image.architecture ?? '',
    os: image.os ?? '',
    config: isObject(config)
      ? {
          ...config,
          // version 1 kept only the test
          healthcheck: Array.isArray(config.healthcheck) ? { test: config.healthcheck, interval: 0, timeout: 0, startPeriod: 0, retries: 0 } : (config.healthcheck ?? null),
          shell: config.shell ?? null,
        }
      : config,
    history: image.history ?? [],
  };
}

/** The containers the relations can read (others are left to the schema to refuse). */
function linkable(containers: unknown): LinkedContainer[] {
  if (!Array.isArray(containers)) return [];
  return containers.filter(
    (c): c is LinkedContainer => isObject(c) && typeof c.name === 'string' && isObject(c.networks) && Object.values(c.networks).every(isObject) && Array.isArray(c.mounts) && c.mounts.every(isObject),
  );
}

function fromV1(data: Raw): Raw {
  const containers = each(data.containers, containerV2);
  const linked = linkable(containers);
  const usersOf = volumeUsersOf(linked);
  const events = data.events;
  return {
    ...data,
    version: 2,
    migratedFrom: 1,
    engine: under({ ncpu: 0, memTotal: 0, loggingDriver: '', securityOptions: [], cgroupVersion: '', cgroupDriver: '', limits: { memory: false, swap: false, cpuCfsPeriod: false, cpuCfsQuota: false, cpuShares: false, cpuSet: false, pids: false } }, data.engine),
    containers,
    images: each(data.images, imageV2),
    networks: each(data.networks, (n) => ({
      created: '',
      enableIPv6: false,
      containers: typeof n.id === 'string' && typeof n.name === 'string' ? attachedContainers({ id: n.id, name: n.name }, linked) : [],
      ...n,
    })),
    volumes: each(data.volumes, (v) => ({
      createdAt: '',
      anonymous: typeof v.name === 'string' && isAnonymousVolume(v.name, isObject(v.labels) ? (v.labels as Record<string, string>) : {}),
      usedBy: typeof v.name === 'string' ? usersOf(v.name) : [],
      ...v,
    })),
    // version 1 kept container events only
    ...(isObject(events) ? { events: { ...events, items: each(events.items, (e) => ({ type: 'container', id: e.containerId, ...e })) } } : {}),
  };
}

/** Oldest version still read. */
export const OLDEST_SNAPSHOT_VERSION = 1;

/**
 * Brings parsed snapshot JSON of an older version to the current one (SNAPSHOT_VERSION); anything else
 * (the current version, another kind, a newer or unknown version, not an object) is returned unchanged.
 */
export function migrateSnapshot(data: unknown): unknown {
  if (!isObject(data) || data.kind !== SNAPSHOT_KIND || data.version === SNAPSHOT_VERSION) return data;
  return data.version === 1 ? fromV1(data) : data;
}
