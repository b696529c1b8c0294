// Writes exercises/catalog.generated.ts from exercises/*.yaml. Run first by `npm run build`, so the
// generated module never lags its files (a `check` then parses no YAML); it loads
// grader/check/exercise/catalog-compile.ts through esbuild (no build of its own needed) and rewrites the
// file only when its text changes. A file that does not validate fails the build with its field and why.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TARGET = 'exercises/catalog.generated.ts';
const tmp = join('node_modules', '.cache', 'dockgrade-build');
mkdirSync(tmp, { recursive: true });
const module = join(tmp, `catalog-compile-${process.pid}.mjs`);
await build({ entryPoints: ['grader/check/exercise/catalog-compile.ts'], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: module, logLevel: 'warning' });
try {
  const { catalogModule } = await import(pathToFileURL(join(process.cwd(), module)).href);
  let text;
  try {
    text = catalogModule('exercises');
  } catch (error) {
    console.error(`compile-exercises: ${error.message}`);
    process.exit(1);
  }
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // no generated file yet
  }
  if (text !== current) {
    writeFileSync(TARGET, text);
    console.log(`compile-exercises: wrote ${TARGET}`);
  }
} finally {
  rmSync(module, { force: true });
}
