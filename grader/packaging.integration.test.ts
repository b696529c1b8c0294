/**
 * The image's runtime stage, assembled on this machine the way the Dockerfile's build stage does it
 * (package.json, dist, schemas, reports/templates, node_modules pruned to production dependencies), runs
 * the CLI against the real engine. Proves that nothing the commands load is a dev dependency, which the
 * image build (impossible here: no registry for node:20) would otherwise be the first to find.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dockgrade-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('node', [join(dir, 'dist/grader/cli/main.js'), ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    // 1 is a finding (doctor: a host port another run holds right now), not a broken install.
    if (e.code === 1) return { code: 1, stdout: e.stdout };
    throw new Error(`dockgrade ${args.join(' ')} exited ${e.code}: ${e.stderr}`, { cause: error });
  }
}

describe('the runtime stage with production dependencies only', () => {
  beforeAll(async () => {
    for (const entry of ['package.json', 'package-lock.json', 'dist', 'schemas', 'reports/templates']) cpSync(entry, join(dir, entry), { recursive: true });
    // Hard links: pruning the copy unlinks its entries only, never the worktree's.
    await run('cp', ['-al', 'node_modules', join(dir, 'node_modules')]);
    await run('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir });
  }, 180_000);

  it('has no dev dependency left', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'node_modules/jest'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/proper-lockfile'))).toBe(true);
  });

  it('lists, checks with every report format, and runs doctor', async () => {
    expect((await cli(['list'])).stdout).toContain('2.2.1/pull-centos');
    const junit = await cli(['check', '2.2.1/pull-centos', '--no-journal', '--format', 'junit', '--format', `html=${join(dir, 'r.html')}`, '--format', `csv=${join(dir, 'r.csv')}`]);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('<testsuites');
    const doctor = JSON.parse((await cli(['doctor', '--format', 'json'])).stdout.toString()) as { lines: Array<{ id: string; status: string }> };
    expect(doctor.lines.find((l) => l.id === 'engine')?.status).toBe('pass');
  });
});
