/**
 * Bundles the command line into dist/dockgrade.cjs, run by the `dockgrade` executable
 * (grader/cli/launch.cts) with a V8 code cache. Run after tsc by `npm run build`.
 *
 * Why: a plain `check` loaded ~60 ES modules of our own, and resolving, reading and compiling them
 * one by one was most of its start-up (issue 7). esbuild (the bundler the issue names; fast, no
 * plugins needed) puts all of our code in one CommonJS file. CommonJS, not ESM: in a CJS bundle a
 * module reached only through `import()` becomes a lazily run function whose packages are required
 * only when it runs, where an ESM bundle hoists every package import to the top (yargs, zod and
 * handlebars would load for every `check`). Packages stay external, loaded from node_modules as
 * before; a dynamic import of one must go through grader/core/import-package.ts (checked here).
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist/dockgrade.cjs';
const WORKER = 'dist/student-files-worker.cjs';
const NOTICES = 'dist/THIRD-PARTY-NOTICES.txt';
/**
 * Packages written into the bundles (devDependencies, so an install never fetches them); the
 * dependencies load from node_modules at run time. @noble/hashes is ESM-only, which a CommonJS bundle
 * could only require() on Node >= 20.19, and small. handlebars: the HTML reports need only its runtime
 * (templates are precompiled), ~50 kB, where the package installs 3 MB plus uglify-js, source-map and
 * neo-async (6 MB in all). es-hangul: Korean particles (grader/core/korean-particles.ts) are picked for
 * every Korean message; its ESM build tree-shakes to ~8 kB of the bundle, where requiring the package
 * from node_modules would read and compile its whole 57 kB CommonJS file on every `check`.
 */
const CARRIED = ['@noble/hashes', 'handlebars', 'es-hangul'];

/**
 * es-hangul ships one file whose top level builds tables and regular expressions for all its functions
 * (one of them, JONGSEONGS_COMPOSITE, took 1.6 ms of every run). esbuild keeps a top-level initializer
 * unless it is known to be pure, so this marks each `var NAME = <call or new>` of that file pure:
 * tree-shaking then drops the ones `josa.pick` does not reach (es-hangul's evaluation fell from 2.2 to
 * 0.5 ms). Only unused values can be dropped, so nothing `josa.pick` needs changes.
 */
const pureEsHangul = {
  name: 'pure-es-hangul',
  setup(build) {
    build.onLoad({ filter: /[\\/]es-hangul[\\/]dist[\\/]index\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/^(var [\w$\u0080-\uffff]+ = )(?=new |\[\.\.\.|[\w$.]+\()/gmu, '$1/* @__PURE__ */ '),
      loader: 'js',
    }));
  },
};

/** esbuild options shared by the command line's bundle and the student-files worker's. */
const common = {
  plugins: [pureEsHangul],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies).filter((name) => !CARRIED.includes(name)),
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // one URL for every module: the bundle's own (paths found from import.meta.url allow for it)
  define: { 'import.meta.url': '__dockgrade_bundle_url', __DOCKGRADE_BUNDLE__: 'true' },
  banner: { js: "const __dockgrade_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
};

/** The packages whose code the bundles carry (found from esbuild's inputs), for their notices. */
const bundled = new Set();

/**
 * The license text of each package written into the bundles, in one file shipped beside them: their
 * licenses (MIT) ask that the notice go with every copy, and esbuild's legalComments would keep only the
 * comments some files carry, not the packages' LICENSE files. A carried package without a license
 * file fails the build.
 */
function writeNotices() {
  const parts = [...bundled].sort().map((name) => {
    const dir = join('node_modules', name);
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((entry) => /^licen[sc]e(\.|$)/i.test(entry));
    if (!file || !existsSync(join(dir, file))) {
      console.error(`bundle: ${name} is carried in the bundle but has no LICENSE file to ship with it`);
      process.exit(1);
    }
    return `${meta.name} ${meta.version} (${meta.license})\n${'-'.repeat(60)}\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  writeFileSync(NOTICES, `dockgrade's bundles (dist/*.cjs) carry code from these packages, under these licenses.\n\n${parts.join('\n\n')}`);
}

/**
 * Bundles `entry` into one CommonJS text, pure ASCII, checked for packages that do not belong and for
 * dynamic imports (`imports`: how many `import(specifier)` the text may hold).
 */
async function bundle(entry, imports) {
  const result = await build({ ...common, entryPoints: [entry] });
  for (const input of Object.keys(result.metafile.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (name) bundled.add(name);
  }
  // A package other than those meant to be carried means a dev dependency reached a run-time path.
  const carried = Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules/') && !CARRIED.some((name) => input.includes(`node_modules/${name}/`)));
  if (carried.length) {
    console.error(`bundle: unexpected packages in ${entry}'s bundle (not dependencies?): ${carried.join(', ')}`);
    process.exit(1);
  }
  // Pure ASCII (a single arrow in a kept comment made V8 decode all 480 kB as UTF-8 into a two-byte
  // string: 5 ms of every run). esbuild already escapes strings and identifiers (charset ascii); what
  // is left is in comments, where an escape is harmless. The hashbang of bin.ts becomes a comment (the
  // launcher wraps the text in a function), on the same line so stack traces keep their line numbers.
  const code = result.outputFiles[0].text.replace(/^#!/, '//').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Only the hook in import-package.ts may import(): a vm-compiled script has no loader for any other.
  const found = [...code.matchAll(/\bimport\(([^)]*)\)/g)].map((m) => m[1]);
  if (found.length !== imports || found.some((specifier) => specifier !== 'specifier')) {
    console.error(`bundle: dynamic import of a package outside grader/core/import-package.ts in ${entry}: import(${found.join('), import(')})`);
    process.exit(1);
  }
  return code;
}

const code = await bundle('grader/cli/bin.ts', 1);
if (code.includes('JONGSEONGS_COMPOSITE')) {
  console.error('bundle: es-hangul tables josa.pick does not use are still in the bundle (did the pure-es-hangul plugin stop matching?)');
  process.exit(1);
}
// The worker `grade` starts for the students' own reports (grader/batch/student-files.ts finds it
// beside the bundle): one file, so the package ships no tree of unbundled modules for it.
writeFileSync(WORKER, await bundle('grader/batch/student-files-worker.ts', 0));
writeNotices();
const id = createHash('sha256').update(code).digest('hex').slice(0, 32);
writeFileSync(OUT, `${code}//# dockgrade-build=${id}\n`);
// The executable that runs it (package.json "bin", written by tsc without the mode): `npx dockgrade`
// in a clone runs it directly, and npm marks it executable only when it installs the package.
chmodSync(JSON.parse(readFileSync('package.json', 'utf8')).bin.dockgrade, 0o755);
