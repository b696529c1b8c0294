import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Endpoint } from './endpoint.js';
import { explainConnectionError, type EngineClient } from './engine-client.js';
import { EngineApiError, HttpEngineClient, MAX_ENGINE_SOCKETS, PIPELINE_DEPTH } from './http-engine-client.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A stand-in engine on a unix socket in a fresh temp dir: no network, no Docker. */
async function fakeEngine(handler: Handler): Promise<{ endpoint: Extract<Endpoint, { kind: 'unix' }>; server: Server }> {
  const socketPath = join(mkdtempSync(join(tmpdir(), 'dockgrade-fake-engine-')), 'docker.sock');
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return { endpoint: { kind: 'unix', socketPath, source: 'test' }, server };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const noFallback = (): EngineClient => {
  throw new Error('fallback must not be used');
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise((resolve) => s.close(resolve));
    }),
  );
});

async function clientFor(handler: Handler, fallback = noFallback, timeoutMs = 5000): Promise<HttpEngineClient> {
  const { endpoint, server } = await fakeEngine(handler);
  servers.push(server);
  return new HttpEngineClient(endpoint, timeoutMs, fallback);
}

describe('HttpEngineClient', () => {
  it('lists and inspects through the read-only API paths', async () => {
    const seen: string[] = [];
    const client = await clientFor((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/_ping') return void res.end('OK');
      if (req.url === '/containers/json?all=1') return json(res, 200, [{ Id: 'a1' }, { Id: 'b2' }]);
      if (req.url === '/containers/a1/json') return json(res, 200, { Id: 'a1', Name: '/web' });
      if (req.url === '/images/json') return json(res, 200, [{ Id: 'sha256:1', RepoTags: ['x:1'] }]);
      if (req.url === '/images/sha256%3A1/json') return json(res, 200, { Id: 'sha256:1' });
      if (req.url === '/images/sha256%3A1/history') return json(res, 200, [{ Id: 'sha256:1', CreatedBy: 'CMD' }]);
      if (req.url === '/networks') return json(res, 200, [{ Name: 'bridge' }]);
      if (req.url === '/volumes') return json(res, 200, { Volumes: null });
      if (req.url === '/info') return json(res, 200, { ServerVersion: '27' });
      if (req.url === '/version') return json(res, 200, { ApiVersion: '1.47' });
      json(res, 404, { message: 'no such thing' });
    });
    await client.ping();
    expect(await client.listContainerIds()).toEqual(['a1', 'b2']);
    expect(await client.inspectContainer('a1')).toEqual({ Id: 'a1', Name: '/web' });
    expect(await client.listImages()).toEqual([{ Id: 'sha256:1', RepoTags: ['x:1'] }]);
    expect(await client.inspectImage('sha256:1')).toEqual({ Id: 'sha256:1' });
    expect(await client.imageHistory('sha256:1')).toEqual([{ Id: 'sha256:1', CreatedBy: 'CMD' }]);
    expect(await client.listNetworks()).toEqual([{ Name: 'bridge' }]);
    expect(await client.listVolumes()).toEqual([]);
    expect(await client.info()).toEqual({ ServerVersion: '27' });
    expect(await client.version()).toEqual({ ApiVersion: '1.47' });
    expect(seen.every((line) => line.startsWith('GET '))).toBe(true);
    expect(client.location).toBe(`unix://${client.endpoint.kind === 'unix' ? client.endpoint.socketPath : ''}`);
  });

  it('reads past events up to the millisecond asked: the engine would hold a later `until` open', async () => {
    const seen: string[] = [];
    const client = await clientFor((req, res) => {
      seen.push(req.url ?? '');
      res.end('{"Type":"container","Action":"rename"}\n{"Type":"container","Action":"start"}\n');
    });
    expect((await client.pastEvents(new Date(1_796_457_057_369))).map((e) => e.Action)).toEqual(['rename', 'start']);
    expect(seen).toEqual(['/events?since=0&until=1796457057.369000000']);
    // with filters, as the engine reads them: JSON in the query
    await client.pastEvents(new Date(1_796_457_057_369), { type: ['container'], event: ['create', 'exec_start'] });
    expect(seen[1]).toBe(`/events?since=0&until=1796457057.369000000&filters=${encodeURIComponent('{"type":["container"],"event":["create","exec_start"]}')}`);
    expect(JSON.parse(new URLSearchParams(seen[1].split('?')[1]).get('filters')!)).toEqual({ type: ['container'], event: ['create', 'exec_start'] });
  });

  it('answers null for a container or image that vanished (404), and [] for its logs', async () => {
    const client = await clientFor((_req, res) => json(res, 404, { message: 'No such container: gone' }));
    expect(await client.inspectContainer('gone')).toBeNull();
    expect(await client.inspectImage('gone')).toBeNull();
    expect(await client.imageHistory('gone')).toBeNull();
    expect(await client.logs('gone', 10)).toEqual([]);
  });

  it('answers [] for the logs of a container being removed (409), and still rejects its inspection', async () => {
    // `docker rm` of an exited container while a check reads the engine: the collection goes on
    const client = await clientFor((_req, res) => json(res, 409, { message: 'can not get logs from container which is dead or marked for removal' }));
    expect(await client.logs('leaving', 10)).toEqual([]);
    expect((await client.inspectContainer('leaving').catch((e: unknown) => e)) as { statusCode?: number }).toMatchObject({ statusCode: 409 });
  });

  it('rejects other errors with the status code and the engine message', async () => {
    const client = await clientFor((_req, res) => json(res, 500, { message: 'daemon is sad' }));
    const error = await client.inspectContainer('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineApiError);
    expect(error).toMatchObject({ statusCode: 500, message: '(HTTP code 500) daemon is sad' });
  });

  it('demultiplexes log frames and keeps the last lines', async () => {
    const frame = (stream: number, text: string) => {
      const body = Buffer.from(text);
      const header = Buffer.alloc(8);
      header[0] = stream;
      header.writeUInt32BE(body.length, 4);
      return Buffer.concat([header, body]);
    };
    let url = '';
    const client = await clientFor((req, res) => {
      url = req.url ?? '';
      res.end(Buffer.concat([frame(1, 'one\ntwo\n'), frame(2, 'boom\n')]));
    });
    expect(await client.logs('c1', 2)).toEqual(['two', 'boom']);
    expect(url).toBe('/containers/c1/logs?stdout=1&stderr=1&tail=2');
  });

  it('times out a request that gets no answer, with a code the connection explainer knows', async () => {
    const client = await clientFor(() => undefined, noFallback, 100);
    const error = await client.info().catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ETIMEDOUT');
    expect(explainConnectionError(client.endpoint, error).message).toMatch(/did not answer in time/);
  });

  it('fails with ENOENT on a missing socket, explained in one line', async () => {
    const client = new HttpEngineClient({ kind: 'unix', socketPath: join(mkdtempSync(join(tmpdir(), 'dockgrade-nosock-')), 'none.sock'), source: 'test' }, 1000, noFallback);
    const error = await client.ping().catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(explainConnectionError(client.endpoint, error).message).toMatch(/socket does not exist/);
  });

  it(`never opens more than ${MAX_ENGINE_SOCKETS} connections, nor sends more than ${PIPELINE_DEPTH} requests on one before their answers`, async () => {
    const inFlight = new Map<unknown, number>();
    let peak = 0;
    let pipelined = 0;
    const client = await clientFor((req, res) => {
      // node's server reads pipelined requests at once (Go's, the engine's, one after another)
      const now = (inFlight.get(req.socket) ?? 0) + 1;
      inFlight.set(req.socket, now);
      peak = Math.max(peak, now);
      if (now > 1) pipelined++;
      setTimeout(() => {
        inFlight.set(req.socket, inFlight.get(req.socket)! - 1);
        json(res, 200, { Id: 'x' });
      }, 5);
    });
    await Promise.all(Array.from({ length: 200 }, (_, i) => client.inspectContainer(`c${i}`)));
    expect(pipelined).toBeGreaterThan(0);
    expect(peak).toBe(PIPELINE_DEPTH);
    expect(inFlight.size).toBe(MAX_ENGINE_SOCKETS);
  });

  it('hands exec, events and registry lookups to the fallback client, built once and only when needed', async () => {
    let built = 0;
    const execResult = { exitCode: 0, output: 'hi' };
    const fallback = (): EngineClient => {
      built += 1;
      return { exec: async () => execResult, events: async () => 'stream', distribution: async () => undefined } as unknown as EngineClient;
    };
    const client = await clientFor((_req, res) => json(res, 200, {}), fallback);
    await client.info();
    expect(built).toBe(0);
    expect(await client.exec('c', ['true'], 1000)).toBe(execResult);
    expect(await client.events(['container'])).toBe('stream');
    await expect(client.distribution('busybox:latest')).resolves.toBeUndefined();
    expect(built).toBe(1);
  });
});
