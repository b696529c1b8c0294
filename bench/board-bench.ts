/**
 * The class board at a class's size (issue 24): `dockgrade serve --prefixes` with 100 students on the
 * shared (real) engine, read through its event stream (`/events`) as the browser reads it. Measured:
 * - how long the board takes to grade all 100 rows at the start;
 * - a cell's latency: from the engine's answer to a student's `docker create` (straight to the engine
 *   API, as the watch scenario times it) to that student's row arriving on the board's stream, with the
 *   new points (target ≤ 2 s, issue 24);
 * - that only that student's row changed, and how many row updates a burst (create, start, stop of one
 *   student within a few ms) costs (target 1);
 * - the server's memory: resident and peak resident set of the serve process (/proc) at the end.
 * Run by `npm run bench -- --only board` (bench/run-bench.ts), under the engine lock. Everything it makes
 * is named with the bench run's prefix, which run-bench removes at the end.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';

export interface BoardBenchContext {
  node: string;
  bin: string;
  /** The bench run's prefix (`dgbench-<random>-`). */
  prefix: string;
  label: string;
  smoke: boolean;
  say(line: string): void;
  figure(id: string, order: number, scenario: string, text: string, target: string, ok: boolean): void;
  results: string[];
}

interface Row {
  id: string;
  state: string;
  points: number;
}

/** Where the bench's board listens (a port of the teach range, loopback only). */
const PORT = 18310;
const STUDENTS = 100;

function engine(method: string, path: string, body?: object): Promise<string> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers = text === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
    const req = request({ socketPath: '/var/run/docker.sock', method, path, headers }, (res) => {
      let out = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (out += chunk));
      res.on('end', () => (res.statusCode && res.statusCode < 300 ? resolve(out) : reject(new Error(`${method} ${path}: HTTP ${res.statusCode} ${out.trim()}`))));
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** Resident and peak resident set of a process, MiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function boardBench(ctx: BoardBenchContext): Promise<void> {
  const title = 'board. `serve --prefixes` with 100 students on the shared engine: a cell within 2 s';
  ctx.say(`\n${title}`);
  const ids = Array.from({ length: STUDENTS }, (_, i) => `${ctx.prefix}s${String(i).padStart(3, '0')}`);
  const started = process.hrtime.bigint();
  const child = spawn(ctx.node, [ctx.bin, 'serve', '--prefixes', ids.join(','), '--listen', `127.0.0.1:${PORT}`, '--no-probes', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const rows = new Map<string, Row>();
  const arrivals: Array<{ at: bigint; row: Row }> = [];
  const waiters: Array<() => void> = [];
  const since = (ms: number) => Number(process.hrtime.bigint() - started) / 1e6 - ms;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr.trim()}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('board of')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr.trim()}`)));
    });
    // The board's event stream, as the page reads it: every row first, then each change.
    const stream = request({ host: '127.0.0.1', port: PORT, path: '/events' }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: row\ndata: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          const row = JSON.parse(data) as Row;
          rows.set(row.id, row);
          arrivals.push({ at: process.hrtime.bigint(), row });
          waiters.splice(0).forEach((w) => w());
        }
      });
    });
    stream.end();
    const until = (ok: () => boolean, ms: number) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(ok()), ms);
        const check = () => {
          if (ok()) {
            clearTimeout(timer);
            resolve(true);
          } else waiters.push(check);
        };
        check();
      });
    if (!(await until(() => ids.every((id) => rows.get(id)?.state === 'graded'), 120_000))) throw new Error(`not every row was graded within 120 s (${[...rows.values()].filter((r) => r.state === 'graded').length} of ${STUDENTS})`);
    const firstMs = since(0);
    ctx.say(`  all ${STUDENTS} rows graded ${(firstMs / 1000).toFixed(1)} s after the start (one engine, one event stream)`);

    const rounds = ctx.smoke ? 2 : 10;
    const latencies: number[] = [];
    const others: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const id = ids[(i * 37 + 11) % STUDENTS];
      const before = rows.get(id)!.points;
      const mark = arrivals.length;
      await engine('POST', `/containers/create?name=${encodeURIComponent(`${id}-mycentos`)}`, { Image: 'centos:7', Tty: true, OpenStdin: true, Labels: { [ctx.label.split('=')[0]]: 'true' } });
      const answered = process.hrtime.bigint();
      const changed = () => arrivals.slice(mark).some((a) => a.row.id === id && a.row.points !== before);
      if (!(await until(changed, 15_000))) throw new Error(`${id}'s row did not change within 15 s`);
      const arrival = arrivals.slice(mark).find((a) => a.row.id === id && a.row.points !== before)!;
      latencies.push(Number(arrival.at - answered) / 1e6);
      // what else changed meanwhile (nothing should: the others did nothing)
      await new Promise((resolve) => setTimeout(resolve, 500));
      others.push(arrivals.slice(mark).filter((a) => a.row.id !== id).length);
    }
    // A burst: one student's create, start and stop a few ms apart.
    const burstId = ids[50];
    const mark = arrivals.length;
    const name = `${burstId}-burst`;
    await engine('POST', `/containers/create?name=${encodeURIComponent(name)}`, { Image: 'centos:7', Tty: true, OpenStdin: true, Labels: { [ctx.label.split('=')[0]]: 'true' } });
    await engine('POST', `/containers/${encodeURIComponent(name)}/start`);
    await engine('POST', `/containers/${encodeURIComponent(name)}/stop?t=0`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const burstUpdates = arrivals.slice(mark).filter((a) => a.row.id === burstId).length;
    const memory = memoryOf(child.pid!);
    const worst = Math.max(...latencies);
    const ok = worst <= 2000 && others.every((n) => n === 0) && burstUpdates <= 1;
    const text = `cell latency median ${median(latencies).toFixed(0)} ms, max ${worst.toFixed(0)} ms (${latencies.length} changes); other rows updated meanwhile: ${others.reduce((a, b) => a + b, 0)}; a create+start+stop burst: ${burstUpdates} row update(s); server RSS ${memory.rss.toFixed(0)} MiB (peak ${memory.peak.toFixed(0)} MiB); first grade of all rows ${(firstMs / 1000).toFixed(1)} s`;
    ctx.say(`  ${text}${ok ? '  ✓' : '  ✗ (target: every cell ≤ 2 s, no other row, one update per burst)'}`);
    ctx.results.push(`${title}: ${text}`);
    ctx.figure('board100', 8, '`serve --prefixes` 100 students on one engine: a student\'s `docker create` → their cell on the board\'s stream', text, '≤ 2 s per cell, one update per burst', ok);
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}
