#!/usr/bin/env node
/**
 * The `dockgrade` executable (package.json "bin"). It runs dist/dockgrade.cjs, the whole command line
 * bundled into one file by scripts/bundle.mjs, and compiles it with a V8 code cache: a plain `check`
 * spent most of its own time loading and compiling ~60 ES modules (issue 7). Node 22 has
 * `module.enableCompileCache()`; Node 20 does not, so this does the same with node:vm:
 *
 * - the cache lives in DOCKGRADE_CACHE_DIR, else $XDG_CACHE_HOME/dockgrade, else ~/.cache/dockgrade
 *   (where the engine facts are cached), one file per bundle build, Node version, architecture and kind
 *   of command (`check` or any other), so a `list` never leaves a `check` half cached;
 * - the bundle carries its build id (a hash of its text, written by scripts/bundle.mjs), so a new
 *   build never meets an old cache; V8 itself rejects a cache of another V8 version or other flags;
 * - a missing or rejected cache is written when the run ends (atomically; a cache that cannot be
 *   written is simply not used); DOCKGRADE_CODE_CACHE=0 turns it off;
 * - a vm script has no module loader, so `import()` of a package inside the bundle goes through the
 *   hook this launcher installs (grader/import-package.ts).
 *
 * This file is CommonJS on purpose: an ES module entry costs ~9 ms more to start here. Without a
 * bundle (a tsc-only build) it runs the unbundled bin.js.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * Writes the script's code cache (with every function this run compiled) and removes the caches of
 * other builds, so rebuilding never piles them up; never fails the run.
 */
function saveCache(file: string, id: string, script: Script): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, file);
    for (const name of readdirSync(dir)) if (/^code-[0-9a-f]+-.*\.v8$/.test(name) && !name.startsWith(`code-${id}-`)) rmSync(join(dir, name), { force: true });
  } catch {
    // a read-only or full cache directory: the next run compiles afresh, still correct
  }
}

function runBundle(source: string): void {
  const id = BUILD_ID.exec(source.slice(-100))?.[1];
  const useCache = id !== undefined && process.env.DOCKGRADE_CODE_CACHE !== '0';
  const kind = process.argv[2] === 'check' ? 'check' : 'other';
  const cacheFile = join(cacheDir(process.env), `code-${id}-${process.version}-${process.arch}-${kind}.v8`);
  const cachedData = useCache ? readOrNull(cacheFile) ?? undefined : undefined;
  // a bundle starts with the hashbang of bin.ts: a comment for the wrapper function
  const script = new Script(wrap(source.replace(/^#!/, '//')), { filename: bundle, cachedData });
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => saveCache(cacheFile, id, script));
  (globalThis as Record<symbol, unknown>)[Symbol.for('dockgrade.import')] = (specifier: string) => import(specifier);
  const moduleObject = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(moduleObject.exports, moduleObject.exports, createRequire(bundle), moduleObject, bundle, dirname(bundle));
}

const source = readOrNull(bundle);
// scripts/bundle.mjs writes pure ASCII: one-byte text, no UTF-8 decoding of half a megabyte
if (source) runBundle(isAscii(source) ? source.toString('latin1') : source.toString('utf8'));
else void import('./bin.js');
