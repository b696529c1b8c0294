import { hangingListener } from '../../fixtures/engine-proxy.js';
import { makeContainer } from '../../fixtures/snapshot-factory.js';
import type { EngineClient } from '../engine/engine-client.js';
import { probeRequestKey } from '../model/probe-request.js';
import { hostProbeAddress, HTTP_TIMEOUT_MS, httpGet, isReadOnlyCommand, LiveProbe, PROBE_OUTPUT_LIMIT, probeKey, ProbeRefusedError, READ_ONLY_PROBE_COMMANDS, ReplayProbe } from './probe.js';

describe('the read-only probe allowlist', () => {
  it.each([
    [['cat', '/etc/hosts']],
    [['ls', '-al', '/var/www/html']],
    [['hostname']],
    [['env']],
    [['printenv', 'MYSQL_DATABASE']],
    [['getent', 'hosts', 'mysql']],
    [['nslookup', 'alicek106']],
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
    [['nslookup', 'alicek106', '8.8.8.8']],
    [['nslookup', '-type=any', 'alicek106']],
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

describe('probe requests that say more (path, host, expectation)', () => {
  const marker = 'END-OF-A-LONG-PAGE';
  let server: import('node:http').Server;
  let port = 0;
  const asked: string[] = [];
  beforeAll(async () => {
    const { createServer } = await import('node:http');
    server = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      if (req.url === '/v2/_catalog') return void res.end('{"repositories":["myimage"]}');
      if (req.url === '/long') return void res.end(`${'x'.repeat(10_000)}${marker}`);
      res.statusCode = 404;
      res.end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const web = () => makeContainer({ name: 'web', ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: String(port) }] } });

  it('keeps the keys of the oldest forms, so older snapshot files replay', () => {
    const c = makeContainer({ name: 'web' });
    expect(probeRequestKey({ kind: 'http', container: c, port: '80/tcp' })).toBe(probeKey('http', c, '80/tcp'));
    expect(probeRequestKey({ kind: 'http', container: c, port: '80', path: '/' })).toBe('http:web:80/tcp');
    expect(probeRequestKey({ kind: 'exec', container: c, cmd: ['env'] })).toBe(probeKey('exec', c, JSON.stringify(['env'])));
    expect(probeRequestKey({ kind: 'http', container: c, port: '80/tcp', path: '/index.html', expect: { status: [404, 200], includes: 'hi' } })).toBe(
      'http:web:80/tcp/index.html expect={"status":[200,404],"includes":["hi"]}',
    );
    expect(probeRequestKey({ kind: 'http', host: '127.0.0.1', port: 5000, path: '/v2/_catalog' })).toBe('http:@127.0.0.1:5000/v2/_catalog');
    expect(probeRequestKey({ kind: 'exec', container: c, cmd: ['cat', '/root/volume'], expect: { exitCode: 0 } })).toBe('exec:web:["cat","/root/volume"] expect={"exitCode":0}');
  });

  it("GETs a path on a container's published port and judges status and body", async () => {
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1');
    const found = await probe.request({ kind: 'http', container: web(), port: '80/tcp', path: '/v2/_catalog', expect: { status: 200, includes: 'myimage' } });
    expect(found).toMatchObject({ outcome: 'ok', code: 200, path: '/v2/_catalog', matched: true, expect: { status: [200], includes: ['myimage'] }, detail: `127.0.0.1:${port}` });
    const missing = await probe.request({ kind: 'http', container: web(), port: '80', path: '/nope', expect: { status: 200 } });
    expect(missing).toMatchObject({ outcome: 'ok', code: 404, matched: false });
    // without an expectation the record says nothing of a match
    expect((await probe.request({ kind: 'http', container: web(), port: '80', path: '/nope' })).matched).toBeUndefined();
    expect(asked).toEqual(['GET /v2/_catalog', 'GET /nope', 'GET /nope']);
  });

  it('judges an expected text on the whole body, while the record keeps only its first bytes', async () => {
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1');
    const record = await probe.request({ kind: 'http', container: web(), port: '80/tcp', path: '/long', expect: { includes: [marker] } });
    expect(record.matched).toBe(true);
    expect(record.output).toHaveLength(PROBE_OUTPUT_LIMIT);
    expect(record.output).not.toContain(marker);
  });

  it("GETs on the engine host's loopback (a registry catalog), recorded under a key of its own", async () => {
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1');
    const record = await probe.request({ kind: 'http', host: 'localhost', port, path: '/v2/_catalog', expect: { includes: '"myimage"' } });
    expect(record).toMatchObject({ key: `http:@localhost:${port}/v2/_catalog expect={"includes":["\\"myimage\\""]}`, outcome: 'ok', code: 200, matched: true, detail: `127.0.0.1:${port}` });
    // replayed from the records, as a snapshot file grades
    const replay = new ReplayProbe(probe.records);
    expect(await replay.request({ kind: 'http', host: 'localhost', port, path: '/v2/_catalog', expect: { includes: '"myimage"' } })).toEqual(record);
    expect((await replay.request({ kind: 'http', host: 'localhost', port, path: '/v2/_catalog' })).detail).toBe('not recorded in the snapshot');
  });

  it('a host probe judges the whole answer but records only what it keeps (an engine\'s /info: its ID), and is asked once when nothing listens', async () => {
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1');
    const record = await probe.request({ kind: 'http', host: '127.0.0.1', port, path: '/long', expect: { includes: [marker] }, keep: 16 });
    expect([record.matched, record.output]).toEqual([true, 'x'.repeat(16)]);
    // the key does not depend on what is kept: a replay finds it
    expect(record.key).toBe(`http:@127.0.0.1:${port}/long expect={"includes":["${marker}"]}`);
    const { createServer } = await import('node:net');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const started = Date.now();
    const refused = await probe.request({ kind: 'http', host: '127.0.0.1', port: free, path: '/_ping' });
    expect([refused.outcome, refused.detail]).toEqual(['failed', `127.0.0.1:${free}: ECONNREFUSED`]);
    // no settle retries (HTTP_SETTLE_MS) for a host port
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('goes to the engine host for a remote engine, whose loopback is not ours', () => {
    expect(hostProbeAddress('127.0.0.1', 'localhost')).toBe('127.0.0.1');
    expect(hostProbeAddress('127.0.0.1', '::1')).toBe('::1');
    expect(hostProbeAddress('lab.school.example', '127.0.0.1')).toBe('lab.school.example');
  });

  it.each([
    [{ host: 'example.com', port: 80, path: '/' }, /names only the engine host's loopback/],
    [{ host: '10.0.0.1', port: 80, path: '/' }, /names only the engine host's loopback/],
    [{ host: '127.0.0.1', port: 0, path: '/' }, /not a TCP port/],
    [{ host: '127.0.0.1', port: 80, path: 'http://evil.example/' }, /not a plain absolute path/],
    [{ host: '127.0.0.1', port: 80, path: '//evil.example/x' }, /not a plain absolute path/],
    [{ host: '127.0.0.1', port: 80, path: '/a b' }, /not a plain absolute path/],
    [{ host: '127.0.0.1', port: 80, path: '/a\r\nX-Evil: 1' }, /not a plain absolute path/],
  ])('refuses %j without sending anything', async (target, why) => {
    const before = asked.length;
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1');
    await expect(probe.request({ kind: 'http', ...(target as { host: '127.0.0.1'; port: number; path: string }) })).rejects.toThrow(why);
    expect(asked.length).toBe(before);
    expect(probe.records).toEqual([]);
  });

  it('runs an allowlisted command and judges its exit code and output', async () => {
    const client = { exec: async () => ({ exitCode: 0, output: `${'y'.repeat(5000)}\nhello from myvolume_1\n` }) } as unknown as EngineClient;
    const probe = new LiveProbe(client, '127.0.0.1');
    const c = makeContainer({ name: 'myvolume_2' });
    expect(await probe.request({ kind: 'exec', container: c, cmd: ['cat', '/root/volume'], expect: { exitCode: 0, includes: 'hello from myvolume_1' } })).toMatchObject({ outcome: 'ok', matched: true });
    expect(await probe.request({ kind: 'exec', container: c, cmd: ['cat', '/root/volume'], expect: { exitCode: 1 } })).toMatchObject({ outcome: 'ok', matched: false });
    await expect(probe.request({ kind: 'exec', container: c, cmd: ['sh', '-c', 'echo > /root/volume'], expect: { exitCode: 0 } })).rejects.toThrow(ProbeRefusedError);
  });

  it('allows the new read-only shapes and still refuses what would change something', () => {
    for (const cmd of [['nproc'], ['ip', 'addr', 'show'], ['ip', '-4', 'route'], ['hostname', '-i']]) expect(isReadOnlyCommand(cmd)).toBe(true);
    for (const cmd of [['ip', 'addr', 'add', '10.0.0.9/24', 'dev', 'eth0'], ['ip', 'link', 'set', 'eth0', 'down'], ['ip', 'route', 'flush'], ['hostname', 'evil'], ['nproc', '--all', 'x']]) {
      expect(isReadOnlyCommand(cmd)).toBe(false);
    }
  });
});
