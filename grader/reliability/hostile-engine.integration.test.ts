/**
 * Hostile engines, faked on 127.0.0.1 (no real engine is touched): one that answers the ping, then sends
 * headers and one byte every 0.5 s (a "trickle" that resets any idle timeout), and one that announces a
 * chunk far larger than any answer may be. Every timeout must END the process near its bound (the
 * sockets destroyed, the process gone), and a chunk size counts against the body limit before any byte
 * of it is buffered.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCKGRADE_BIN } from '../../fixtures/dockgrade-bin.js';
import { fakeEngine, type FakeEngine } from '../../fixtures/fake-engine.js';

/** Headers, then one byte of a never-ending JSON body every 0.5 s. */
function trickle(socket: Socket): void {
  socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[');
  const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(' ')), 500);
  socket.on('close', () => clearInterval(timer));
}

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  killed: boolean;
}

/** The built executable (launcher + bundle), killed after `killAfterMs` if it has not ended. */
function run(args: string[], killAfterMs: number): Promise<Ended> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile('node', [DOCKGRADE_BIN, ...args], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', DOCKER_HOST: '' }, timeout: killAfterMs }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; killed?: boolean }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout: String(stdout), stderr: String(stderr), ms: Date.now() - started, killed: Boolean(e?.killed) });
    });
  });
}

describe('a trickling engine (headers, then 1 byte every 0.5 s)', () => {
  let engine: FakeEngine;
  beforeAll(async () => {
    engine = await fakeEngine((socket) => trickle(socket));
  });
  afterAll(() => engine.close());

  it('check --timeout 5 ends the process near 5 s with exit 3 and one line', async () => {
    const ended = await run(['check', '2.2.1', '--host', engine.url, '--timeout', '5'], 25_000);
    expect(ended.killed).toBe(false);
    expect(ended.code).toBe(3);
    expect(ended.stderr.trim().split('\n')).toHaveLength(1);
    expect(ended.ms).toBeLessThan(9_000);
    expect(ended.ms).toBeGreaterThanOrEqual(4_500);
  }, 30_000);

  it('grade --engine-timeout 5 writes the class outputs and ends near 5 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-ho-'));
    writeFileSync(join(dir, 'roster.csv'), `id,engine\ns001,${engine.url}\n`);
    // the same class against a closed port: what grade costs here without waiting for any engine
    writeFileSync(join(dir, 'closed.csv'), `id,engine\ns001,tcp://127.0.0.1:1\n`);
    const baseline = await run(['grade', '--roster', join(dir, 'closed.csv'), '--engine-timeout', '5', '-o', join(dir, 'closed'), '--lang', 'en'], 25_000);
    const ended = await run(['grade', '--roster', join(dir, 'roster.csv'), '--engine-timeout', '5', '-o', join(dir, 'out'), '--lang', 'en'], 40_000);
    expect(ended.killed).toBe(false);
    expect(ended.code).toBe(1);
    expect(ended.ms).toBeLessThan(baseline.ms + 5_000 + 2_500);
    expect(ended.ms).toBeGreaterThanOrEqual(5_000);
    expect(readFileSync(join(dir, 'out', 'grades.csv'), 'utf8')).toContain('unreachable');
  }, 70_000);
});

describe('a chunked answer announcing a huge chunk', () => {
  it('fails at the chunk size line: nothing of it is buffered, exit 3 at once', async () => {
    // 0x20000000 = 512 MiB, beyond the 256 MiB limit: refused as soon as the size line arrives.
    const engine = await fakeEngine((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n20000000\r\n');
      const block = Buffer.alloc(64 * 1024, 0x20);
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(block)), 5);
      socket.on('close', () => clearInterval(timer));
    });
    try {
      const ended = await run(['check', '2.2.1', '--host', engine.url, '--timeout', '20'], 25_000);
      expect(ended.killed).toBe(false);
      expect(ended.code).toBe(3);
      expect(ended.stderr).toMatch(/larger than/);
      expect(ended.ms).toBeLessThan(5_000);
    } finally {
      await engine.close();
    }
  }, 30_000);
});

describe('doctor against an engine whose container list is not one', () => {
  const json = (socket: Socket, status: string, body: string) =>
    socket.write(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  it.each([
    ['404', '404 Not Found', '{"message":"page not found"}'],
    ['500', '500 Internal Server Error', '{"message":"boom\\u001b]8;;http://evil\\u0007"}'],
    ['bad JSON', '200 OK', '[{"Id": '],
    ['an object', '200 OK', '{"Id":"abc","Ports":[]}'],
  ])('%s: one failed line, exit 1, no stack trace', async (_, status, body) => {
    const engine = await fakeEngine((socket, path) => {
      if (path.startsWith('/version')) json(socket, '200 OK', '{"Version":"24.0.7","ApiVersion":"1.43","Os":"linux","Arch":"amd64"}');
      else if (path.startsWith('/info')) json(socket, '200 OK', '{"DockerRootDir":"/nonexistent"}');
      else if (path.startsWith('/images/json')) json(socket, '200 OK', '[]');
      else if (path.startsWith('/containers/json')) json(socket, status, body);
      else json(socket, '404 Not Found', '{"message":"no"}');
    });
    try {
      const ended = await run(['doctor', '--host', engine.url], 25_000);
      expect(ended.killed).toBe(false);
      expect(ended.stderr).not.toMatch(/unexpected error| {4}at /);
      expect(ended.code).toBe(1);
      // (the book's images are missing on this fake engine: those lines fail too)
      const failed = ended.stdout.split('\n').filter((line) => line.startsWith('✘ engine'));
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatch(/^✘ engine:answer +the engine answered but its answer was not usable: \S/);
      expect(ended.stdout).not.toMatch(/\u001b/);
    } finally {
      await engine.close();
    }
  }, 30_000);
});

describe('an engine whose answers carry escapes and forged workflow commands (GITHUB_ACTIONS=true)', () => {
  // OSC 8 link, clear screen, DCS, C1 CSI, bidi override, and lines a GitHub runner would obey.
  const HOSTILE = 'boom\u001b]8;;http://evil\u0007link\u001b]8;;\u0007\u001b[2J\u001bP1$r\u001b\\\u009b31m\u202eFORGED\n::warning file=evil::FORGED\n  ::stop-commands::TOKEN\r\n##[error]FORGED';
  const json = (socket: Socket, status: string, body: string) =>
    socket.write(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  /** What a GitHub runner would obey in `text`, or print raw to a terminal. */
  const unsafe = (text: string) => [
    ...(RAW.test(text) ? [`raw U+${RAW.exec(text)![0].charCodeAt(0).toString(16)}`] : []),
    ...text.split(/\r\n|[\r\n]/).filter((line) => /^\s*::/.test(line) && !/^::(error|warning|notice) title=dockgrade[^:]*::/.test(line)),
    ...(text.includes('##[') ? ['##['] : []),
  ];
  const ci = (args: string[]) =>
    new Promise<Ended>((resolve) => {
      const started = Date.now();
      execFile('node', [DOCKGRADE_BIN, ...args], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', DOCKER_HOST: '', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' }, timeout: 25_000 }, (error, stdout, stderr) => {
        const e = error as (Error & { code?: number; killed?: boolean }) | null;
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout: String(stdout), stderr: String(stderr), ms: Date.now() - started, killed: Boolean(e?.killed) });
      });
    });
  let engine: FakeEngine;
  beforeAll(async () => {
    engine = await fakeEngine((socket, path) => {
      if (path.startsWith('/version')) json(socket, '200 OK', JSON.stringify({ Version: `24.0.7${HOSTILE}`, ApiVersion: '1.43', Os: 'linux', Arch: 'amd64' }));
      else if (path.startsWith('/info')) json(socket, '200 OK', JSON.stringify({ Name: HOSTILE, ServerVersion: HOSTILE, DockerRootDir: `/x${HOSTILE}` }));
      else if (path.startsWith('/images/json')) json(socket, '200 OK', '[]');
      else json(socket, '500 Internal Server Error', JSON.stringify({ message: HOSTILE }));
    });
  });
  afterAll(() => engine.close());

  it.each([
    ['check', ['check', '2.2.1', '--lang', 'en']],
    ['check --lang ko', ['check', '2.2.1', '--lang', 'ko']],
    ['check --format json', ['check', '2.2.1', '--format', 'json']],
    ['doctor', ['doctor']],
    ['doctor --format json', ['doctor', '--format', 'json']],
  ])('%s: stdout and stderr inert, no line the runner would obey', async (_, args) => {
    const ended = await ci([...args, '--host', engine.url, '--timeout', '10']);
    expect(ended.killed).toBe(false);
    expect(ended.stderr).not.toMatch(/unexpected error/);
    expect({ stdout: unsafe(ended.stdout), stderr: unsafe(ended.stderr) }).toEqual({ stdout: [], stderr: [] });
    // the engine's text is shown (inert), not dropped
    expect(`${ended.stdout}${ended.stderr}`).toContain('FORGED');
  }, 30_000);
});
