/**
 * The engine's GETs over plain sockets: every framing the Docker API uses, split at every byte, a
 * malformed or cut-off answer as a one-line error, keep-alive reuse within the socket bound, a stale
 * reused socket retried once, and timeouts. Servers here are local unix sockets in a temp directory.
 */
import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlainHttpPool, ResponseParser } from './plain-http.js';

function parseInPieces(raw: string | Buffer, split: number[]): { parser: ResponseParser; complete: boolean } {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw;
  const parser = new ResponseParser(1024 * 1024, 'GET /x');
  let complete = false;
  let from = 0;
  for (const at of [...split, bytes.length]) {
    complete = parser.push(bytes.subarray(from, at));
    from = at;
  }
  return { parser, complete };
}

// UTF-8 text in a chunk (3 bytes for 한): sizes count bytes
const chunked = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n[{"a"\r\n8;ext=1\r\n:"한"}]\r\n0\r\n\r\n', 'utf8');
const lengthFramed = 'HTTP/1.1 404 Not Found\r\nContent-Length: 29\r\nApi-Version: 1.47\r\n\r\n{"message":"No such object"}\n';

describe('ResponseParser', () => {
  it('reads a chunked answer split at every byte boundary', () => {
    const expected = Buffer.from('[{"a":"한"}]', 'utf8');
    for (let at = 1; at < chunked.length; at++) {
      const { parser, complete } = parseInPieces(chunked, [at]);
      expect(complete).toBe(true);
      expect(parser.response().body.equals(expected)).toBe(true);
      expect(parser.reusable).toBe(true);
    }
  });

  it('joins the pieces of a large chunk once, not each piece to all before it (issue 25)', () => {
    // like the engine's list of 2,000 containers: one large chunk, arriving in pieces
    const body = Buffer.alloc(900 * 1024, 'x');
    const raw = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n`, 'latin1'), body, Buffer.from('\r\n0\r\n\r\n', 'latin1')]);
    const concat = jest.spyOn(Buffer, 'concat');
    try {
      const split = Array.from({ length: Math.floor(raw.length / 4096) }, (_, i) => (i + 1) * 4096);
      const { parser, complete } = parseInPieces(raw, split);
      expect(complete).toBe(true);
      expect(parser.response().body.equals(body)).toBe(true);
      // bytes copied by every join together: about the body once (each piece to all before it: ~100 MB)
      const copied = concat.mock.calls.reduce((sum, [list]) => sum + (list as Buffer[]).reduce((n, b) => n + b.length, 0), 0);
      expect(copied).toBeLessThan(3 * raw.length);
    } finally {
      concat.mockRestore();
    }
  });

  it('reads a Content-Length answer split at every byte, with status, text and headers', () => {
    for (let at = 1; at < lengthFramed.length; at++) {
      const { parser, complete } = parseInPieces(lengthFramed, [at, Math.min(lengthFramed.length, at + 3)]);
      expect(complete).toBe(true);
      const response = parser.response();
      expect([response.status, response.statusText, response.headers['api-version'], response.body.toString()]).toEqual([404, 'Not Found', '1.47', '{"message":"No such object"}\n']);
    }
  });

  it('is not complete before the last byte', () => {
    for (const raw of [chunked, lengthFramed]) {
      const bytes = typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw;
      const parser = new ResponseParser(1024, 'GET /x');
      expect(parser.push(bytes.subarray(0, bytes.length - 1))).toBe(false);
      expect(parser.end()).toBe(false);
    }
  });

  it('refuses a chunk or a Content-Length announcing more than the limit at once, before buffering it', () => {
    const parser = new ResponseParser(1024, 'GET /x');
    expect(() => parser.push(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n', 'latin1'))).toThrow('answer to GET /x is larger than 1024 bytes');
    const framed = new ResponseParser(1024, 'GET /x');
    expect(() => framed.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n', 'latin1'))).toThrow('larger than 1024 bytes');
    // exactly at the limit is fine
    expect(new ResponseParser(1024, 'GET /x').push(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n', 'latin1'))).toBe(false);
    // a size that no number holds exactly is malformed, not a huge allocation
    expect(() => new ResponseParser(1024, 'GET /x').push(Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n', 'latin1'))).toThrow(/chunk size/);
  });

  it('reads a body that runs to the end of the connection, and never reuses that connection', () => {
    const { parser, complete } = parseInPieces('HTTP/1.0 200 OK\r\n\r\nOK', [10]);
    expect(complete).toBe(false);
    expect(parser.end()).toBe(true);
    expect(parser.response().body.toString()).toBe('OK');
    expect(parser.reusable).toBe(false);
  });

  it('does not reuse a connection the engine closes, or one with bytes after the answer', () => {
    expect(parseInPieces('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nOK', []).parser.reusable).toBe(false);
    const extra = parseInPieces('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOKHTTP/1.1', []);
    expect(extra.complete).toBe(true);
    expect(extra.parser.reusable).toBe(false);
    expect(parseInPieces('HTTP/1.1 204 No Content\r\n\r\n', []).parser.response().body.length).toBe(0);
  });

  it('rejects malformed answers with a one-line error naming the request', () => {
    for (const raw of ['SSH-2.0-OpenSSH\r\n\r\n', 'HTTP/1.1 200 OK\r\nno colon\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY']) {
      expect(() => parseInPieces(raw, [])).toThrow(/^malformed answer to GET \/x: [^\n]+$/);
    }
    const big = new ResponseParser(4, 'GET /x');
    expect(() => big.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789'))).toThrow('answer to GET /x is larger than 4 bytes');
  });
});

describe('PlainHttpPool', () => {
  let dir: string;
  let server: Server;
  let socketPath: string;
  const connections: Socket[] = [];
  let handle: (request: string, socket: Socket) => void;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgrade-plain-http-'));
    socketPath = join(dir, 'engine.sock');
    server = createServer((socket) => {
      connections.push(socket);
      let pending = '';
      socket.on('data', (data) => {
        pending += data.toString('latin1');
        let end: number;
        while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
          const request = pending.slice(0, end);
          pending = pending.slice(end + 4);
          handle(request, socket);
        }
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  });
  afterEach(async () => {
    for (const socket of connections.splice(0)) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const ok = (socket: Socket, body: string) => socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);

  it('sends a GET with Host and Accept, and reuses keep-alive sockets within the bound', async () => {
    const requests: string[] = [];
    let inFlight = 0;
    let most = 0;
    handle = (request, socket) => {
      requests.push(request.split('\r\n')[0]);
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        ok(socket, request.split(' ')[1]);
      }, 5);
    };
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 3, 5000, 1024);
    const paths = Array.from({ length: 12 }, (_, i) => `/containers/${i}/json`);
    const bodies = await Promise.all(paths.map((path) => pool.get(path)));
    expect(bodies.map((b) => b.body.toString())).toEqual(paths);
    expect(most).toBeLessThanOrEqual(3);
    expect(connections.length).toBe(3);
    expect(requests[0]).toBe('GET /containers/0/json HTTP/1.1');
    pool.destroy();
  });

  it('asks again on a new socket when a reused one was closed by the engine', async () => {
    handle = (request, socket) => ok(socket, 'pong');
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 2, 5000, 1024);
    expect((await pool.get('/_ping')).body.toString()).toBe('pong');
    // the engine drops its side of the idle connection; the next GET must not fail for it
    handle = (request, socket) => ok(socket, 'again');
    connections[0].end();
    connections[0].destroy();
    expect((await pool.get('/_ping')).body.toString()).toBe('again');
    pool.destroy();
  });

  it('fails a request the engine cuts off, times out a silent one, and reports a missing socket', async () => {
    handle = (request, socket) => {
      if (request.includes('/cut')) socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort');
      // /silent: never answers
    };
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 2, 300, 1024);
    await expect(pool.get('/cut')).rejects.toMatchObject({ code: 'ECONNRESET', message: 'the engine closed the connection before answering GET /cut' });
    await expect(pool.get('/silent')).rejects.toMatchObject({ code: 'ETIMEDOUT', message: 'timeout: no answer to GET /silent within 300 ms' });
    pool.destroy();
    // a trickle (one byte every 50 ms) resets an idle timeout forever; the whole answer is bounded
    handle = (request, socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n[');
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(' ')), 50);
    };
    const trickled = new PlainHttpPool({ path: socketPath }, 'docker', 2, 400, 1024);
    const started = Date.now();
    await expect(trickled.get('/trickle')).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(2_000);
    trickled.destroy();
    const missing = new PlainHttpPool({ path: join(dir, 'nothing.sock') }, 'docker', 2, 300, 1024);
    await expect(missing.get('/_ping')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('pipelines up to `depth` GETs on one connection, answered in order, before opening another', async () => {
    const seen: string[][] = [];
    let waiting: Array<{ path: string; socket: Socket }> = [];
    let most = 0;
    handle = (request, socket) => {
      waiting.push({ path: request.split(' ')[1], socket });
      most = Math.max(most, waiting.length);
      // answer what arrived together, all in one write, split only at the engine's whim
      if (waiting.length === 1)
        setTimeout(() => {
          const batch = waiting;
          waiting = [];
          seen.push(batch.map((w) => w.path));
          for (const s of new Set(batch.map((w) => w.socket))) {
            s.write(
              batch
                .filter((w) => w.socket === s)
                .map((w) => `HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(w.path)}\r\n\r\n${w.path}`)
                .join(''),
            );
          }
        }, 20);
    };
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 2, 5000, 1024, undefined, 4);
    const paths = Array.from({ length: 8 }, (_, i) => `/containers/${i}/json`);
    const bodies = await Promise.all(paths.map((path) => pool.get(path)));
    expect(bodies.map((b) => b.body.toString())).toEqual(paths);
    // one idle connection takes the first; the next three go behind it; then a second connection opens
    expect(connections.length).toBe(2);
    expect(most).toBe(8);
    expect(seen).toEqual([paths]);
    // answers that arrive byte by byte, and a chunked one among them, are still each their own
    handle = (request, socket) => {
      const path = request.split(' ')[1];
      const answer = path.endsWith('chunked') ? `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${path.length.toString(16)}\r\n${path}\r\n0\r\n\r\n` : `HTTP/1.1 200 OK\r\nContent-Length: ${path.length}\r\n\r\n${path}`;
      for (const byte of Buffer.from(answer)) socket.write(Buffer.from([byte]));
    };
    const again = ['/a', '/b/chunked', '/c', '/d/chunked'];
    expect((await Promise.all(again.map((path) => pool.get(path)))).map((b) => b.body.toString())).toEqual(again);
    expect(connections.length).toBe(2);
    pool.destroy();
  });

  it('asks again, once, the GETs sent behind an answer after which the engine closed the connection', async () => {
    let answered = 0;
    handle = (request, socket) => {
      const path = request.split(' ')[1];
      answered++;
      // the first connection answers its first request with `Connection: close` and ends
      if (connections.indexOf(socket) === 0) {
        if (path === '/0') socket.end(`HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n/0`);
        return;
      }
      ok(socket, path);
    };
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 1, 5000, 1024, undefined, 4);
    const paths = ['/0', '/1', '/2', '/3'];
    expect((await Promise.all(paths.map((path) => pool.get(path)))).map((b) => b.body.toString())).toEqual(paths);
    expect(connections.length).toBe(2);
    // /1, /2 and /3 reached the engine twice: behind /0 on the first connection, then on the second
    expect(answered).toBe(7);
    // a connection that ends every time: the requests behind the first fail on their second try, not forever
    handle = (request, socket) => socket.end(`HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx`);
    const results = await Promise.allSettled(['/p', '/q', '/r'].map((path) => pool.get(path)));
    // /p answered on the first connection; /q and /r asked again on a second, /q answered there, and /r,
    // behind an answer that ended its connection a second time, fails
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { body: Buffer.from('x') } });
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { body: Buffer.from('x') } });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { code: 'ECONNRESET', message: 'the engine closed the connection before answering GET /r' } });
    expect(connections.length).toBe(3);
    pool.destroy();
  });

  it('gives the events read a connection of its own: nothing waits behind an answer held until `until`', async () => {
    handle = (request, socket) => {
      const path = request.split(' ')[1];
      if (path.startsWith('/events')) setTimeout(() => ok(socket, 'events'), 300);
      else ok(socket, path);
    };
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 2, 5000, 1024, undefined, 8);
    const order: string[] = [];
    const events = pool.get('/events?since=0&until=1').then((r) => order.push(r.body.toString()));
    const others = Promise.all(['/x', '/y', '/z'].map((path) => pool.get(path).then((r) => order.push(r.body.toString()))));
    await Promise.all([events, others]);
    expect(order).toEqual(['/x', '/y', '/z', 'events']);
    expect(connections.length).toBe(2);
    pool.destroy();
  });

  it('times out every GET pipelined on a connection that stops answering, and trusts no connection with bytes nobody asked for', async () => {
    handle = (request, socket) => {
      if (request.includes('/first')) ok(socket, 'first');
      // the rest: never answered
    };
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 1, 300, 1024, undefined, 4);
    const results = await Promise.allSettled(['/first', '/second', '/third'].map((path) => pool.get(path)));
    expect(results[0]).toMatchObject({ status: 'fulfilled' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 'ETIMEDOUT', message: 'timeout: no answer to GET /second within 300 ms' } });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { code: 'ETIMEDOUT', message: 'timeout: no answer to GET /third within 300 ms' } });
    pool.destroy();
    handle = (request, socket) => socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOKHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra`);
    const strict = new PlainHttpPool({ path: socketPath }, 'docker', 1, 5000, 1024, undefined, 4);
    const before = connections.length;
    expect((await strict.get('/one')).body.toString()).toBe('OK');
    handle = (request, socket) => ok(socket, 'fresh');
    expect((await strict.get('/two')).body.toString()).toBe('fresh');
    expect(connections.length).toBe(before + 2);
    strict.destroy();
  });

  it('destroy() ends requests in flight and waiting ones: no socket outlives it', async () => {
    handle = () => undefined; // never answers
    const pool = new PlainHttpPool({ path: socketPath }, 'docker', 1, 60_000, 1024);
    const inFlight = pool.get('/a').catch((error: unknown) => error);
    const waiting = pool.get('/b').catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    pool.destroy();
    expect(await inFlight).toMatchObject({ code: 'ECONNRESET' });
    expect(await waiting).toMatchObject({ code: 'ECONNRESET' });
    await expect(pool.get('/c')).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
