/**
 * `check --wait`, `--deterministic`, GitHub annotations and the job summary, through the built binary
 * against the real engine.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { spawn } from 'node:child_process';
import { dockgrade, DOCKGRADE_BIN } from '../../fixtures/dockgrade-bin.js';
import { RunResultSchema } from '../model/result-schema.js';

const prefix = uniquePrefix('ci6');
const empty = uniquePrefix('ci6');
afterAll(async () => {
  await removeByPrefix(prefix);
  await removeByPrefix(empty);
});

describe('check --wait on a real engine', () => {
  it('re-grades until a container started 2 s later passes, and says how long it waited', async () => {
    await removeByPrefix(prefix);
    await docker(['create', '-i', '-t', '--name', `${prefix}mycentos`, 'centos:7']);
    // Started 2 s after the first grade has failed (the progress line says so), however slow the machine.
    const child = spawn('node', [DOCKGRADE_BIN, 'check', '2.2.1/create-mycentos', '--prefix', prefix, '--wait', '60s', '--interval', '300ms', '--format', 'json', '--no-journal'], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    await new Promise<void>((resolve) => child.stderr.on('data', (d: Buffer) => ((stderr += d.toString()), stderr.includes('waiting for the state to pass') && resolve())));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await docker(['start', `${prefix}mycentos`]);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const run = { code, stdout, stderr };
    expect(run.stderr).toMatch(/^dockgrade: waiting for the state to pass \(attempt 1, [^)]+ of 1m00s\)\n$/);
    expect(run.code).toBe(0);
    const result = RunResultSchema.parse(JSON.parse(run.stdout));
    expect(result.exercises[0].status).toBe('pass');
    expect(result.waited!.attempts).toBeGreaterThanOrEqual(2);
    expect(result.waited!.ms).toBeGreaterThanOrEqual(2000);
    expect(result.waited!.ms).toBeLessThan(60_000);
  });

  it('gives up when the time runs out: exit 1, the last grade, the time it waited', async () => {
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', empty, '--wait', '4s', '--interval', '200ms', '--format', 'json']);
    expect(run.code).toBe(1);
    const result = RunResultSchema.parse(JSON.parse(run.stdout));
    expect(result.exercises[0].status).toBe('fail');
    expect(result.waited!.ms).toBeGreaterThanOrEqual(4000);
    expect(result.waited!.attempts).toBeGreaterThanOrEqual(2);
  });

  it('--wait 0 grades once and still records the wait', async () => {
    const run = await dockgrade(['check', '2.2.1/pull-centos', '--wait', '0', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(RunResultSchema.parse(JSON.parse(run.stdout)).waited).toEqual({ ms: expect.any(Number), attempts: 1 });
  });

  it.each([
    [['--wait', '60'], "--wait: '60' is not a duration (a unit is missing)"],
    [['--wait', 'soon'], "--wait: 'soon' is not a duration"],
    [['--wait', '5s', '--interval', 'x'], "--interval: 'x' is not a duration"],
    [['--interval', '1s'], '--interval needs --wait'],
    [['--wait', '5s', '--snapshot', '/nonexistent.json'], '--wait needs a live engine'],
  ])('bad %j: one line, exit 2', async (flags, text) => {
    const run = await dockgrade(['check', '2.2.1', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('CI output', () => {
  it('annotates failures on stderr when stdout is JSON, and appends the job summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-ci-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', empty, '--format', 'json'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    const annotations = run.stderr.trim().split('\n');
    expect(annotations[0]).toMatch(/^::error title=dockgrade 2\.2\.1\/create-mycentos › exists%3A .*::/);
    expect(annotations.at(-1)).toMatch(/^::notice title=dockgrade::0\/\d+ points · 0\/1 exercises pass$/);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## dockgrade results: 0/')).toBe(true);
    expect(md).toContain('| ❌ | <code>2.2.1/create-mycentos</code> |');
  });

  it('annotates on stdout with the pretty report; nothing without GITHUB_ACTIONS', async () => {
    const withCi = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', empty], { GITHUB_ACTIONS: 'true' });
    expect(withCi.stdout).toMatch(/^::error title=dockgrade 2\.2\.1\/create-mycentos/m);
    const without = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', empty], { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' });
    expect(without.stdout).not.toContain('::error');
  });

  it('a summary file that cannot be written costs one line on stderr, not the grade', async () => {
    const run = await dockgrade(['check', '2.2.1/pull-centos'], { GITHUB_STEP_SUMMARY: '/nonexistent/dir/summary.md' });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot append the job summary')]);
  });

  it('--deterministic: two runs print the same bytes', async () => {
    const args = ['check', '2.2.1', '--prefix', empty, '--format', 'json', '--deterministic', '--wait', '0'];
    const a = await dockgrade(args);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const b = await dockgrade(args);
    expect(a.stdout).toBe(b.stdout);
    const result = RunResultSchema.parse(JSON.parse(a.stdout));
    expect(result.startedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(result.waited).toBeUndefined();
    expect(result.engine).toBeNull();
  });
});
