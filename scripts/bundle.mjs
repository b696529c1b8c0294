/**
 * Bundles the command line into dist/dockgrade.cjs, run by the `dockgrade` executable
 * (grader/cli/launch.cts). Run after tsc by `npm run build`.
 *
 * Why: a plain `check` loaded ~60 ES modules of our own, and resolving, reading and compiling them
 * one by one was most of its start-up (issue 7). esbuild (the bundler the issue names; fast, no
 * plugins needed) puts all of our code in one CommonJS file. CommonJS, not ESM: in a CJS bundle a
 * module reached only through `import()` becomes a lazily run function whose packages are required
 * only when it runs, where an ESM bundle hoists every package import to the top (yargs, zod and
 * handlebars would load for every `check`).
 *
 * Every package is carried too (issue 28): the published package has no dependencies at all, so an
 * install fetches one tarball, runs no install script and takes a couple of MB (it was 33 MB, 97
 * packages, four install scripts). dockerode's BuildKit (grpc, protobufjs) and ssh2 (native
 * cpu-features) are replaced by stubs that throw if ever reached: dockgrade builds no image and speaks
 * to ssh:// engines through the system `ssh` (grader/engine/ssh-stdio.ts). The bundle is checked for
 * any require() of a package left outside it.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { builtinModules } from 'node:module';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = 'dist/dockgrade.cjs';
const WORKER = 'dist/student-files-worker.cjs';
const NOTICES = 'dist/THIRD-PARTY-NOTICES.txt';
/**
 * The packages our code imports, all written into the bundles with what they import in turn; every
 * one is a devDependency, so installing dockgrade fetches none of them. A package our code imports
 * that is not listed here fails the build (a test helper reaching a run-time path). @noble/hashes is
 * ESM-only and small; handlebars: the HTML reports need only its runtime (templates are precompiled);
 * es-hangul: Korean particles, tree-shaken to ~8 kB (see pureEsHangul).
 */
const CARRIED = ['@noble/hashes', 'canonicalize', 'csv-parse', 'dockerode', 'es-hangul', 'fastest-levenshtein', 'handlebars', 'proper-lockfile', 'yaml', 'yargs', 'zod'];

/**
 * What dockerode requires and dockgrade never runs, replaced by a module whose every use throws: its
 * BuildKit session (grpc, proto-loader; protobufjs for buildkit.js), ~12 MB installed; docker-modem's
 * ssh2 transport (with native cpu-features), since ssh:// engines go through the system ssh; and
 * split-ca, with which docker-modem reads DOCKER_CERT_PATH itself, where dockgrade hands it the TLS
 * material it read (grader/engine/endpoint.ts) and builds it without that environment (withoutModemEnv).
 */
const STUBBED = ['@grpc/grpc-js', '@grpc/proto-loader', 'protobufjs', 'split-ca', 'ssh2'];

const stubs = {
  name: 'stubs',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${STUBBED.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`) }, (args) => ({ path: args.path, namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
      // docker-modem reads `require('ssh2').Client` when it loads: a constructor that throws when called
      contents: `const fail = () => { throw new Error(${JSON.stringify(`${args.path} is not part of dockgrade's bundle (scripts/bundle.mjs STUBBED)`)}); };
const stub = Object.assign(function stub() { fail(); }, { Client: function Client() { fail(); } });
module.exports = new Proxy(stub, { get: (target, key) => (key in target || typeof key === 'symbol' || key === '__esModule' ? target[key] : fail()) });`,
      loader: 'js',
    }));
  },
};

/**
 * Two run-time lookups a bundle cannot make as written: yargs finds its message files from its own
 * location (they ship as dist/yargs-locales/, the languages dockgrade speaks), and engine-client.ts
 * loads dockerode with createRequire() (synchronously, only when exec or events are used), which esbuild
 * cannot see: there it becomes a plain require() that esbuild bundles, still run only at that call.
 */
const runtimeLookups = {
  name: 'runtime-lookups',
  setup(build) {
    const patch = (filter, from, to) =>
      build.onLoad({ filter }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes(from)) {
          console.error(`bundle: ${args.path} no longer contains ${from} (scripts/bundle.mjs runtimeLookups)`);
          process.exit(1);
        }
        return { contents: text.split(from).join(to), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    patch(/[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/, "'../../../locales'", `'../${LOCALES}'`);
    patch(/[\\/]grader[\\/]engine[\\/]engine-client\.ts$/, "requireCjs('dockerode')", "require('dockerode')");
  },
};

/**
 * zod's `z` namespace carries `z.locales`, the messages of ~50 languages (392 kB of the bundle, which a
 * namespace keeps from tree-shaking); dockgrade writes its own messages and uses only zod's default
 * English one (`config(en())`, imported on its own). Its locale index is cut to English.
 */
const zodLocales = {
  name: 'zod-locales',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({ contents: 'export { default as en } from "./en.js";\n', loader: 'js', resolveDir: dirname(args.path) }));
  },
};

/** Where yargs' message files go beside the bundle, and the languages copied (grader/core/i18n.ts). */
const LOCALES = 'yargs-locales';
const LANGS = ['en', 'ko'];

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

/**
 * Large packages that a plain `check` never runs, each bundled into a file of its own beside the
 * command line's bundle (dist/vendor-NAME.cjs) and required from there only when first used. Reading
 * the bundle is a cost of every run that grows with its size, whatever runs: on our 2-core test VM
 * reading 2 MB took 35-70 ms and handing it to V8 with its code cache as much again, where the docker
 * CLI's whole `inspect` takes ~170 ms (issue 25). These were ~1.1 MB of the 2 MB. Both our bundles
 * require the same files, so each package is loaded once per process (zod's global configuration).
 */
const VENDORED = { zod: 'zod', dockerode: 'dockerode', yargs: 'yargs', handlebars: 'handlebars', 'handlebars/runtime.js': 'handlebars-runtime', 'csv-parse/sync': 'csv-parse', yaml: 'yaml' };
/** How each vendor file exports its package: CommonJS packages as they are, ES modules' namespaces (and default, where one is). */
const VENDOR_ENTRY = {
  zod: "export * from 'zod';\nexport { default } from 'zod';",
  yargs: "export * from 'yargs';\nexport { default } from 'yargs';",
  'csv-parse/sync': "export * from 'csv-parse/sync';",
  // only a course pack (--course DIR, grader/course/) parses YAML at run time
  yaml: "export * from 'yaml';",
  dockerode: "module.exports = require('dockerode');",
  handlebars: "module.exports = require('handlebars');",
  'handlebars/runtime.js': "module.exports = require('handlebars/runtime.js');",
};
/** The VENDORED packages the bundles import (only their files are written). */
const vendorUsed = new Set();
const vendorFile = (name) => `vendor-${VENDORED[name]}.cjs`;

/** The module of the bundle that stands for a VENDORED package: its vendor file, with the same exports. */
function vendorShim(name) {
  const file = `./${vendorFile(name)}`;
  return VENDOR_ENTRY[name].startsWith('module.exports') ? `module.exports = require('${file}');` : VENDOR_ENTRY[name].split(`'${name}'`).join(`'${file}'`);
}

/** Our code's imports of VENDORED packages become require('./vendor-NAME.cjs'), resolved beside the bundle that runs. */
const vendored = {
  name: 'vendored',
  setup(build) {
    const names = Object.keys(VENDORED).map((name) => name.replace(/[/.]/g, '\\$&'));
    // through a one-line module of the bundle, so that an import() of one is a require() as well (an
    // external import() would stay an import(): Node's ES module loader, slower, asynchronous)
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => (packageDir(args.importer) ? undefined : { path: args.path, namespace: 'vendored' }));
    build.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => (vendorUsed.add(args.path), { contents: vendorShim(args.path), loader: 'js' }));
    build.onResolve({ filter: /^\.\/vendor-[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** esbuild options shared by the command line's bundle and the student-files worker's. */
const common = {
  plugins: [vendored, pureEsHangul, stubs, runtimeLookups, zodLocales],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // the syntax of the oldest Node the tests run on here (20); users need 22.12+ (package.json engines)
  target: 'node20',
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // one URL for every module: the bundle's own (paths found from import.meta.url allow for it)
  define: { 'import.meta.url': '__dockgrade_bundle_url', __DOCKGRADE_BUNDLE__: 'true' },
  banner: { js: "const __dockgrade_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
};

/** The folders of the packages whose code the bundles carry (found from esbuild's inputs), for their notices. */
const bundled = new Set();

/** The package folder (`node_modules/a/node_modules/@b/c`) of a bundled input, or undefined for our own code. */
function packageDir(input) {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
}

/**
 * The license text of each package written into the bundles, in one file shipped beside them: their
 * licenses (MIT, ISC, Apache-2.0, BSD) ask that the notice go with every copy, and esbuild's
 * legalComments would keep only the comments some files carry, not the packages' LICENSE files. A
 * carried package without a license file fails the build.
 */
function writeNotices() {
  const seen = new Set();
  const parts = [...bundled]
    .map((dir) => ({ dir, meta: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .sort((a, b) => (a.meta.name < b.meta.name ? -1 : a.meta.name > b.meta.name ? 1 : 0))
    .filter(({ meta }) => !seen.has(`${meta.name}@${meta.version}`) && seen.add(`${meta.name}@${meta.version}`))
    .map(({ dir, meta }) => {
      const file = readdirSync(dir).find((entry) => /^licen[sc]e([.-]|$)/i.test(entry));
      if (!file || !existsSync(join(dir, file))) {
        console.error(`bundle: ${meta.name} (${dir}) is carried in the bundle but has no LICENSE file to ship with it`);
        process.exit(1);
      }
      return `${meta.name} ${meta.version} (${meta.license})\n${'-'.repeat(60)}\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
    });
  writeFileSync(NOTICES, `dockgrade's bundles (dist/*.cjs) carry code from these packages, under these licenses.\n\n${parts.join('\n\n')}`);
}

/** Node's own modules, the only ones a bundle may require() at run time, besides the vendor files. */
const BUILTIN = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const VENDOR_PATHS = new Set(Object.keys(VENDORED).map((name) => `./${vendorFile(name)}`));

/**
 * Bundles `entry` into one CommonJS text, pure ASCII, checked for packages our code imports that are
 * not CARRIED, and for anything left to load from outside the bundle (a require() of a package, an
 * import()): the published package has no dependencies to load it from.
 */
async function bundle(entry, vendor) {
  const result = await build(vendor ? { ...common, plugins: common.plugins.filter((p) => p !== vendored), stdin: { contents: vendor, resolveDir: process.cwd(), sourcefile: 'vendor.js' } } : { ...common, entryPoints: [entry] });
  const strays = [];
  for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
    const dir = packageDir(input);
    if (dir) bundled.add(dir);
    // our own code imports only CARRIED packages (a test helper or dev tool must not reach a run-time path)
    else for (const imported of imports) if (imported.path.includes('node_modules/') && !CARRIED.includes(/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(imported.path)[1])) strays.push(`${input} imports ${imported.path}`);
    for (const imported of imports) if (imported.external && !BUILTIN.has(imported.path) && !VENDOR_PATHS.has(imported.path)) strays.push(`${input} leaves ${imported.path} outside the bundle`);
  }
  if (strays.length) {
    console.error(`bundle: ${entry}: packages that are not CARRIED (scripts/bundle.mjs):\n  ${strays.join('\n  ')}`);
    process.exit(1);
  }
  // Pure ASCII (a single arrow in a kept comment made V8 decode all 480 kB as UTF-8 into a two-byte
  // string: 5 ms of every run). esbuild already escapes strings and identifiers (charset ascii); what
  // is left is in comments, where an escape is harmless. The hashbang of bin.ts becomes a comment, on
  // the same line so stack traces keep their line numbers.
  const code = result.outputFiles[0].text.replace(/^#!/, '//').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Nothing may load from outside: a require() by name of anything but Node's own modules, or an
  // import() (esbuild turns each import() it bundles into a require of the bundled module).
  const outside = [...code.matchAll(/\b(?:require|requireCjs)\(\s*(["'])([^"']+)\1\s*\)/g)].map((m) => m[2]).filter((name) => !BUILTIN.has(name) && !VENDOR_PATHS.has(name));
  const imports = [...code.matchAll(/\bimport\(([^)]+)\)/g)].map((m) => m[1]);
  if (outside.length || imports.length) {
    console.error(`bundle: ${entry}'s bundle loads from outside itself: ${[...outside.map((name) => `require(${name})`), ...imports.map((i) => `import(${i})`)].join(', ')}`);
    process.exit(1);
  }
  return code;
}

const code = await bundle('grader/cli/bin.ts');
if (code.includes('JONGSEONGS_COMPOSITE')) {
  console.error('bundle: es-hangul tables josa.pick does not use are still in the bundle (did the pure-es-hangul plugin stop matching?)');
  process.exit(1);
}
// The worker `grade` starts for the students' own reports (grader/batch/student-files.ts finds it
// beside the bundle): one file, so the package ships no tree of unbundled modules for it.
writeFileSync(WORKER, await bundle('grader/batch/student-files-worker.ts'));
// each VENDORED package in its own file
for (const file of readdirSync('dist')) if (/^vendor-.*\.cjs$/.test(file) && ![...vendorUsed].some((name) => vendorFile(name) === file)) rmSync(join('dist', file));
for (const name of vendorUsed) writeFileSync(join('dist', vendorFile(name)), await bundle(name, VENDOR_ENTRY[name]));
// yargs' message files in the languages dockgrade speaks, where the bundled yargs looks for them
mkdirSync(join('dist', LOCALES), { recursive: true });
for (const lang of LANGS) copyFileSync(join('node_modules', 'yargs', 'locales', `${lang}.json`), join('dist', LOCALES, `${lang}.json`));
writeNotices();
const id = createHash('sha256').update(code).digest('hex').slice(0, 32);
// One function expression with the parameters Node gives a CommonJS file, on the bundle's first line
// (its line numbers stay): grader/cli/launch.cts compiles the file as it is through node:vm and calls
// it, where joining a wrapper to the text at run time made V8 copy all of it again (~6 ms a run).
writeFileSync(OUT, `(function (exports, require, module, __filename, __dirname) { ${code}\n});\n//# dockgrade-build=${id}\n`);
// The executable that runs it (package.json "bin", written by tsc without the mode): `npx dockgrade`
// in a clone runs it directly, and npm marks it executable only when it installs the package.
chmodSync(JSON.parse(readFileSync('package.json', 'utf8')).bin.dockgrade, 0o755);
