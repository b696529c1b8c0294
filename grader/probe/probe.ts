/**
 * Live evidence. The live probe sends GETs to published ports on the engine's own host (127.0.0.1 for a
 * local socket) or to a port of that host's loopback, and runs read-only commands with exec; every
 * answer is recorded so a snapshot file carries them. The replay probe answers from those records when
 * a snapshot file is graded. What may be asked is allowlisted: GET only, a plain path
 * (grader/model/probe-request.ts), loopback or the engine's host only, and exec only of
 * READ_ONLY_PROBE_COMMANDS.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ConnectionOptions } from 'node:tls';
import { clientCertPath } from '../engine/endpoint.js';
import type { Probe } from '../check/types.js';
import type { EngineClient } from '../engine/engine-client.js';
import type { Container, ProbeRecord } from '../model/snapshot-schema.js';
import {
  containerPort,
  isHostProbeName,
  isProbePath,
  meetsExpectation,
  probeRequestKey,
  recordedExpectation,
  type ExecRequest,
  type HostHttpRequest,
  type ProbeRequest,
} from '../model/probe-request.js';

export const PROBE_OUTPUT_LIMIT = 4096;
/** Most of a body read to judge an expected text (the record keeps PROBE_OUTPUT_LIMIT of it). */
export const PROBE_BODY_SCAN_LIMIT = 1024 * 1024;
export const HTTP_TIMEOUT_MS = 3000;
/**
 * How long a refused or reset connection is retried: a server started a moment ago (`docker run -d
 * wordpress && dockgrade check`) gets this long to bind its port. Bounded, so a dead port costs little.
 */
export const HTTP_SETTLE_MS = 2000;
const HTTP_RETRY_EVERY_MS = 250;
/** Connection errors that mean "nothing listens yet", worth a retry within HTTP_SETTLE_MS. */
const NOT_LISTENING = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
export const EXEC_TIMEOUT_MS = 10_000;

/** One shape of command the live probe may run inside a learner's container. */
export interface ReadOnlyCommand {
  /** The program (argv[0]). */
  program: string;
  /** Each argument after the program must match; an empty list means "no arguments at all". */
  args: readonly RegExp[];
  /** Most arguments allowed. */
  maxArgs: number;
  /** Why it cannot change anything. */
  why: string;
}

const PATH_ARG = /^\/[\w.@+/-]*$/;
const SAFE_WORD = /^[\w.@:+-]{1,128}$/;
const LS_FLAGS = /^-[alhdR1]{1,6}$/;
/** `-e` statements that only read: SHOW/SELECT, one statement, nothing after it. */
const READ_SQL = /^\s*(show|select)\s[^;]*;?\s*$/i;

/**
 * The allowlist: the only commands a live probe runs with exec. Nothing here writes a file, starts a
 * process that outlives the exec, or talks to the network. No shell (`sh -c` could run anything).
 * Add a shape only after checking it is read-only; LiveProbe refuses everything else.
 */
export const READ_ONLY_PROBE_COMMANDS: readonly ReadOnlyCommand[] = [
  { program: 'cat', args: [PATH_ARG], maxArgs: 4, why: 'prints files' },
  { program: 'ls', args: [LS_FLAGS, PATH_ARG], maxArgs: 4, why: 'lists directories' },
  { program: 'head', args: [/^-n$/, /^\d{1,4}$/, PATH_ARG], maxArgs: 3, why: 'prints the start of a file' },
  { program: 'stat', args: [PATH_ARG], maxArgs: 4, why: 'prints file metadata' },
  { program: 'test', args: [/^-[efdrsx]$/, PATH_ARG], maxArgs: 2, why: 'tests a path' },
  { program: 'printenv', args: [SAFE_WORD], maxArgs: 4, why: 'prints environment variables' },
  { program: 'env', args: [], maxArgs: 0, why: 'prints the environment (with no arguments it runs nothing)' },
  { program: 'hostname', args: [/^-[iIs]$/], maxArgs: 1, why: 'prints the host name or its addresses (-i, -I, -s; a name argument would set it, and is refused)' },
  { program: 'nproc', args: [], maxArgs: 0, why: 'prints the CPUs the container may use (what --cpuset-cpus leaves)' },
  { program: 'ip', args: [/^-(4|6|o|br)$/, /^(a|addr|address|r|route|link)$/, /^show$/], maxArgs: 3, why: 'shows addresses, routes or links (add, del, set, flush are refused)' },
  { program: 'ifconfig', args: [], maxArgs: 0, why: 'prints the network interfaces (with no arguments it changes nothing)' },
  { program: 'id', args: [], maxArgs: 0, why: 'prints the user' },
  { program: 'whoami', args: [], maxArgs: 0, why: 'prints the user' },
  { program: 'ps', args: [/^-?[aefuxw]{1,4}$/], maxArgs: 1, why: 'lists processes' },
  { program: 'df', args: [/^-[hk]$/, PATH_ARG], maxArgs: 2, why: 'prints disk usage' },
  { program: 'getent', args: [/^(hosts|passwd|group)$/, SAFE_WORD], maxArgs: 2, why: 'resolves a name' },
  // busybox-based images have no getent; one name and no server, so only the container's own resolver is asked
  { program: 'nslookup', args: [/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/], maxArgs: 1, why: "resolves one name with the container's own resolver (no server argument, no options); writes nothing" },
  { program: 'mysql', args: [/^-u[\w.-]{0,64}$/, /^-p[^\s;]{0,128}$/, /^-h(localhost|127\.0\.0\.1)?$/, /^-e$/, READ_SQL, /^-[NBs]{1,3}$/], maxArgs: 8, why: 'runs one SHOW/SELECT statement' },
  { program: 'mysqladmin', args: [/^-u[\w.-]{0,64}$/, /^-p[^\s;]{0,128}$/, /^(ping|status|version)$/], maxArgs: 4, why: 'asks the server for its status' },
];

/** Thrown when a check asks the live probe for a command not on the allowlist: a checker bug. */
export class ProbeRefusedError extends Error {
  /** `reason`: why another kind of request was refused (an HTTP probe's host or path). */
  constructor(cmd: readonly string[], reason?: string) {
    super(reason ?? `refused to exec ${JSON.stringify(cmd).slice(0, 200)}: not a read-only probe command (see READ_ONLY_PROBE_COMMANDS in grader/probe/probe.ts)`);
    this.name = 'ProbeRefusedError';
  }
}

/** Refuses an HTTP request off the allowlist (a checker bug): another host, a path that is not plain, a bad port. */
export function assertAllowedHttp(request: ProbeRequest & { kind: 'http' }): void {
  const path = request.path ?? '/';
  const where = 'host' in request ? `${String(request.host)}:${String(request.port)}` : `${request.container.name} ${request.port}`;
  if (!isProbePath(path)) throw new ProbeRefusedError([], `refused to GET ${JSON.stringify(path).slice(0, 200)} on ${where}: not a plain absolute path (see grader/model/probe-request.ts)`);
  if ('host' in request) {
    if (!isHostProbeName(request.host)) throw new ProbeRefusedError([], `refused to GET on ${JSON.stringify(String(request.host)).slice(0, 100)}: a host probe names only the engine host's loopback (127.0.0.1, localhost, ::1)`);
    if (!Number.isInteger(request.port) || request.port < 1 || request.port > 65535) throw new ProbeRefusedError([], `refused to GET on port ${String(request.port)}: not a TCP port`);
  }
}

/** Whether `host` is this machine's loopback (the engine is local). */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * Where a host probe goes, given the engine's host (probeHost): the named loopback for a local engine
 * (`localhost` as 127.0.0.1, no name lookup); the engine's own host for a remote one, whose loopback
 * this machine cannot reach (a port published on every address answers there).
 */
export function hostProbeAddress(engineHost: string, named: HostHttpRequest['host']): string {
  if (!isLoopback(engineHost)) return engineHost;
  return named === 'localhost' ? '127.0.0.1' : named;
}

/** Whether `cmd` has one of the allowed read-only shapes. */
export function isReadOnlyCommand(cmd: readonly string[]): boolean {
  const [program, ...args] = cmd;
  return READ_ONLY_PROBE_COMMANDS.some(
    (shape) => shape.program === program && args.length <= shape.maxArgs && args.every((arg) => typeof arg === 'string' && shape.args.some((pattern) => pattern.test(arg))),
  );
}

/**
 * The key a probe is recorded under: stable across runs for the same container name and arguments
 * (the oldest forms of probeRequestKey, grader/model/probe-request.ts).
 */
export function probeKey(kind: 'http' | 'exec', container: Container, args: string): string {
  return `${kind}:${container.name}:${args}`;
}

/** The host port the engine actually published for `containerPort`, if any. */
export function publishedHostPort(container: Container, containerPort: string): string | null {
  const list = container.ports[containerPort] ?? [];
  const binding = list.find((b) => b.hostIp === '' || b.hostIp === '0.0.0.0' || b.hostIp === '127.0.0.1') ?? list[0];
  return binding?.hostPort || null;
}

/**
 * One HTTP GET of `path` with a hard timeout, reading at most `bodyLimit` bytes of the body; resolves,
 * never rejects.
 */
export function httpGet(
  host: string,
  port: number,
  timeoutMs = HTTP_TIMEOUT_MS,
  path = '/',
  bodyLimit = PROBE_OUTPUT_LIMIT,
  tls?: { request: typeof request; options: TlsClientOptions },
): Promise<{ status: number | null; body: string; error: string }> {
  return new Promise((resolve) => {
    // over TLS: its own connection (agent false), so no session of another probe's certificate is reused
    const send = tls?.request ?? request;
    const req = send({ host, port, path, method: 'GET', timeout: timeoutMs, headers: { 'user-agent': 'dockgrade' }, ...(tls ? { ...tls.options, agent: false } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < bodyLimit) chunks.push(chunk);
        size += chunk.length;
        if (size >= bodyLimit) res.destroy();
      });
      const done = () => resolve({ status: res.statusCode ?? null, body: Buffer.concat(chunks).subarray(0, bodyLimit).toString('utf8'), error: '' });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    const giveUp = () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    // `timeout` only catches an idle socket; this bounds a target that trickles bytes forever too.
    const deadline = setTimeout(giveUp, timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', giveUp);
    req.on('error', (error: NodeJS.ErrnoException & { reason?: string }) => {
      // a TLS error that Node names only EPROTO says why in OpenSSL's words: named as newer Node names it
      // (`wrong version number` → ERR_SSL_WRONG_VERSION_NUMBER: a port without TLS)
      const why = tls && error.code === 'EPROTO' ? /SSL routines:[^:]*:([a-z0-9 ]+):/.exec(error.message)?.[1] : undefined;
      resolve({ status: null, body: '', error: why ? `ERR_SSL_${why.toUpperCase().replace(/ /g, '_')}` : error.code || error.message });
    });
    req.end();
  });
}

/** What a TLS probe hands the connection: the learner's trust and certificate, or none. */
type TlsClientOptions = Pick<ConnectionOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized'>;

/** The files of a client certificate folder (DOCKER_CERT_PATH), as the docker CLI names them. */
const CLIENT_FILES = ['ca.pem', 'cert.pem', 'key.pem'] as const;

/**
 * The learner's client certificate (ca.pem, cert.pem, key.pem of `folder`), read now; the names of the
 * files missing or unreadable (then no connection is made).
 */
export function readClientCertificates(folder: string): { options: TlsClientOptions; missing: string[] } {
  const read = (name: string): Buffer | undefined => {
    try {
      return readFileSync(join(folder, name));
    } catch {
      return undefined;
    }
  };
  const files = CLIENT_FILES.map(read);
  const missing = CLIENT_FILES.filter((_, i) => !files[i]?.length);
  const [ca, cert, key] = files;
  return { options: { ca, cert, key, rejectUnauthorized: true }, missing };
}

/** Errors that mean the engine itself went away (not that the command failed inside the container). */
export function isEngineConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const text = (error as Error)?.message ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOENT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code) || /socket hang up|connect E[A-Z]+|timeout/i.test(text);
}

/** A probe against a live engine, recording what it sees into `records`. */
export class LiveProbe implements Probe {
  readonly enabled = true;
  readonly records: ProbeRecord[] = [];
  /** Set when the engine stopped answering during a probe: the run must end as "engine unavailable", not grade on. */
  engineFailure: unknown = null;
  constructor(
    private readonly client: EngineClient,
    /** The engine's host, where its published ports answer (grader/engine/endpoint.ts probeHost). */
    private readonly host: string,
    /** Where a TLS probe reads the learner's client certificate (DOCKER_CERT_PATH, else ~/.docker). */
    private readonly certPath: string = clientCertPath(process.env),
  ) {}

  private record(entry: ProbeRecord): ProbeRecord {
    this.records.push(entry);
    return entry;
  }

  /** GET / on the host port published for `containerPort`. */
  http(container: Container, containerPort: string): Promise<ProbeRecord> {
    return this.request({ kind: 'http', container, port: containerPort });
  }

  /** A read-only command inside a running container. */
  exec(container: Container, cmd: readonly string[]): Promise<ProbeRecord> {
    return this.request({ kind: 'exec', container, cmd });
  }

  /** Any probe request (grader/model/probe-request.ts); refuses one off the allowlist with ProbeRefusedError. */
  async request(probe: ProbeRequest): Promise<ProbeRecord> {
    if (probe.kind === 'exec') return this.execute(probe);
    assertAllowedHttp(probe);
    const key = probeRequestKey(probe);
    const takenAt = new Date().toISOString();
    const path = probe.path ?? '/';
    const expect = recordedExpectation(probe.expect);
    const asked = { ...(path !== '/' ? { path } : {}), ...(expect ? { expect } : {}) };
    let address: string;
    let port: number;
    if ('host' in probe) {
      address = hostProbeAddress(this.host, probe.host);
      port = probe.port;
    } else {
      const hostPort = publishedHostPort(probe.container, containerPort(probe.port));
      if (!hostPort) return this.record({ key, kind: 'http', takenAt, outcome: 'unavailable', code: null, output: '', detail: `${containerPort(probe.port)} is not published`, ...asked });
      address = this.host;
      port = Number(hostPort);
    }
    const limit = expect?.includes ? PROBE_BODY_SCAN_LIMIT : PROBE_OUTPUT_LIMIT;
    let tls: { request: typeof request; options: TlsClientOptions } | undefined;
    let certificates: ProbeRecord['certificates'];
    if ('host' in probe && probe.tls) {
      let options: TlsClientOptions = { rejectUnauthorized: false };
      if (probe.tls === 'client') {
        const read = readClientCertificates(this.certPath);
        certificates = { folder: this.certPath, ...(read.missing.length ? { missing: read.missing } : {}) };
        if (read.missing.length) {
          return this.record({ key, kind: 'http', takenAt, outcome: 'unavailable', code: null, output: '', detail: `no ${read.missing.join(', ')} in ${this.certPath}`, ...asked, certificates });
        }
        options = read.options;
      }
      // node:https only for a TLS probe: `check` loads nothing more for the others
      tls = { request: createRequire(import.meta.url)('node:https').request as typeof request, options };
    }
    const deadline = Date.now() + HTTP_SETTLE_MS;
    let answer = await httpGet(address, port, HTTP_TIMEOUT_MS, path, limit, tls);
    // A host port is asked once: no container of the learner's was just started behind it, and an engine
    // that does not listen on TCP (most learners' until 2.5.3) must not cost every check the settle time.
    const settles = !('host' in probe);
    while (settles && answer.status === null && NOT_LISTENING.has(answer.error) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, HTTP_RETRY_EVERY_MS));
      answer = await httpGet(address, port, HTTP_TIMEOUT_MS, path, limit, tls);
    }
    const where = address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
    return this.record({
      key,
      kind: 'http',
      takenAt,
      outcome: answer.status !== null ? 'ok' : 'failed',
      code: answer.status,
      output: answer.body.slice(0, Math.min(PROBE_OUTPUT_LIMIT, ('host' in probe && probe.keep) || PROBE_OUTPUT_LIMIT)),
      detail: answer.error ? `${where}: ${answer.error}` : where,
      ...asked,
      ...(expect && answer.status !== null ? { matched: meetsExpectation(expect, answer.status, answer.body) } : {}),
      ...(certificates ? { certificates } : {}),
    });
  }


  private async execute(probe: ExecRequest): Promise<ProbeRecord> {
    const { container, cmd } = probe;
    const key = probeRequestKey(probe);
    const takenAt = new Date().toISOString();
    if (!isReadOnlyCommand(cmd)) throw new ProbeRefusedError(cmd);
    const expect = recordedExpectation(probe.expect);
    const asked = expect ? { expect } : {};
    if (!container.state.running) return this.record({ key, kind: 'exec', takenAt, outcome: 'unavailable', code: null, output: '', detail: 'container is not running', ...asked });
    try {
      const result = await this.client.exec(container.id, [...cmd], EXEC_TIMEOUT_MS);
      // 126/127: the shell could not run the tool: it is missing in this image, not a wrong answer.
      const missing = result.exitCode === 127 || result.exitCode === 126 || /executable file not found|not found in \$PATH/.test(result.output);
      return this.record({
        key,
        kind: 'exec',
        takenAt,
        outcome: missing ? 'unavailable' : result.exitCode === 0 ? 'ok' : 'failed',
        code: result.exitCode,
        output: result.output.slice(0, PROBE_OUTPUT_LIMIT),
        detail: missing ? `${cmd[0]} is not available in the container` : result.exitCode === null ? `no exit within ${EXEC_TIMEOUT_MS} ms` : '',
        ...asked,
        // judged on the whole output the engine client kept (64 KiB), not the recorded first bytes
        ...(expect && !missing ? { matched: meetsExpectation(expect, result.exitCode, result.output) } : {}),
      });
    } catch (error) {
      if (isEngineConnectionError(error)) this.engineFailure ??= error;
      const text = (error as Error).message ?? String(error);
      const missing = /executable file not found|no such file or directory/i.test(text);
      return this.record({ key, kind: 'exec', takenAt, outcome: missing ? 'unavailable' : 'failed', code: null, output: '', detail: text.slice(0, 500), ...asked });
    }
  }
}

/** Answers probes from the records a snapshot file carries. */
export class ReplayProbe implements Probe {
  readonly enabled = true;
  private readonly byKey: Map<string, ProbeRecord>;
  constructor(records: readonly ProbeRecord[]) {
    this.byKey = new Map(records.map((r) => [r.key, r]));
  }
  private find(key: string, kind: 'http' | 'exec'): ProbeRecord {
    return this.byKey.get(key) ?? { key, kind, takenAt: '', outcome: 'unavailable', code: null, output: '', detail: 'not recorded in the snapshot' };
  }
  async http(container: Container, containerPort: string) {
    return this.request({ kind: 'http', container, port: containerPort });
  }
  async exec(container: Container, cmd: readonly string[]) {
    return this.request({ kind: 'exec', container, cmd });
  }
  async request(probe: ProbeRequest) {
    return this.find(probeRequestKey(probe), probe.kind);
  }
}
