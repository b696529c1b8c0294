/**
 * The engine's description (id, name, versions, OS, kernel) for the snapshot, cached for a local
 * engine. `GET /info` and `GET /version` are the slowest calls a collection makes: the engine runs
 * `runc --version`, `docker-init --version` and asks containerd on every call, which took 20–50 ms
 * idle and 300–550 ms on this shared, loaded machine, while listing the containers took 15–60 ms. The
 * `docker inspect` we measure ourselves against makes neither call. What they say changes only when
 * the daemon restarts (a new data root, a new version, a reboot), and a restart re-creates its unix
 * socket, so the cache is keyed by the socket's inode and change time: any restart misses it. tcp://
 * and ssh:// engines are always asked afresh. The cache holds only the fields the snapshot keeps.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineClient } from '../engine/engine-client.js';
import { homeDir } from '../core/home-dir.js';

type Raw = Record<string, any>;

/** The parts of `/info` and `/version` that mapEngine reads (a local engine's: only those, as cached). */
export interface EngineFacts {
  info: Raw;
  version: Raw;
}

/** A cache entry older than this is refreshed even when the socket is unchanged. */
export const ENGINE_FACTS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const INFO_FIELDS = [
  'ID',
  'Name',
  'ServerVersion',
  'OperatingSystem',
  'OSType',
  'Architecture',
  'KernelVersion',
  'NCPU',
  'MemTotal',
  'LoggingDriver',
  'SecurityOptions',
  'CgroupVersion',
  'CgroupDriver',
  'MemoryLimit',
  'SwapLimit',
  'CpuCfsPeriod',
  'CpuCfsQuota',
  'CPUShares',
  'CPUSet',
  'PidsLimit',
];
const VERSION_FIELDS = ['Version', 'ApiVersion'];

/** The cache's own format: an entry of another one (fewer fields kept) is asked afresh. */
const FACTS_FORMAT = 2;

/** A value the snapshot keeps: a string, number, boolean or list of strings (never a nested object). */
function keepable(value: unknown): boolean {
  return ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function pick(raw: Raw, fields: readonly string[]): Raw {
  return Object.fromEntries(fields.filter((f) => keepable(raw?.[f])).map((f) => [f, raw[f]]));
}

/** Where the cache lives: DOCKGRADE_CACHE_DIR, else $XDG_CACHE_HOME/dockgrade, else ~/.cache/dockgrade. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKGRADE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homeDir(env), '.cache'), 'dockgrade');
}

/**
 * Writes a file of the cache whole (a temporary file renamed over it: a reader never sees half of one),
 * its folder made when missing. A cache is an aid: one that cannot be written (a read-only home, a file
 * where the folder should be) is simply not kept, and false says so.
 */
export function writeCacheFile(file: string, text: string): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // (no folder to hold it: nothing was written)
    }
    return false;
  }
}

/** The JSON a file of the cache holds, when there is one of at most `maxBytes`; else undefined (none yet, too large, not JSON). */
export function readCacheJson(file: string, maxBytes: number): unknown {
  try {
    return statSync(file).size <= maxBytes ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

interface CacheEntry {
  format: number;
  socket: string;
  /** inode and change time of the socket: a daemon restart re-creates it. */
  stamp: string;
  savedAt: number;
  facts: EngineFacts;
}

function socketStamp(socketPath: string): string | null {
  try {
    const s = statSync(socketPath);
    return `${s.dev}:${s.ino}:${s.ctimeMs}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

async function askEngine(client: EngineClient): Promise<EngineFacts> {
  const [info, version] = await Promise.all([client.info(), client.version()]);
  return { info, version };
}

/**
 * The engine's facts: from the cache for an unchanged local socket, else from the engine (and then
 * cached). A cache that cannot be read or written is simply not used.
 */
export async function engineFacts(client: EngineClient, options: { env?: NodeJS.ProcessEnv; now?: number } = {}): Promise<EngineFacts> {
  if (client.endpoint.kind !== 'unix') return askEngine(client);
  const socket = client.endpoint.socketPath;
  const stamp = socketStamp(socket);
  if (!stamp) return askEngine(client);
  const now = options.now ?? Date.now();
  const file = join(cacheDir(options.env), `engine${socket.replace(/[^A-Za-z0-9.]+/g, '-')}.json`);
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
    if (entry.format === FACTS_FORMAT && entry.socket === socket && entry.stamp === stamp && now - entry.savedAt >= 0 && now - entry.savedAt < ENGINE_FACTS_MAX_AGE_MS && entry.facts?.info?.ID) {
      return entry.facts;
    }
  } catch {
    // no cache yet, or an unreadable one: ask the engine
  }
  const fresh = await askEngine(client);
  const facts = { info: pick(fresh.info, INFO_FIELDS), version: pick(fresh.version, VERSION_FIELDS) };
  // a read-only home: no cache, still correct
  writeCacheFile(file, JSON.stringify({ format: FACTS_FORMAT, socket, stamp, savedAt: now, facts } satisfies CacheEntry));
  return facts;
}
