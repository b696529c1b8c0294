/**
 * A roster of live engines graded with probes (issue 25: 100 engines in ≤ 10 s): `npm run bench --
 * --only roster [--engines N]`. The engines are really separate: each a dockerd of its own (its own
 * data root, exec root, pidfile, socket, engine id and containerd namespace, all below a scratch folder
 * in /tmp), on one containerd the bench starts for them, each in a network namespace of its own
 * (`unshare --net`), with no bridge, no iptables, no forwarding or masquerading, so neither the main
 * engine nor the host network is touched. As many start as the
 * machine's memory holds (a reserve is kept); the roster's remaining rows each reach one of the real
 * engines through a unix-socket forwarder of their own, with their state under a prefix of their own.
 *
 * Each engine gets a learner's state of 2.2.6/myvolume (a volume, two running containers, a line
 * written into the volume through one and read through the other): the stand-in image is copied from
 * the main engine (`docker save`, loaded through the API; never pulled) and the exercise's reference
 * solution is typed with `docker -H`. Its check `reads` is an exec probe (`cat /root/volume` inside
 * myvolume_2), so a row has its full points only when the probe ran. `dockgrade grade --roster` is then
 * timed (a warm-up, then several runs) and every run's summary.json is checked: every row graded, every
 * row with 2.2.6/myvolume's full points.
 *
 * Everything is torn down on the way out, also on failure or Ctrl+C (run-bench's teardown list): the
 * dockerds are stopped (their containers killed after 1 s), then the containerd; what is still running
 * with the scratch folder on its command line is killed by its pid, what is still mounted below it is
 * unmounted, the folder removed; and the bench fails when any of it is left. A run killed with SIGKILL
 * is swept by the next run (folders marked as the bench's own).
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitUntil } from '../grader/core/wait.js';
import { containerdConfig, daemonConfig, dockerdArgs, enginePaths, memAvailableMiB, mountsUnder, roomForEngine, rosterCsv, type RosterRow } from './roster-plan.js';

const exec = promisify(execFile);

export interface RosterSample {
  wallMs: number;
  rssMiB: number;
  cpuMs: number;
}

export interface RosterBenchContext {
  node: string;
  bin: string;
  root: string;
  smoke: boolean;
  /** Timed runs after the warm-up. */
  runs: number;
  /** Roster rows (default 100; smoke 4). */
  engines: number;
  /** Real engines at most (`--real N`; default all rows; smoke 2, so its other rows go through forwarders). */
  maxReal: number;
  /** `grade --concurrency` values to time, each with its own runs (default: grade's own, 8). */
  concurrency: number[];
  say(line: string): void;
  figure(id: string, order: number, scenario: string, text: string, target: string, ok: boolean, load?: number): void;
  results: string[];
  /** Runs a command under /usr/bin/time (run-bench's `timed`). */
  timed(command: { label: string; argv: string[]; okCodes?: number[]; env?: NodeJS.ProcessEnv }): Promise<RosterSample>;
  /** Registers work run-bench does on the way out (also on failure and Ctrl+C). */
  onTeardown(work: () => Promise<void>): void;
}

const EXERCISE = '2.2.6/myvolume';
/** The stand-in images the exercise's solution needs (copied from the main engine, never pulled). */
const IMAGES = ['ubuntu:14.04'];
const MARKER = '.dockgrade-roster-bench';
const SCRATCH_PARENT = '/tmp';
const SCRATCH_STEM = 'dgr-';
/** Memory one engine takes with its state (dockerd ~75 MiB, two shims), rounded up; and what is left to others. */
const PER_ENGINE_MIB = 150;
const RESERVE_MIB = 4096;
/** Engines started at once (each start is CPU-bound on a 2-core machine). */
const STARTS_AT_ONCE = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function ping(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath: socket, path: '/_ping', timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** POST /images/load on an engine's socket with the tar file as the body. */
function loadImages(socket: string, tar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, method: 'POST', path: '/images/load?quiet=1', headers: { 'content-type': 'application/x-tar', 'content-length': statSync(tar).size } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => (res.statusCode === 200 && !text.includes('"error"') ? resolve() : reject(new Error(`image load on ${socket}: HTTP ${res.statusCode} ${text.slice(0, 300)}`))));
    });
    req.on('error', reject);
    createReadStream(tar).pipe(req);
  });
}

/**
 * Pids of the processes the bench started below `dir`, and nothing else: those whose command line names
 * it (dockerd, containerd, shims) or whose root is there (a container's processes).
 */
function processesUnder(dir: string): Array<{ pid: number; args: string }> {
  const found: Array<{ pid: number; args: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let args = '';
    let root = '';
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      root = readlinkSync(`/proc/${entry}/root`);
    } catch {
      if (!args) continue; // gone meanwhile
    }
    if (args.includes(`${dir}/`) || root.startsWith(`${dir}/`)) found.push({ pid: Number(entry), args });
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitGone(pids: number[], ms: number): Promise<number[]> {
  return (await waitUntil(async () => pids.filter(alive), (left) => left.length === 0, { timeoutMs: ms, intervalMs: 200 })).value;
}

/**
 * Stops everything the bench started below `dir` and removes it: dockerds first (SIGTERM: they stop
 * their containers and unmount), then containerd, then SIGKILL for whatever still names the folder;
 * unmounts what is left mounted below it; removes it. Returns what could not be removed.
 */
async function tearDownFolder(dir: string, say: (line: string) => void): Promise<string[]> {
  const signal = (pids: number[], sig: NodeJS.Signals) => pids.forEach((pid) => { try { process.kill(pid, sig); } catch { /* already gone */ } });
  const dockerds = processesUnder(dir).filter((p) => p.args.startsWith('dockerd ')).map((p) => p.pid);
  signal(dockerds, 'SIGTERM');
  const stubborn = await waitGone(dockerds, 45_000);
  if (stubborn.length) say(`  roster: ${stubborn.length} dockerd(s) did not stop within 45 s: killed`);
  signal(stubborn, 'SIGKILL');
  await waitGone(stubborn, 5000);
  const containerd = processesUnder(dir).filter((p) => p.args.startsWith('containerd ')).map((p) => p.pid);
  signal(containerd, 'SIGTERM');
  signal(await waitGone(containerd, 10_000), 'SIGKILL');
  const rest = processesUnder(dir).map((p) => p.pid);
  if (rest.length) say(`  roster: killing ${rest.length} leftover process(es) (shims) by pid`);
  signal(rest, 'SIGKILL');
  await waitGone(rest, 5000);
  for (const point of mountsUnder(readFileSync('/proc/self/mountinfo', 'utf8'), dir)) {
    await exec('umount', [point]).catch(() => exec('umount', ['-l', point]).catch(() => undefined));
  }
  const leftMounts = mountsUnder(readFileSync('/proc/self/mountinfo', 'utf8'), dir);
  if (!leftMounts.length) rmSync(dir, { recursive: true, force: true });
  const leftProcesses = processesUnder(dir);
  return [...leftProcesses.map((p) => `process ${p.pid} (${p.args.slice(0, 60)})`), ...leftMounts.map((m) => `mount ${m}`), ...(existsSync(dir) ? [`folder ${dir}`] : [])];
}

/** Folders earlier, killed roster runs left in /tmp (marked as the bench's own), torn down. */
async function sweepEarlierRuns(say: (line: string) => void): Promise<void> {
  for (const entry of readdirSync(SCRATCH_PARENT)) {
    const dir = join(SCRATCH_PARENT, entry);
    if (!entry.startsWith(SCRATCH_STEM) || !existsSync(join(dir, MARKER))) continue;
    say(`  roster: tearing down ${dir}, left by an earlier, killed run`);
    const left = await tearDownFolder(dir, say);
    if (left.length) throw new Error(`roster: cannot tear down an earlier run's ${dir}: ${left.slice(0, 5).join('; ')}`);
  }
}

interface RealEngine {
  index: number;
  socket: string;
  child: ChildProcess;
}

async function waitFor(what: string, ready: () => Promise<boolean> | boolean, child: ChildProcess, ms: number): Promise<void> {
  const answered = async () => {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode})`);
    return ready();
  };
  const { value } = await waitUntil(answered, (ok) => ok, { timeoutMs: ms, intervalMs: 250, retryable: () => false });
  if (!value) throw new Error(`${what} did not answer within ${ms / 1000} s`);
}

function startDetached(command: string, args: string[], log: string): ChildProcess {
  const fd = openSync(log, 'a');
  // its own process group: a Ctrl+C reaches the bench only, which then stops the engines in order
  const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.on('error', () => undefined);
  return child;
}

export async function rosterBench(ctx: RosterBenchContext): Promise<void> {
  const title = `roster. \`grade --roster\` of ${ctx.engines} live engines with probes (${EXERCISE} on each)`;
  ctx.say(`\n${title}`);
  if (process.getuid?.() !== 0) throw new Error('roster: starts dockerd instances of its own, so it runs as root');
  await sweepEarlierRuns(ctx.say);
  const scratch = mkdtempSync(join(SCRATCH_PARENT, SCRATCH_STEM));
  writeFileSync(join(scratch, MARKER), 'bench/roster-bench.ts: engines of a bench run; the next run tears this folder down\n');
  const proxies: Server[] = [];
  let tornDown = false;
  const tearDown = async () => {
    if (tornDown) return;
    tornDown = true;
    for (const server of proxies) server.close();
    ctx.say(`  roster: tearing down ${scratch}`);
    const left = await tearDownFolder(scratch, ctx.say);
    if (left.length) throw new Error(`roster: left behind: ${left.slice(0, 8).join('; ')}${left.length > 8 ? ` and ${left.length - 8} more` : ''}`);
    ctx.say(`  roster: torn down (no process, mount or file of it left: checked in /proc and /proc/self/mountinfo)`);
  };
  ctx.onTeardown(tearDown);

  // One containerd for the bench's engines, everything of it below the scratch folder.
  const containerdDir = join(scratch, 'containerd');
  mkdirSync(containerdDir);
  writeFileSync(join(containerdDir, 'config.toml'), containerdConfig(containerdDir));
  const containerdSocket = join(containerdDir, 'containerd.sock');
  const containerd = startDetached('containerd', ['--config', join(containerdDir, 'config.toml')], join(containerdDir, 'log'));
  await waitFor('containerd', () => existsSync(containerdSocket), containerd, 30_000);

  const images = join(scratch, 'images.tar');
  await exec('docker', ['save', '-o', images, ...IMAGES]);

  // The real engines: as many as memory allows, STARTS_AT_ONCE at a time.
  const started = Date.now();
  const real: RealEngine[] = [];
  let stopReason = '';
  let next = 0;
  const starter = async () => {
    while (!stopReason && next < ctx.engines) {
      if (next >= ctx.maxReal) {
        stopReason ||= `--real ${ctx.maxReal}`;
        return;
      }
      const index = next++;
      const available = memAvailableMiB(readFileSync('/proc/meminfo', 'utf8'));
      if (!roomForEngine(available, PER_ENGINE_MIB, RESERVE_MIB)) {
        stopReason ||= `memory: ${available.toFixed(0)} MiB available, ${RESERVE_MIB} MiB kept for the rest of the machine`;
        return;
      }
      const paths = enginePaths(scratch, index);
      mkdirSync(paths.dir);
      writeFileSync(paths.configFile, daemonConfig(paths));
      // A network namespace of its own: a dockerd with --bridge=none in the host's namespace deletes the host's
      // docker0 at start (measured: the main engine's containers lost their bridge, builds failed). unshare execs
      // dockerd in place, so the pid and the command line (`dockerd …`, what teardown looks for) are dockerd's.
      const child = startDetached('unshare', ['--net', 'dockerd', ...dockerdArgs(paths, containerdSocket, `dgbench-e${String(index).padStart(3, '0')}`)], paths.log);
      try {
        await waitFor(`dockerd e${index}`, () => ping(paths.socket), child, 120_000);
        real.push({ index, socket: paths.socket, child });
      } catch (error) {
        stopReason ||= `${(error as Error).message} (log: ${paths.log})`;
        if (child.pid && alive(child.pid)) process.kill(child.pid, 'SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: STARTS_AT_ONCE }, starter));
  if (!real.length) throw new Error(`roster: no engine started: ${stopReason}`);
  real.sort((a, b) => a.index - b.index);
  ctx.say(`  ${real.length} dockerd(s) of their own started in ${((Date.now() - started) / 1000).toFixed(1)} s${stopReason ? `; stopped starting more: ${stopReason}` : ''}`);

  // A learner's state on each: the images, then the exercise's reference solution as typed.
  const { EXERCISES } = (await import(join(ctx.root, 'dist/exercises/index.js'))) as typeof import('../exercises/index.js');
  const { makeNames } = (await import(join(ctx.root, 'dist/grader/check/names.js'))) as typeof import('../grader/check/names.js');
  const exercise = EXERCISES.find((e) => e.id === EXERCISE);
  if (!exercise) throw new Error(`roster: exercise ${EXERCISE} is not in this build`);
  const solve = async (socket: string, prefix: string) => {
    for (const step of exercise.solution(makeNames(prefix))) {
      if (!Array.isArray(step)) throw new Error(`roster: ${EXERCISE} builds an image; pick an exercise without builds`);
      await exec('docker', ['-H', `unix://${socket}`, ...step]);
    }
  };
  const rows: RosterRow[] = [];
  const prepared = Date.now();
  const work: Array<() => Promise<void>> = [];
  for (const engine of real) {
    rows.push({ student: `s${String(engine.index).padStart(3, '0')}`, engine: `unix://${engine.socket}`, prefix: '' });
    work.push(async () => {
      await loadImages(engine.socket, images);
      await solve(engine.socket, '');
    });
  }
  // The rest: a forwarder of its own in front of a real engine, its state under a prefix of its own there.
  for (let index = real.length; index < ctx.engines; index++) {
    const target = real[index % real.length];
    const socket = join(scratch, `p${String(index).padStart(3, '0')}.sock`);
    const prefix = `p${String(index).padStart(3, '0')}-`;
    const server = createServer((client) => {
      const upstream = createConnection(target.socket);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socket, resolve));
    proxies.push(server);
    rows.push({ student: `s${String(index).padStart(3, '0')}`, engine: `unix://${socket}`, prefix });
    work.push(async () => {
      // the real engine has the images once its own row's work loaded them: wait for them
      await solve(target.socket, prefix).catch(async () => {
        await sleep(2000);
        await solve(target.socket, prefix);
      });
    });
  }
  // real engines first (they load the images the proxied rows need), eight at a time
  let taken = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (taken < work.length) await work[taken++]();
    }),
  );
  ctx.say(`  ${EXERCISE}'s state on every engine (${real.length} real, ${ctx.engines - real.length} through a forwarder of their own) in ${((Date.now() - prepared) / 1000).toFixed(1)} s`);
  const rssMiB = real.reduce((sum, e) => {
    try {
      return sum + Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${e.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
  ctx.say(`  dockerds: ${rssMiB.toFixed(0)} MiB resident together (${(rssMiB / real.length).toFixed(0)} MiB each); ${memAvailableMiB(readFileSync('/proc/meminfo', 'utf8')).toFixed(0)} MiB still available`);

  const roster = join(scratch, 'roster.csv');
  writeFileSync(roster, rosterCsv(rows));
  let run = 0;
  const grade = (concurrency: number) => {
    const out = join(scratch, `out-${run++}`);
    // its own cache folder in the scratch one: each of the 100 engines has its facts and images cached,
    // files the user's ~/.cache/dockgrade kept after the bench (852 of them) for engines long gone
    const env = { DOCKGRADE_CACHE_DIR: join(scratch, 'cache') };
    return { out, command: { label: 'dockgrade grade --roster', argv: [ctx.node, ctx.bin, 'grade', '--roster', roster, '-o', out, '--concurrency', String(concurrency)], okCodes: [0, 1], env } };
  };
  const verify = (out: string) => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      students: Array<{ studentId: string; status: string; reason: string; integrity: Array<{ code?: string; kind?: string }>; result: { exercises: Array<{ id: string; points: number; maxPoints: number; checks: Array<{ id: string; status: string }> }> } | null }>;
    };
    const problems: string[] = [];
    /** Rows graded, but short of the exercise's full points (an exec probe that timed out on a saturated machine). */
    const short: string[] = [];
    if (summary.students.length !== rows.length) problems.push(`${summary.students.length} rows, not ${rows.length}`);
    for (const row of summary.students) {
      if (row.status !== 'graded') {
        problems.push(`${row.studentId}: ${row.status} (${row.reason})`);
        continue;
      }
      const graded = row.result?.exercises.find((e) => e.id === EXERCISE);
      const reads = graded?.checks.find((c) => c.id === 'reads');
      if (!graded) problems.push(`${row.studentId}: ${EXERCISE} not graded`);
      else if (graded.points !== graded.maxPoints || reads?.status !== 'pass') short.push(`${row.studentId} ${graded.points}/${graded.maxPoints} (reads: ${reads?.status})`);
    }
    if (problems.length) throw new Error(`roster: grade's summary: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` and ${problems.length - 5} more` : ''}`);
    return { short, findings: summary.students.flatMap((s) => s.integrity.map((f) => f.code ?? f.kind ?? '?')) };
  };
  /** The whole machine's busy CPU time so far (all processes: grade, the dockerds, containerd, runc, and others' work), ms. */
  const machineBusyMs = () => {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return ((ticks.slice(0, 8).reduce((a, b) => a + b, 0) - idle) * 1000) / 100;
  };

  // What the machine spends with nobody grading (the idle engines, their containers, others' work): the
  // part of a run's busy time that is not the engines answering grade. 100 engines just started are still
  // settling (load ~18): measured over 5 s at a time until it stops falling (at most a minute), so the runs
  // start on engines at rest.
  let idlePerSecond = Infinity;
  const settling = Date.now();
  for (let window = 0; window < 12; window++) {
    const from = machineBusyMs();
    await sleep(5000);
    const rate = (machineBusyMs() - from) / 5000;
    const falling = rate < idlePerSecond * 0.9;
    idlePerSecond = rate;
    if (!falling) break;
  }
  ctx.say(`  idle: the machine busy ${idlePerSecond.toFixed(2)} CPU-s per second with nobody grading (of 2 cores; after ${((Date.now() - settling) / 1000).toFixed(0)} s of settling)`);

  const how = `${real.length} separate dockerd${real.length === 1 ? '' : 's'}${real.length < ctx.engines ? `, ${ctx.engines - real.length} rows through forwarders to them` : ''}`;
  const { loadavg } = await import('node:os');
  for (const concurrency of ctx.concurrency) {
    const warm = grade(concurrency);
    await ctx.timed(warm.command);
    const { findings } = verify(warm.out);
    rmSync(warm.out, { recursive: true, force: true });
    if (findings.length) ctx.say(`  integrity findings across the class: ${[...new Set(findings)].join(', ')} (${findings.length})`);
    const load = Number(loadavg()[0].toFixed(1));
    const samples: RosterSample[] = [];
    const machine: number[] = [];
    const short: string[] = [];
    for (let i = 0; i < ctx.runs; i++) {
      const one = grade(concurrency);
      const before = machineBusyMs();
      samples.push(await ctx.timed(one.command));
      machine.push(machineBusyMs() - before);
      short.push(...verify(one.out).short);
      rmSync(one.out, { recursive: true, force: true });
    }
    const walls = samples.map((s) => s.wallMs);
    const wall = median(walls);
    const cpu = median(samples.map((s) => s.cpuMs));
    const busy = median(machine);
    const idleShare = (idlePerSecond * wall) / 1000;
    const peak = Math.max(...samples.map((s) => s.rssMiB));
    const ok = wall <= 10_000 && short.length === 0;
    const full = short.length ? `${short.length} row(s) short of full points over the runs: ${short.slice(0, 3).join(', ')}` : 'every row graded, full points';
    ctx.say(
      `  grade --roster --concurrency ${concurrency} (${rows.length} rows: ${how}): min/median/max ${Math.min(...walls).toFixed(0)} / ${wall.toFixed(0)} / ${Math.max(...walls).toFixed(0)} ms   CPU ${cpu.toFixed(0)} ms   peak RSS ${peak.toFixed(0)} MiB   (target ≤ 10 s ${ok ? '✓' : '✗'}); the whole machine was busy ${(busy / 1000).toFixed(1)} CPU-s meanwhile, ${idleShare.toFixed(1)} of them what it spends idle (load ${load} at the start); every row graded; ${short.length ? full : `${EXERCISE}'s exec probe passing on every row`}`,
    );
    ctx.results.push(`${title} --concurrency ${concurrency}: ${(wall / 1000).toFixed(2)} s median, ${how} ${ok ? '✓' : '✗'}`);
    if (!ctx.smoke)
      ctx.figure(
        `roster${ctx.engines}${concurrency === 8 ? '' : `c${concurrency}`}`,
        5.5,
        `roster: \`grade --roster\`${concurrency === 8 ? '' : ` --concurrency ${concurrency}`} of ${ctx.engines} live engines with probes (${EXERCISE}'s state on each: a volume, two running containers, an exec probe)`,
        `${(wall / 1000).toFixed(2)} s, CPU ${(cpu / 1000).toFixed(2)} s, peak RSS ${peak.toFixed(0)} MiB (median of ${samples.length}; ${how}; ${full}; the whole machine busy ${(busy / 1000).toFixed(1)} CPU-s per run, ${idleShare.toFixed(1)} of them what it spends idle)`,
        '≤ 10 s',
        ok,
        load,
      );
  }
  await tearDown();
}
