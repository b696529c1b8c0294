#!/usr/bin/env node
/**
 * The `dockgrade` executable (package.json "bin"). It runs dist/dockgrade.cjs, the whole command line
 * bundled into one file by scripts/bundle.mjs, and compiles it with a V8 code cache: a plain `check`
 * spent most of its own time loading and compiling ~60 ES modules (issue 7).
 *
 * Where Node has `module.enableCompileCache()` (22.1+) the launcher turns it on (in the cache directory
 * below, `compile-cache/`; Node keys its files by content and version and checks them with a CRC32)
 * and simply requires the bundle. Node 20 has none, so there the launcher does the same by hand with
 * node:vm, as follows; that path can go when the package's `engines` floor reaches Node 22.12 (Node 20
 * leaves maintenance in April 2026; `engines` still admits 20.19 for lab machines that keep it):
 *
 * - the cache lives in DOCKGRADE_CACHE_DIR, else $XDG_CACHE_HOME/dockgrade, else ~/.cache/dockgrade
 *   (where the engine facts are cached), one file per bundle path, bundle content, Node version,
 *   architecture and kind of command (`check` or any other), so a `list` never leaves a `check` half
 *   cached;
 * - the file name carries a hash of the bundle's absolute path and a hash of its bytes (issue 13): two
 *   installs share one cache directory, and a cache holds the script's file name (stack traces of one
 *   clone named another clone's bundle) and code V8 checks only by source length, so neither another
 *   install nor an edited or rebuilt bundle ever takes a file made for other bytes or another path.
 *   Writing a cache removes only the same path's caches of other content (and the older unkeyed names),
 *   never another install's; V8 itself rejects a cache of another V8 version or other flags;
 * - a missing or rejected cache is written when the run ends (atomically; a cache that cannot be
 *   written is simply not used); DOCKGRADE_CODE_CACHE=0 turns it off;
 * - a vm script has no module loader, so `import()` of a package inside the bundle goes through the
 *   hook this launcher installs (grader/core/import-package.ts).
 *
 * This file is CommonJS on purpose: an ES module entry costs ~9 ms more to start here. Without a
 * bundle (a tsc-only build) it runs the unbundled bin.js.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as nodeModule from 'node:module';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { Script } from 'node:vm';

const bundle = join(__dirname, '..', '..', 'dockgrade.cjs');
/** `//# dockgrade-build=<id>` ends every bundle scripts/bundle.mjs writes. */
const BUILD_ID = /\/\/# dockgrade-build=([0-9a-f]{16,64})\s*$/;

/** Same place as grader/collect/engine-facts.ts's cacheDir (that one is ESM, inside the bundle). */
function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKGRADE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'dockgrade');
}

function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * FNV-1a over 32-bit words (and the tail bytes). V8 checks a code cache's version, flags and source
 * length but, in release builds, not its bytes: a flipped bit in a cache file made a run crash or,
 * worse, run altered code. Any change within one word always changes this sum (each step is a
 * bijection); ~3 ms for a 250 kB cache here, against the ~15 ms the cache saves. Node 22's compile
 * cache guards its files with a CRC32 the same way; node:zlib's crc32 costs as much to load.
 */
function cacheChecksum(bytes: Uint8Array): number {
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2) : new Uint32Array(bytes.slice(0, bytes.length & ~3).buffer);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i], 16777619);
  for (let i = bytes.length & ~3; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash >>> 0;
}

/** A cache file: `DGC1`, the checksum of the rest (uint32, little-endian), then V8's data. */
const MAGIC = 0x31434744;

/** V8's data from a cache file, or undefined when the file is missing, foreign or damaged. */
function readCacheFile(file: string): Buffer | undefined {
  const bytes = readOrNull(file);
  if (!bytes || bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return undefined;
  const data = bytes.subarray(8);
  return cacheChecksum(data) === bytes.readUInt32LE(4) ? data : undefined;
}

/** The bytes of a cache file holding `data`. */
function cacheFileBytes(data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(cacheChecksum(data), 4);
  return Buffer.concat([header, data]);
}

/** 16 hex digits of SHA-256 (node:crypto, native: ~3 ms for the 700 kB bundle here, first call included, against the ~15 ms the cache saves). */
function shortHash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/**
 * Writes the script's code cache (with every function this run compiled) and removes this path's
 * caches of other content (and caches under the older names, keyed by build id alone), so rebuilding
 * never piles them up; another install's caches are left alone. Never fails the run.
 */
function saveCache(file: string, pathKey: string, contentKey: string, script: Script): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, cacheFileBytes(script.createCachedData()));
    renameSync(temp, file);
    for (const name of readdirSync(dir)) {
      const otherContent = name.startsWith(`code-${pathKey}-`) && !name.startsWith(`code-${pathKey}-${contentKey}-`);
      const unkeyed = /^code-[0-9a-f]+-v\d[^-]*-.*\.v8$/.test(name);
      if (name.endsWith('.v8') && (otherContent || unkeyed)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // a read-only or full cache directory: the next run compiles afresh, still correct
  }
}

function runBundle(bytes: Buffer): void {
  const source = bytes.toString('utf8');
  // a bundle scripts/bundle.mjs wrote (it ends with its build id): a cache is worth keeping
  const useCache = BUILD_ID.test(source.slice(-100)) && process.env.DOCKGRADE_CODE_CACHE !== '0';
  const kind = process.argv[2] === 'check' ? 'check' : 'other';
  const pathKey = useCache ? shortHash(bundle) : '';
  const contentKey = useCache ? shortHash(bytes) : '';
  const cacheFile = join(cacheDir(process.env), `code-${pathKey}-${contentKey}-${process.version}-${process.arch}-${kind}.v8`);
  const cachedData = useCache ? readCacheFile(cacheFile) : undefined;
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => saveCache(cacheFile, pathKey, contentKey, script));
  (globalThis as Record<symbol, unknown>)[Symbol.for('dockgrade.import')] = (specifier: string) => import(specifier);
  const moduleObject = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(moduleObject.exports, moduleObject.exports, createRequire(bundle), moduleObject, bundle, dirname(bundle));
}

// Node 22.1+ (typed by @types/node 22; this project's types are Node 20's)
const enableCompileCache = (nodeModule as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache;

if (typeof enableCompileCache === 'function') {
  // Node's own compile cache; a directory that cannot be written leaves it off, still correct.
  if (process.env.DOCKGRADE_CODE_CACHE !== '0') enableCompileCache(join(cacheDir(process.env), 'compile-cache'));
  if (existsSync(bundle)) createRequire(bundle)(bundle);
  else void import('./bin.js');
} else {
  const source = readOrNull(bundle);
  if (source) runBundle(source);
  else void import('./bin.js');
}
