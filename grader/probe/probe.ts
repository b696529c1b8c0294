/**
 * Live evidence. The live probe sends GET / to published ports on the engine's own host (127.0.0.1 for a
 * local socket) and runs read-only commands with exec; every answer is recorded so a snapshot file
 * carries them. The replay probe answers from those records when a snapshot file is graded.
 */
import { request } from 'node:http';
import type { Probe } from '../check/types.js';
import type { EngineClient } from '../engine/engine-client.js';
import type { Container, ProbeRecord } from '../model/snapshot-schema.js';

export const PROBE_OUTPUT_LIMIT = 4096;
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
  { program: 'hostname', args: [], maxArgs: 0, why: 'prints the host name' },
  { program: 'ifconfig', args: [], maxArgs: 0, why: 'prints the network interfaces (with no arguments it changes nothing)' },
  { program: 'id', args: [], maxArgs: 0, why: 'prints the user' },
  { program: 'whoami', args: [], maxArgs: 0, why: 'prints the user' },
  { program: 'ps', args: [/^-?[aefuxw]{1,4}$/], maxArgs: 1, why: 'lists processes' },
  { program: 'df', args: [/^-[hk]$/, PATH_ARG], maxArgs: 2, why: 'prints disk usage' },
  { program: 'getent', args: [/^(hosts|passwd|group)$/, SAFE_WORD], maxArgs: 2, why: 'resolves a name' },
  { program: 'mysql', args: [/^-u[\w.-]{0,64}$/, /^-p[^\s;]{0,128}$/, /^-h(localhost|127\.0\.0\.1)?$/, /^-e$/, READ_SQL, /^-[NBs]{1,3}$/], maxArgs: 8, why: 'runs one SHOW/SELECT statement' },
  { program: 'mysqladmin', args: [/^-u[\w.-]{0,64}$/, /^-p[^\s;]{0,128}$/, /^(ping|status|version)$/], maxArgs: 4, why: 'asks the server for its status' },
];

/** Thrown when a check asks the live probe for a command not on the allowlist: a checker bug. */
export class ProbeRefusedError extends Error {
  constructor(cmd: readonly string[]) {
    super(`refused to exec ${JSON.stringify(cmd).slice(0, 200)}: not a read-only probe command (see READ_ONLY_PROBE_COMMANDS in grader/probe/probe.ts)`);
    this.name = 'ProbeRefusedError';
  }
}

/** Whether `cmd` has one of the allowed read-only shapes. */
export function isReadOnlyCommand(cmd: readonly string[]): boolean {
  const [program, ...args] = cmd;
  return READ_ONLY_PROBE_COMMANDS.some(
    (shape) => shape.program === program && args.length <= shape.maxArgs && args.every((arg) => typeof arg === 'string' && shape.args.some((pattern) => pattern.test(arg))),
  );
}

/** The key a probe is recorded under: stable across runs for the same container name and arguments. */
export function probeKey(kind: 'http' | 'exec', container: Container, args: string): string {
  return `${kind}:${container.name}:${args}`;
}

/** The host port the engine actually published for `containerPort`, if any. */
export function publishedHostPort(container: Container, containerPort: string): string | null {
  const list = container.ports[containerPort] ?? [];
  const binding = list.find((b) => b.hostIp === '' || b.hostIp === '0.0.0.0' || b.hostIp === '127.0.0.1') ?? list[0];
  return binding?.hostPort || null;
}

/** One HTTP GET with a hard timeout; resolves, never rejects. */
export function httpGet(host: string, port: number, timeoutMs = HTTP_TIMEOUT_MS): Promise<{ status: number | null; body: string; error: string }> {
  return new Promise((resolve) => {
    const req = request({ host, port, path: '/', method: 'GET', timeout: timeoutMs, headers: { 'user-agent': 'dockgrade' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < PROBE_OUTPUT_LIMIT) chunks.push(chunk);
        size += chunk.length;
        if (size >= PROBE_OUTPUT_LIMIT) res.destroy();
      });
      const done = () => resolve({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8').slice(0, PROBE_OUTPUT_LIMIT), error: '' });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    const giveUp = () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    // `timeout` only catches an idle socket; this bounds a target that trickles bytes forever too.
    const deadline = setTimeout(giveUp, timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', giveUp);
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, body: '', error: error.code || error.message }));
    req.end();
  });
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
    private readonly host: string,
  ) {}

  private record(entry: ProbeRecord): ProbeRecord {
    this.records.push(entry);
    return entry;
  }

  async http(container: Container, containerPort: string): Promise<ProbeRecord> {
    const key = probeKey('http', container, containerPort);
    const takenAt = new Date().toISOString();
    const hostPort = publishedHostPort(container, containerPort);
    if (!hostPort) return this.record({ key, kind: 'http', takenAt, outcome: 'unavailable', code: null, output: '', detail: `${containerPort} is not published` });
    const deadline = Date.now() + HTTP_SETTLE_MS;
    let answer = await httpGet(this.host, Number(hostPort));
    while (answer.status === null && NOT_LISTENING.has(answer.error) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, HTTP_RETRY_EVERY_MS));
      answer = await httpGet(this.host, Number(hostPort));
    }
    return this.record({
      key,
      kind: 'http',
      takenAt,
      outcome: answer.status !== null ? 'ok' : 'failed',
      code: answer.status,
      output: answer.body,
      detail: answer.error ? `${this.host}:${hostPort}: ${answer.error}` : `${this.host}:${hostPort}`,
    });
  }

  async exec(container: Container, cmd: readonly string[]): Promise<ProbeRecord> {
    const key = probeKey('exec', container, JSON.stringify(cmd));
    const takenAt = new Date().toISOString();
    if (!isReadOnlyCommand(cmd)) throw new ProbeRefusedError(cmd);
    if (!container.state.running) return this.record({ key, kind: 'exec', takenAt, outcome: 'unavailable', code: null, output: '', detail: 'container is not running' });
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
      });
    } catch (error) {
      if (isEngineConnectionError(error)) this.engineFailure ??= error;
      const text = (error as Error).message ?? String(error);
      const missing = /executable file not found|no such file or directory/i.test(text);
      return this.record({ key, kind: 'exec', takenAt, outcome: missing ? 'unavailable' : 'failed', code: null, output: '', detail: text.slice(0, 500) });
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
    return this.find(probeKey('http', container, containerPort), 'http');
  }
  async exec(container: Container, cmd: readonly string[]) {
    return this.find(probeKey('exec', container, JSON.stringify(cmd)), 'exec');
  }
}
