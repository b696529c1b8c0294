import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { parseHost } from './endpoint.js';
import { connectionSharing, diagnoseSsh, dialStdioArgs, remoteWord, type SshEndpoint } from './ssh-stdio.js';

const ssh = (url: string) => parseHost(url, 'DOCKER_HOST', {}) as SshEndpoint;
const where = 'ssh://u@lab-07 (DOCKER_HOST)';
const diag = (stderr: string, code: number | null = 255) => diagnoseSsh(where, 'lab-07', { code, signal: null, stderr });

describe('ssh:// URLs, read as the docker CLI reads them', () => {
  it('keeps user, port and socket path only when the URL names them', () => {
    expect(ssh('ssh://lab-07')).toEqual({ kind: 'ssh', host: 'lab-07', source: 'DOCKER_HOST' });
    expect(ssh('ssh://student@lab-07:2222/run/user/1000/docker.sock')).toEqual({ kind: 'ssh', host: 'lab-07', port: 2222, username: 'student', socketPath: '/run/user/1000/docker.sock', source: 'DOCKER_HOST' });
  });

  it('refuses a password, a query and a fragment, without echoing the password', () => {
    expect(() => ssh('ssh://u:hunter2@lab-07')).toThrow(/password in an ssh:\/\/ URL is not supported/);
    expect(() => ssh('ssh://u:hunter2@lab-07')).not.toThrow(/hunter2/);
    expect(() => ssh('ssh://u@lab-07?x=1')).toThrow(/no query or fragment/);
    expect(() => ssh('ssh://u@lab-07#x')).toThrow(/no query or fragment/);
  });
});

describe('no shell text through an ssh:// URL (issue 26.3)', () => {
  it.each([
    ['ssh://alice@lab-07/run/user/1000/docker.sock;touch%20PWNED;echo', /socket path/],
    ['ssh://alice@lab-07/run/$(id)/docker.sock', /socket path/],
    ['ssh://alice@lab-07/run/a%20b/docker.sock', /socket path/],
    ['ssh://alice@lab-07/run/%0Aid/docker.sock', /socket path/],
    ["ssh://alice@lab-07/run/x'y/docker.sock", /socket path/],
    ['ssh://a%3Bid@lab-07', /user name/],
    ['ssh://-oProxyCommand=id@lab-07', /user name/],
    ['ssh://a%25h@lab-07', /user name/],
    ['ssh://alice@-oProxyCommand=id', /host name/],
    ['ssh://alice@lab%2507', /host name/],
  ])('%s is refused (%s), one line, exit 2', (url, what) => {
    expect(() => ssh(url)).toThrow(what);
    try {
      ssh(url);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as { exitCode?: number }).exitCode ?? 2).toBe(2);
    }
  });

  it('plain names and paths still pass (IPv6, dots, a numbered user, a uid in the path)', () => {
    expect(ssh('ssh://ci.user-1@[::1]:2222/run/user/1000/docker.sock')).toMatchObject({ host: '::1', username: 'ci.user-1', socketPath: '/run/user/1000/docker.sock' });
    expect(ssh('ssh://lab-07.school.example')).toMatchObject({ host: 'lab-07.school.example' });
  });

  it('every remote word reaches the remote shell as one word, whatever it holds', () => {
    const words = ['unix:///run/docker.sock;touch PWNED;echo', "it's", '$(id)', '`id`', 'a b', 'plain:///x'];
    const printed = execFileSync('sh', ['-c', `printf '%s\\n' ${words.map(remoteWord).join(' ')}`], { encoding: 'utf8' });
    expect(printed.split('\n').slice(0, -1)).toEqual(words);
    expect(remoteWord('unix:///var/run/docker.sock')).toBe('unix:///var/run/docker.sock');
  });

  it('dialStdioArgs quotes a socket path that did not come through parseHost', () => {
    const args = dialStdioArgs({ kind: 'ssh', host: 'lab-07', socketPath: '/x;touch PWNED', source: 't' }, {});
    expect(args.slice(-4)).toEqual(['--host', "'unix:///x;touch PWNED'", 'system', 'dial-stdio']);
  });
});

describe('dialStdioArgs', () => {
  it('runs docker system dial-stdio like the docker CLI, never prompting', () => {
    expect(dialStdioArgs(ssh('ssh://lab-07'), {})).toEqual(['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=30', '-T', '--', 'lab-07', 'docker', 'system', 'dial-stdio']);
  });

  it('passes user, port, config file and the remote socket', () => {
    const args = dialStdioArgs(ssh('ssh://student@lab-07:2222/var/run/docker.sock'), { DOCKGRADE_SSH_CONFIG: '/c/ssh_config' });
    expect(args).toEqual(['-F', '/c/ssh_config', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=30', '-l', 'student', '-p', '2222', '-T', '--', 'lab-07', 'docker', '--host', 'unix:///var/run/docker.sock', 'system', 'dial-stdio']);
  });

  it('keeps a host that looks like an option after --', () => {
    const args = dialStdioArgs({ kind: 'ssh', host: '-oProxyCommand=touch x', source: 't' }, {});
    expect(args.indexOf('--')).toBe(args.indexOf('-oProxyCommand=touch x') - 1);
  });
});

describe('diagnoseSsh: one line and a fix per ssh failure', () => {
  it.each([
    ['Host key verification failed.', /host key of lab-07 is not in known_hosts/, /ssh lab-07/],
    ['@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nHost key verification failed.', /host key changed/, /ssh-keygen -R lab-07/],
    ['u@lab-07: Permission denied (publickey).', /refused the key: u@lab-07: Permission denied \(publickey\)\./, /ssh-copy-id/],
    ['ssh: Could not resolve hostname lab-07: Name or service not known', /does not resolve/, /HostName/],
    ['ssh: connect to host lab-07 port 22: Connection refused', /connection refused/, /sshd runs/],
    ['ssh: connect to host 10.0.0.7 port 22: No route to host', /No route to host/, /reachable/],
    ['ssh: connect to host 10.0.0.7 port 22: Connection timed out', /Connection timed out/, /reachable/],
    ['bash: line 1: docker: command not found', /no `docker` command on its PATH/, /install Docker/],
    ['sh: 1: docker: not found', /no `docker` command on its PATH/, /PATH/],
    ['permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get ...', /permission denied on the remote Docker socket/, /usermod -aG docker/],
    ['error during connect: dial unix /var/run/docker.sock: connect: permission denied', /permission denied on the remote Docker socket/, /docker group/],
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', /no Docker engine runs on the remote machine/, /systemctl start docker/],
    ['docker: \'system dial-stdio\' is not a docker command.', /too old/, /update Docker/],
  ])('%s', (stderr, message, hint) => {
    const { message: line, hint: fix, ko } = diag(stderr);
    expect(line).toMatch(message);
    expect(fix).toMatch(hint);
    expect(line).not.toContain('\n');
    // the same diagnosis in Korean (printed under --lang ko): Korean sentences, the commands kept
    expect(ko.message).toMatch(/[가-힣]/);
    expect(ko.hint).toMatch(/[가-힣]/);
    expect(ko.message).not.toContain('\n');
    for (const command of fix.match(/`[^`]+`/g) ?? []) expect(ko.hint).toContain(command);
  });

  it('how ssh ended is said in Korean too', () => {
    expect(diag('', 255).ko.message).toMatch(/ssh가 종료 코드 255로 끝났습니다/);
    expect(diagnoseSsh(where, 'lab-07', { code: null, signal: 'SIGKILL', stderr: '' }).ko.message).toMatch(/중단되었습니다 \(SIGKILL\)/);
  });

  it('an exit code 127 with nothing said is a missing remote docker', () => {
    expect(diag('', 127).message).toMatch(/no `docker` command/);
  });

  it('anything else names how ssh ended', () => {
    expect(diag('', 255).message).toMatch(/ssh exited with code 255/);
    expect(diagnoseSsh(where, 'lab-07', { code: null, signal: 'SIGKILL', stderr: '' }).message).toMatch(/SIGKILL/);
  });
});

describe('connectionSharing', () => {
  it('shares one ssh connection per engine through a control socket in a private folder', () => {
    const lab = ssh('ssh://student@lab-07');
    const args = connectionSharing(lab);
    expect(args).toEqual(['-o', 'ControlMaster=auto', '-o', expect.stringMatching(/^ControlPath=\/.*dgssh-[^/]+\/\d+$/), '-o', 'ControlPersist=no']);
    const socket = args[3].slice('ControlPath='.length);
    const dir = socket.slice(0, socket.lastIndexOf('/'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // the socket path fits a unix socket's ~104 bytes
    expect(socket.length).toBeLessThanOrEqual(100);
    // every child of this engine gets the same socket; another engine object (a roster row) its own
    expect(connectionSharing(lab)).toEqual(args);
    const other = connectionSharing(ssh('ssh://student@lab-07'));
    expect(other[3]).not.toBe(args[3]);
    expect(other[3].startsWith(`ControlPath=${dir}/`)).toBe(true);
  });
});
