/**
 * What a check may ask of the live evidence (the Probe, grader/check/types.ts), as data: an HTTP GET of
 * a path on a container's published port or on the engine host's loopback, or a read-only command in a
 * container, each optionally judged against an expectation. Pure and free of zod: the key a request is
 * recorded under in a snapshot, and the judgement of an answer, are the same live and replayed.
 */
import type { Container, ProbeExpectation } from './snapshot-schema.js';

/**
 * The host names a host probe may give: the loopback of the engine's host (`127.0.0.1:5000` for the
 * book's private registry, `127.0.0.1:2375` for an engine that also listens on TCP). For a local engine
 * that is this machine's loopback; for a remote one (tcp://, ssh://) its own host address, where a
 * port published on every address answers too. No other address is ever asked.
 */
export const HOST_PROBE_NAMES = ['127.0.0.1', 'localhost', '::1'] as const;
export type HostProbeName = (typeof HOST_PROBE_NAMES)[number];

/**
 * A path a probe may GET: absolute, of URL path and query characters only (no fragment, no spaces or
 * control characters, no scheme or authority: the address comes from the request's target alone).
 */
const PROBE_PATH = /^\/(?!\/)[A-Za-z0-9._~!$&'()*+,;=:@%/-]*(\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?$/;
export const MAX_PROBE_PATH = 512;

/** What an HTTP answer must be: one of the statuses, and/or containing every text of `includes`. */
export interface HttpExpectation {
  status?: number | readonly number[];
  includes?: string | readonly string[];
}

/** What a command's result must be: this exit code, and/or output containing every text of `includes`. */
export interface ExecExpectation {
  exitCode?: number;
  includes?: string | readonly string[];
}

/** GET a path on the host port the engine published for a container's port (`80/tcp`; `80` means tcp). */
export interface ContainerHttpRequest {
  kind: 'http';
  container: Container;
  port: string;
  /** Default `/`. */
  path?: string;
  expect?: HttpExpectation;
}

/** GET a path on a port of the engine host's loopback (see HOST_PROBE_NAMES). */
export interface HostHttpRequest {
  kind: 'http';
  host: HostProbeName;
  port: number;
  /** Default `/`. */
  path?: string;
  expect?: HttpExpectation;
  /**
   * How much of the answer the record keeps (default all the probe keeps, 4 KiB): an engine's `/info` is
   * judged whole but only its start (the engine's ID) is recorded, not the host's configuration after it.
   */
  keep?: number;
  /**
   * Over TLS (an engine started with --tlsverify, 2.5.3.3): `client` shows the learner's client certificate
   * (cert.pem, key.pem of DOCKER_CERT_PATH, else ~/.docker) and trusts only their ca.pem, as `docker
   * --tlsverify` does; `none` shows no certificate and trusts any server: only whether the port lets such
   * a client in is asked. Either way a GET, nothing else.
   */
  tls?: HostTls;
}

/** How a host probe speaks TLS (HostHttpRequest.tls). */
export const HOST_TLS = ['client', 'none'] as const;
export type HostTls = (typeof HOST_TLS)[number];

/** A read-only command (READ_ONLY_PROBE_COMMANDS in grader/probe/probe.ts) inside a running container. */
export interface ExecRequest {
  kind: 'exec';
  container: Container;
  cmd: readonly string[];
  expect?: ExecExpectation;
}

export type ProbeRequest = ContainerHttpRequest | HostHttpRequest | ExecRequest;

/** Whether `path` may be asked by a probe. */
export function isProbePath(path: string): boolean {
  return path.length <= MAX_PROBE_PATH && PROBE_PATH.test(path);
}

/** Whether `host` is one a host probe may name. */
export function isHostProbeName(host: string): host is HostProbeName {
  return (HOST_PROBE_NAMES as readonly string[]).includes(host);
}

/** `80` → `80/tcp`; `53/udp` unchanged. */
export function containerPort(port: string): string {
  return port.includes('/') ? port : `${port}/tcp`;
}

function list<T>(value: T | readonly T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** The expectation as the snapshot records it (lists, sorted statuses); undefined when nothing is expected. */
export function recordedExpectation(expect: HttpExpectation | ExecExpectation | undefined): ProbeExpectation | undefined {
  if (!expect) return undefined;
  const out: ProbeExpectation = {};
  const status = 'status' in expect ? list(expect.status)?.sort((a, b) => a - b) : undefined;
  if (status?.length) out.status = status;
  if ('exitCode' in expect && expect.exitCode !== undefined) out.exitCode = expect.exitCode;
  const includes = list(expect.includes);
  if (includes?.length) out.includes = includes;
  return Object.keys(out).length ? out : undefined;
}

/**
 * The key a request is recorded under, stable across runs for the same container name and arguments.
 * The oldest forms keep their keys (`http:web:80/tcp`, `exec:web:["env"]`), so older snapshot files
 * replay; a path other than `/`, a host target (`http:@127.0.0.1:5000/v2/_catalog`: no container name
 * starts with `@`), TLS (` tls=client`) and an expectation (` expect={…}`) extend them.
 */
export function probeRequestKey(request: ProbeRequest): string {
  const expect = recordedExpectation(request.expect);
  const suffix = expect ? ` expect=${JSON.stringify(expect)}` : '';
  if (request.kind === 'exec') return `exec:${request.container.name}:${JSON.stringify(request.cmd)}${suffix}`;
  const path = request.path && request.path !== '/' ? request.path : '';
  if ('host' in request) return `http:@${request.host}:${request.port}${path || '/'}${request.tls ? ` tls=${request.tls}` : ''}${suffix}`;
  return `http:${request.container.name}:${containerPort(request.port)}${path}${suffix}`;
}

/**
 * Whether an answer meets an expectation: the status (or exit code) is one expected, and every expected
 * text is in the body (or output). Judged on the whole answer read, not the recorded first bytes.
 */
export function meetsExpectation(expect: ProbeExpectation, code: number | null, text: string): boolean {
  if (expect.status && (code === null || !expect.status.includes(code))) return false;
  if (expect.exitCode !== undefined && code !== expect.exitCode) return false;
  return (expect.includes ?? []).every((part) => text.includes(part));
}
