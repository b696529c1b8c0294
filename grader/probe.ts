/**
 * Live evidence. The live probe sends GET / to published ports on the engine's own host (127.0.0.1 for a
 * local socket) and runs read-only commands with exec; every answer is recorded so a snapshot file
 * carries them. The replay probe answers from those records when a snapshot file is graded.
 */
import { request } from 'node:http';
import type { Probe } from './check/types.js';
import type { EngineClient } from './engine/engine-client.js';
import type { Container, ProbeRecord } from './snapshot-schema.js';

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
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, body: '', error: error.code || error.message }));
    req.end();
  });
}

/** A probe against a live engine, recording what it sees into `records`. */
export class LiveProbe implements Probe {
  readonly enabled = true;
  readonly records: ProbeRecord[] = [];
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
