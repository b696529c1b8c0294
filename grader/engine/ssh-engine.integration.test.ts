/**
 * ssh:// engines end to end: an sshd of the test's own on 127.0.0.1 (fixtures/sshd-fixture.ts) in front
 * of this machine's engine. Every path that talks to an engine (check with its HTTP and exec probes,
 * a docker context, snapshot, submit, doctor, --watch, grade --roster with several ssh rows) grades over
 * ssh exactly what it grades over the local socket; each ssh failure is one line, exit 3.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES } from '../../exercises/index.js';
import { applySteps, docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade as runDockgrade } from '../../fixtures/dockgrade-bin.js';
import { startSshd, type SshdFixture } from '../../fixtures/sshd-fixture.js';
import { WatchChild } from '../../fixtures/watch-child.js';
import { makeNames } from '../check/names.js';
import { ClassResultSchema } from '../model/class-schema.js';
import { RunResultSchema } from '../model/result-schema.js';
import { SnapshotSchema } from '../model/snapshot-schema.js';
import { SubmissionSchema } from '../model/submission-schema.js';

const prefix = uniquePrefix('ssh');
const names = makeNames(prefix);
const STATE = mkdtempSync(join(tmpdir(), 'dockgrade-ssh-state-'));
let sshd: SshdFixture;

/** The environment of every run: this test's journal and ssh config, no engine chosen by the developer. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { XDG_STATE_HOME: STATE, DOCKGRADE_STATE_DIR: STATE, DOCKER_HOST: '', DOCKER_CONTEXT: '', ...sshd.env, ...extra };
}

function dockgrade(args: string[], extra: NodeJS.ProcessEnv = {}) {
  return runDockgrade(args, env(extra));
}

// Graded from state and probes (wordpressdb's mysql probe is an exec through the engine). Not
// 2.2.5/exec-env: it is graded from the engine's recent events, which a shared engine keeps only for its
// last 256 events, so its grade here would depend on what other tests did meanwhile; engine events over
// both clients (dockerode serves ssh://) are grader/collect/engine-events.integration.test.ts's.
const GRADED = ['2.2.1/run-ubuntu', '2.2.1/create-mycentos', '2.2.5/wordpressdb', '2.2.5/wordpress'];

/** The graded exercises of a JSON result (the engine's location differs by design). */
function exercises(stdout: string) {
  return RunResultSchema.parse(JSON.parse(stdout)).exercises;
}

beforeAll(async () => {
  sshd = await startSshd();
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.id === '2.2.1/run-ubuntu' || e.id === '2.2.1/create-mycentos')) await applySteps(exercise.solution(names));
  await applySteps(EXERCISES.find((e) => e.id === '2.2.5/wordpress')!.solution(names));
});

afterAll(async () => {
  await removeByPrefix(prefix);
  await sshd?.stop();
});

describe('check over ssh', () => {
  let local: string;
  beforeAll(async () => {
    const run = await dockgrade(['check', ...GRADED, '--prefix', prefix, '--format', 'json', '--no-journal']);
    expect(run.stderr).toBe('');
    local = run.stdout;
  });

  it('grades what the local socket grades, HTTP probes at the ssh host and exec probes through the engine, over one ssh connection', async () => {
    const before = sshd.sessions();
    const run = await dockgrade(['check', ...GRADED, '--prefix', prefix, '--format', 'json', '--no-journal'], { DOCKER_HOST: sshd.url });
    // the GETs, the events read and every exec share the first ssh connection (issue 25: one more each)
    expect(sshd.sessions() - before).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(RunResultSchema.parse(JSON.parse(run.stdout)).source.location).toBe(sshd.url);
    expect(exercises(run.stdout)).toEqual(exercises(local));
    // the probes ran and passed (an HTTP GET to wordpress's published port, mysql inside wordpressdb)
    const checks = exercises(run.stdout).flatMap((e) => e.checks);
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(checks.some((c) => /http/i.test(c.id))).toBe(true);
  });

  it('a cold check without probes is one ssh connection: every GET on one keep-alive dial-stdio session', async () => {
    const before = sshd.sessions();
    const run = await dockgrade(['check', '--prefix', prefix, '--no-probes', '--format', 'json', '--no-journal'], { DOCKER_HOST: sshd.url });
    expect(run.code).toBeLessThanOrEqual(1);
    expect(run.stderr).toBe('');
    expect(sshd.sessions() - before).toBe(1);
  });

  it('reads Host aliases, User, Port and IdentityFile from the ssh config (ssh://ALIAS)', async () => {
    const run = await dockgrade(['check', ...GRADED, '--prefix', prefix, '--format', 'json', '--no-journal'], { DOCKER_HOST: 'ssh://dgt-ok' });
    expect(run.stderr).toBe('');
    expect(exercises(run.stdout)).toEqual(exercises(local));
  });

  it('an ssh docker context works like DOCKER_HOST', async () => {
    const config = mkdtempSync(join(tmpdir(), 'dockgrade-ssh-ctx-'));
    const name = 'dgt-lab';
    const meta = join(config, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
    mkdirSync(meta, { recursive: true });
    writeFileSync(join(meta, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: 'ssh://dgt-ok', SkipTLSVerify: false } } }));
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: name }));
    const run = await dockgrade(['check', ...GRADED, '--prefix', prefix, '--format', 'json', '--no-journal'], { DOCKER_CONFIG: config, DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined });
    expect(run.stderr).toBe('');
    expect(RunResultSchema.parse(JSON.parse(run.stdout)).source.location).toBe('ssh://dgt-ok');
    expect(exercises(run.stdout)).toEqual(exercises(local));
  });

  it('snapshot and submit over ssh carry the same state and probe evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-ssh-snap-'));
    // each exec probe is an ssh session of its own (a hijacked connection): a generous --timeout for
    // a loaded test machine
    const snap = await dockgrade(['snapshot', '--prefix', prefix, '-o', join(dir, 'snap.json'), '--timeout', '110'], { DOCKER_HOST: sshd.url });
    expect({ code: snap.code, stderr: snap.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/^(wrote .*\n)?$/) });
    const snapshot = SnapshotSchema.parse(JSON.parse(readFileSync(join(dir, 'snap.json'), 'utf8')));
    expect(snapshot.probes.some((r) => r.kind === 'http' && r.outcome === 'ok')).toBe(true);
    expect(snapshot.probes.some((r) => r.kind === 'exec' && r.outcome === 'ok')).toBe(true);
    const fromFile = await dockgrade(['check', ...GRADED, '--snapshot', join(dir, 'snap.json'), '--prefix', prefix, '--format', 'json', '--no-journal']);
    expect(exercises(fromFile.stdout)).toEqual(exercises(local));
    const sub = await dockgrade(['submit', '--student', 'ssh-01', '--prefix', prefix, '--output', join(dir, 'sub.json'), '--timeout', '110'], { DOCKER_HOST: sshd.url });
    expect({ code: sub.code, stderr: sub.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/^dockgrade: wrote .*\n$/) });
    const submission = SubmissionSchema.parse(JSON.parse(readFileSync(join(dir, 'sub.json'), 'utf8')));
    expect(submission.content.engine.endpoint).toBe(sshd.url);
    // the engine is shared with other tests: compare this test's containers
    const mine = (list: Array<{ name: string }>) => list.map((c) => c.name).filter((name) => name.startsWith(prefix)).sort();
    expect(mine(submission.content.containers)).toEqual(mine(snapshot.containers));
    expect(mine(snapshot.containers)).toHaveLength(4);
  }, 300_000);

  it('doctor over ssh names the ssh engine and its version', async () => {
    const run = await dockgrade(['doctor', '--format', 'json'], { DOCKER_HOST: sshd.url });
    const report = JSON.parse(run.stdout) as { lines: Array<{ id: string; status: string; message: string }> };
    const byId = new Map(report.lines.map((l) => [l.id, l]));
    expect(byId.get('engine')).toMatchObject({ status: 'pass', message: expect.stringContaining(sshd.url) });
    expect(byId.get('version')!.message).toMatch(/^Docker \d+\.\d+/);
    expect(byId.get('disk')!.message).toMatch(/remote/);
  });
});

describe('check --watch over ssh', () => {
  it('follows the engine through the events stream and stops cleanly on Ctrl+C', async () => {
    const watchPrefix = `${prefix}w-`;
    const mycentos = makeNames(watchPrefix).name('mycentos');
    const watch = new WatchChild(['check', '2.2.1/create-mycentos', '--watch', '--prefix', watchPrefix, '--debounce', '200', '--no-journal'], { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env({ DOCKER_HOST: sshd.url }) }, 60_000);
    try {
      let seen = await watch.waitFor(/create-mycentos .* 0\/6\n/, 0);
      await docker(['create', '-i', '-t', '--name', mycentos, 'centos:7']);
      seen = await watch.waitFor(/create-mycentos .* 4\/6\n/, seen);
      await docker(['start', mycentos]);
      await watch.waitFor(/✔ 2\.2\.1\/create-mycentos .* 6\/6\n/, seen);
    } finally {
      watch.interrupt();
      await removeByPrefix(watchPrefix);
    }
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.stderr).toBe('');
    expect(watch.stdout).toMatch(/stopped watching\.\n$/);
  });
});

describe('grade --roster with ssh rows', () => {
  let silent: Server;
  const held: Socket[] = [];
  let closedAt: number[] = [];

  beforeAll(async () => {
    // an ssh "server" that accepts and then says nothing: ssh waits for its banner until we give up
    silent = createServer((socket) => {
      held.push(socket);
      socket.resume(); // read, so that the peer's close is seen
      socket.on('close', () => closedAt.push(Date.now()));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => {
    for (const socket of held) socket.destroy();
    silent.close();
  });

  it('grades several ssh engines at once like the local socket; failing rows are unreachable with their reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-ssh-roster-'));
    const roster = join(dir, 'roster.csv');
    writeFileSync(
      roster,
      [
        'student_id,name,engine,prefix',
        `local-01,로컬,unix:///var/run/docker.sock,${prefix}`,
        `ssh-01,주소,${sshd.url},${prefix}`,
        `ssh-02,별칭,ssh://dgt-ok,${prefix}`,
        `ssh-03,별칭 둘,ssh://${sshd.user}@dgt-ok,${prefix}`,
        'bad-key,틀린 키,ssh://dgt-wrongkey,',
        'bad-host,모르는 호스트,ssh://dgt-unknownhost,',
        'no-docker,도커 없음,ssh://dgt-nodocker,',
      ].join('\n') + '\n',
    );
    const out = join(dir, 'out');
    const run = await dockgrade(['grade', '--roster', roster, '--output-dir', out, '--engine-timeout', '100', '--no-probes'], { CI: 'true' });
    expect(run.stderr).toBe('');
    const result = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
    const row = (id: string) => result.students.find((s) => s.studentId === id)!;
    const graded = (id: string) => row(id).result!.exercises;
    // The engine keeps only its last 256 events, and other integration tests share it: a row collected a
    // moment after another may have lost a container's history (renamed, exec-seen, start-order) that the
    // other still saw. Such a check says so (actual 'unknown') and is compared by that alone; every other
    // check, and which checks there are, must be the same as the local socket's.
    const lost = (id: string) => new Set(graded(id).flatMap((e) => e.checks.filter((c) => c.actual === 'unknown').map((c) => `${e.id}/${c.id}`)));
    // Likewise an engine event that the book repeats (another test's `docker load ubuntu:14.04`) may land
    // between the two reads: the check then names a later time. Its time is compared as 'a time'; the
    // rest of the check (status, points, which event) must still be the same.
    const stamp = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/g;
    const timeless = <T,>(value: T): T => JSON.parse(JSON.stringify(value).replace(stamp, '<time>')) as T;
    const comparable = (id: string, skip: Set<string>) =>
      graded(id).map((e) => ({ id: e.id, checks: e.checks.map((c) => (skip.has(`${e.id}/${c.id}`) ? { id: c.id, history: 'lost on one side' } : timeless(c))) }));
    expect(row('local-01').status).toBe('graded');
    for (const id of ['ssh-01', 'ssh-02', 'ssh-03']) {
      expect({ id, status: row(id).status, reason: row(id).reason }).toEqual({ id, status: 'graded', reason: row(id).reason });
      const skip = new Set([...lost(id), ...lost('local-01')]);
      expect(comparable(id, skip)).toEqual(comparable('local-01', skip));
      if (skip.size > 0) console.log(`[ssh roster] ${id}: history lost on one side for ${[...skip].join(', ')}`);
    }
    expect(row('bad-key')).toMatchObject({ status: 'unreachable', reason: expect.stringMatching(/refused the key/) });
    expect(row('bad-host')).toMatchObject({ status: 'unreachable', reason: expect.stringMatching(/not in known_hosts/) });
    expect(row('no-docker')).toMatchObject({ status: 'unreachable', reason: expect.stringMatching(/no `docker` command/) });
    for (const id of ['bad-key', 'bad-host', 'no-docker']) expect(row(id).reason).not.toContain('\n');
  });

  it('a silent host holds the class no longer than its timeout, and its ssh child is ended then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-ssh-silent-'));
    const silentPort = (silent.address() as { port: number }).port;
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, ['student_id,name,engine,prefix', `local-01,로컬,unix:///var/run/docker.sock,${prefix}`, `silent,응답 없음,ssh://${sshd.user}@127.0.0.1:${silentPort},`].join('\n') + '\n');
    closedAt = [];
    const started = Date.now();
    const run = await dockgrade(['grade', '--roster', roster, '--output-dir', join(dir, 'out'), '--engine-timeout', '8', '--no-probes'], { CI: 'true' });
    expect(run.stderr).toBe('');
    const result = ClassResultSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')));
    expect(result.students.find((s) => s.studentId === 'silent')).toMatchObject({ status: 'unreachable', reason: expect.stringMatching(/no answer within 8 s/) });
    expect(result.students.find((s) => s.studentId === 'local-01')!.status).toBe('graded');
    // ssh itself would wait 30 s for the banner (ConnectTimeout=30, as the docker CLI sets it): the
    // connection was closed because dockgrade ended the child at the row's timeout
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(held.length).toBeGreaterThan(0);
    expect(closedAt).toHaveLength(held.length);
    expect(Math.max(...closedAt) - started).toBeLessThan(25_000);
  });
});

describe('ssh failures: one line with the fix, exit 3', () => {
  it.each([
    ['a key the server refuses', 'ssh://dgt-wrongkey', /refused the key: .*Permission denied \(publickey\)/, /ssh-copy-id/],
    ['an unknown host key', 'ssh://dgt-unknownhost', /host key of dgt-unknownhost is not in known_hosts/, /connect once with `ssh dgt-unknownhost`/],
    ['a host whose ssh sessions have no docker', 'ssh://dgt-nodocker', /no `docker` command on its PATH/, /PATH of non-interactive ssh sessions/],
    ['a remote socket that does not exist', 'ssh://dgt-ok/nonexistent/docker.sock', /no Docker engine runs on the remote machine/, /start Docker there/],
  ])('%s', async (_what, host, message, hint) => {
    const run = await dockgrade(['check', '2.2.1/run-ubuntu', '--host', host]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^dockgrade: /);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(hint);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('no ssh server on the port: connection refused', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const unused = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const run = await dockgrade(['check', '2.2.1/run-ubuntu', '--host', `ssh://${sshd.user}@127.0.0.1:${unused}`]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^dockgrade: ssh to .* failed: connection refused .* — check the host and port/)]);
  });
});
