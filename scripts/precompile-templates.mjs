// Writes reports/templates.generated.ts from reports/templates/*.hbs. Run first by `npm run build`, so the
// generated module never lags its templates; it loads reports/template-precompile.ts through esbuild (no
// build of its own needed) and rewrites the file only when its text changes.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TARGET = 'reports/templates.generated.ts';
const tmp = join('node_modules', '.cache', 'dockgrade-build');
mkdirSync(tmp, { recursive: true });
const module = join(tmp, `template-precompile-${process.pid}.mjs`);
await build({ entryPoints: ['reports/template-precompile.ts'], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: module, logLevel: 'warning' });
try {
  const { precompiledModule } = await import(pathToFileURL(join(process.cwd(), module)).href);
  const text = precompiledModule('reports/templates');
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // no generated file yet
  }
  if (text !== current) {
    writeFileSync(TARGET, text);
    console.log(`precompile-templates: wrote ${TARGET}`);
  }
} finally {
  rmSync(module, { force: true });
}
