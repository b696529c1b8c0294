/**
 * What one hostile engine may cost (issue 26.7). Fake engines on 127.0.0.1 (ports 18710-18729, no
 * real engine is touched) answer with huge bodies: 16 container inspections of 200 MB each, or 240 MB
 * of past events, sent without a Content-Length (the body runs to the close, so every byte must
 * arrive before it can be counted). Peak resident memory of the real CLI is measured (VmHWM) for
 * `check`, `snapshot` and a roster of 8 such rows; a roster's overall `--class-timeout` ends a class of
 * silent engines on time. Before: 4 inspections of 200 MB already took `check` to 1.86 GB (16: about
 * 5 GB), 240 MB of events took `snapshot` to 1.1 GB.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileMemoryEngine, type HostileMemoryEngine } from '../../fixtures/hostile-memory-engine.js';
import { runMeasured } from '../../fixtures/peak-rss.js';

/** Far above what these runs need now (~130 MB), far below what they took before. */
const PEAK_MB = 400;
const figures: string[] = [];

afterAll(() => console.log(`[reliability] engine memory: ${figures.join('; ')}`));

describe('a hostile engine costs at most its budget', () => {
  let inspects: HostileMemoryEngine;
  let events: HostileMemoryEngine;
  beforeAll(async () => {
    inspects = await hostileMemoryEngine({ inspects: 16, inspectMB: 200, eventsMB: 0, framing: 'close', port: 18710 });
    events = await hostileMemoryEngine({ inspects: 1, inspectMB: 0, eventsMB: 240, framing: 'close', port: 18711 });
  });
  afterAll(async () => {
    await inspects.close();
    await events.close();
  });

  it('check against 16 inspections of 200 MB: exit 3, one line, bounded memory', async () => {
    const run = await runMeasured(['check', '2.2.1', '--host', inspects.url, '--timeout', '120']);
    figures.push(`check 16×200 MB: peak ${run.peakMB} MB, ${run.ms} ms`);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/sent more than 64 MB of answers for one check/);
    expect(run.peakMB).toBeLessThan(PEAK_MB);
  }, 150_000);

  it('snapshot against 240 MB of events: the snapshot is written without them, bounded memory', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dgt-he-mem-')), 'snap.json');
    const run = await runMeasured(['snapshot', '--host', events.url, '--timeout', '120', '-o', out]);
    figures.push(`snapshot 240 MB events: peak ${run.peakMB} MB, ${run.ms} ms`);
    expect(run.code).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as { events?: unknown; containers: unknown[] };
    expect(snapshot.events).toBeUndefined();
    expect(snapshot.containers).toHaveLength(1);
    expect(run.peakMB).toBeLessThan(PEAK_MB);
  }, 150_000);

  it('grade of a roster of 8 such rows: every row unreachable with its reason, the class written, bounded memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dgt-he-mem-'));
    writeFileSync(join(dir, 'roster.csv'), `id,engine\n${Array.from({ length: 8 }, (_, i) => `s${i},${inspects.url}`).join('\n')}\n`);
    const run = await runMeasured(['grade', '--roster', join(dir, 'roster.csv'), '-o', join(dir, 'out'), '--engine-timeout', '120', '--lang', 'en']);
    figures.push(`grade 8 rows × 16×200 MB: peak ${run.peakMB} MB, ${run.ms} ms`);
    expect(run.code).toBe(1);
    const grades = readFileSync(join(dir, 'out', 'grades.csv'), 'utf8');
    // 8 engines at once: each gets 16 MB of the class's 128 MB
    expect(grades.match(/sent more than 16 MB of answers for one check/g)).toHaveLength(8);
    expect(run.peakMB).toBeLessThan(PEAK_MB);
  }, 300_000);
});

describe('--class-timeout', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // answers nothing at all: each row would wait for its whole --engine-timeout
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(18712, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('ends a class of silent engines at the class timeout: running rows stop, the rest are not tried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dgt-he-mem-'));
    writeFileSync(join(dir, 'roster.csv'), `id,engine\n${Array.from({ length: 6 }, (_, i) => `s${i},tcp://127.0.0.1:18712`).join('\n')}\n`);
    const run = await runMeasured(['grade', '--roster', join(dir, 'roster.csv'), '-o', join(dir, 'out'), '--engine-timeout', '60', '--class-timeout', '4', '--concurrency', '2', '--lang', 'en']);
    figures.push(`class timeout 4 s over 6 silent rows × 60 s: ended after ${run.ms} ms`);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(15_000);
    const grades = readFileSync(join(dir, 'out', 'grades.csv'), 'utf8');
    expect(grades.match(/class timeout \(4 s\) was reached/g)).toHaveLength(6);
    const bad = await runMeasured(['grade', '--roster', join(dir, 'roster.csv'), '-o', join(dir, 'out2'), '--class-timeout', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--class-timeout/);
  }, 60_000);
});
