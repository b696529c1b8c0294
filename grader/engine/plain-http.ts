/**
 * HTTP/1.1 GET over plain sockets (unix, tcp without TLS), for the engine's read-only calls. A check
 * makes ~25 of them; through `node:http` each cost about 1 ms of CPU in a short-lived process
 * (ClientRequest, OutgoingMessage, IncomingMessage streams, header bookkeeping: 26 ms of a 130 ms CPU
 * profile), against ~0.2 ms here, and loading `node:http` itself cost 5 ms (issue 7). Only what the
 * Docker API answers to a GET is spoken: a status line, headers, and a body framed by Content-Length,
 * chunked transfer coding, or the end of the connection. Sockets are kept alive and reused, at most
 * `maxSockets` at once (more requests wait their turn), unref'd while idle so the process can exit. A
 * request on a reused socket that the engine closed meanwhile is sent again once on a new socket (GET
 * is safe to repeat). TLS endpoints keep `node:https`.
 */
import { connect, type NetConnectOpts, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ByteBudget } from './engine-budget.js';

/**
 * What the pool speaks over: a net.Socket, or any duplex stream with the same few socket methods
 * (an ssh child's stdio, ssh-stdio.ts).
 */
export type PlainConnection = Duplex & {
  setNoDelay(noDelay?: boolean): unknown;
  setTimeout(ms: number): unknown;
  ref(): unknown;
  unref(): unknown;
};

/** An answer: status code and text, lower-cased headers, the whole body. */
export interface PlainResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Largest header block accepted (the engine's are a few hundred bytes). */
const MAX_HEADER_BYTES = 64 * 1024;

type Framing = { kind: 'length'; remaining: number } | { kind: 'chunked' } | { kind: 'close' } | { kind: 'none' };

/**
 * Reads one response from the bytes of a connection, fed in pieces as they arrive. `push` returns true
 * when the response is complete; `end` is called when the connection closes.
 */
export class ResponseParser {
  private buffer: Buffer = Buffer.alloc(0);
  private head: { status: number; statusText: string; headers: Record<string, string> } | null = null;
  private framing: Framing = { kind: 'none' };
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private done = false;
  /** HTTP/1.0 without keep-alive, or `Connection: close`: the engine ends the connection after this answer. */
  private closes = false;
  /** Bytes received after the response ended (none from an engine that is not pipelining). */
  extra = 0;
  /**
   * While a chunk is incomplete: the bytes `buffer` must hold before it can be read, and the pieces
   * received meanwhile. The engine sends a list of 2,000 containers (1.6 MB) as one chunk, arriving in
   * a few hundred pieces: joining each piece to all before it copied ~200 MB (0.4 s in a profile).
   */
  private wanted = 0;
  private readonly pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly maxBodyBytes: number,
    private readonly label: string,
    /** The engine's budget for all its answers together (engine-budget.ts); every body byte counts. */
    private readonly budget?: ByteBudget,
  ) {}

  /** Adds received bytes; true once the response is complete. Throws on a malformed answer. */
  push(data: Buffer): boolean {
    if (this.done) {
      this.extra += data.length;
      return true;
    }
    if (this.wanted > 0) {
      this.pending.push(data);
      this.pendingBytes += data.length;
      if (this.buffer.length + this.pendingBytes < this.wanted) return false;
      this.buffer = Buffer.concat([this.buffer, ...this.pending.splice(0)]);
      this.pendingBytes = 0;
      this.wanted = 0;
    } else this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
    if (!this.head && !this.readHead()) return false;
    return this.readBody();
  }

  /** The connection closed: the response is complete only when its body runs to the close. */
  end(): boolean {
    if (this.done) return true;
    if (this.head && this.framing.kind === 'close') {
      this.done = true;
      return true;
    }
    return false;
  }

  /** Whether the connection may carry another request after this response. */
  get reusable(): boolean {
    return this.done && this.extra === 0 && this.framing.kind !== 'close' && !this.closes;
  }

  /** Whether any byte of a response arrived. */
  get started(): boolean {
    return this.head !== null || this.buffer.length > 0;
  }

  response(): PlainResponse {
    if (!this.head || !this.done) throw new Error(`incomplete answer to ${this.label}`);
    return { ...this.head, body: this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks) };
  }

  private fail(what: string): never {
    throw Object.assign(new Error(`malformed answer to ${this.label}: ${what}`), { code: 'EPROTO' });
  }

  private readHead(): boolean {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) {
      if (this.buffer.length > MAX_HEADER_BYTES) this.fail('header block too large');
      return false;
    }
    const lines = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0]);
    if (!statusLine) this.fail(`status line ${JSON.stringify(lines[0].slice(0, 80))}`);
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon <= 0) this.fail(`header line ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    const status = Number(statusLine[2]);
    this.head = { status, statusText: statusLine[3] ?? '', headers };
    this.buffer = this.buffer.subarray(end + 4);
    if (status < 200 && status >= 100) this.fail(`interim status ${status}`);
    if (status === 204 || status === 304) this.framing = { kind: 'none' };
    else if (/(^|,)\s*chunked\s*$/i.test(headers['transfer-encoding'] ?? '')) this.framing = { kind: 'chunked' };
    else if (headers['content-length'] !== undefined) {
      if (!/^\d+$/.test(headers['content-length'])) this.fail(`content-length ${JSON.stringify(headers['content-length'])}`);
      // an announced length beyond the limit is refused before any byte of the body is kept
      this.count(Number(headers['content-length']));
      this.framing = { kind: 'length', remaining: Number(headers['content-length']) };
    } else this.framing = { kind: 'close' };
    const connection = headers.connection?.toLowerCase();
    this.closes = connection === 'close' || (statusLine[1] === '0' && connection !== 'keep-alive');
    return true;
  }

  /** Throws when `bytes` more would take the body past the limit (announced sizes count, not only received ones). */
  private count(bytes: number): void {
    if (this.size + bytes > this.maxBodyBytes) throw new Error(`answer to ${this.label} is larger than ${this.maxBodyBytes} bytes`);
    this.budget?.check(bytes);
  }

  private keep(data: Buffer, announced = false): void {
    if (!announced) this.count(data.length);
    this.budget?.take(data.length);
    this.size += data.length;
    if (data.length) this.chunks.push(data);
  }

  private finish(rest: Buffer): boolean {
    this.done = true;
    this.extra = rest.length;
    this.buffer = Buffer.alloc(0);
    return true;
  }

  private readBody(): boolean {
    const framing = this.framing;
    if (framing.kind === 'none') return this.finish(this.buffer);
    if (framing.kind === 'close') {
      this.keep(this.buffer);
      this.buffer = Buffer.alloc(0);
      return false;
    }
    if (framing.kind === 'length') {
      const take = this.buffer.subarray(0, framing.remaining);
      this.keep(take);
      framing.remaining -= take.length;
      const rest = this.buffer.subarray(take.length);
      this.buffer = Buffer.alloc(0);
      return framing.remaining === 0 ? this.finish(rest) : false;
    }
    // chunked: size line, data, CRLF; a zero size line, trailers, empty line
    for (;;) {
      const lineEnd = this.buffer.indexOf('\r\n');
      if (lineEnd < 0) {
        if (this.buffer.length > 1024) this.fail('chunk size line too long');
        return false;
      }
      const sizeText = this.buffer.subarray(0, lineEnd).toString('latin1').split(';')[0].trim();
      if (!/^[0-9a-f]{1,12}$/i.test(sizeText)) this.fail(`chunk size ${JSON.stringify(sizeText.slice(0, 20))}`);
      const size = parseInt(sizeText, 16);
      // a chunk announcing more than the body may hold is refused at its size line, before it is buffered
      this.count(size);
      if (size === 0) {
        // trailer lines (none from the engine), then an empty line
        const rest = this.buffer.subarray(lineEnd + 2);
        if (rest.length < 2) return false;
        if (rest[0] === 13 && rest[1] === 10) return this.finish(rest.subarray(2));
        const trailersEnd = rest.indexOf('\r\n\r\n');
        return trailersEnd < 0 ? false : this.finish(rest.subarray(trailersEnd + 4));
      }
      if (this.buffer.length < lineEnd + 2 + size + 2) {
        this.wanted = lineEnd + 2 + size + 2;
        return false;
      }
      if (this.buffer[lineEnd + 2 + size] !== 13 || this.buffer[lineEnd + 2 + size + 1] !== 10) this.fail('chunk not followed by CRLF');
      this.keep(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size), true);
      this.buffer = this.buffer.subarray(lineEnd + 2 + size + 2);
    }
  }
}

interface Waiting {
  path: string;
  resolve: (response: PlainResponse) => void;
  reject: (error: Error) => void;
}

/** Keep-alive GETs to one plain endpoint, at most `maxSockets` in flight. */
export class PlainHttpPool {
  private readonly idle: PlainConnection[] = [];
  private readonly queue: Waiting[] = [];
  /** Every open socket, idle or busy, so destroy() can end them all. */
  private readonly sockets = new Set<PlainConnection>();
  private active = 0;
  private destroyed = false;

  constructor(
    /** Where to connect, or a function that opens a connection (ssh). */
    private readonly target: NetConnectOpts | (() => PlainConnection),
    /** The Host header: `docker` for a unix socket, `host:port` for tcp. */
    private readonly host: string,
    private readonly maxSockets: number,
    private readonly timeoutMs: number,
    private readonly maxBodyBytes: number,
    private readonly budget?: ByteBudget,
  ) {}

  get(path: string): Promise<PlainResponse> {
    if (this.destroyed) return Promise.reject(Object.assign(new Error(`the connection to the engine was closed before GET ${path}`), { code: 'ECONNRESET' }));
    return new Promise((resolve, reject) => {
      this.queue.push({ path, resolve, reject });
      this.next();
    });
  }

  /**
   * Closes every socket, idle or busy: requests in flight and waiting ones end with an error, and
   * nothing of this pool keeps the process alive (a run that gave up on a stalled engine must end).
   */
  destroy(): void {
    this.destroyed = true;
    const error = Object.assign(new Error('the connection to the engine was closed'), { code: 'ECONNRESET' });
    for (const waiting of this.queue.splice(0)) waiting.reject(error);
    this.idle.splice(0);
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private next(): void {
    while (this.queue.length && (this.idle.length || this.active < this.maxSockets)) {
      const waiting = this.queue.shift()!;
      const reused = this.idle.pop();
      this.active++;
      this.send(waiting, reused ?? this.open(), reused !== undefined);
    }
  }

  private open(): PlainConnection {
    const socket: PlainConnection = typeof this.target === 'function' ? this.target() : (connect(this.target) as Socket);
    socket.setNoDelay(true);
    this.sockets.add(socket);
    // an idle socket the engine closes just leaves the pool
    socket.on('close', () => {
      this.sockets.delete(socket);
      const at = this.idle.indexOf(socket);
      if (at >= 0) this.idle.splice(at, 1);
    });
    socket.on('error', () => undefined);
    return socket;
  }

  private send(waiting: Waiting, socket: PlainConnection, reused: boolean): void {
    const label = `GET ${waiting.path}`;
    const parser = new ResponseParser(this.maxBodyBytes, label, this.budget);
    let settled = false;
    const cleanup = () => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', onError);
    };
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      cleanup();
      this.active--;
      if (error) {
        socket.destroy();
        // a reused socket the engine had closed: nothing was answered, ask again on a new one
        if (reused && !parser.started && (error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') {
          this.queue.unshift(waiting);
        } else waiting.reject(error);
      } else {
        if (parser.reusable && !socket.destroyed && !this.destroyed) {
          socket.unref();
          this.idle.push(socket);
        } else socket.destroy();
        waiting.resolve(parser.response());
      }
      this.next();
    };
    const onData = (data: Buffer) => {
      try {
        if (parser.push(data)) settle(null);
      } catch (error) {
        settle(error as Error);
      }
    };
    const onClose = () => settle(parser.end() ? null : Object.assign(new Error(`the engine closed the connection before answering ${label}`), { code: 'ECONNRESET' }));
    const onError = (error: Error) => settle(error);
    const onTimeout = () => settle(Object.assign(new Error(`timeout: no answer to ${label} within ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    // (cleanup reads `timer`: it runs only from these handlers, after the timer is set below)
    socket.ref();
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.on('error', onError);
    // The whole answer within timeoutMs, not "some byte every timeoutMs": an engine trickling one byte
    // every half second would reset an idle timeout forever.
    const timer = setTimeout(onTimeout, this.timeoutMs);
    socket.write(`GET ${waiting.path} HTTP/1.1\r\nHost: ${this.host}\r\nAccept: application/json\r\nUser-Agent: dockgrade\r\n\r\n`);
  }
}
