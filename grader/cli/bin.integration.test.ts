/**
 * The `dockgrade` executable (package.json's bin: launch.cjs running the bundle dist/dockgrade.cjs) and
 * its yargs-free path for plain `check` lines give what the unbundled full parser (main.js) gives, on
 * the real engine, and end errors the same way.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { DOCKGRADE_BIN } from '../../fixtures/dockgrade-bin.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { RunResultSchema } from '../model/result-schema.js';

const prefix = uniquePrefix('pf');

async function run(entry: 'bin' | 'main', args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [entry === 'bin' ? DOCKGRADE_BIN : join(process.cwd(), 'dist/grader/cli/main.js'), ...args], {
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.section === '2.2.1')) await applySteps(exercise.solution(makeNames(prefix)));
});
afterAll(() => removeByPrefix(prefix));

describe('dockgrade executable (the bundle)', () => {
  it('grades a plain check line exactly as the full parser does', async () => {
    // --no-journal: two runs record the journal at different times by design; the grading must not differ.
    const args = ['check', '2.2.1', '--prefix', prefix, '--format', 'json', '--no-probes', '--no-journal'];
    const [fast, full] = await Promise.all([run('bin', args), run('main', args)]);
    expect(fast.stderr).toBe('');
    expect(fast.code).toBe(full.code);
    const exercises = (text: string) => RunResultSchema.parse(JSON.parse(text)).exercises;
    expect(exercises(fast.stdout)).toEqual(exercises(full.stdout));
    expect(exercises(fast.stdout).every((e) => e.status === 'pass')).toBe(true);
  });

  it('engine down on the fast path: exit 3, one line', async () => {
    const result = await run('bin', ['check', '2.2.1', '--no-probes'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('unix:///nonexistent/docker.sock');
  });

  it('unknown selector on the fast path: exit 2, one line', async () => {
    const result = await run('bin', ['check', '2.2.1/run-ubunt', '--no-probes']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('anything else goes to yargs: usage errors and --version', async () => {
    expect((await run('bin', ['check', '--bogus'])).code).toBe(2);
    expect((await run('bin', ['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
