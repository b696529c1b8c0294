import { hangingListener } from '../../fixtures/engine-proxy.js';
import { makeContainer } from '../../fixtures/snapshot-factory.js';
import type { EngineClient } from '../engine/engine-client.js';
import { HTTP_TIMEOUT_MS, httpGet, isReadOnlyCommand, LiveProbe, ProbeRefusedError, READ_ONLY_PROBE_COMMANDS } from './probe.js';

describe('the read-only probe allowlist', () => {
  it.each([
    [['cat', '/etc/hosts']],
    [['ls', '-al', '/var/www/html']],
    [['hostname']],
    [['env']],
    [['printenv', 'MYSQL_DATABASE']],
    [['getent', 'hosts', 'mysql']],
    [['mysql', '-uroot', '-ppassword', '-e', 'show databases']],
    [['mysql', '-uroot', '-ppassword', '-e', 'SELECT user FROM mysql.user;']],
    [['mysqladmin', '-uroot', '-ppassword', 'ping']],
  ])('allows %j', (cmd) => {
    expect(isReadOnlyCommand(cmd)).toBe(true);
  });

  it.each([
    [['sh', '-c', 'cat /etc/hosts']],
    [['rm', '-rf', '/']],
    [['env', 'rm', '-rf', '/']],
    [['cat', '/etc/hosts', '>', '/tmp/x']],
    [['cat', '../etc/passwd']],
    [['hostname', 'evil']],
    [['mysql', '-uroot', '-ppassword', '-e', 'drop database wordpress']],
    [['mysql', '-uroot', '-ppassword', '-e', 'show databases; drop database wordpress']],
    [['mysql', '-uroot', '-ppassword', '-e', 'select 1', '-h', 'evil.example']],
    [['mysqladmin', '-uroot', '-ppassword', 'shutdown']],
    [['ls', '-al', '/tmp', '/', '/etc', '/var', '/usr']],
    [[]],
  ])('refuses %j', (cmd) => {
    expect(isReadOnlyCommand(cmd)).toBe(false);
  });

  it('documents why each shape is read-only', () => {
    for (const shape of READ_ONLY_PROBE_COMMANDS) expect(shape.why.length).toBeGreaterThan(5);
  });

  it('LiveProbe refuses a command off the list without touching the engine', async () => {
    const calls: string[][] = [];
    const client = { exec: async (_id: string, cmd: string[]) => (calls.push(cmd), { exitCode: 0, output: '' }) } as unknown as EngineClient;
    const probe = new LiveProbe(client, '127.0.0.1');
    const container = makeContainer({ name: 'web' });
    await expect(probe.exec(container, ['sh', '-c', 'touch /tmp/owned'])).rejects.toThrow(ProbeRefusedError);
    expect(calls).toEqual([]);
    expect(probe.records).toEqual([]);
    const ok = await probe.exec(container, ['cat', '/etc/hostname']);
    expect(ok.outcome).toBe('ok');
    expect(calls).toEqual([['cat', '/etc/hostname']]);
  });
});

describe('a probe target that accepts and never answers', () => {
  it('is bounded by the probe timeout and recorded as failed', async () => {
    const target = await hangingListener();
    try {
      const started = Date.now();
      const answer = await httpGet('127.0.0.1', target.port, 400);
      const took = Date.now() - started;
      expect(target.accepted()).toBe(1);
      expect(answer).toEqual({ status: null, body: '', error: 'ETIMEDOUT' });
      expect(took).toBeGreaterThanOrEqual(350);
      expect(took).toBeLessThan(2000);

      const probe = new LiveProbe({} as EngineClient, '127.0.0.1');
      const container = makeContainer({ name: 'web', ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: String(target.port) }] } });
      const t0 = Date.now();
      const record = await probe.http(container, '80/tcp');
      expect(record.outcome).toBe('failed');
      expect(record.detail).toContain('ETIMEDOUT');
      expect(Date.now() - t0).toBeLessThan(HTTP_TIMEOUT_MS + 1500);
      console.log(`[reliability] hanging probe target: bounded at ${took} ms (timeout 400 ms) and ${Date.now() - t0} ms (HTTP_TIMEOUT_MS ${HTTP_TIMEOUT_MS})`);
    } finally {
      await target.close();
    }
  });

  it('a target that trickles bytes forever is cut at the deadline too', async () => {
    const { createServer } = await import('node:net');
    const timers: NodeJS.Timeout[] = [];
    const server = createServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100000\r\n\r\n');
      timers.push(setInterval(() => socket.write('x'), 50));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const answer = await httpGet('127.0.0.1', (server.address() as { port: number }).port, 500);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(answer.body.length).toBeLessThan(100);
    } finally {
      timers.forEach(clearInterval);
      server.close();
    }
  });
});

describe('the engine going away while probing', () => {
  it('is remembered, so the run ends as engine unavailable instead of grading on', async () => {
    const client = {
      exec: async () => {
        throw Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED' });
      },
    } as unknown as EngineClient;
    const probe = new LiveProbe(client, '127.0.0.1');
    const record = await probe.exec(makeContainer({ name: 'web' }), ['hostname']);
    expect(record.outcome).toBe('failed');
    expect((probe.engineFailure as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('a command failing inside the container is not an engine failure', async () => {
    const client = { exec: async () => ({ exitCode: 1, output: 'cat: /nope: No such file or directory' }) } as unknown as EngineClient;
    const probe = new LiveProbe(client, '127.0.0.1');
    expect((await probe.exec(makeContainer({ name: 'web' }), ['cat', '/nope'])).outcome).toBe('failed');
    expect(probe.engineFailure).toBeNull();
  });
});
