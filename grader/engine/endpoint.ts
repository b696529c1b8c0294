/**
 * Finds the Docker engine the way the `docker` CLI does: `--host`, then `DOCKER_HOST` (with
 * `DOCKER_TLS_VERIFY`/`DOCKER_CERT_PATH`), then the current context (`DOCKER_CONTEXT`, or
 * `currentContext` in the CLI's config.json, resolved through `contexts/meta/`), then the default
 * socket, then Docker Desktop's per-user socket.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { homeDir, osHomeDir } from '../core/home-dir.js';

export interface TlsMaterial {
  /** Verify the server's certificate against `ca` (on with `DOCKER_TLS_VERIFY`). */
  verify: boolean;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** Where the material came from, for messages. */
  certPath?: string;
}

export type Endpoint =
  | { kind: 'unix'; socketPath: string; source: string }
  | { kind: 'tcp'; host: string; port: number; tls: TlsMaterial | null; source: string }
  | {
      kind: 'ssh';
      /** The host as typed (an alias of ~/.ssh/config, a name or an address). */
      host: string;
      /** Only when the URL names one: otherwise ~/.ssh/config (or 22) decides, as for `ssh` itself. */
      port?: number;
      username?: string;
      /** The remote engine's socket when the URL has a path (`ssh://u@h/run/user/1000/docker.sock`). */
      socketPath?: string;
      /** The host ssh really reaches (HostName of an alias), filled in on connect; probes go there. */
      hostName?: string;
      source: string;
    };

/** Whether the endpoint was named by the user (then it is the only one tried), or a default guess. */
export interface EndpointCandidates {
  explicit: boolean;
  candidates: Endpoint[];
}

export interface ResolveOptions {
  host?: string;
  /** Where `host` came from, as messages name it (default `--host`; a roster row says `roster engine`). */
  hostSource?: string;
  env?: NodeJS.ProcessEnv;
  home?: string;
}

/** A host URL as typed, with any password or token in it replaced: `ssh://u:pw@h` → `ssh://u:***@h`. */
export function withoutCredentials(value: string): string {
  return value.replace(/^([a-z]+:\/\/)(.*)@/i, (_, scheme: string, userinfo: string) => {
    // An ssh user name alone is not a secret; any other user info (a token in a tcp URL) is.
    if (/^ssh:/i.test(scheme)) return `${scheme}${userinfo.includes(':') ? `${userinfo.slice(0, userinfo.indexOf(':'))}:***` : userinfo}@`;
    return `${scheme}***@`;
  });
}

/**
 * Where an endpoint came from, in Korean (`default socket` → `기본 소켓`); flags, variables and names
 * (`--host`, `DOCKER_HOST`) read the same in both languages.
 */
export function endpointSourceKo(source: string): string {
  if (source === 'default socket') return '기본 소켓';
  if (source === "Docker Desktop's socket") return 'Docker Desktop의 소켓';
  if (source === 'roster engine') return "명단의 'engine' 칸";
  const context = /^context '(.*)'$/.exec(source);
  if (context) return `도커 컨텍스트 '${context[1]}'`;
  return source;
}

/** The endpoint as a URL without credentials, for messages and results. */
export function describeEndpoint(endpoint: Endpoint): string {
  switch (endpoint.kind) {
    case 'unix':
      return `unix://${endpoint.socketPath}`;
    case 'tcp':
      return `tcp://${endpoint.host}:${endpoint.port}`;
    case 'ssh':
      return `ssh://${endpoint.username ? `${endpoint.username}@` : ''}${endpoint.host}${endpoint.port === undefined ? '' : `:${endpoint.port}`}${endpoint.socketPath ?? ''}`;
  }
}

/**
 * The host name to probe published ports on: the engine's own host for tcp, the host ssh reaches for
 * ssh (an alias's HostName), else loopback.
 */
export function probeHost(endpoint: Endpoint): string {
  if (endpoint.kind === 'unix') return '127.0.0.1';
  if (endpoint.kind === 'ssh') return endpoint.hostName ?? endpoint.host;
  return endpoint.host;
}

/** Where the docker CLI reads its client certificates (ca.pem, cert.pem, key.pem): DOCKER_CERT_PATH, else ~/.docker. */
export function clientCertPath(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_CERT_PATH || join(homeDir(env), '.docker');
}

function readTls(env: NodeJS.ProcessEnv, certPath: string | undefined, verify: boolean): TlsMaterial {
  const read = (name: string): Buffer | undefined => {
    if (!certPath) return undefined;
    const file = join(certPath, name);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  return { verify, ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem'), certPath };
}

/** A user name ssh may take: letters, digits, `.`, `_`, `-` (not first), an optional final `$`. */
const SSH_USER = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}\$?$/;
/** A host name, an alias of ~/.ssh/config or an IPv4 address (not starting with `-`), or an IPv6 address. */
const SSH_HOST = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]{0,252}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;
/** A plain socket path: no shell, quote, space or control character in any of its parts. */
const SOCKET_PATH = /^\/[A-Za-z0-9._+@~/-]{0,1023}$/;

/**
 * ssh hands the words after the host to the REMOTE user's shell, joined by spaces: a socket path such
 * as `/run/docker.sock;touch PWNED` would run there with the teacher's key (issue 26.3). User and host
 * names that look like options or carry shell or ssh-token characters (`%`, `;`, `$(`…) could do the
 * same through ~/.ssh/config's ProxyCommand or Match exec. Only plain names and paths are accepted
 * (ssh-stdio.ts quotes the remote words as well).
 */
function refuseShellText(source: string, value: string, host: string, username: string | undefined, path: string): void {
  const refuse = (what: string, whatKo: string): never => {
    throw new UsageError(`${source}: '${value}': the ${what} of an ssh:// URL may hold only letters, digits and . _ - (no shell or option characters)`, 'use ssh://USER@HOST[:PORT][/path/to/docker.sock]').inKorean(
      `${source}: '${value}': ssh:// URL의 ${whatKo}에는 글자, 숫자, . _ -만 쓸 수 있습니다 (셸 문자나 옵션 문자는 안 됩니다)`,
      'ssh://USER@HOST[:PORT][/path/to/docker.sock] 꼴로 쓰세요',
    );
  };
  if (username !== undefined && !SSH_USER.test(username)) refuse('user name', '사용자 이름');
  if (!SSH_HOST.test(host)) refuse('host name', '호스트 이름');
  if (path && path !== '/' && !SOCKET_PATH.test(path)) refuse('socket path', '소켓 경로');
}

/**
 * Parses a Docker host URL (`unix:///path`, `tcp://host:2376`, `ssh://user@host:22`, `npipe` refused).
 * Throws a UsageError naming the bad value.
 */
export function parseHost(typed: string, source: string, env: NodeJS.ProcessEnv, tls?: TlsMaterial | null): Endpoint {
  const raw = typed.trim();
  // Messages quote the value without its password/token; `typed` itself is never printed.
  const value = withoutCredentials(raw);
  if (raw.startsWith('/')) return { kind: 'unix', socketPath: raw, source };
  const match = /^([a-z]+):\/\/(.*)$/i.exec(raw);
  if (!match) throw new UsageError(`${source}: '${value}' is not a Docker host URL`, 'use unix:///var/run/docker.sock, tcp://HOST:2376 or ssh://USER@HOST').inKorean(`${source}: '${value}': Docker 호스트 URL이 아닙니다`, 'unix:///var/run/docker.sock, tcp://HOST:2376, ssh://USER@HOST 꼴로 쓰세요');
  const scheme = match[1].toLowerCase();
  const rest = match[2];
  if (scheme === 'unix') {
    if (!rest) throw new UsageError(`${source}: '${value}' names no socket path`).inKorean(`${source}: '${value}': 소켓 경로가 없습니다`, 'unix:///var/run/docker.sock 꼴로 쓰세요');
    return { kind: 'unix', socketPath: rest.startsWith('/') ? rest : `/${rest}`, source };
  }
  if (scheme === 'tcp' || scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(`http://${rest}`);
    } catch {
      throw new UsageError(`${source}: '${value}' is not a valid tcp address`).inKorean(`${source}: '${value}': 올바른 tcp 주소가 아닙니다`, 'tcp://HOST:2376 꼴로 쓰세요');
    }
    const wantTls = tls ?? (env.DOCKER_TLS_VERIFY ? readTls(env, clientCertPath(env), true) : null);
    const useTls = scheme === 'https' ? wantTls ?? { verify: true } : wantTls;
    const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
    return { kind: 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port, tls: useTls, source };
  }
  if (scheme === 'ssh') {
    let url: URL;
    try {
      url = new URL(`ssh://${rest}`);
    } catch {
      throw new UsageError(`${source}: '${value}' is not a valid ssh address`).inKorean(`${source}: '${value}': 올바른 ssh 주소가 아닙니다`, 'ssh://USER@HOST 꼴로 쓰세요');
    }
    // The docker CLI's own rules (cli/connhelper/ssh): no password, query or fragment; a path names the remote socket.
    if (url.password) throw new UsageError(`${source}: '${value}': a password in an ssh:// URL is not supported`, 'use a key (ssh-copy-id) or the ssh agent; ssh://USER@HOST').inKorean(`${source}: '${value}': ssh:// URL에는 비밀번호를 넣을 수 없습니다`, '키(ssh-copy-id)나 ssh 에이전트를 쓰세요: ssh://USER@HOST');
    if (url.search || url.hash) throw new UsageError(`${source}: '${value}': an ssh:// URL takes no query or fragment`, 'use ssh://USER@HOST[:PORT][/path/to/docker.sock]').inKorean(`${source}: '${value}': ssh:// URL에는 ?나 # 뒤의 부분을 붙일 수 없습니다`, 'ssh://USER@HOST[:PORT][/path/to/docker.sock] 꼴로 쓰세요');
    if (!url.hostname) throw new UsageError(`${source}: '${value}' names no host`, 'use ssh://USER@HOST').inKorean(`${source}: '${value}': 호스트 이름이 없습니다`, 'ssh://USER@HOST 꼴로 쓰세요');
    const path = decodeURIComponent(url.pathname);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const username = url.username ? decodeURIComponent(url.username) : undefined;
    refuseShellText(source, value, host, username, path);
    return {
      kind: 'ssh',
      host,
      ...(url.port ? { port: Number(url.port) } : {}),
      ...(username ? { username } : {}),
      ...(path && path !== '/' ? { socketPath: path } : {}),
      source,
    };
  }
  throw new UsageError(`${source}: unsupported scheme '${scheme}' in '${value}'`, 'use unix://, tcp:// or ssh://').inKorean(`${source}: '${value}': 지원하지 않는 주소 형식입니다 (${scheme}://)`, 'unix://, tcp://, ssh:// 가운데 하나를 쓰세요');
}

function dockerConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  return env.DOCKER_CONFIG || join(home, '.docker');
}

/** Reads a named context's endpoint from `contexts/meta/<sha256(name)>/meta.json`. */
function contextEndpoint(name: string, env: NodeJS.ProcessEnv, home: string): Endpoint | null {
  if (name === 'default') return null;
  const dir = dockerConfigDir(env, home);
  // node:crypto is loaded only when a context is named: it costs ~20 ms at start-up
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const digest = createHash('sha256').update(name).digest('hex');
  const metaFile = join(dir, 'contexts', 'meta', digest, 'meta.json');
  if (!existsSync(metaFile)) {
    throw new UsageError(`Docker context '${name}' not found (no ${metaFile})`, `list contexts with 'docker context ls', or unset DOCKER_CONTEXT`).inKorean(`도커 컨텍스트를 찾을 수 없습니다: '${name}' (${metaFile} 파일이 없습니다)`, `docker context ls로 컨텍스트 목록을 보거나 DOCKER_CONTEXT를 지우세요`);
  }
  let meta: { Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } };
  try {
    meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  } catch {
    throw new UsageError(`Docker context '${name}': ${metaFile} is not valid JSON`).inKorean(`Docker 컨텍스트 '${name}': ${metaFile} 파일이 올바른 JSON이 아닙니다`, 'docker context ls로 컨텍스트를 확인하세요');
  }
  const host = meta.Endpoints?.docker?.Host;
  if (!host) throw new UsageError(`Docker context '${name}' has no docker endpoint`).inKorean(`Docker 컨텍스트 '${name}'에 docker 엔드포인트가 없습니다`, 'docker context inspect로 확인하세요');
  const tlsDir = join(dir, 'contexts', 'tls', digest, 'docker');
  const tls = existsSync(tlsDir) ? readTls(env, tlsDir, !meta.Endpoints?.docker?.SkipTLSVerify) : null;
  return parseHost(host, `context '${name}'`, env, tls);
}

function currentContextName(env: NodeJS.ProcessEnv, home: string): string | null {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const configFile = join(dockerConfigDir(env, home), 'config.json');
  if (!existsSync(configFile)) return null;
  try {
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as { currentContext?: string };
    return config.currentContext || null;
  } catch {
    return null; // the docker CLI tolerates a broken config here too
  }
}

/** The endpoints to try, in order. */
export function resolveEndpoints(options: ResolveOptions = {}): EndpointCandidates {
  const env = options.env ?? process.env;
  const home = options.home ?? env.HOME ?? osHomeDir();
  if (options.host) return { explicit: true, candidates: [parseHost(options.host, options.hostSource ?? '--host', env)] };
  if (env.DOCKER_HOST) return { explicit: true, candidates: [parseHost(env.DOCKER_HOST, 'DOCKER_HOST', env)] };
  const context = currentContextName(env, home);
  if (context) {
    const endpoint = contextEndpoint(context, env, home);
    if (endpoint) return { explicit: true, candidates: [endpoint] };
  }
  return {
    explicit: false,
    candidates: [
      { kind: 'unix', socketPath: '/var/run/docker.sock', source: 'default socket' },
      { kind: 'unix', socketPath: join(home, '.docker', 'run', 'docker.sock'), source: "Docker Desktop's socket" },
    ],
  };
}
