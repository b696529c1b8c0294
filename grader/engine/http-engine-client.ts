/**
 * The read-only hot path of the Docker API: list and inspect containers and images, networks,
 * volumes, info, version, logs, as keep-alive GETs (plain-http.ts for unix and tcp, `node:https` for
 * TLS). A grading run makes these calls and
 * nothing else, so it never has to load dockerode (about 200 ms of start-up here: it pulls in grpc for
 * BuildKit sessions and ssh2 eagerly), which is what lets `dockgrade check` start as fast as the
 * `docker` CLI. Anything else (exec for probes, events, registry lookups) goes to a
 * dockerode-backed client that is created on first use. ssh:// endpoints speak the same GETs over
 * the stdio of an `ssh … docker system dial-stdio` child (ssh-stdio.ts).
 */
import type { ContainerInspectInfo, ImageInspectInfo } from 'dockerode';
import type { IncomingMessage, RequestOptions } from 'node:http';
import type { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import type { Endpoint } from './endpoint.js';
import { describeEndpoint } from './endpoint.js';
import { PlainHttpPool, type PlainConnection } from './plain-http.js';
import { ByteBudget, ENGINE_BYTES } from './engine-budget.js';
import { demuxDockerStream, noLogsLeft, parseEventLines, pastEventsQuery, type ContainerSummary, type EventFilters, type EngineClient, type EventStream, type ExecOutput, type ImageSummary } from './engine-api.js';

/**
 * Sockets kept open to the engine, shared by the collector's two inspect pools (8 containers and 8
 * images at a time) and its list calls; further requests go behind others on a connection
 * (PIPELINE_DEPTH) or wait their turn, so the engine never sees more connections than this.
 */
export const MAX_ENGINE_SOCKETS = 16;

/**
 * GETs in flight on one connection at most (HTTP/1.1 pipelining, plain-http.ts): a cold check's ~25
 * GETs went over 12 connections in 26 writes, and now over 2 in 8, ~1.7 ms less of a 50 ms run
 * (median of 60 interleaved runs, 20 containers); 500 containers' figure is unchanged. Over ssh every
 * GET on the one connection waited for the answer before it.
 */
export const PIPELINE_DEPTH = 8;

/**
 * ssh children (each one ssh connection with one dial-stdio session) carrying the GETs of an ssh
 * engine. One: every further connection costs a whole ssh handshake (key exchange, authentication, a
 * remote process), far more than the ~25 GETs of a check waiting their turn on one keep-alive
 * connection (measured with `npm run bench -- ssh`, see the README).
 */
export const MAX_SSH_CONNECTIONS = 1;

/** Largest answer body accepted from the engine (an inspect of a huge container stays far below). */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** A non-2xx answer from the engine, shaped like dockerode's errors (`statusCode`, `json`). */
export class EngineApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly json: unknown,
  ) {
    super(`(HTTP code ${statusCode}) ${message}`);
    this.name = 'EngineApiError';
  }
}

type Raw = Record<string, any>;

/** unix and plain tcp endpoints: our own keep-alive GETs (plain-http.ts); TLS: node:https. */
type Transport = { kind: 'plain'; pool: PlainHttpPool } | { kind: 'tls'; request: typeof httpsRequest; base: RequestOptions & { agent: import('node:https').Agent } };

/**
 * The TLS server name, given explicitly: left to itself, node's agent works it out on every request
 * with `net.isIP`, whose IPv6 pattern costs 10-90 ms to compile on first use (measured in a CPU
 * profile of `check`); an IP address gets no SNI, as node would decide.
 */
function serverName(host: string): string {
  return host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) ? '' : host;
}

function transportFor(endpoint: Endpoint, timeoutMs: number, budget: ByteBudget, openConnection?: () => PlainConnection): Transport {
  if (endpoint.kind === 'ssh') {
    if (!openConnection) throw new Error('an ssh endpoint needs a connection opener');
    return { kind: 'plain', pool: new PlainHttpPool(openConnection, 'docker', MAX_SSH_CONNECTIONS, timeoutMs, MAX_BODY_BYTES, budget, PIPELINE_DEPTH) };
  }
  if (endpoint.kind === 'unix') {
    return { kind: 'plain', pool: new PlainHttpPool({ path: endpoint.socketPath }, 'docker', MAX_ENGINE_SOCKETS, timeoutMs, MAX_BODY_BYTES, budget, PIPELINE_DEPTH) };
  }
  if (!endpoint.tls) {
    const host = endpoint.host.includes(':') ? `[${endpoint.host}]:${endpoint.port}` : `${endpoint.host}:${endpoint.port}`;
    return { kind: 'plain', pool: new PlainHttpPool({ host: endpoint.host, port: endpoint.port }, host, MAX_ENGINE_SOCKETS, timeoutMs, MAX_BODY_BYTES, budget, PIPELINE_DEPTH) };
  }
  // node:https (and with it tls and crypto, ~50 ms) is loaded only for a TLS endpoint
  const { Agent: HttpsAgent, request } = createRequire(import.meta.url)('node:https') as typeof import('node:https');
  // verification stays on unless the context explicitly skips it (as the docker CLI does)
  const tls = { ca: endpoint.tls.ca, cert: endpoint.tls.cert, key: endpoint.tls.key, rejectUnauthorized: endpoint.tls.verify, servername: serverName(endpoint.host) };
  const agent = new HttpsAgent({ keepAlive: true, maxSockets: MAX_ENGINE_SOCKETS, ...tls });
  return { kind: 'tls', request, base: { host: endpoint.host, port: endpoint.port, agent, ...tls } };
}

/** The body of a 2xx answer; an EngineApiError (with the engine's message) for any other. */
function answer(status: number, statusText: string, body: Buffer): Buffer {
  if (status >= 200 && status < 300) return body;
  let json: unknown = null;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    // plain-text error bodies are kept as the message
  }
  const message = (json as { message?: string } | null)?.message ?? (body.toString('utf8').trim() || statusText || 'error');
  throw new EngineApiError(status, message, json);
}

/**
 * EngineClient over keep-alive GETs for unix, tcp (optionally TLS) and ssh endpoints (`openConnection`
 * opens one ssh dial-stdio connection). `fallback` builds the dockerode-backed client for the calls
 * this one does not make itself; it is called at most once.
 */
export class HttpEngineClient implements EngineClient {
  readonly location: string;
  private readonly transport: Transport;
  private fallbackClient: EngineClient | null = null;
  /** Every answer body this client reads counts here (issue 26.7: one hostile engine cannot cost more). */
  readonly budget: ByteBudget;

  constructor(
    readonly endpoint: Endpoint,
    private readonly timeoutMs: number,
    private readonly fallback: () => EngineClient,
    openConnection?: () => PlainConnection,
    maxEngineBytes: number = ENGINE_BYTES,
  ) {
    this.location = describeEndpoint(endpoint);
    this.budget = new ByteBudget(maxEngineBytes);
    this.transport = transportFor(endpoint, timeoutMs, this.budget, openConnection);
  }

  startRound(): void {
    this.budget.startRound();
  }


  /** GETs `path` and returns the raw body; rejects with EngineApiError on a non-2xx answer. */
  async getRaw(path: string): Promise<Buffer> {
    if (this.transport.kind === 'plain') {
      const response = await this.transport.pool.get(path);
      return answer(response.status, response.statusText, response.body);
    }
    const { request, base } = this.transport;
    return new Promise((resolve, reject) => {
      const req = request({ ...base, method: 'GET', path, headers: { accept: 'application/json' } }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            res.destroy(new Error(`answer to GET ${path} is larger than ${MAX_BODY_BYTES} bytes`));
            return;
          }
          try {
            this.budget.take(chunk.length);
          } catch (error) {
            res.destroy(error as Error);
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('aborted', () => reject(Object.assign(new Error(`the engine closed the connection before answering GET ${path}`), { code: 'ECONNRESET' })));
        res.on('end', () => {
          try {
            resolve(answer(res.statusCode ?? 0, res.statusMessage ?? '', Buffer.concat(chunks)));
          } catch (error) {
            reject(error);
          }
        });
      });
      // the whole answer within timeoutMs: an idle timeout never fires on an engine trickling bytes
      const timer = setTimeout(() => {
        req.destroy(Object.assign(new Error(`timeout: no answer to GET ${path} within ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
      }, this.timeoutMs);
      req.on('close', () => clearTimeout(timer));
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.end();
    });
  }

  /** GETs `path` and parses the JSON answer. */
  async get<T = Raw>(path: string): Promise<T> {
    return JSON.parse((await this.getRaw(path)).toString('utf8')) as T;
  }

  /** GETs `path`; null when the engine answers 404 (the object vanished). */
  private async getOrNull<T>(path: string): Promise<T | null> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if ((error as EngineApiError).statusCode === 404) return null;
      throw error;
    }
  }

  /** Answers the engine's ping; rejects like any request when it does not. */
  async ping(): Promise<void> {
    await this.getRaw('/_ping');
  }

  info() {
    return this.get('/info');
  }
  version() {
    return this.get('/version');
  }
  async listContainerIds() {
    const list = await this.get<Array<{ Id: string }>>('/containers/json?all=1');
    return list.map((c) => c.Id);
  }
  inspectContainer(id: string) {
    return this.getOrNull<ContainerInspectInfo>(`/containers/${encodeURIComponent(id)}/json`);
  }
  listContainers(options: { all: boolean }) {
    return this.get<ContainerSummary[]>(options.all ? '/containers/json?all=1' : '/containers/json');
  }
  listImages() {
    return this.get<ImageSummary[]>('/images/json');
  }
  inspectImage(id: string) {
    return this.getOrNull<ImageInspectInfo>(`/images/${encodeURIComponent(id)}/json`);
  }
  imageHistory(id: string) {
    return this.getOrNull<Array<Raw>>(`/images/${encodeURIComponent(id)}/history`);
  }
  listNetworks() {
    return this.get<Array<Raw>>('/networks');
  }
  async listVolumes() {
    const answer = await this.get<{ Volumes?: Raw[] | null }>('/volumes');
    return answer.Volumes ?? [];
  }
  async logs(id: string, tail: number) {
    let raw: Buffer;
    try {
      raw = await this.getRaw(`/containers/${encodeURIComponent(id)}/logs?stdout=1&stderr=1&tail=${tail}`);
    } catch (error) {
      if (noLogsLeft(error)) return [];
      throw error;
    }
    return demuxDockerStream(raw).split('\n').filter((line) => line.length > 0).slice(-tail);
  }

  /** Ends every connection to the engine (requests in flight fail), so nothing of it keeps the process alive. */
  close(): void {
    if (this.transport.kind === 'plain') this.transport.pool.destroy();
    else this.transport.base.agent.destroy();
    this.fallbackClient?.close?.();
  }

  private slow(): EngineClient {
    this.fallbackClient ??= this.fallback();
    return this.fallbackClient;
  }
  exec(id: string, cmd: string[], timeoutMs: number): Promise<ExecOutput> {
    return this.slow().exec(id, cmd, timeoutMs);
  }
  events(types: readonly string[]): Promise<EventStream> {
    return this.slow().events(types);
  }
  /** With `until` the engine sends what it remembers and ends the answer: one plain GET. */
  async pastEvents(until: Date, filters?: EventFilters): Promise<Array<Record<string, any>>> {
    return parseEventLines((await this.getRaw(`/events?${pastEventsQuery(until, filters)}`)).toString('utf8'));
  }
  distribution(image: string): Promise<void> {
    return this.slow().distribution(image);
  }
}
