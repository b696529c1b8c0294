#!/usr/bin/env node
/**
 * The `dockgrade` executable (package.json "bin"). It runs dist/dockgrade.cjs, the whole command line
 * bundled into one file by scripts/bundle.mjs (every package included), with Node's own compile cache
 * (`module.enableCompileCache()`, Node 22.1+): a plain `check` spent most of its own time compiling
 * (issue 7). The cache lives in DOCKGRADE_CACHE_DIR, else $XDG_CACHE_HOME/dockgrade, else
 * ~/.cache/dockgrade (where the engine facts are cached), under `compile-cache/`; Node keys its files
 * by content and version and checks them with a CRC32, and a directory that cannot be written leaves
 * it off, still correct. DOCKGRADE_CODE_CACHE=0 turns it off.
 *
 * dockgrade needs Node 22.12+ (package.json engines; Node 20 reached its end of life on 2026-04-30).
 * An older Node, which has no compile cache, runs the same bundle uncached: the project's own tests
 * still run on such a machine. The hand-made node:vm cache Node 20 needed is gone with it.
 *
 * This file is CommonJS on purpose: an ES module entry costs ~9 ms more to start here. Without a
 * bundle (a tsc-only build) it runs the unbundled bin.js.
 */
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { homedir } from 'node:os';

const bundle = join(__dirname, '..', '..', 'dockgrade.cjs');

/** Same place as grader/collect/engine-facts.ts's cacheDir (that one is ESM, inside the bundle). */
function cacheDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKGRADE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'dockgrade');
}

// Node 22.1+ (this project's types are Node 20's, where the tests run)
const enableCompileCache = (nodeModule as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache;
if (typeof enableCompileCache === 'function' && process.env.DOCKGRADE_CODE_CACHE !== '0') enableCompileCache(join(cacheDir(process.env), 'compile-cache'));
if (existsSync(bundle)) createRequire(bundle)(bundle);
else void import('./bin.js');
