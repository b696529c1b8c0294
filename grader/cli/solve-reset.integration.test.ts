/**
 * `solve`, `reset` and `selftest` through the built binary on the real engine, under unique prefixes.
 */
import type { StartedTestContainer } from 'testcontainers';
import { containersWithPrefix, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { stepArgs } from '../docker/docker-args.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { startOwnContainer } from '../../fixtures/own-container.js';
import { EXERCISES } from '../../exercises/index.js';
import { RunResultSchema } from '../model/result-schema.js';
import { planSolve } from '../docker/solve.js';

const prefix = uniquePrefix('ci6');
const bystanders = uniquePrefix('ci6');
/** The test's own bystanders (testcontainers); reset may already have removed some of them. */
const own: StartedTestContainer[] = [];
afterAll(async () => {
  for (const container of own) await container.stop({ timeout: 1 }).catch(() => undefined);
  await removeByPrefix(prefix);
  await removeByPrefix(bystanders);
});

const section = '2.2.1';
const solved = planSolve(EXERCISES.filter((e) => e.section === section), prefix);

describe('solve and reset', () => {
  it('without --yes and without a terminal, refuses (exit 2) and changes nothing', async () => {
    const run = await dockgrade(['solve', section, '--prefix', prefix], {}, { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass --yes');
    expect(run.stdout).toContain('dockgrade solve will run:');
    expect(await containersWithPrefix(prefix)).toEqual([]);
  });

  it('prints the docker commands, creates exactly what it printed, and the section then passes', async () => {
    const run = await dockgrade(['solve', section, '--prefix', prefix, '--yes']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const step of solved.steps.filter((s) => !s.skip)) expect(run.stdout).toContain(`$ docker ${stepArgs(step.step).join(' ')}`);
    expect((await containersWithPrefix(prefix)).sort()).toEqual([...solved.creates.containers].sort());
    const check = await dockgrade(['check', section, '--prefix', prefix, '--format', 'json']);
    expect(check.code).toBe(0);
    expect(RunResultSchema.parse(JSON.parse(check.stdout)).totals.failed).toBe(0);
  });

  it('refuses to solve again while the objects exist (exit 2, names them)', async () => {
    const run = await dockgrade(['solve', section, '--prefix', prefix, '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`already exists: ${solved.creates.containers[0]}`);
  });

  it('reset removes exactly what solve made; similar names and other prefixes survive', async () => {
    const similar = `${prefix}mycentos2`;
    const otherPrefix = `${bystanders}mycentos`;
    own.push(await startOwnContainer('centos:7', similar, (c) => c.withCommand(['sleep', '300'])));
    own.push(await startOwnContainer('centos:7', otherPrefix, (c) => c.withLabels({ 'dockgrade.solve': '2.2.1/create-mycentos', 'dockgrade.prefix': bystanders }).withCommand(['sleep', '300'])));
    const run = await dockgrade(['reset', section, '--prefix', prefix, '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Removed ${solved.creates.containers.length} object(s).`);
    expect(await containersWithPrefix(prefix)).toEqual([similar]);
    expect(await containersWithPrefix(bystanders)).toEqual([otherPrefix]);
    const again = await dockgrade(['reset', section, '--prefix', prefix, '--yes']);
    expect(again.stdout).toContain('Nothing to remove.');
  });

  it('reset finds by label what solve left unnamed', async () => {
    // Without a prefix the book's run-ubuntu container has no name; solve's label finds it again.
    // (Run here with a prefix label so no learner's container can match; the name is ours.)
    own.push(await startOwnContainer('ubuntu:14.04', `${bystanders}anon`, (c) => c.withLabels({ 'dockgrade.solve': '2.2.1/run-ubuntu', 'dockgrade.prefix': prefix }).withCommand(['sleep', '60'])));
    const run = await dockgrade(['reset', '2.2.1/run-ubuntu', '--prefix', prefix, '--yes']);
    expect(run.code).toBe(0);
    expect(await containersWithPrefix(bystanders)).not.toContain(`${bystanders}anon`);
  });

  it('unknown exercise: exit 2 with close ids', async () => {
    const run = await dockgrade(['solve', '2.2.1/run-ubunt', '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean 2.2.1/run-ubuntu');
  });
});

describe('selftest', () => {
  it('proves every case of a section, prints the table, leaves nothing behind', async () => {
    const run = await dockgrade(['selftest', section, '--yes', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; prefix: string; lines: Array<{ exercise: string; holds: boolean }> };
    expect(report.ok).toBe(true);
    const expected = EXERCISES.filter((e) => e.section === section).reduce((n, e) => n + 1 + e.mutations.length, 0);
    expect(report.lines).toHaveLength(expected);
    expect(report.lines.every((l) => l.holds)).toBe(true);
    expect(report.prefix).toMatch(/^dgself-[0-9a-f]{6}-$/);
    expect(await containersWithPrefix(report.prefix)).toEqual([]);
  });

  it('refuses without --yes and a terminal', async () => {
    const run = await dockgrade(['selftest', section], {}, { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass --yes');
  });

  it('Ctrl+C removes what it made', async () => {
    const { spawn } = await import('node:child_process');
    const { DOCKGRADE_BIN } = await import('../../fixtures/dockgrade-bin.js');
    const child = spawn('node', [DOCKGRADE_BIN, 'selftest', '2.2.1/create-mycentos', '--yes'], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupt once its first case is under way (its containers exist).
    const selfPrefix = await new Promise<string>((resolve) => child.stderr.on('data', () => {
      const m = /named (dgself-[0-9a-f]{6}-)/.exec(stderr);
      if (m) resolve(m[1]);
    }));
    for (let i = 0; i < 100 && (await containersWithPrefix(selfPrefix)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain(`SIGINT: removing ${selfPrefix}`);
    expect(await containersWithPrefix(selfPrefix)).toEqual([]);
  });
});
