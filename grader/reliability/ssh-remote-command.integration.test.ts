/**
 * Remote commands through an ssh URL (issue 26.3). ssh joins the words after the host with spaces and
 * hands them to the REMOTE user's shell, so anything of the URL that reaches those words is shell text
 * run with the teacher's key. A fake `ssh` first on PATH logs its argv and then does what the remote side
 * would: runs the joined words with `sh -c`, in its own folder, with a fake `docker` that only logs. A
 * hostile socket path (`/run/user/1000/docker.sock;touch PWNED;echo`), user name or host name is tried
 * through every way an endpoint is named: --host, DOCKER_HOST, a docker context, a roster row.
 * Nothing may be created by the "remote" shell, and a refused URL is one line, exit 2 (a roster: the
 * roster is refused at that row's line, as any bad engine URL there). No real engine or network is used.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';

let dir: string;
let bin: string;
let remote: string;
let argvLog: string;

/** The fake `ssh`: logs argv (one line per call, words joined by NUL), answers `-G`, else plays the remote shell. */
const FAKE_SSH = `#!/bin/sh
log="$DGT_HE_ARGV_LOG"
printf '%s\\0' "$@" >> "$log"; printf '\\n' >> "$log"
for a in "$@"; do [ "$a" = "-G" ] && { echo "hostname 127.0.0.1"; exit 0; }; done
# the remote command: every word after "--" and the host, joined by spaces as ssh sends it
seen=0; host=0; cmd=""
for a in "$@"; do
  if [ $seen = 1 ] && [ $host = 1 ]; then cmd="$cmd $a"; fi
  if [ $seen = 1 ] && [ $host = 0 ]; then host=1; fi
  [ "$a" = "--" ] && seen=1
done
cd "$DGT_HE_REMOTE" && PATH="$DGT_HE_BIN:/usr/bin:/bin" exec sh -c "$cmd"
`;

/** The fake remote `docker`: logs its argv and fails like a missing engine. */
const FAKE_DOCKER = `#!/bin/sh
printf '%s\\n' "$@" > "$DGT_HE_REMOTE/docker-argv"
echo "Cannot connect to the Docker daemon at unix:///nowhere. Is the docker daemon running?" >&2
exit 1
`;

const env = (): NodeJS.ProcessEnv => ({ PATH: `${bin}:${process.env.PATH}`, DGT_HE_ARGV_LOG: argvLog, DGT_HE_REMOTE: remote, DGT_HE_BIN: bin, DOCKER_HOST: '', DOCKER_CONTEXT: '', DOCKGRADE_SSH: '' });

/** What the "remote" shell left: files other than the fake docker's log mean a command ran there. */
function remoteLeftovers(): string[] {
  return readdirSync(remote).filter((name) => name !== 'docker-argv');
}

function sshCalls(): string[][] {
  if (!existsSync(argvLog)) return [];
  return readFileSync(argvLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\0').filter(Boolean));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dgt-he-ssh-'));
  bin = join(dir, 'bin');
  remote = join(dir, 'remote');
  argvLog = join(dir, 'argv.log');
  mkdirSync(bin);
  mkdirSync(remote);
  writeFileSync(join(bin, 'ssh'), FAKE_SSH);
  writeFileSync(join(bin, 'docker'), FAKE_DOCKER);
  chmodSync(join(bin, 'ssh'), 0o755);
  chmodSync(join(bin, 'docker'), 0o755);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  rmSync(argvLog, { force: true });
  for (const name of readdirSync(remote)) rmSync(join(remote, name), { force: true });
});

const HOSTILE = [
  ['socket path', 'ssh://alice@lab-07/run/user/1000/docker.sock;touch%20PWNED;echo'],
  ['socket path with $()', 'ssh://alice@lab-07/run/$(touch%20PWNED)/docker.sock'],
  ['socket path with a quote', "ssh://alice@lab-07/run/x'%20;touch%20PWNED;'/docker.sock"],
  ['user name', 'ssh://a%3Btouch%20PWNED%3B@lab-07'],
  ['user name as an option', 'ssh://-oProxyCommand=touch%20PWNED@lab-07'],
  ['host name as an option', 'ssh://alice@-oProxyCommand=touch%20PWNED'],
] as const;

describe('a hostile ssh URL never reaches the remote shell as a command', () => {
  it('positive control: the fake remote runs what it is given (a plain URL reaches `docker … dial-stdio`)', async () => {
    const run = await dockgrade(['check', '2.2.1', '--host', 'ssh://alice@lab-07/run/user/1000/docker.sock', '--timeout', '10'], env());
    expect(run.code).toBe(3);
    expect(readFileSync(join(remote, 'docker-argv'), 'utf8').trim().split('\n')).toEqual(['--host', 'unix:///run/user/1000/docker.sock', 'system', 'dial-stdio']);
    // and a command in the joined words would run: the fake is a real shell
    writeFileSync(join(remote, 'probe'), '');
    expect(remoteLeftovers()).toEqual(['probe']);
  }, 30_000);

  it.each(HOSTILE)('--host with a hostile %s: exit 2, one line, ssh never started', async (_what, url) => {
    const run = await dockgrade(['check', '2.2.1', '--host', url, '--timeout', '10'], env());
    expect(remoteLeftovers()).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/touch PWNED/);
    expect(sshCalls()).toEqual([]);
  }, 30_000);

  it('DOCKER_HOST and a docker context: refused the same way', async () => {
    const url = HOSTILE[0][1];
    const viaEnv = await dockgrade(['check', '2.2.1', '--timeout', '10'], { ...env(), DOCKER_HOST: url });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toMatch(/DOCKER_HOST/);
    const config = join(dir, 'docker-config');
    const digest = createHash('sha256').update('lab').digest('hex');
    mkdirSync(join(config, 'contexts', 'meta', digest), { recursive: true });
    writeFileSync(join(config, 'contexts', 'meta', digest, 'meta.json'), JSON.stringify({ Name: 'lab', Endpoints: { docker: { Host: decodeURIComponent(url), SkipTLSVerify: false } } }));
    const viaContext = await dockgrade(['check', '2.2.1', '--timeout', '10'], { ...env(), DOCKER_CONFIG: config, DOCKER_CONTEXT: 'lab' });
    expect(viaContext.code).toBe(2);
    expect(viaContext.stderr).toMatch(/context 'lab'/);
    expect(remoteLeftovers()).toEqual([]);
    expect(sshCalls()).toEqual([]);
  }, 30_000);

  it.each(HOSTILE)('a roster row with a hostile %s: the roster is refused at that line (exit 2, one line), ssh never started', async (_what, url) => {
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, `id,engine\ns0,unix:///nowhere.sock\ns1,${url}\n`);
    const out = join(dir, 'out');
    const run = await dockgrade(['grade', '--roster', roster, '--engine-timeout', '10', '-o', out, '--lang', 'en'], env());
    expect(remoteLeftovers()).toEqual([]);
    expect(sshCalls()).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/line 3: engine/);
  }, 30_000);
});
