#!/usr/bin/env node
/**
 * The `dockgrade` executable (package.json "bin"). It runs dist/dockgrade.cjs, the whole command line
 * bundled into one file by scripts/bundle.mjs (every package included), from a V8 code cache made
 * after a run: a plain `check` spent most of its own time compiling (issue 7).
 *
 * Node's own compile cache (`module.enableCompileCache()`, Node 22.1+) keeps what V8 compiled when the
 * file was loaded, which for a bundle is its top level only: every function a run calls was compiled
 * again on every run (about a tenth of a cold `check all`'s CPU time). So the bundle is compiled here
 * through node:vm, and when it had no usable cache its code cache is written as the process exits
 * (`createCachedData()` then holds every function the run compiled), one file per kind of run (RunKind).
 * The file (`code-cache/bundle-<Node version>-<arch>-<path digest>-<kind>.v8`) says which
 * bundle it was made from (the build id scripts/bundle.mjs writes at its end, a digest of its code) and
 * carries a checksum of V8's bytes (CRC-32): a file made from another build, damaged or cut short is not used,
 * and V8 refuses one from another V8 or with other flags. Node's compile cache stays on for the files
 * required later (yargs, zod, …: dist/vendor-*.cjs).
 *
 * Both live in DOCKGRADE_CACHE_DIR, else $XDG_CACHE_HOME/dockgrade, else ~/.cache/dockgrade (where the
 * engine facts are cached); a directory that cannot be written leaves them off, still correct.
 * DOCKGRADE_CODE_CACHE=0 turns both off.
 *
 * dockgrade needs Node 22.12+ (package.json engines; Node 20 reached its end of life on 2026-04-30).
 * An older Node, which has no compile cache, runs the same bundle uncached and writes no cache: the
 * project's own tests still run on such a machine.
 *
 * This file is CommonJS on purpose: an ES module entry costs ~9 ms more to start here. Without a
 * bundle (a tsc-only build) it runs the unbundled bin.js.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, '..', '..', 'dockgrade.cjs');

/** Same place as grader/collect/engine-facts.ts's cacheDir (that one is ESM, inside the bundle). */
function cacheDir(env: NodeJS.ProcessEnv): string {
  // node:os only without HOME: loading it took ~5 ms of every run (grader/core/home-dir.ts)
  const home = () => env.HOME || (createRequire(__filename)('node:os') as typeof import('node:os')).homedir();
  return env.DOCKGRADE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(home(), '.cache'), 'dockgrade');
}

/** First bytes of a code cache file (2: V8's bytes checked by CRC-32, was FNV-1a). */
const MAGIC = 'dockgrade-code-cache-2\n';

/**
 * The checksum of V8's bytes: zlib's CRC-32, native (0.5 ms for 1.4 MB here, where the FNV-1a loop below
 * took 23-64 ms, a fifth of a cold check). undefined on a Node without it (before 22.2): no code cache then.
 */
function checksum(): ((data: Uint8Array) => number) | undefined {
  const native = bindingCrc32();
  if (native) return native;
  const zlib = createRequire(__filename)('node:zlib') as { crc32?: (data: Uint8Array) => number };
  return typeof zlib.crc32 === 'function' ? zlib.crc32 : undefined;
}

/**
 * The same CRC-32 straight from zlib's native binding, the function node:zlib's crc32 calls: loading
 * node:zlib's JavaScript for it took 1.6 ms of every run here (issue 25), the binding 0.05 ms.
 * process.binding is deprecated in the documentation only (DEP0111): it warns under pending
 * deprecations, so then, or when a later Node has it no more, node:zlib does the work.
 */
function bindingCrc32(): ((data: Uint8Array) => number) | undefined {
  if (process.env.NODE_PENDING_DEPRECATION === '1' || process.execArgv.includes('--pending-deprecation') || (process.env.NODE_OPTIONS ?? '').includes('--pending-deprecation')) return undefined;
  try {
    const zlib = (process as unknown as { binding(name: string): { crc32?: (data: Uint8Array, value: number) => number } }).binding('zlib');
    const crc32 = zlib.crc32;
    return typeof crc32 === 'function' ? (data) => crc32(data, 0) : undefined;
  } catch {
    return undefined;
  }
}

/** A 32-bit FNV-1a digest of bytes (a file name's UTF-8). */
function digest(data: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data[i], 0x01000193);
  return hash >>> 0;
}

/** The build id scripts/bundle.mjs ends the bundle with (a digest of its code), or undefined. */
function buildId(source: string): string | undefined {
  return /\/\/# dockgrade-build=([0-9a-f]{16,})\n?$/.exec(source.slice(-120))?.[1];
}

/**
 * The code cache this file holds for `made` (bundle, Node, V8 flags are V8's own check) and `kind`, or
 * undefined: a file of another build or kind of run, damaged, or cut short.
 */
function readCache(file: string, made: string, kind: RunKind, sum32: (data: Uint8Array) => number): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  // MAGIC, the line `made`, the line `check|other <checksum> <length>`, then V8's bytes
  const headEnd = bytes.indexOf(10, MAGIC.length);
  const metaEnd = headEnd < 0 ? -1 : bytes.indexOf(10, headEnd + 1);
  if (metaEnd < 0 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC || bytes.toString('utf8', MAGIC.length, headEnd) !== made) return undefined;
  const [madeBy, sum, length] = bytes.toString('latin1', headEnd + 1, metaEnd).split(' ');
  const data = bytes.subarray(metaEnd + 1);
  if (madeBy !== kind || data.length !== Number(length) || sum32(data) !== Number(sum)) return undefined;
  return data;
}

/** Writes a code cache file whole (a temporary file renamed over it: a reader never sees half of one). */
function writeCache(file: string, made: string, kind: RunKind, data: Buffer, sum32: (data: Uint8Array) => number): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${MAGIC}${made}\n${kind} ${sum32(data)} ${data.length}\n`), data]));
  renameSync(temporary, file);
}

/**
 * The kinds of run that keep a code cache each: a `check` of some exercises or sections, `check all`,
 * and every other command. What V8 writes at a run's end holds every function the run compiled or took
 * from the cache, so one file for all grew to the union (a check that began from `list`'s cache wrote
 * 1.2 MB where its own is 0.65 MB, and every later check deserialized the difference, ~8 ms, and
 * collected more garbage), while a check of one section made from `check all`'s run carried 62
 * exercises it never builds. Each kind compiles afresh once and then runs from its own.
 *
 * A check's cache is written only by a run that graded (exit code 0 or 1), and `check --help`,
 * `--version` and `--watch` are other runs: the first check after a build had been `check --help`, or
 * a check that stopped at once (no engine yet, a typo), and wrote a cache of what it compiled (0.31 MB),
 * which every later check used and compiled the rest of the grading on top, every time: 57 ms against
 * 48.6 ms for `check 2.2.5` (median of 30). CI's tests run those before the bench guard does.
 */
type RunKind = 'check' | 'check-all' | 'other';

const NOT_A_CHECK = new Set(['--help', '-h', '--version', '--watch', '-w']);

function runKind(args: readonly string[]): RunKind {
  if (args[0] !== 'check' || args.some((arg) => NOT_A_CHECK.has(arg))) return 'other';
  return args.slice(1).includes('all') ? 'check-all' : 'check';
}

/** Whether a run of `kind` that ended with `code` may write its kind's code cache: a check, only when it graded. */
function mayWriteCache(kind: RunKind, code: number): boolean {
  return kind === 'other' || code === 0 || code === 1;
}

/**
 * Runs the bundle through node:vm: the file is one function expression with the parameters Node gives a
 * CommonJS file (scripts/bundle.mjs writes it so; it was wrapped here, and V8 then copied the joined
 * 1.5 MB into one string again before compiling: ~6 ms, fresh memory being slow to touch on our VMs).
 * With a cache directory, from its code cache when there is a usable one, and it writes one otherwise.
 */
function runBundle(directory: string | undefined): void {
  // latin1: the bundle is pure ASCII (scripts/bundle.mjs makes it so), and decoding 1.5 MB as UTF-8
  // took ~16 ms of every run here where latin1 copies the bytes (~5 ms)
  const source = readFileSync(bundle, 'latin1');
  const id = buildId(source);
  const sum32 = directory === undefined ? undefined : checksum();
  const kind = runKind(process.argv.slice(2));
  const made = `${id} ${source.length} ${process.version} ${process.arch}`;
  const file = directory === undefined ? '' : join(directory, 'code-cache', `bundle-${process.version}-${process.arch}-${digest(Buffer.from(bundle)).toString(16)}-${kind}.v8`);
  const useCache = id !== undefined && sum32 !== undefined;
  const cache = useCache ? readCache(file, made, kind, sum32) : undefined;
  const script = new Script(source, { filename: bundle, ...(cache ? { cachedData: cache } : {}) });
  if (useCache && (!cache || script.cachedDataRejected)) {
    process.once('exit', (code) => {
      if (!mayWriteCache(kind, code)) return;
      try {
        writeCache(file, made, kind, script.createCachedData(), sum32);
      } catch {
        // no cache this time (a read-only or full disk): the next run compiles again
      }
    });
  }
  // the build id, for what the bundle keeps per build in the cache directory (grader/pipeline/clean-texts.ts):
  // none with the caches off (DOCKGRADE_CODE_CACHE=0)
  if (id !== undefined && directory !== undefined) (globalThis as Record<symbol, unknown>)[Symbol.for('dockgrade.build')] = id;
  const wrapped = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, directory: string) => void;
  const mod = { exports: {}, id: bundle, filename: bundle, loaded: false };
  wrapped.call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
}

// Node 22.1+ (this project's types are Node 20's, where the tests run)
const enableCompileCache = (nodeModule as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache;
const cached = typeof enableCompileCache === 'function' && process.env.DOCKGRADE_CODE_CACHE !== '0';
if (cached) enableCompileCache(join(cacheDir(process.env), 'compile-cache'));
if (existsSync(bundle)) runBundle(cached ? cacheDir(process.env) : undefined);
else void import('./bin.js');
