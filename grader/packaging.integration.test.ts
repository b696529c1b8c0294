/**
 * What `npm pack` ships, installed as a user installs it, and run on every Node.js version dockgrade
 * supports (this machine's, 22, and 24 when it installed: fixtures/other-nodes.ts). Also the image's
 * runtime stage, assembled here the way the Dockerfile's build stage does it (no registry for node:20
 * here, so the image itself is never built), against the real engine.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { generateClass } from '../fixtures/class-generator.js';
import { makeContainer, makeImage, makeSnapshot } from '../fixtures/snapshot-factory.js';
import { testedNodes, type NodeBinary } from '../fixtures/other-nodes.js';

const run = promisify(execFile);
const root = process.cwd();
const pkg = JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')) as { version: string; files: string[]; bin: { dockgrade: string } };
const dir = mkdtempSync(join(tmpdir(), 'dockgrade-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** npm's own script, run by a given node (npm 11 runs on Node 20.17+, 22.9+ and 24). */
const npmCli = join(dirname(realpathSync(join(dirname(process.execPath), 'npm'))), 'npm-cli.js');

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
        'dist/THIRD-PARTY-NOTICES.txt',
        'package.json',
        'schemas/class.schema.json',
        'schemas/exercise.schema.json',
        'schemas/journal.schema.json',
        'schemas/result.schema.json',
        'schemas/snapshot.schema.json',
        'schemas/submission.schema.json',
      ].sort(),
    );
    expect(files).toContain(pkg.bin.dockgrade);
  });

  it('ships the license notice of every package the bundles carry', async () => {
    const { readFileSync } = await import('node:fs');
    const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
    const bundle = readFileSync('dist/dockgrade.cjs', 'utf8');
    // each carried package leaves its path in the bundle's module comments; each one has its notice
    const carried = [...new Set([...bundle.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1]))];
    expect(carried.length).toBeGreaterThan(0);
    for (const name of carried) expect(notices).toMatch(new RegExp(`^${name.replace('/', '\\/')} [0-9.]+ \\(MIT\\)\n-+\n`, 'm'));
  });

  // A global install with this machine's Node and one with Node 22, each with that Node's npm, as a
  // user runs `npm i -g` (dependencies from npm's cache when it has them, else from the npm registry).
  // Node 24 runs the tree Node 22 installed: npm 11 runs no dependency's install script unless allowed
  // (--allow-scripts), so nothing in it was built for one Node version; each install costs minutes here.
  const nodes = testedNodes();
  for (const node of nodes) {
    const installer = node.major > 22 ? nodes.find((n) => n.major === 22)! : node;
    describe(`installed globally into a temporary prefix with Node ${installer.major}, run with Node ${node.major}`, () => {
      const prefix = join(dir, `global-${installer.major}`);
      const bin = join(prefix, 'bin', 'dockgrade');
      const cache = join(dir, `cache-${node.major}`);
      const env = (n: NodeBinary) => ({ PATH: `${dirname(n.path)}:${process.env.PATH}`, DOCKGRADE_CACHE_DIR: cache, DOCKGRADE_STATE_DIR: join(dir, `state-${node.major}`) });

      beforeAll(async () => {
        if (installer !== node) return;
        mkdirSync(prefix, { recursive: true });
        const installed = await exec(installer.path, [npmCli, 'install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], env(node));
        if (installed.code !== 0) throw new Error(`npm install -g with Node ${installer.major} failed (${installed.code}): ${installed.stderr}`);
      }, 600_000);

      it('runs --version, list and a check of a snapshot (twice: the second with its code cache)', async () => {
        expect(existsSync(bin)).toBe(true);
        // the executable's own hashbang (`#!/usr/bin/env node`) finds this Node first on PATH
        const version = await exec(bin, ['--version'], env(node));
        expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
        const list = await exec(bin, ['list'], env(node));
        expect(list.code).toBe(0);
        expect(list.stdout).toContain('2.2.5/wordpress');
        const line = ['check', '2.2.1', '--snapshot', snapshotFile, '--format', 'json', '--no-journal', '--deterministic'];
        const first = await exec(bin, line, env(node));
        expect(first.stderr).toBe('');
        expect(first.code).toBe(1);
        const result = JSON.parse(first.stdout) as { exercises: Array<{ id: string; status: string }> };
        expect(result.exercises.map((e) => e.id).sort()).toEqual(['2.2.1/create-mycentos', '2.2.1/pull-centos', '2.2.1/run-ubuntu']);
        expect(result.exercises.find((e) => e.id === '2.2.1/pull-centos')?.status).toBe('pass');
        expect(result.exercises.find((e) => e.id === '2.2.1/run-ubuntu')?.status).toBe('fail');
        expect(await exec(bin, line, env(node))).toEqual(first);
        // Node 22.1+ caches through module.enableCompileCache(); Node 20 through the launcher's own files
        expect(existsSync(join(cache, 'compile-cache'))).toBe(node.major >= 22);
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
    });
  }
});

describe('the runtime stage with production dependencies only', () => {
  const stage = join(dir, 'app');

  async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
    const r = await exec('node', [join(stage, pkg.bin.dockgrade), ...args], { DOCKGRADE_CACHE_DIR: join(dir, 'stage-cache') }, stage);
    // 1 is a finding (doctor: a host port another run holds right now), not a broken install.
    if (r.code !== 0 && r.code !== 1) throw new Error(`dockgrade ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r;
  }

  beforeAll(async () => {
    // what the Dockerfile copies: package.json, the package's files, node_modules pruned
    for (const entry of ['package.json', 'package-lock.json', 'LICENSE']) cpSync(entry, join(stage, entry));
    for (const entry of pkg.files.flatMap((f) => (f.endsWith('/*.schema.json') ? [dirname(f)] : [f]))) cpSync(entry, join(stage, entry), { recursive: true });
    // Hard links: pruning the copy unlinks its entries only, never the worktree's.
    await run('cp', ['-al', 'node_modules', join(stage, 'node_modules')]);
    await run('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: stage });
  }, 180_000);

  it('has no dev dependency left', () => {
    expect(existsSync(join(stage, 'node_modules/jest'))).toBe(false);
    expect(existsSync(join(stage, 'node_modules/proper-lockfile'))).toBe(true);
  });

  it('lists, checks with every report format, and runs doctor', async () => {
    expect((await cli(['list'])).stdout).toContain('2.2.1/pull-centos');
    const junit = await cli(['check', '2.2.1/pull-centos', '--no-journal', '--format', 'junit', '--format', `html=${join(dir, 'r.html')}`, '--format', `csv=${join(dir, 'r.csv')}`]);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('<testsuites');
    const doctor = JSON.parse((await cli(['doctor', '--format', 'json'])).stdout) as { lines: Array<{ id: string; status: string }> };
    expect(doctor.lines.find((l) => l.id === 'engine')?.status).toBe('pass');
  });
});
