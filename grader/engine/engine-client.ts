/**
 * The only place that talks to the Docker API. Checkers never see this: they get a Snapshot and a
 * Probe. The read-only calls a grading run makes are plain keep-alive GETs (http-engine-client.ts);
 * dockerode is loaded only for exec, events and fixtures, so a plain `check` never pays for it. ssh://
 * engines are reached through the system `ssh` running `docker system dial-stdio` (ssh-stdio.ts), for
 * the GETs and for dockerode alike.
 */
import { verboseLine } from '../core/verbosity.js';
import type Dockerode from 'dockerode';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DockerUnavailableError } from '../core/errors.js';
import { networkErrorText } from '../core/network-errors.js';
import type { SshDiagnosis } from './ssh-stdio.js';
import { describeEndpoint, endpointSourceKo, resolveEndpoints, type Endpoint, type ResolveOptions } from './endpoint.js';
import { demuxDockerStream, eventsUntil, noLogsLeft, parseEventLines, type ContainerSummary, type EngineClient, type EventFilters, type EventStream, type ExecOutput, type ImageSummary } from './engine-api.js';

export type { ContainerSummary, EngineClient, EventStream, ExecOutput, ImageSummary } from './engine-api.js';
export { demuxDockerStream } from './engine-api.js';

const MAX_EXEC_OUTPUT = 64 * 1024;

/** What names the engine, as a fix says it: a roster row's engine column, or the learner's own settings. */
function hostKnob(endpoint: Endpoint) {
  // Korean forms carry their particles: 칸 ends in a consonant (이/으로/을), DOCKER_HOST in a vowel (가/로/를)
  if (endpoint.source === 'roster engine') {
    const en = "the roster's engine column";
    return { en, enAll: en, koSubject: "명단의 'engine' 칸이", koTo: "명단의 'engine' 칸으로", koObject: "명단의 'engine' 칸을", koAllObject: "명단의 'engine' 칸을" };
  }
  return { en: '--host / DOCKER_HOST', enAll: '--host / DOCKER_HOST / the current docker context', koSubject: '--host나 DOCKER_HOST가', koTo: '--host나 DOCKER_HOST로', koObject: '--host나 DOCKER_HOST를', koAllObject: '--host, DOCKER_HOST, 현재 docker 컨텍스트를' };
}

/** Turns a connection failure into one line that says what was tried and how to fix it. */
export function explainConnectionError(endpoint: Endpoint, error: unknown): DockerUnavailableError {
  const where = `${describeEndpoint(endpoint)} (${endpoint.source})`;
  const whereKo = `${describeEndpoint(endpoint)} (${endpointSourceKo(endpoint.source)})`;
  const knob = hostKnob(endpoint);
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  if (endpoint.kind === 'ssh' && code === 'ESSH') {
    const { message, hint, ko } = (error as { diagnosis: SshDiagnosis }).diagnosis;
    return new DockerUnavailableError(message, hint).inKorean(ko.message, ko.hint);
  }
  // One line: OpenSSL and socket errors can span lines; keep the first, without its source location.
  const text = ((error as Error)?.message ?? String(error)).split('\n')[0].replace(/:\.\.\/deps\/\S+:\d+:?$/, '').trim().slice(0, 300);
  if (code === 'EENGINEBYTES') {
    const mb = Math.round((error as { limit: number }).limit / (1024 * 1024));
    return new DockerUnavailableError(`the Docker engine at ${where} sent more than ${mb} MB of answers for one check: stopped reading it`, `an engine of a class exercise answers far less; check that ${knob.en} names the right engine`).inKorean(
      `${whereKo}의 도커 엔진이 한 번의 검사에 ${mb} MB가 넘는 응답을 보내 읽기를 멈췄습니다`,
      `실습용 엔진의 응답은 이보다 훨씬 작습니다. ${knob.koSubject} 맞는 엔진을 가리키는지 확인하세요`,
    );
  }
  if (code === 'ENOENT') {
    return new DockerUnavailableError(`no Docker engine at ${where}: the socket does not exist`, `start Docker (e.g. \`sudo systemctl start docker\`, or open Docker Desktop), or point ${knob.en} at a running engine`).inKorean(
      `${whereKo}에 도커 엔진이 없습니다: 소켓 파일이 없습니다`,
      `Docker를 시작하거나 (예: \`sudo systemctl start docker\`, 또는 Docker Desktop 실행) ${knob.koTo} 실행 중인 엔진을 가리키세요`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DockerUnavailableError(`permission denied on ${where}`, 'add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again) or run with sudo').inKorean(
      `${whereKo}에 접근할 권한이 없습니다`,
      '사용자를 docker 그룹에 넣고 (`sudo usermod -aG docker $USER` 후 다시 로그인) 다시 하거나 sudo로 실행하세요',
    );
  }
  if (code === 'ECONNREFUSED') {
    return new DockerUnavailableError(`no Docker engine answers at ${where}: connection refused`, endpoint.source === 'roster engine' ? `start the engine, or check ${knob.en}` : 'start the engine, or check --host / DOCKER_HOST / `docker context use`').inKorean(
      `${whereKo}에서 도커 엔진이 응답하지 않습니다: 연결이 거부되었습니다`,
      endpoint.source === 'roster engine' ? `엔진을 시작하거나 ${knob.koObject} 확인하세요` : '엔진을 시작하거나 --host, DOCKER_HOST, `docker context use`를 확인하세요',
    );
  }
  if (code === 'ETIMEDOUT' || /timeout/i.test(text)) {
    return new DockerUnavailableError(`the Docker engine at ${where} did not answer in time`, 'check that the host is reachable and the engine runs').inKorean(
      `${whereKo}의 도커 엔진이 제시간에 응답하지 않았습니다`,
      '호스트에 닿을 수 있는지, 엔진이 실행 중인지 확인하세요',
    );
  }
  if (code === 'EPROTO' && /wrong version number|packet length too long|http request/i.test(text)) {
    return new DockerUnavailableError(`TLS to ${where} failed: the engine does not speak TLS there`, 'use the TLS port of the engine (usually 2376), or unset DOCKER_TLS_VERIFY if that engine is meant to be reached without TLS').inKorean(
      `${whereKo}에 TLS로 연결하지 못했습니다: 그 포트의 엔진은 TLS를 쓰지 않습니다`,
      '엔진의 TLS 포트(보통 2376)를 쓰거나, TLS 없이 접속하는 엔진이면 DOCKER_TLS_VERIFY를 지우세요',
    );
  }
  if (/certificate|self.signed|SSL|TLS/i.test(text) || /^(ERR_TLS|CERT_|DEPTH_ZERO|UNABLE_TO|SELF_SIGNED|ERR_SSL)/.test(code)) {
    return new DockerUnavailableError(`TLS to ${where} failed: ${text}`, 'check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY').inKorean(
      `${whereKo}에 TLS로 연결하지 못했습니다: ${text}`,
      'DOCKER_CERT_PATH(ca.pem, cert.pem, key.pem)와 DOCKER_TLS_VERIFY를 확인하세요',
    );
  }
  const said = networkErrorText(code);
  return new DockerUnavailableError(`cannot reach the Docker engine at ${where}: ${said?.en ?? (code || text)}`, `check ${knob.enAll}`).inKorean(
    `${whereKo}의 도커 엔진에 닿지 못했습니다: ${said?.ko ?? (code || text)}`,
    `${knob.koAllObject} 확인하세요`,
  );
}

function dockerodeOptions(endpoint: Endpoint, timeoutMs: number): Dockerode.DockerOptions {
  switch (endpoint.kind) {
    case 'unix':
      return { socketPath: endpoint.socketPath, timeout: timeoutMs };
    case 'tcp':
      return endpoint.tls
        ? {
            protocol: 'https',
            host: endpoint.host,
            port: endpoint.port,
            ca: endpoint.tls.ca,
            cert: endpoint.tls.cert,
            key: endpoint.tls.key,
            timeout: timeoutMs,
            // verification stays on unless the context explicitly skips it
            ...(endpoint.tls.verify ? {} : { checkServerIdentity: () => undefined }),
          } as Dockerode.DockerOptions
        : { protocol: 'http', host: endpoint.host, port: endpoint.port, timeout: timeoutMs };
    case 'ssh':
      throw new Error('ssh endpoints get their dockerode from sshDockerodeClient');
  }
}

/** Variables docker-modem reads on its own when constructed. */
const MODEM_ENV = ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_PATH_PREFIX', 'DOCKER_CLIENT_TIMEOUT'];

/**
 * Runs `make` with docker-modem's own environment parsing switched off: the endpoint is already
 * resolved (endpoint.ts), and the modem would otherwise read DOCKER_CERT_PATH itself, crash on a
 * missing cert.pem, or mix the environment's TLS files into an explicit --host.
 */
export function withoutModemEnv<T>(make: () => T): T {
  const saved = MODEM_ENV.map((name) => [name, process.env[name]] as const);
  for (const name of MODEM_ENV) delete process.env[name];
  try {
    return make();
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as { statusCode?: number })?.statusCode === 404;
}

class DockerodeClient implements EngineClient {
  readonly location: string;
  constructor(
    readonly endpoint: Endpoint,
    private readonly docker: Dockerode,
    /** Ends the client's own connections (ssh: the agent's ssh children). */
    private readonly closer?: () => void,
  ) {
    this.location = describeEndpoint(endpoint);
  }
  close(): void {
    this.closer?.();
  }
  info() {
    return this.docker.info();
  }
  version() {
    return this.docker.version() as Promise<Record<string, any>>;
  }
  async listContainerIds() {
    const list = await this.docker.listContainers({ all: true });
    return list.map((c) => c.Id);
  }
  async inspectContainer(id: string) {
    try {
      return await this.docker.getContainer(id).inspect();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
  listContainers(options: { all: boolean }) {
    return this.docker.listContainers({ all: options.all }) as Promise<ContainerSummary[]>;
  }
  listImages() {
    return this.docker.listImages() as Promise<ImageSummary[]>;
  }
  async events(types: readonly string[]) {
    return (await this.docker.getEvents({ filters: { type: [...types] as Array<'container'> } })) as unknown as EventStream;
  }
  async pastEvents(until: Date, filters?: EventFilters) {
    // dockerode sends its options as the query string as given (filters as JSON): the string keeps the fraction exact
    const answer = (await this.docker.getEvents({ since: 0, until: eventsUntil(until) as unknown as number, ...(filters ? { filters: filters as unknown as { type: Array<'container'> } } : {}) })) as unknown as NodeJS.ReadableStream | Buffer | string;
    if (typeof answer === 'string' || Buffer.isBuffer(answer)) return parseEventLines(String(answer));
    const chunks: Buffer[] = [];
    for await (const chunk of answer) chunks.push(Buffer.from(chunk as Buffer));
    return parseEventLines(Buffer.concat(chunks).toString('utf8'));
  }
  async distribution(image: string) {
    await this.docker.getImage(image).distribution();
  }
  /** Answers the engine's ping (used when connecting). */
  async ping() {
    await this.docker.ping();
  }
  async inspectImage(id: string) {
    try {
      return await this.docker.getImage(id).inspect();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
  async imageHistory(id: string) {
    try {
      return (await this.docker.getImage(id).history()) as Array<Record<string, any>>;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
  listNetworks() {
    return this.docker.listNetworks() as Promise<Array<Record<string, any>>>;
  }
  async listVolumes() {
    const answer = await this.docker.listVolumes();
    return (answer.Volumes ?? []) as unknown as Array<Record<string, any>>;
  }
  async logs(id: string, tail: number) {
    try {
      const raw = (await this.docker.getContainer(id).logs({ stdout: true, stderr: true, tail, follow: false })) as unknown as Buffer;
      return demuxDockerStream(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw))).split('\n').filter((line) => line.length > 0).slice(-tail);
    } catch (error) {
      if (noLogsLeft(error)) return [];
      throw error;
    }
  }
  async exec(id: string, cmd: string[], timeoutMs: number): Promise<ExecOutput> {
    const exec = await this.docker.getContainer(id).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, Tty: false });
    const stream = await exec.start({ hijack: true, stdin: false });
    const chunks: Buffer[] = [];
    let size = 0;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        stream.destroy();
        resolve();
      }, timeoutMs);
      stream.on('data', (chunk: Buffer) => {
        if (size < MAX_EXEC_OUTPUT) chunks.push(chunk);
        size += chunk.length;
      });
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      stream.on('end', done);
      stream.on('close', done);
      stream.on('error', done);
    });
    const details = await exec.inspect();
    const output = demuxDockerStream(Buffer.concat(chunks)).slice(0, MAX_EXEC_OUTPUT);
    return { exitCode: details.Running ? null : details.ExitCode ?? null, output };
  }
}

export interface ConnectOptions extends ResolveOptions {
  /** Per-request timeout. */
  timeoutMs?: number;
  /**
   * Ends the connection when aborted (a roster row past its --engine-timeout): for ssh, every ssh
   * child of this client is killed, while connecting or after.
   */
  signal?: AbortSignal;
  /** Bytes of answers this engine may send for one check (engine-budget.ts; default ENGINE_BYTES). */
  maxEngineBytes?: number;
}

const requireCjs = createRequire(import.meta.url);

/** A dockerode-backed client, loading dockerode now (synchronously: it is CommonJS). */
function dockerodeClient(endpoint: Endpoint, timeoutMs: number): DockerodeClient {
  const DockerodeCtor = requireCjs('dockerode') as typeof Dockerode;
  return new DockerodeClient(endpoint, withoutModemEnv(() => new DockerodeCtor(dockerodeOptions(endpoint, timeoutMs))));
}

/**
 * dockerode for an ssh engine: plain HTTP through an agent whose connections are ssh dial-stdio
 * children (kept alive and reused; an exec's hijacked connection or the events stream holds its own).
 * docker-modem's own ssh support (the ssh2 library) is not used: it reads no ~/.ssh/config, no
 * default identity files and no known_hosts.
 */
function sshDockerodeClient(endpoint: Extract<Endpoint, { kind: 'ssh' }>, timeoutMs: number, open: () => import('node:stream').Duplex): DockerodeClient {
  const DockerodeCtor = requireCjs('dockerode') as typeof Dockerode;
  const { Agent } = requireCjs('node:http') as typeof import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  (agent as unknown as { createConnection: () => import('node:stream').Duplex }).createConnection = open;
  const options = { protocol: 'http', host: 'docker', port: 80, agent, timeout: timeoutMs } as Dockerode.DockerOptions;
  return new DockerodeClient(endpoint, withoutModemEnv(() => new DockerodeCtor(options)), () => agent.destroy());
}

/** How long a failed ssh connection may take to say why (its exit and stderr) before we explain without it. */
const SSH_EXIT_WAIT_MS = 3_000;

/**
 * The client for an ssh endpoint: the GET client over one ssh dial-stdio child, dockerode (exec,
 * events) over further children, the probe host read from the ssh config; answering a ping. A
 * failure carries what ssh said (explainConnectionError turns it into one line).
 */
async function sshClient(endpoint: Extract<Endpoint, { kind: 'ssh' }>, timeoutMs: number, signal?: AbortSignal, maxEngineBytes?: number): Promise<EngineClient> {
  const [{ HttpEngineClient }, ssh] = await Promise.all([import('./http-engine-client.js'), import('./ssh-stdio.js')]);
  type Stream = InstanceType<typeof ssh.SshStdioStream>;
  const streams = new Set<Stream>();
  let last: Stream | null = null;
  const dial = (): Stream => {
    const stream = new ssh.SshStdioStream(endpoint, process.env);
    if (signal?.aborted) stream.destroy();
    streams.add(stream);
    stream.once('close', () => streams.delete(stream));
    return stream;
  };
  signal?.addEventListener('abort', () => {
    for (const stream of streams) stream.destroy();
  });
  const open = () => (last = dial());
  const hostName = ssh.sshHostName(endpoint, process.env);
  const client = new HttpEngineClient(endpoint, timeoutMs, () => sshDockerodeClient(endpoint, timeoutMs, dial), open, maxEngineBytes);
  try {
    await client.ping();
  } catch (error) {
    client.close();
    const stream = last as Stream | null;
    if ((error as NodeJS.ErrnoException).code === 'ETIMEDOUT' || !stream) throw error;
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([stream.waitExit(), new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SSH_EXIT_WAIT_MS)))]);
    clearTimeout(timer);
    const where = `${describeEndpoint(endpoint)} (${endpoint.source})`;
    throw Object.assign(new ssh.SshTransportError((error as Error).message, exit), { diagnosis: ssh.diagnoseSsh(where, endpoint.host, exit) });
  }
  endpoint.hostName = await hostName;
  return client;
}

/**
 * The client for one endpoint, answering a ping. unix and tcp endpoints get the GET client for
 * the read-only calls (dockerode is loaded only if exec, events or a registry lookup are used); ssh
 * endpoints too, over `ssh … docker system dial-stdio`.
 */
async function pingedClient(endpoint: Endpoint, timeoutMs: number, signal?: AbortSignal, maxEngineBytes?: number): Promise<EngineClient> {
  if (endpoint.kind === 'ssh') return sshClient(endpoint, timeoutMs, signal, maxEngineBytes);
  const { HttpEngineClient } = await import('./http-engine-client.js');
  const client = new HttpEngineClient(endpoint, timeoutMs, () => dockerodeClient(endpoint, timeoutMs), undefined, maxEngineBytes);
  try {
    await client.ping();
  } catch (error) {
    client.close();
    throw error;
  }
  return client;
}

/**
 * Connects to the first endpoint that answers a ping. An explicit endpoint (`--host`, `DOCKER_HOST`,
 * a context) is the only one tried, as with the docker CLI. Throws DockerUnavailableError (exit 3).
 */
export async function connect(options: ConnectOptions = {}): Promise<EngineClient> {
  const { explicit, candidates } = resolveEndpoints(options);
  const timeoutMs = options.timeoutMs ?? 30_000;
  let firstError: DockerUnavailableError | null = null;
  for (const endpoint of candidates) {
    if (!explicit && endpoint.kind === 'unix' && !existsSync(endpoint.socketPath)) {
      firstError ??= explainConnectionError(endpoint, Object.assign(new Error('missing'), { code: 'ENOENT' }));
      continue;
    }
    try {
      const client = await pingedClient(endpoint, timeoutMs, options.signal, options.maxEngineBytes);
      verboseLine(`engine: ${describeEndpoint(endpoint)} (${endpoint.source})`, `엔진: ${describeEndpoint(endpoint)} (${endpointSourceKo(endpoint.source)})`);
      return client;
    } catch (error) {
      firstError ??= explainConnectionError(endpoint, error);
    }
  }
  if (!explicit && firstError && candidates.every((c) => c.kind === 'unix' && !existsSync(c.socketPath))) {
    const tried = candidates.map((c) => describeEndpoint(c)).join(', ');
    throw new DockerUnavailableError(`no Docker engine found (tried ${tried}; DOCKER_HOST and DOCKER_CONTEXT are unset)`, 'start Docker, or point --host / DOCKER_HOST at a running engine').inKorean(
      `도커 엔진을 찾지 못했습니다 (시도한 곳: ${tried}; DOCKER_HOST와 DOCKER_CONTEXT는 비어 있습니다)`,
      'Docker를 시작하거나 --host나 DOCKER_HOST로 실행 중인 엔진을 가리키세요',
    );
  }
  throw firstError ?? new DockerUnavailableError('no Docker endpoint to try').inKorean('시도할 Docker 엔드포인트가 없습니다', '--host나 DOCKER_HOST로 엔진을 가리키세요');
}
