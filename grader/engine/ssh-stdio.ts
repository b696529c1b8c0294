/**
 * ssh:// engines, reached as the `docker` CLI reaches them: the system `ssh` runs `docker system
 * dial-stdio` on the far side, and the Docker API is spoken over the ssh child's stdin/stdout. Running
 * the user's own `ssh` (rather than an ssh library in-process) inherits every setting they already
 * have: default identity files in ~/.ssh, the ssh agent, ~/.ssh/config (Host aliases, User, Port,
 * IdentityFile, ProxyJump, ControlMaster), and known_hosts checking exactly as ssh does it.
 *
 * Differences from the docker CLI, on purpose: `BatchMode=yes` (a grader never stops at a password,
 * passphrase or "continue connecting?" prompt: a class of 30 would stall on the first one; the failure
 * is explained instead), and `DOCKGRADE_SSH_CONFIG` passes an ssh config file (`ssh -F`), since OpenSSH
 * reads ~/.ssh from the password database and ignores $HOME.
 *
 * Each stream below is one ssh child with one dial-stdio session: one keep-alive HTTP connection. The
 * children share one ssh connection per engine (connectionSharing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import type { Endpoint } from './endpoint.js';

export type SshEndpoint = Extract<Endpoint, { kind: 'ssh' }>;

/** Largest amount of the ssh child's stderr kept for the error message. */
const MAX_STDERR = 8 * 1024;

/** The `ssh` program: `DOCKGRADE_SSH` if set (a full path), else `ssh` on PATH, as the docker CLI runs it. */
export function sshProgram(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKGRADE_SSH || 'ssh';
}

/** Options every ssh child gets, before the destination: config file, batch mode, connect timeout. */
function commonOptions(endpoint: SshEndpoint, env: NodeJS.ProcessEnv): string[] {
  const args: string[] = [];
  if (env.DOCKGRADE_SSH_CONFIG) args.push('-F', env.DOCKGRADE_SSH_CONFIG);
  // ConnectTimeout=30 as the docker CLI sets it (TCP connect and banner); our own request timeout
  // (--timeout, a roster's --engine-timeout) kills the child when it is shorter.
  args.push('-o', 'BatchMode=yes', '-o', 'ConnectTimeout=30');
  if (endpoint.username) args.push('-l', endpoint.username);
  if (endpoint.port !== undefined) args.push('-p', String(endpoint.port));
  return args;
}

/**
 * The argument list for one dial-stdio session, as the docker CLI builds it (`-T`, user and port only
 * when the URL names them so that ~/.ssh/config applies otherwise, `--` before the host so that a host
 * cannot pass as an option, and `--host unix://PATH` when the URL has a path).
 */
export function dialStdioArgs(endpoint: SshEndpoint, env: NodeJS.ProcessEnv = process.env): string[] {
  const remote = ['docker', ...(endpoint.socketPath ? ['--host', `unix://${endpoint.socketPath}`] : []), 'system', 'dial-stdio'];
  return [...commonOptions(endpoint, env), '-T', '--', endpoint.host, ...remote.map(remoteWord)];
}

/** The private folder of this process's ssh control sockets; null when none could be made. */
let controlDir: string | null | undefined;
/** One control socket per engine object: two roster rows never share a connection, even to one host. */
const controlNames = new WeakMap<SshEndpoint, number>();
let nextControlName = 0;

/**
 * One ssh connection per engine for the whole run (issue 25): every ssh child for this engine shares
 * the first one's connection (OpenSSH's ControlMaster=auto, its control socket in a folder of our own,
 * mode 0700, removed at exit; one socket per engine, so roster rows that reach the same host with other
 * keys or aliases each keep their own connection and their own errors). The GETs, every exec probe and the events stream each still run their
 * own `docker system dial-stdio` on the far side, but only the first child pays the handshake and the
 * authentication: a snapshot with exec probes cost one more ssh connection per exec (each 0.3-3 s).
 * The first child is the master: it is the GET connection, which lives until the run closes the
 * engine. Not used on Windows (its OpenSSH has no ControlMaster) or where the socket path would be too
 * long for the system; a child that finds no master simply connects on its own, as before.
 */
export function connectionSharing(endpoint: SshEndpoint): string[] {
  if (process.platform === 'win32') return [];
  if (controlDir === undefined) {
    try {
      // a unix socket path holds ~104 bytes: a long TMPDIR (macOS) gives way to /tmp
      const base = tmpdir().length > 40 ? '/tmp' : tmpdir();
      const dir = mkdtempSync(join(base, 'dgssh-'));
      controlDir = dir;
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    } catch {
      controlDir = null;
    }
  }
  if (!controlDir || controlDir.length > 80) return [];
  let name = controlNames.get(endpoint);
  if (name === undefined) controlNames.set(endpoint, (name = nextControlName++));
  return ['-o', 'ControlMaster=auto', '-o', `ControlPath=${controlDir}/${name}`, '-o', 'ControlPersist=no'];
}

/**
 * One word of the remote command, quoted for the remote shell: ssh joins the words with spaces and
 * the far side's shell reads them (issue 26.3). endpoint.ts already refuses all but plain paths; this
 * keeps an endpoint built any other way from becoming shell text. Plain words stay as they are.
 */
export function remoteWord(word: string): string {
  return /^[A-Za-z0-9_./:@+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The host name ssh really connects to (`HostName` from ~/.ssh/config for an alias, else the host as
 * given), read with `ssh -G` (no connection is made). Published ports are probed there.
 */
export function sshHostName(endpoint: SshEndpoint, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const args = [...(env.DOCKGRADE_SSH_CONFIG ? ['-F', env.DOCKGRADE_SSH_CONFIG] : []), '-G', ...(endpoint.username ? ['-l', endpoint.username] : []), '--', endpoint.host];
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(sshProgram(env), args, { env, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      if (out.length < 64 * 1024) out += text;
    });
    child.on('error', () => undefined);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(/^hostname (\S+)$/m.exec(out)?.[1] ?? endpoint.host);
    });
  });
}

/** How an ssh child ended, for messages: its exit code or signal and the end of its stderr. */
export interface SshExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** A connection failure that carries what ssh (or the remote `docker`) said on stderr. */
export class SshTransportError extends Error {
  readonly code = 'ESSH';
  constructor(
    message: string,
    readonly exit: SshExit | null,
  ) {
    super(message);
    this.name = 'SshTransportError';
  }
}

/** How long an ssh child's process group has after SIGTERM before it gets SIGKILL. */
export const SSH_KILL_GRACE_MS = 1_000;

/**
 * The process groups of our ssh children (each child leads its own: spawned detached) that may still
 * have members: ssh itself, or what it started (a ProxyCommand, a ProxyJump's ssh), which outlives an
 * ssh killed alone and holds its pipes open. Killed at exit, so nothing of ours runs on.
 */
const LIVE_GROUPS = new Set<number>();
let exitHook = false;

/** Sends `signal` to the whole process group `pgid`; false once the group has no member left. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: nobody left in the group
  }
}

/**
 * Ends the process group of an ssh child: SIGTERM now, SIGKILL after SSH_KILL_GRACE_MS to whatever is
 * left (a child or grandchild that ignores TERM). The timer does not hold the process; at exit every
 * group still known gets SIGKILL at once (an exit hook cannot wait).
 */
function endGroup(pgid: number): void {
  if (!LIVE_GROUPS.has(pgid)) return;
  if (!signalGroup(pgid, 'SIGTERM')) {
    LIVE_GROUPS.delete(pgid);
    return;
  }
  setTimeout(() => {
    signalGroup(pgid, 'SIGKILL');
    LIVE_GROUPS.delete(pgid);
  }, SSH_KILL_GRACE_MS).unref();
}

function killLiveGroups(): void {
  for (const pgid of LIVE_GROUPS) signalGroup(pgid, 'SIGKILL');
  LIVE_GROUPS.clear();
}

/**
 * A duplex stream over one ssh child's stdio, with the few socket methods the HTTP clients call
 * (setTimeout, setNoDelay, setKeepAlive, ref, unref). Destroying it kills the child: a timed-out
 * request never leaves an ssh process behind to stall the run.
 */
export class SshStdioStream extends Duplex {
  readonly child: ChildProcess;
  private stderr = '';
  /** The child's process group, or null (Windows, or spawn failed). */
  private readonly pgid: number | null;
  private exitInfo: SshExit | null = null;
  private readonly exited: Promise<SshExit>;
  private idleTimer: NodeJS.Timeout | null = null;
  private idleMs = 0;
  private received = false;
  /** Socket-like fields some callers read. */
  connecting = false;
  readonly remoteAddress: string;

  constructor(
    readonly endpoint: SshEndpoint,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    super({ allowHalfOpen: false });
    this.remoteAddress = endpoint.host;
    const args = [...connectionSharing(endpoint), ...dialStdioArgs(endpoint, env)];
    // A process group of its own (as the docker CLI's commandconn does): Ctrl+C in the terminal stops
    // dockgrade (which then ends its children), not the connection under a `--watch` that is closing
    // cleanly. The child still ends with us: its stdin closes when we exit.
    const grouped = process.platform !== 'win32';
    this.child = spawn(sshProgram(env), args, { stdio: ['pipe', 'pipe', 'pipe'], env, windowsHide: true, detached: grouped });
    // the child leads its own process group (pgid = its pid): the group is what gets killed (issue 26.8)
    this.pgid = grouped && this.child.pid !== undefined ? this.child.pid : null;
    if (this.pgid !== null) LIVE_GROUPS.add(this.pgid);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', killLiveGroups);
    }
    this.exited = new Promise((resolve) => {
      // 'close', not 'exit': only then has all of stderr been read (it says why ssh failed)
      this.child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
        // ssh is gone and nothing holds its pipes; whatever else of its group remains is ended too
        if (this.pgid !== null) endGroup(this.pgid);
        this.exitInfo = { code, signal, stderr: this.stderr.trim() };
        resolve(this.exitInfo);
      });
      this.child.once('error', (error: NodeJS.ErrnoException) => {
        // spawn failed: no ssh program
        this.exitInfo = { code: null, signal: null, stderr: error.code === 'ENOENT' ? `${sshProgram(env)}: command not found` : error.message };
        resolve(this.exitInfo);
        this.destroy(new SshTransportError(this.exitInfo.stderr, this.exitInfo));
      });
    });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (text: string) => {
      if (this.stderr.length < MAX_STDERR) this.stderr += text.slice(0, MAX_STDERR - this.stderr.length);
    });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.received = true;
      this.touch();
      if (!this.push(chunk)) this.child.stdout!.pause();
    });
    this.child.stdout!.on('end', () => {
      // the far side closed: end of the HTTP connection. Wait for ssh's exit so that the error
      // (if there was one) is known before anyone reads `close`.
      void this.exited.then(() => this.push(null));
    });
    this.child.stdin!.on('error', () => undefined); // EPIPE after the child died; the exit explains it
  }

  /** Whether any byte came back from the engine (then a failure is not a connection failure). */
  get answered(): boolean {
    return this.received;
  }

  /** The child's exit, once it has exited. */
  waitExit(): Promise<SshExit> {
    return this.exited;
  }

  /** The exit already known, or null while the child runs. */
  get exit(): SshExit | null {
    return this.exitInfo;
  }

  override _read(): void {
    this.child.stdout!.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.touch();
    if (this.child.stdin!.destroyed) {
      callback(new SshTransportError('the ssh connection is closed', this.exitInfo));
      return;
    }
    this.child.stdin!.write(chunk, () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    // not waiting for the pipe to flush: a child that already exited would never call back
    if (!this.child.stdin!.destroyed) this.child.stdin!.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearIdle();
    // the whole group, TERM then KILL: killing ssh alone left its ProxyCommand (and an ssh ignoring TERM) running
    if (this.pgid !== null) endGroup(this.pgid);
    else if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    this.child.stdin?.destroy();
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    callback(error);
  }

  /** Like net.Socket#setTimeout: emits `timeout` after `ms` without traffic (0 switches it off). */
  setTimeout(ms: number, listener?: () => void): this {
    this.idleMs = ms;
    if (listener) this.once('timeout', listener);
    this.touch();
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  /** Lets the process exit while this connection sits idle (the child dies with our stdin). */
  unref(): this {
    this.child.unref();
    for (const pipe of [this.child.stdin, this.child.stdout, this.child.stderr]) (pipe as unknown as { unref?: () => void } | null)?.unref?.();
    this.idleTimer?.unref();
    return this;
  }

  ref(): this {
    this.child.ref();
    for (const pipe of [this.child.stdin, this.child.stdout, this.child.stderr]) (pipe as unknown as { ref?: () => void } | null)?.ref?.();
    this.idleTimer?.ref();
    return this;
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private touch(): void {
    this.clearIdle();
    if (this.idleMs > 0 && !this.destroyed) this.idleTimer = setTimeout(() => this.emit('timeout'), this.idleMs);
  }
}

/** The first lines of stderr that say something (ssh's warnings about added host keys left out). */
function sshSaid(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^Warning: Permanently added/i.test(line) && !/^\*+$/.test(line));
  return lines.join(' ').replace(/\s+/g, ' ').slice(0, 200);
}

/** One ssh failure as a line and its fix. */
export interface SshDiagnosis {
  message: string;
  hint: string;
  /** The same line in Korean (printed under `--lang ko`). */
  ko: { message: string; hint: string };
}

/**
 * Explains why an ssh engine could not be reached, from what ssh and the remote `docker` printed and
 * how the child ended. `where` names the endpoint (`ssh://user@host (DOCKER_HOST)`).
 */
export function diagnoseSsh(where: string, host: string, exit: SshExit | null): SshDiagnosis {
  const stderr = exit?.stderr ?? '';
  const said = sshSaid(stderr);
  if (/command not found/i.test(stderr) && /^(ssh|.*\/ssh): command not found/m.test(stderr)) {
    return {
      message: `cannot reach ${where}: the ssh program is not installed here`,
      hint: 'install an OpenSSH client (e.g. `sudo apt-get install openssh-client`), or set DOCKGRADE_SSH to its path',
      ko: { message: `${where}: 이 컴퓨터에 ssh 프로그램이 없어 연결할 수 없습니다`, hint: 'OpenSSH 클라이언트를 설치하거나 (예: `sudo apt-get install openssh-client`) DOCKGRADE_SSH에 ssh의 경로를 넣으세요' },
    };
  }
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/i.test(stderr)) {
    return {
      message: `ssh to ${where} refused: the host key changed since it was recorded in known_hosts`,
      hint: `if the machine was reinstalled, remove the old key with \`ssh-keygen -R ${host}\`, then connect once with \`ssh ${host}\``,
      ko: { message: `${where}: ssh가 연결을 거부했습니다. known_hosts에 기록된 뒤 호스트 키가 바뀌었습니다`, hint: `그 컴퓨터를 다시 설치했다면 \`ssh-keygen -R ${host}\`로 옛 키를 지우고 \`ssh ${host}\`로 한 번 접속하세요` },
    };
  }
  if (/Host key verification failed|No .* host key is known for|host key is not known/i.test(stderr)) {
    return {
      message: `ssh to ${where} refused: the host key of ${host} is not in known_hosts`,
      hint: `connect once with \`ssh ${host}\` and accept the key after checking its fingerprint (dockgrade never answers that question for you)`,
      ko: { message: `${where}: ssh가 연결을 거부했습니다. 호스트 ${host}의 키가 known_hosts에 없습니다`, hint: `\`ssh ${host}\`로 한 번 접속해 지문을 확인한 뒤 키를 받아들이세요 (dockgrade는 이 질문에 대신 답하지 않습니다)` },
    };
  }
  if (/Permission denied \(|Too many authentication failures|no mutual signature|Authentication failed/i.test(stderr)) {
    return {
      message: `ssh to ${where} refused the key: ${said}`,
      hint: `check that \`ssh ${host} docker version\` works without a password: copy your public key with \`ssh-copy-id\`, add a passphrase-protected key to the agent with \`ssh-add\`, or set IdentityFile in ~/.ssh/config`,
      ko: { message: `${where}: ssh가 키를 받아들이지 않았습니다: ${said}`, hint: `\`ssh ${host} docker version\`이 비밀번호 없이 되는지 확인하세요. \`ssh-copy-id\`로 공개 키를 복사하거나, 암호가 걸린 키는 \`ssh-add\`로 에이전트에 넣거나, ~/.ssh/config에 IdentityFile을 쓰세요` },
    };
  }
  if (/Could not resolve hostname|Name or service not known|nodename nor servname|Temporary failure in name resolution/i.test(stderr)) {
    return {
      message: `ssh to ${where} failed: the host name ${host} does not resolve`,
      hint: 'check the spelling, or add a Host entry with HostName to ~/.ssh/config',
      ko: { message: `${where}: ssh 연결에 실패했습니다. 호스트 이름 ${host}의 주소를 찾을 수 없습니다`, hint: '철자를 확인하거나 ~/.ssh/config에 HostName이 있는 Host 항목을 추가하세요' },
    };
  }
  if (/Connection refused/i.test(stderr)) {
    return {
      message: `ssh to ${where} failed: connection refused (no ssh server listens there)`,
      hint: 'check the host and port, and that sshd runs on that machine',
      ko: { message: `${where}: ssh 연결이 거부되었습니다 (그곳에서 기다리는 ssh 서버가 없습니다)`, hint: '호스트와 포트를 확인하고, 그 컴퓨터에서 sshd가 실행 중인지 확인하세요' },
    };
  }
  if (/No route to host|Network is unreachable|Connection timed out|Operation timed out|timed out during banner exchange|Connection closed by .* port|kex_exchange_identification/i.test(stderr)) {
    return {
      message: `ssh to ${where} failed: ${said || 'no route to the host'}`,
      hint: 'check that the machine is on and reachable (VPN, firewall), and the port in the URL or ~/.ssh/config',
      ko: { message: `${where}: ssh 연결에 실패했습니다: ${said || '호스트로 가는 경로가 없습니다'}`, hint: '그 컴퓨터가 켜져 있고 닿을 수 있는지 (VPN, 방화벽), 주소나 ~/.ssh/config의 포트가 맞는지 확인하세요' },
    };
  }
  if (/docker: (command )?not found|docker: No such file or directory|exec: "?docker"?: executable file not found/i.test(stderr) || (exit?.code === 127 && !said)) {
    return {
      message: `${where}: the remote machine has no \`docker\` command on its PATH`,
      hint: 'install Docker on that machine, or make sure the PATH of non-interactive ssh sessions includes it (e.g. /usr/local/bin)',
      ko: { message: `${where}: 원격 컴퓨터의 PATH에 \`docker\` 명령이 없습니다`, hint: '그 컴퓨터에 Docker를 설치하거나, 비대화형 ssh 세션의 PATH에 docker가 있는 폴더(예: /usr/local/bin)가 들어가게 하세요' },
    };
  }
  if (/permission denied while trying to connect to the (Docker )?daemon socket|dial unix .*: connect: permission denied/i.test(stderr)) {
    return {
      message: `${where}: permission denied on the remote Docker socket`,
      hint: 'on that machine, add the ssh user to the docker group (`sudo usermod -aG docker USER`, then log in again)',
      ko: { message: `${where}: 원격 Docker 소켓에 접근할 권한이 없습니다`, hint: '그 컴퓨터에서 ssh 사용자를 docker 그룹에 넣으세요 (`sudo usermod -aG docker USER` 후 다시 로그인)' },
    };
  }
  if (/Cannot connect to the Docker daemon|dial unix .*: connect: (no such file|connection refused)|Is the docker daemon running/i.test(stderr)) {
    return {
      message: `${where}: no Docker engine runs on the remote machine`,
      hint: 'start Docker there (e.g. `sudo systemctl start docker`)',
      ko: { message: `${where}: 원격 컴퓨터에서 도커 엔진이 실행 중이 아닙니다`, hint: '그 컴퓨터에서 Docker를 시작하세요 (예: `sudo systemctl start docker`)' },
    };
  }
  if (/unknown command|unknown flag|is not a docker command/i.test(stderr)) {
    return {
      message: `${where}: the remote docker CLI is too old for \`docker system dial-stdio\` (needs 18.09 or later)`,
      hint: 'update Docker on that machine',
      ko: { message: `${where}: 원격 docker CLI가 너무 오래되어 \`docker system dial-stdio\`가 없습니다 (18.09 이상 필요)`, hint: '그 컴퓨터의 Docker를 업데이트하세요' },
    };
  }
  const ended = exit ? (exit.signal ? `ssh was stopped (${exit.signal})` : exit.code !== null ? `ssh exited with code ${exit.code}` : 'ssh failed') : 'the ssh connection closed';
  const endedKo = exit ? (exit.signal ? `ssh가 중단되었습니다 (${exit.signal})` : exit.code !== null ? `ssh가 종료 코드 ${exit.code}로 끝났습니다` : 'ssh가 실패했습니다') : 'ssh 연결이 닫혔습니다';
  return {
    message: `cannot reach the Docker engine at ${where} over ssh: ${said || ended}`,
    hint: `check that \`ssh ${host} docker version\` works in a terminal`,
    ko: { message: `${where}: ssh로 도커 엔진에 닿을 수 없습니다: ${said || endedKo}`, hint: `터미널에서 \`ssh ${host} docker version\`이 되는지 확인하세요` },
  };
}
