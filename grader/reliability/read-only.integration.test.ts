/**
 * Read-only by proof: every grading command runs against the real (shared) engine while its events are
 * recorded and the state is diffed. Attribution (see fixtures/read-only-proof.ts): an event counts
 * against the run only inside the run's time window and on an object this test created (its prefix, or
 * a network/volume event naming one of its containers); other runs' events on the shared engine are
 * counted as foreign and left alone. A positive control proves the recorder does see a change.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StartedNetwork, StartedTestContainer } from 'testcontainers';
import { EXERCISES } from '../../exercises/index.js';
import { applySteps, docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { startOwnContainer, startOwnNetwork } from '../../fixtures/own-container.js';
import { auditEvents, eventsIn, proveReadOnly, timed, type ReadOnlyProof } from '../../fixtures/read-only-proof.js';
import { cliHasCommand, runCli } from '../../fixtures/run-cli.js';
import { makeNames } from '../check/names.js';
import { waitUntil } from '../core/wait.js';
import { collectSnapshot } from '../collect/collect.js';
import { connect } from '../engine/engine-client.js';
import { LiveProbe } from '../probe/probe.js';

const prefix = uniquePrefix('rl');
const names = makeNames(prefix);
const proofs: Array<[string, ReadOnlyProof]> = [];
const own: StartedTestContainer[] = [];
let network: StartedNetwork | undefined;

function expectNothingChanged(label: string, proof: ReadOnlyProof): void {
  proofs.push([label, proof]);
  expect({ label, violations: proof.audit.violations, changes: proof.changes }).toEqual({ label, violations: [], changes: [] });
}

beforeAll(async () => {
  await removeByPrefix(prefix);
  // Sections whose solutions bind no fixed host port (others would need the machine-wide port lock).
  // The learner's side: the book's commands, typed through the CLI. wordpressdb (no host port) gives the
  // grading runs their exec probes (env, mysql), so each proof below covers execs on purpose.
  for (const exercise of EXERCISES.filter((e) => e.section === '2.2.1')) await applySteps(exercise.solution(names));
  await applySteps(EXERCISES.find((e) => e.id === '2.2.5/wordpressdb')!.solution(names));
  // 2.2.7's aliases on a user-defined network: the name lookup probe (getent hosts, or nslookup) runs in network_alias_ping.
  await applySteps(EXERCISES.find((e) => e.id === '2.2.7/net-alias')!.solution(names));
  // The test's own objects around them: a networked web server with a volume, one that exited non-zero.
  network = await startOwnNetwork(`${prefix}net`);
  own.push(
    await startOwnContainer('wordpress:latest', `${prefix}web`, (c) =>
      c.withLoopbackPorts(80).withNetwork(network!).withVolumes({ volume: `${prefix}vol`, target: '/data' }).withEnvironment({ MYSQL_ROOT_PASSWORD: 'rl-secret' }),
    ),
  );
  own.push(await startOwnContainer('ubuntu:14.04', `${prefix}exited`, (c) => c.withCommand(['sh', '-c', 'echo bye; exit 3']).untilExited()));
  // Created, never started: testcontainers has no create-only path (fixtures/own-container.integration.test.ts).
  await docker(['create', '--name', `${prefix}created`, 'centos:7']);
}, 180_000);

/** Starts a throwaway container outside our prefix, waits for it to exit and removes it (`docker run --rm … true`). */
async function otherRun(tag: string): Promise<void> {
  await (await startOwnContainer('ubuntu:14.04', `dgt-rlother-${Date.now()}-${tag}`, (c) => c.withCommand(['true']).untilExited())).stop();
}

afterAll(async () => {
  for (const container of own) await container.stop({ timeout: 1 }).catch(() => undefined);
  await network?.stop().catch(() => undefined);
  await removeByPrefix(prefix);
  const events = proofs.reduce((n, [, p]) => n + p.audit.recorded, 0);
  const ours = proofs.reduce((n, [, p]) => n + p.audit.ours.length, 0);
  const execs = proofs.reduce((n, [, p]) => n + p.audit.execs.length, 0);
  const bad = proofs.reduce((n, [, p]) => n + p.audit.violations.length + p.changes.length, 0);
  console.log(`[reliability] read-only: ${proofs.length} runs (${proofs.map(([l]) => l).join(', ')}); ${events} events recorded in their windows, ${ours} on our objects (${execs} allowed read-only execs), ${bad} forbidden events or state changes`);
});

describe('grading changes nothing on a real engine', () => {
  it('check all (probes on)', async () => {
    const proof = await proveReadOnly(prefix, async () => {
      const run = await runCli(['check', 'all', '--prefix', prefix, '--format', 'json']);
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
    });
    expectNothingChanged('check all', proof);
    // The recorder saw the run's exec probes: "nothing changed" covers them, it is not blind to them.
    expect(proof.audit.execs.some((e) => e.Action.startsWith('exec_create'))).toBe(true);
    // … among them 2.2.7/net-alias's name lookup inside network_alias_ping (nslookup where the image has no getent).
    expect(proof.audit.execs.some((e) => /^exec_create: (getent hosts|nslookup) alicek106$/.test(e.Action))).toBe(true);
  });

  it('check all --no-probes', async () => {
    const proof = await proveReadOnly(prefix, async () => {
      const run = await runCli(['check', 'all', '--prefix', prefix, '--no-probes']);
      expect([0, 1]).toContain(run.code);
    });
    expectNothingChanged('check --no-probes', proof);
    expect(proof.audit.execs).toEqual([]);
  });

  it('snapshot (probes on) to a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dockgrade-rl-')), 'snap.json');
    const proof = await proveReadOnly(prefix, async () => {
      const run = await runCli(['snapshot', '--prefix', prefix, '-o', file]);
      expect(run.code).toBe(0);
    });
    expectNothingChanged('snapshot', proof);
    expect(proof.audit.execs.some((e) => e.Action.startsWith('exec_create'))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).containers.some((c: { name: string }) => c.name === `${prefix}exited`)).toBe(true);
  });

  it('the live probe (HTTP and an allowlisted exec): only exec_create/start/die of that command', async () => {
    const client = await connect({});
    const probe = new LiveProbe(client, '127.0.0.1');
    const proof = await proveReadOnly(prefix, async () => {
      const snapshot = await collectSnapshot(client);
      const web = snapshot.containers.find((c) => c.name === `${prefix}web`)!;
      expect((await probe.http(web, '80/tcp')).outcome).toBe('ok');
      expect((await probe.exec(web, ['cat', '/etc/hostname'])).outcome).toBe('ok');
      await expect(probe.exec(web, ['sh', '-c', 'touch /tmp/owned'])).rejects.toThrow('not a read-only probe command');
    });
    expectNothingChanged('live probe', proof);
    // The recorder does see our execs: the proof above is not empty by blindness.
    expect(proof.audit.execs.map((e) => e.Action.split(':')[0]).sort()).toEqual(['exec_create', 'exec_die', 'exec_start']);
    expect(proof.audit.execs.find((e) => e.Action.startsWith('exec_create'))!.Action).toBe('exec_create: cat /etc/hostname');
  });

  it('the reads of objects beyond containers and the richer probes: only exec_create/start/die of allowlisted commands', async () => {
    const client = await connect({});
    const probe = new LiveProbe(client, '127.0.0.1');
    try {
      const proof = await proveReadOnly(prefix, async () => {
        // networks, volumes, image histories (no cache: every image asked), the engine's facts, the events
        const snapshot = await collectSnapshot(client, { imageCache: false });
        expect(snapshot.networks.find((n) => n.name === `${prefix}net`)?.containers).toEqual([`${prefix}web`]);
        expect(snapshot.volumes.find((v) => v.name === `${prefix}vol`)?.usedBy).toEqual([`${prefix}web`]);
        expect(snapshot.images.some((i) => i.history.length > 0 || i.layers > 0)).toBe(true);
        const web = snapshot.containers.find((c) => c.name === `${prefix}web`)!;
        const hostPort = Number(web.ports['80/tcp'][0].hostPort);
        expect((await probe.request({ kind: 'http', container: web, port: '80/tcp', path: '/wp-admin/install.php', expect: { status: [200, 404] } })).matched).toBe(true);
        expect((await probe.request({ kind: 'http', host: '127.0.0.1', port: hostPort, path: '/', expect: { status: 200, includes: 'WordPress' } })).matched).toBe(true);
        expect((await probe.request({ kind: 'exec', container: web, cmd: ['nproc'], expect: { exitCode: 0 } })).outcome).toBe('ok');
        expect((await probe.request({ kind: 'exec', container: web, cmd: ['ls', '/data'], expect: { exitCode: 0 } })).matched).toBe(true);
        await expect(probe.request({ kind: 'http', host: '10.0.0.1' as '127.0.0.1', port: hostPort, path: '/' })).rejects.toThrow('loopback');
        await expect(probe.request({ kind: 'exec', container: web, cmd: ['ip', 'addr', 'add', '10.9.9.9/32', 'dev', 'eth0'] })).rejects.toThrow('not a read-only probe command');
      });
      expectNothingChanged('objects and richer probes', proof);
      expect(proof.audit.execs.filter((e) => e.Action.startsWith('exec_create')).map((e) => e.Action).sort()).toEqual(['exec_create: ls /data', 'exec_create: nproc ']);
    } finally {
      client.close?.();
    }
  });

  it('positive control: a real change in the window is caught by both the events and the diff', async () => {
    const proof = await proveReadOnly(prefix, async () => {
      await docker(['restart', '-t', '0', `${prefix}web`]);
    });
    expect(proof.audit.violations.join('\n')).toMatch(/container (kill|die|stop|start|restart) /);
    expect(proof.changes.join('\n')).toContain(`container /${prefix}web changed`);
    // and an event of another object in the window is foreign, not ours
    const window = await timed(async () => {
      await otherRun('x');
    });
    const audit = auditEvents(await eventsIn(window), prefix, new Set());
    expect(audit.foreign).toBeGreaterThan(0);
    expect(audit.violations).toEqual([]);
  });

  it('positive control past the engine\'s event buffer: a change followed by 300+ other events is still caught', async () => {
    // The engine replays only its last 256 events to a `--since` query: a busy shared engine pushes a run's first
    // events out of that buffer. The proof's live stream (fixtures/read-only-proof.ts) must not depend on it.
    const other = await startOwnContainer('ubuntu:14.04', `dgt-rlbusy-${Date.now()}`, (c) => c.withCommand(['sleep', '300']));
    try {
      const window = await timed(async () => {
        await docker(['restart', '-t', '0', `${prefix}exited`]);
        // 110 execs on another run's container: exec_create, exec_start, exec_die each (330 events), four at a time.
        for (let i = 0; i < 110; i += 4) await Promise.all([0, 1, 2, 3].map(() => docker(['exec', other.getId(), 'true'])));
      });
      const audit = auditEvents(await eventsIn(window), prefix, new Set());
      expect(audit.violations.join('\n')).toMatch(new RegExp(`container (start|restart) ${prefix}exited`));
      expect(audit.foreign).toBeGreaterThanOrEqual(330);
      // What a `--since` query alone returns now: the restart has left the engine's buffer (why the live stream is needed).
      const queriedOnly = auditEvents(await eventsIn({ startNs: window.startNs, endNs: window.endNs }), prefix, new Set());
      expect(queriedOnly.violations).toEqual([]);
    } finally {
      await other.stop({ timeout: 1 }).catch(() => undefined);
    }
  }, 120_000);
});

/**
 * Commands other branches are landing (batch `grade`, ci `doctor`, journey `--watch`, board `serve`): the same proof
 * applies as soon as the built CLI has them; until then jest lists them as todo (visible, not passed).
 */
describe('commands landing from other branches', () => {
  const pending: Array<{ label: string; present: boolean; args: () => string[]; killAfterMs?: number; during?: (stop: () => void) => Promise<void> }> = [
    {
      label: 'grade (live engine on a roster)',
      present: cliHasCommand('grade'),
      args: () => {
        const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rl-'));
        writeFileSync(join(dir, 'roster.csv'), `student_id,name,email,engine,prefix\nrl1,RL,rl@school.example,unix:///var/run/docker.sock,${prefix}\n`);
        return ['grade', '--roster', join(dir, 'roster.csv'), '-o', join(dir, 'grades')];
      },
    },
    { label: 'doctor (no --deep)', present: cliHasCommand('doctor'), args: () => ['doctor'] },
    // --watch runs until stopped: killed after a few rounds, its exit code is the kill's.
    // Meanwhile another object changes (not ours), so the watch really re-grades inside the window.
    { label: 'check --watch', present: cliHasCommand('check', '--watch'), args: () => ['check', 'all', '--watch', '--prefix', prefix], killAfterMs: 8000, during: async () => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await otherRun('w');
    } },
    // The class board follows the engine until stopped; meanwhile the page, a report and both exports are
    // asked for, and another object changes (not ours), so the board really listens inside the window.
    // It is asked once it listens (CI at load 16 refused a fixed 3 s wait), then stopped; 60 s bound it.
    { label: 'serve (the class board)', present: cliHasCommand('serve'), args: () => ['serve', '--prefixes', prefix, '--listen', '127.0.0.1:18404'], killAfterMs: 60_000, during: async (stop) => {
      try {
        const listening = await waitUntil(() => fetch('http://127.0.0.1:18404/board.json').then((r) => r.status, () => 0), (status) => status === 200, { timeoutMs: 45_000, intervalMs: 250 });
        expect(listening.value).toBe(200);
        for (const path of ['/', '/board.json', '/students/0', '/grades.csv', '/class.html']) expect((await fetch(`http://127.0.0.1:18404${path}`)).status).toBe(200);
        await otherRun('s');
        // the board follows the engine: give it the other object's events before it stops
        await new Promise((resolve) => setTimeout(resolve, 1500));
      } finally {
        stop();
      }
    } },
  ];
  for (const entry of pending) {
    if (!entry.present) {
      it.todo(`${entry.label} is read-only (command not in this build yet)`);
      continue;
    }
    it(`${entry.label} is read-only`, async () => {
      const proof = await proveReadOnly(prefix, async () => {
        const stopper = new AbortController();
        const [run] = await Promise.all([runCli(entry.args(), {}, { killAfterMs: entry.killAfterMs, signal: stopper.signal }), entry.during?.(() => stopper.abort())]);
        expect(run.stderr).not.toContain('unexpected error');
      });
      expectNothingChanged(entry.label, proof);
    });
  }
});
