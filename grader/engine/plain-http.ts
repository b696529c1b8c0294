/**
 * HTTP/1.1 GET over plain sockets (unix, tcp without TLS), for the engine's read-only calls. A check
 * makes ~25 of them; through `node:http` each cost about 1 ms of CPU in a short-lived process
 * (ClientRequest, OutgoingMessage, IncomingMessage streams, header bookkeeping: 26 ms of a 130 ms CPU
 * profile), against ~0.2 ms here, and loading `node:http` itself cost 5 ms (issue 7). Only what the
 * Docker API answers to a GET is spoken: a status line, headers, and a body framed by Content-Length,
 * chunked transfer coding, or the end of the connection. Sockets are kept alive and reused, at most
 * `maxSockets` at once, each carrying up to `depth` requests in order (pipelining; more requests wait
 * their turn), unref'd while idle so the process can exit. A request on a reused socket that the
 * engine closed meanwhile, or one sent behind a request whose connection ended, is sent again once on
 * a new socket (GET is safe to repeat). TLS endpoints keep `node:https`.
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
  /** The bytes that came after the response in the piece that completed it: the start of the next answer on a pipelined connection. */
  rest: Buffer = Buffer.alloc(0);
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
    return this.keepsConnection && this.extra === 0;
  }

  /** Whether the engine keeps the connection open after this response (answers to requests sent behind it may follow). */
  get keepsConnection(): boolean {
    return this.done && this.framing.kind !== 'close' && !this.closes;
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
    this.rest = rest;
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
  /** Sent again once already, after its connection closed before answering it. */
  retried?: boolean;
}

/** A request sent and not yet answered, on its connection. */
interface Sent {
  waiting: Waiting;
  parser: ResponseParser;
  timer: NodeJS.Timeout;
}

/** One connection and the requests sent on it, answered in the order they were sent. */
interface Lane {
  socket: PlainConnection;
  sent: Sent[];
  /** Whether the connection carried an answer before (a closed reused one is asked again, a fresh one fails). */
  reused: boolean;
  /** Set once the connection failed or may carry no more requests. */
  finished: boolean;
}

/**
 * Whether a request must have its connection to itself: the events read is answered only when its
 * `until` has passed, and a request queued behind it would wait as long (issue 25).
 */
function alone(path: string): boolean {
  return path.startsWith('/events');
}

/** A GET the engine did not answer within `timeoutMs` (the whole answer, not its first byte). */
function timedOut(path: string, timeoutMs: number): Error {
  return Object.assign(new Error(`timeout: no answer to GET ${path} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
}

/** A GET whose connection the engine ended before its answer was whole. */
function closedBefore(path: string): Error {
  return Object.assign(new Error(`the engine closed the connection before answering GET ${path}`), { code: 'ECONNRESET' });
}

/**
 * Keep-alive GETs to one plain endpoint over at most `maxSockets` connections. With `depth` above 1 a
 * connection carries up to that many requests at once (HTTP/1.1 pipelining: the engine, Go's
 * net/http, reads them in turn and answers in order), and a request goes behind others on an open
 * connection before a new one is opened: each connection cost a check ~0.15 ms of CPU to open, and
 * the requests sent in one turn of the event loop leave in one write.
 */
export class PlainHttpPool {
  private readonly lanes: Lane[] = [];
  private readonly queue: Waiting[] = [];
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
    /** Requests in flight on one connection at most (1: no pipelining). */
    private readonly depth = 1,
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
    for (const lane of this.lanes.splice(0)) {
      lane.finished = true;
      for (const sent of lane.sent.splice(0)) {
        clearTimeout(sent.timer);
        sent.waiting.reject(error);
      }
      lane.socket.destroy();
    }
  }

  /** The connection the next request goes on: an idle one, else behind others (pipelining), else a new one, else none yet. */
  private laneFor(waiting: Waiting): Lane | undefined {
    // (a finished connection has left `lanes`: fail, retire and destroy take it out)
    const idle = this.lanes.find((lane) => lane.sent.length === 0);
    if (idle) return idle;
    if (!alone(waiting.path)) {
      let least: Lane | undefined;
      for (const lane of this.lanes) {
        if (lane.sent.length < this.depth && !alone(lane.sent[0].waiting.path) && (!least || lane.sent.length < least.sent.length)) least = lane;
      }
      if (least) return least;
    }
    return this.lanes.length < this.maxSockets ? this.open() : undefined;
  }

  private next(): void {
    // a request that must wait (one that needs a connection to itself) does not hold up those behind it
    for (let i = 0; i < this.queue.length && !this.destroyed; ) {
      const lane = this.laneFor(this.queue[i]);
      if (lane) this.send(this.queue.splice(i, 1)[0], lane);
      else i++;
    }
  }

  private open(): Lane {
    const socket: PlainConnection = typeof this.target === 'function' ? this.target() : (connect(this.target) as Socket);
    socket.setNoDelay(true);
    const lane: Lane = { socket, sent: [], reused: false, finished: false };
    this.lanes.push(lane);
    socket.on('data', (data: Buffer) => this.received(lane, data));
    socket.on('close', () => this.closed(lane, null));
    socket.on('error', (error: Error) => this.closed(lane, error));
    return lane;
  }

  private send(waiting: Waiting, lane: Lane): void {
    const label = `GET ${waiting.path}`;
    const sent: Sent = {
      waiting,
      parser: new ResponseParser(this.maxBodyBytes, label, this.budget),
      // The whole answer within timeoutMs, not "some byte every timeoutMs": an engine trickling one byte
      // every half second would reset an idle timeout forever.
      timer: setTimeout(() => this.fail(lane, timedOut(waiting.path, this.timeoutMs)), this.timeoutMs),
    };
    lane.sent.push(sent);
    lane.socket.ref();
    // the requests sent in this turn of the event loop leave in one write
    if (!lane.socket.writableCorked) {
      lane.socket.cork();
      process.nextTick(() => lane.socket.uncork());
    }
    lane.socket.write(`GET ${waiting.path} HTTP/1.1\r\nHost: ${this.host}\r\nAccept: application/json\r\nUser-Agent: dockgrade\r\n\r\n`);
  }

  /** Bytes from the engine: they complete the oldest request, and what follows its answer begins the next one's. */
  private received(lane: Lane, data: Buffer): void {
    let piece: Buffer | undefined = data;
    while (piece && !lane.finished) {
      const sent = lane.sent[0];
      if (!sent) {
        // bytes nobody asked for: the connection cannot be trusted with another request
        this.fail(lane, Object.assign(new Error('the engine sent an answer nobody asked for'), { code: 'EPROTO' }));
        return;
      }
      try {
        if (!sent.parser.push(piece)) return;
      } catch (error) {
        this.fail(lane, error as Error);
        return;
      }
      lane.sent.shift();
      clearTimeout(sent.timer);
      lane.reused = true;
      const rest = sent.parser.rest;
      piece = rest.length ? rest : undefined;
      if (!sent.parser.keepsConnection || (piece && !lane.sent.length)) this.retire(lane);
      sent.waiting.resolve(sent.parser.response());
    }
    if (!lane.finished && lane.sent.length === 0) lane.socket.unref();
    this.next();
  }

  /** The connection may carry no more requests: the ones sent behind the last answer are asked again elsewhere. */
  private retire(lane: Lane): void {
    lane.finished = true;
    this.drop(lane);
    this.again(lane.sent.splice(0), closedBefore);
    lane.socket.destroy();
  }

  /** The connection closed (error null) or failed: its requests end, or are asked again on a new one. */
  private closed(lane: Lane, error: Error | null): void {
    if (lane.finished) return;
    const head = lane.sent[0];
    if (!error && head?.parser.end()) {
      // an answer that runs to the close of the connection
      lane.sent.shift();
      clearTimeout(head.timer);
      head.waiting.resolve(head.parser.response());
    }
    this.fail(lane, error ?? closedBefore(lane.sent[0]?.waiting.path ?? ''));
  }

  /**
   * Ends a connection that failed. Its oldest request fails with `error`, unless it went on a reused
   * connection and nothing of its answer came (the engine had closed the idle connection: it is asked
   * again once on a new one, GET being safe to repeat); the requests behind it are asked again once.
   * A timeout ends every request on the connection: the engine is not answering it.
   */
  private fail(lane: Lane, error: Error): void {
    if (lane.finished) return;
    lane.finished = true;
    this.drop(lane);
    const sent = lane.sent.splice(0);
    if ((error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      sent.forEach((s, index) => {
        clearTimeout(s.timer);
        s.waiting.reject(index === 0 ? error : timedOut(s.waiting.path, this.timeoutMs));
      });
    } else {
      const head = sent[0];
      if (head && !(lane.reused && !head.parser.started)) {
        clearTimeout(head.timer);
        sent.shift();
        head.waiting.reject(error);
      }
      this.again(sent, () => error);
    }
    lane.socket.destroy();
    this.next();
  }

  /** Asks requests again on other connections (first in the queue, in their order), each once: a second failure is its answer. */
  private again(sent: readonly Sent[], error: (path: string) => Error): void {
    const retry: Waiting[] = [];
    for (const s of sent) {
      clearTimeout(s.timer);
      if (s.waiting.retried || this.destroyed) s.waiting.reject(error(s.waiting.path));
      else {
        s.waiting.retried = true;
        retry.push(s.waiting);
      }
    }
    this.queue.unshift(...retry);
  }

  private drop(lane: Lane): void {
    const at = this.lanes.indexOf(lane);
    if (at >= 0) this.lanes.splice(at, 1);
  }
}
