/**
 * `dockgrade serve` on the real engine, watched in a real headless Chromium (Debian's `chromium`,
 * driven by playwright-core, as the report tests do): a class of five, three on one engine behind a
 * proxy (one event stream for the three), one on an engine that is not there yet, one under
 * `--prefixes` on the local engine. A student's command changes their cell without a reload, within
 * a second or two; the absent engine shows unreachable, comes back by itself when it answers and goes
 * again when it stops; a hostile container name (the engine's answer, forged by the proxy: Docker
 * itself refuses markup in names) and a hostile roster name stay text; the exports are grade's; beyond
 * loopback the token is required. Everything is named `dgt-board-…` and removed afterwards.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { startEngineProxy, type EngineProxy } from '../../fixtures/engine-proxy.js';
import { BIN } from '../../fixtures/run-cli.js';

const CHROMIUM = process.env.DOCKGRADE_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'artifacts');
const prefix = uniquePrefix('board');
const BOARD_PORT = 18401;
const GONE_PORT = 18402;
const TOKEN_PORT = 18403;
const HOSTILE_NAME = `${prefix}m-<img src=x onerror=alert(1)>`;
const HOSTILE_STUDENT = '<script>window.__pwned = 1; alert("pwned")</script>';

interface Served {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `dockgrade serve …` and resolves with the address it prints. */
async function serve(args: string[]): Promise<Served> {
  const child = spawn('node', [BIN, 'serve', ...args], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!/http:\/\/\S+/.test(out)) {
    if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`serve did not start: ${out}${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url: /http:\/\/\S+/.exec(out)![0], stdout: () => out, stderr: () => err, exited };
}

async function stopServe(served: Served | undefined): Promise<number | null> {
  if (!served || served.child.exitCode !== null) return served?.child.exitCode ?? null;
  served.child.kill('SIGTERM');
  return served.exited;
}

let browser: Browser;
let board: Served | undefined;
let proxy: EngineProxy | undefined;
let gone: EngineProxy | undefined;
let page: Page;
const dialogs: string[] = [];
const requests: string[] = [];

/** The board's row of `index` as the page shows it. */
async function rowOf(index: number): Promise<{ cls: string; cells: Array<[string, string]>; points: string; changed: string; who: string; state: string }> {
  return page.evaluate((i) => {
    const doc = (globalThis as any).document;
    const tr = doc.querySelector(`tr[data-row="${i}"]`);
    return {
      cls: tr.className as string,
      cells: [...tr.querySelectorAll('td.cell')].map((td: any) => [td.className.replace('cell ', ''), td.innerText]) as Array<[string, string]>,
      points: tr.querySelector('td.points').innerText as string,
      changed: tr.querySelector('td.changed time').getAttribute('datetime') as string,
      who: tr.querySelector('td.who').innerText as string,
      state: tr.querySelector('td.state').innerText as string,
    };
  }, index);
}

async function waitForRow(index: number, cls: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  try {
    await page.waitForFunction(([i, c]) => (globalThis as any).document.querySelector(`tr[data-row="${i}"]`)?.className === c, [index, cls] as const, { timeout: timeoutMs, polling: 25 });
  } catch (error) {
    // say what the board shows instead
    const rows = (await (await fetch(`http://127.0.0.1:${BOARD_PORT}/board.json`)).json()) as Array<{ index: number; state: string; reason: string }>;
    throw new Error(`row ${index} is not ${cls} after ${timeoutMs} ms: ${JSON.stringify(rows.map((r) => [r.index, r.state, r.reason]))}; the proxy saw ${proxy?.requests.length} requests, the last: ${proxy?.requests.slice(-5).join(' | ')}; serve said: ${board?.stderr()}`, { cause: error });
  }
  return Date.now() - started;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: run \`bash scripts/chromium.sh\` (as root) to install Debian's chromium`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await removeByPrefix(prefix);
  // Mallory's container: created (never started) from ubuntu:14.04, so 2.2.1/run-ubuntu's report names it;
  // the proxy answers its inspection with a name Docker would refuse.
  const id = (await docker(['create', '--name', `${prefix}m-victim`, 'ubuntu:14.04'])).trim();
  const inspected = JSON.parse(await docker(['inspect', id]))[0] as Record<string, unknown>;
  proxy = await startEngineProxy({ intercept: (method, url) => (method === 'GET' && url.includes(`/containers/${id}/json`) ? { status: 200, body: { ...inspected, Name: `/${HOSTILE_NAME}` } } : null) });
  const dir = mkdtempSync(join(tmpdir(), 'dockgrade-board-'));
  const roster = join(dir, 'roster.csv');
  writeFileSync(
    roster,
    [
      'student_id,name,email,engine,prefix',
      `alice,Alice,alice@school.example,${proxy.url},${prefix}a`,
      `bob,Bob,bob@school.example,${proxy.url},${prefix}b`,
      `mallory,"${HOSTILE_STUDENT.replace(/"/g, '""')}",m@school.example,${proxy.url},${prefix}m`,
      `gone,Gone,gone@school.example,tcp://127.0.0.1:${GONE_PORT},${prefix}g`,
      '',
    ].join('\n'),
  );
  board = await serve(['--roster', roster, '--prefixes', `${prefix}c`, '--listen', `127.0.0.1:${BOARD_PORT}`]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1500, height: 700 } });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(board.url, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  const code = await stopServe(board);
  await proxy?.close();
  await gone?.close();
  await removeByPrefix(prefix);
  // Ctrl+C (SIGTERM here) ends it cleanly.
  expect(code).toBe(0);
  expect(board?.stderr()).toBe('dockgrade serve: stopped\n');
}, 60_000);

describe('dockgrade serve in Chromium', () => {
  it('shows one row per student, each graded from its engine; the absent engine unreachable; one event stream for the shared engine', async () => {
    expect(board!.stdout()).toBe(`dockgrade serve: board of 5 students on 3 engines at http://127.0.0.1:${BOARD_PORT}/ (Ctrl+C to stop)\n`);
    // roster order, then --prefixes
    for (const index of [0, 1, 2, 4]) await waitForRow(index, 'row-graded', 20_000);
    await waitForRow(3, 'row-unreachable', 30_000);
    const alice = await rowOf(0);
    expect(alice.who).toBe('alice');
    expect(alice.cells).toHaveLength(await page.locator('th.ex').count());
    expect(alice.cells.every(([cls]) => /^st-(passing|earlier|never)$/.test(cls))).toBe(true);
    expect(alice.points).toMatch(/^\d+\/\d+$/);
    expect(alice.changed).toMatch(/^\d{4}-\d\d-\d\dT/);
    const goneRow = await rowOf(3);
    expect(new Set(goneRow.cells.map(([cls, text]) => `${cls} ${text}`))).toEqual(new Set(['st-unreachable ⚠']));
    expect(goneRow.state).toContain('unreachable');
    expect(goneRow.state).toContain(`127.0.0.1:${GONE_PORT}`);
    // Three students behind the proxy, one stream: the following GET /events (past-event reads carry until=).
    const streams = proxy!.requests.filter((r) => /^GET \/[^?]*\/?events\?/.test(r) && !r.includes('until='));
    expect(streams).toHaveLength(1);
    // Nothing from the internet: every request went to the board itself.
    expect(requests.every((u) => u.startsWith(`http://127.0.0.1:${BOARD_PORT}/`))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'board-en.png') });
  });

  it("a student's command changes their cell within a second or two, without a reload; the others' rows stay", async () => {
    await page.evaluate(() => ((globalThis as any).__sameLoad = 1));
    const column = await page.locator('th.ex').evaluateAll((ths) => ths.map((th: any) => th.innerText as string));
    const at = column.indexOf('2.2.1/create-mycentos');
    const before = await rowOf(0);
    const bob = await rowOf(1);
    // Alice types the book's command (on the engine behind the proxy, under her prefix).
    await docker(['create', '-i', '-t', '--name', `${prefix}a-mycentos`, 'centos:7']);
    const typed = Date.now();
    await page.waitForFunction(([i, text]) => (globalThis as any).document.querySelectorAll('tr[data-row="0"] td.cell')[i].innerText !== text, [at, before.cells[at][1]] as const, { timeout: 15_000, polling: 25 });
    const latency = Date.now() - typed;
    const after = await rowOf(0);
    console.log(`[board] cell latency after docker create: ${latency} ms (${before.cells[at][1]} → ${after.cells[at][1]})`);
    expect(latency).toBeLessThan(3_000);
    expect(after.changed > before.changed).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).__sameLoad)).toBe(1);
    expect((await rowOf(1)).changed).toBe(bob.changed);
    // …and the start that follows it, the same way.
    await docker(['start', `${prefix}a-mycentos`]);
    await page.waitForFunction(([i, text]) => (globalThis as any).document.querySelectorAll('tr[data-row="0"] td.cell')[i].innerText !== text, [at, after.cells[at][1]] as const, { timeout: 15_000, polling: 25 });
    expect((await rowOf(0)).cells[at][0]).toBe('st-passing');
  });

  it('an engine that comes shows by itself, and one that goes shows unreachable', async () => {
    gone = await startEngineProxy({ port: GONE_PORT });
    const back = await waitForRow(3, 'row-graded', 60_000);
    await gone.close();
    gone = undefined;
    const away = await waitForRow(3, 'row-unreachable', 30_000);
    console.log(`[board] engine back on the board in ${back} ms, away in ${away} ms`);
  });

  it('hostile names stay text: the roster name on the board, the container name in the report', async () => {
    const mallory = await rowOf(2);
    expect(await page.locator('tr[data-row="2"] td.who').nth(1).innerText()).toBe(HOSTILE_STUDENT);
    expect(mallory.who).toBe('mallory');
    const inPage = await page.evaluate(() => ({ pwned: (globalThis as any).__pwned ?? null, scripts: (globalThis as any).document.querySelectorAll('script').length, imgs: (globalThis as any).document.querySelectorAll('img').length }));
    expect({ dialogs, ...inPage }).toEqual({ dialogs: [], pwned: null, scripts: 1, imgs: 0 });
    // the student's full report, opened from the board
    await page.locator('tr[data-row="2"] td.who a').click();
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`http://127.0.0.1:${BOARD_PORT}/students/2`);
    const text = await page.locator('body').innerText();
    expect(text).toContain(HOSTILE_NAME);
    const report = await page.evaluate(() => ({ pwned: (globalThis as any).__pwned ?? null, scripts: (globalThis as any).document.querySelectorAll('script').length, imgs: (globalThis as any).document.querySelectorAll('img').length }));
    expect({ dialogs, ...report }).toEqual({ dialogs: [], pwned: null, scripts: 0, imgs: 0 });
    await page.goBack({ waitUntil: 'load' });
  });

  it("exports grade's gradebook and class report at any moment", async () => {
    const csv = await (await fetch(`http://127.0.0.1:${BOARD_PORT}/grades.csv`)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^"student_id","name","email","2\.2\.1\/run-ubuntu",.*"total","max","status","reason"/);
    expect(lines.find((l) => l.startsWith('"alice",'))).toContain('"graded"');
    expect(lines.find((l) => l.startsWith('"gone",'))).toContain('"unreachable"');
    expect(lines.some((l) => l.startsWith(`"${prefix}c",`))).toBe(true);
    const html = await (await fetch(`http://127.0.0.1:${BOARD_PORT}/class.html`)).text();
    expect(html).toContain('Class results');
    expect(html).not.toContain(HOSTILE_STUDENT);
  });
});

describe('dockgrade serve beyond loopback', () => {
  it('asks for the token it printed once; with it the board is live', async () => {
    const wide = await serve(['--prefixes', `${prefix}c`, '--listen', `0.0.0.0:${TOKEN_PORT}`]);
    try {
      const token = /\?token=([A-Za-z0-9_-]{43})\b/.exec(wide.stdout())![1];
      expect(wide.stdout()).toContain('beyond this machine, so it asks for a token');
      expect(wide.stdout().split(token)).toHaveLength(2);
      const other = await browser.newPage();
      const refused = await other.goto(`http://127.0.0.1:${TOKEN_PORT}/`);
      expect(refused!.status()).toBe(401);
      expect(await other.locator('body').innerText()).toContain('a token is required');
      expect((await fetch(`http://127.0.0.1:${TOKEN_PORT}/grades.csv`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${TOKEN_PORT}/?token=${'x'.repeat(43)}`, { redirect: 'manual' })).status).toBe(401);
      await other.goto(`http://127.0.0.1:${TOKEN_PORT}/?token=${token}`, { waitUntil: 'load' });
      // the token left the address bar; the cookie carries the event stream
      expect(other.url()).toBe(`http://127.0.0.1:${TOKEN_PORT}/`);
      await other.waitForFunction(() => (globalThis as any).document.querySelector('tr[data-row="0"]')?.className === 'row-graded', undefined, { timeout: 60_000 });
      await other.close();
    } finally {
      expect(await stopServe(wide)).toBe(0);
    }
  });
});
