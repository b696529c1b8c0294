/**
 * Faults injected between the CLI and the real engine, through a proxy on 127.0.0.1 (fixtures/
 * engine-proxy.ts): the shared dockerd itself is never stopped. Each fault must end as exit 3 with one
 * line on stderr and no report (never a partial pass), or, where the engine did answer, as a correct
 * grade of what it answered.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES } from '../../exercises/index.js';
import { applySteps, docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { closedPort, startEngineProxy } from '../../fixtures/engine-proxy.js';
import { runCli, type CliRun } from '../../fixtures/run-cli.js';
import { makeNames } from '../check/names.js';
import { RunResultSchema } from '../model/result-schema.js';

const prefix = uniquePrefix('rl');
const names = makeNames(prefix);
const section = '2.2.1';
let injected = 0;
let survived = 0;

/** Exit 3, one line on stderr, nothing on stdout. */
function expectEngineUnavailable(run: CliRun, mentions?: string): void {
  expect({ code: run.code, stdout: run.stdout, lines: run.stderr.trim().split('\n').length }).toEqual({ code: 3, stdout: '', lines: 1 });
  expect(run.stderr).toMatch(/^dockgrade: /);
  if (mentions) expect(run.stderr).toContain(mentions);
}

function tally(ok: boolean): void {
  injected++;
  if (ok) survived++;
}

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.section === section)) await applySteps(exercise.solution(names));
}, 120_000);

afterAll(async () => {
  await removeByPrefix(prefix);
  console.log(`[reliability] faults: ${injected} injected, ${survived} survived (exit 3 one line, or a correct grade of what the engine answered)`);
});

describe('engine stopped before the run', () => {
  it.each([
    ['a socket path where nothing listens', () => 'unix:///nonexistent/dockgrade-rl/docker.sock'],
    ['a closed 127.0.0.1 port', async () => `tcp://127.0.0.1:${await closedPort()}`],
  ])('%s: exit 3, one line, for check, snapshot and check -o', async (_, host) => {
    const url = await host();
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rl-'));
    for (const args of [['check', section], ['snapshot'], ['check', section, '--format', 'json', '-o', join(dir, 'out.json')]]) {
      const run = await runCli(args, { DOCKER_HOST: url });
      expectEngineUnavailable(run, url);
      tally(run.code === 3);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('engine killed mid-run', () => {
  // The proxy forwards N requests, then drops every connection and stops listening. N sweeps the whole
  // run: connecting, listing, inspecting, probing (measured first, as the shared engine's size varies).
  it('at every stage of the run: exit 3 and no report, or a complete, valid report', async () => {
    const counter = await startEngineProxy();
    const full = await runCli(['check', 'all', '--prefix', prefix, '--format', 'json'], { DOCKER_HOST: counter.url });
    await counter.close();
    expect(full.stderr).toBe('');
    const total = counter.requests.length;
    const cuts = [...new Set([1, 2, 3, 4, 6, Math.round(total / 4), Math.round(total / 2), Math.round((3 * total) / 4), total - 2, total - 1])].filter((n) => n >= 1 && n < total);
    for (const n of cuts) await cutAfter(n, ['check', 'all', '--prefix', prefix, '--format', 'json']);
    console.log(`[reliability] faults: engine killed after ${cuts.join(', ')} of ${total} requests`);
  });

  async function cutAfter(n: number, args: string[]): Promise<void> {
    const proxy = await startEngineProxy({ dieAfter: n });
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rl-'));
    const out = join(dir, 'result.json');
    writeFileSync(out, 'previous result\n');
    try {
      const run = await runCli([...args, '-o', out], { DOCKER_HOST: proxy.url });
      if (proxy.dead) {
        expectEngineUnavailable(run, proxy.url);
        expect(readFileSync(out, 'utf8')).toBe('previous result\n'); // untouched, not half-written
      } else {
        // the whole run fitted in N requests (the shared engine shrank meanwhile): a complete grade
        expect([0, 1]).toContain(run.code);
        RunResultSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      }
      expect(readdirSync(dir)).toEqual(['result.json']); // no temp file left behind
      tally(true);
    } finally {
      await proxy.close();
    }
  }

  it('during a snapshot, after the listing: exit 3, no file', async () => {
    const proxy = await startEngineProxy({ dieAfter: 7 });
    const file = join(mkdtempSync(join(tmpdir(), 'dockgrade-rl-')), 'snap.json');
    try {
      const run = await runCli(['snapshot', '--prefix', prefix, '-o', file], { DOCKER_HOST: proxy.url });
      expect(proxy.dead).toBe(true);
      expectEngineUnavailable(run);
      expect(existsSync(file)).toBe(false);
      tally(true);
    } finally {
      await proxy.close();
    }
  });
});

describe('a container removed between list and inspect', () => {
  it('is graded as gone (the engine answers 404 for its inspect), no crash', async () => {
    const id = (await docker(['inspect', '--format', '{{.Id}}', names.name('mycentos')])).trim();
    const proxy = await startEngineProxy({
      intercept: (method, url) => (method === 'GET' && url.includes(`/containers/${id}/json`) ? { status: 404, body: { message: `No such container: ${id}` } } : null),
    });
    try {
      const run = await runCli(['check', `${section}/create-mycentos`, '--prefix', prefix, '--format', 'json', '--current-only'], { DOCKER_HOST: proxy.url });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const result = RunResultSchema.parse(JSON.parse(run.stdout));
      expect(result.exercises[0].status).toBe('fail');
      expect(result.exercises[0].checks[0].actual).toBe('none');
      expect(proxy.requests.some((r) => r.includes(`/containers/${id}/json`))).toBe(true);
      tally(true);
    } finally {
      await proxy.close();
    }
  });

  it('a container really renamed and restarted just before the run is graded as what it now is', async () => {
    const old = names.name('mycentos');
    await docker(['rename', old, `${old}-old`]);
    try {
      const run = await runCli(['check', `${section}/create-mycentos`, '--prefix', prefix, '--format', 'json', '--current-only']);
      const result = RunResultSchema.parse(JSON.parse(run.stdout));
      expect(result.exercises[0].status).toBe('fail');
      expect(JSON.stringify(result)).toContain(`${old}-old`); // named as the near miss it now is
    } finally {
      await docker(['rename', `${old}-old`, old]);
    }
    await docker(['restart', '-t', '0', old]);
    const again = await runCli(['check', `${section}/create-mycentos`, '--prefix', prefix]);
    expect(again.code).toBe(0);
    tally(true);
  });
});

describe('an engine answering very slowly', () => {
  it('--timeout bounds the whole run: exit 3, one line, on time', async () => {
    const proxy = await startEngineProxy({ delayMs: 700 });
    try {
      const run = await runCli(['check', section, '--prefix', prefix, '--timeout', '2'], { DOCKER_HOST: proxy.url });
      expectEngineUnavailable(run, 'did not finish within 2 s (--timeout)');
      expect(run.ms).toBeLessThan(6000);
      tally(true);
    } finally {
      await proxy.close();
    }
  });

  it('a slow engine inside the timeout still grades correctly', async () => {
    const proxy = await startEngineProxy({ delayMs: 50 });
    try {
      const run = await runCli(['check', section, '--prefix', prefix, '--timeout', '60'], { DOCKER_HOST: proxy.url });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      tally(true);
    } finally {
      await proxy.close();
    }
  });
});

describe('an output path that cannot be written', () => {
  it.each([
    ['a directory', (dir: string) => dir, 'is a directory'],
    ['a path under a regular file', (dir: string) => (writeFileSync(join(dir, 'file'), 'x'), join(dir, 'file', 'out.json')), 'cannot write'],
  ])('%s: exit 2, one line, nothing half-written', async (_, target, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rl-'));
    const path = target(dir);
    const before = readdirSync(dir).sort();
    for (const args of [['check', section, '--prefix', prefix, '-o', path], ['snapshot', '-o', path]]) {
      const run = await runCli(args);
      expect({ code: run.code, lines: run.stderr.trim().split('\n').length, stdout: run.stdout }).toEqual({ code: 2, lines: 1, stdout: '' });
      expect(run.stderr).toContain(reason);
      expect(readdirSync(dir).sort()).toEqual(before);
      tally(run.code === 2);
    }
  });
});
