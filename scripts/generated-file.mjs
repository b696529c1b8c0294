// What the build's code generators share (precompile-templates.mjs, compile-exercises.mjs): loading a
// TypeScript module of ours through esbuild without a build of its own, and writing a generated file
// only when its text changes (so that tsc and the bundler see no new file time for nothing).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bundles `entry` (a .ts file) into a temporary ES module, imports it, runs `use` on it, then removes it. */
export async function withTypeScriptModule(entry, use) {
  const tmp = join('node_modules', '.cache', 'dockgrade-build');
  mkdirSync(tmp, { recursive: true });
  const module = join(tmp, `${entry.replace(/\W+/g, '-')}-${process.pid}.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: module, logLevel: 'warning' });
  try {
    return await use(await import(pathToFileURL(join(process.cwd(), module)).href));
  } finally {
    rmSync(module, { force: true });
  }
}

/** Writes `text` to `target` unless it already holds it; says so under `label` when it wrote. */
export function writeGeneratedFile(target, text, label) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // no generated file yet
  }
  if (text !== current) {
    writeFileSync(target, text);
    console.log(`${label}: wrote ${target}`);
  }
}
