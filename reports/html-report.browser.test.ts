/**
 * The HTML reports opened in a real headless Chromium (Debian's `chromium`, driven by playwright-core;
 * no browser is downloaded): what a person sees (statuses, points, a failing check's hint, Korean
 * text), that no script from learner data runs (no dialog, no global set, no script or image element,
 * no request but the file itself), that links reach the student's detail, and that it prints.
 * Screenshots and a PDF go to artifacts/ (gitignored). Fails, never skips, without chromium: run
 * `bash scripts/chromium.sh` (CI does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BLOG_POST_SECTIONS, HOSTILE, sampleClass, sampleRun, wholeBookRun } from '../fixtures/report-fixtures.js';
import { classHtmlReporter } from './class-html-reporter.js';
import { htmlReporter } from './html-reporter.js';

const CHROMIUM = process.env.DOCKGRADE_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'artifacts');

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: run \`bash scripts/chromium.sh\` (as root) to install Debian's chromium`);
  // Screenshots must show Hangul, not boxes: a Korean font (fonts-noto-cjk or Nanum) must be installed.
  const korean = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
  if (korean.error || !korean.stdout.trim()) throw new Error('no Korean font: run `bash scripts/chromium.sh` (as root) to install fonts-noto-cjk');
  mkdirSync(ARTIFACTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'dockgrade-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1200, height: 900 },
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  dialogs: string[];
  requests: string[];
  url: string;
}

/** Writes the HTML to artifacts/ and opens it, recording dialogs and requests. */
async function open(name: string, html: string): Promise<Opened> {
  const file = join(ARTIFACTS, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  // Give any injected handler (onerror of a broken image, a timer) the chance to fire.
  await page.waitForTimeout(300);
  return { page, dialogs, requests, url };
}

/** Nothing from learner data ran: no dialog, no global, no active element, no other request. */
async function expectInert(opened: Opened): Promise<void> {
  expect(opened.dialogs).toEqual([]);
  // Evaluated in the page (DOM types are not in this project's lib).
  expect(await opened.page.evaluate('typeof window.__pwned')).toBe('undefined');
  expect(await opened.page.evaluate("document.querySelectorAll('script, img, iframe, object, embed, svg foreignObject').length")).toBe(0);
  expect(opened.requests.every((u) => u === opened.url || u.startsWith(`${opened.url}#`))).toBe(true);
}

describe('student HTML report in Chromium', () => {
  it('shows statuses, points and a failing check with its hint; learner data stays text', async () => {
    const opened = await open('report-student-en.html', htmlReporter(await sampleRun(), { lang: 'en', color: false }));
    const { page } = opened;
    await expectInert(opened);
    await expect(page.locator('h1').innerText()).resolves.toBe('Docker exercise results — 2026001 김철수');
    await expect(page.locator('[data-total]').innerText()).resolves.toBe('11/16 pts');
    await expect(page.locator('.facts').innerText()).resolves.toContain('test-engine · Docker 20.10.24');
    const ubuntu = page.locator('#ex-2-2-1-run-ubuntu');
    await expect(ubuntu.locator('header .badge').innerText()).resolves.toBe('✘ fail');
    await expect(ubuntu.locator('header .points').innerText()).resolves.toBe('3/5 pts');
    const stdin = ubuntu.locator('tr[data-check="stdin"]');
    expect(await stdin.isVisible()).toBe(true);
    await expect(stdin.innerText()).resolves.toContain('made without -i: stdin is closed');
    await expect(stdin.locator('.hint').innerText()).resolves.toBe('Hint:recreate it with -i -t:\n1. docker rm -f <img src=x onerror=alert(1)>\n2. docker run -i -t ubuntu:14.04');
    await expect(stdin.locator('td.evidence').allInnerTexts()).resolves.toEqual(['-i: stdin open (OpenStdin=true)', 'no -i: stdin closed (OpenStdin=false)']);
    // The hostile container name is shown, as the text it is.
    await expect(ubuntu.locator('tr[data-check="running"] .message').innerText()).resolves.toContain(`${HOSTILE.html} is not running`);
    await expect(page.locator('body').innerText()).resolves.toContain(HOSTILE.script);
    await expect(page.locator('body').innerText()).resolves.not.toContain('hunter2');
    await expect(page.locator('#ex-2-2-1-create-mycentos header .badge').innerText()).resolves.toBe('✔ pass');
    await expect(page.locator('#ex-2-2-1-create-mycentos .journal-line').innerText()).resolves.toContain('First passed 2026-03-01 14:02:00 UTC');
    await expect(page.locator('#ex-2-2-1-run-ubuntu .commands').innerText()).resolves.toBe('$ docker run -i -t ubuntu:14.04');
    await page.screenshot({ path: join(ARTIFACTS, 'report-student-en.png'), fullPage: true });
    // What a reader sees first: the header and the first exercise, at screen size.
    await page.screenshot({ path: join(ARTIFACTS, 'report-student-en-view.png') });
    // Print: the print stylesheet applies and a PDF comes out.
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(ARTIFACTS, 'report-student-en.pdf'), format: 'A4', printBackground: true });
    expect(statSync(join(ARTIFACTS, 'report-student-en.pdf')).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('reads in Korean with --lang ko', async () => {
    const opened = await open('report-student-ko.html', htmlReporter(await sampleRun(), { lang: 'ko', color: false }));
    await expectInert(opened);
    const text = await opened.page.locator('body').innerText();
    expect(text).toContain('도커 실습 채점 결과');
    expect(text).toContain('-i 옵션 없이 만들어졌습니다');
    expect(text).toContain('힌트:-i -t를 붙여 다시 만드세요:\n1. docker rm -f <img src=x onerror=alert(1)>\n2. docker run -i -t ubuntu:14.04');
    await opened.page.screenshot({ path: join(ARTIFACTS, 'report-student-ko.png'), fullPage: true });
    await opened.page.locator('#ex-2-2-9-hostile-evidence').scrollIntoViewIfNeeded();
    await opened.page.screenshot({ path: join(ARTIFACTS, 'report-student-ko-view.png') });
    await opened.page.close();
  });
});

/** Pages of a PDF Chromium printed: the root page tree's `/Count` (the largest; Skia writes it uncompressed). */
function pdfPages(file: string): number {
  const counts = [...readFileSync(file, 'latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  if (counts.length === 0) throw new Error(`${file}: no page tree found`);
  return Math.max(...counts);
}

/** Prints the open page as A4 the way a browser's print dialog does (print media, backgrounds on). */
async function printA4(page: Page, name: string): Promise<number> {
  const file = join(ARTIFACTS, name);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return pdfPages(file);
}

describe('student HTML report: what to fix first, the book\'s sections, the command diff, two A4 pages', () => {
  it.each(['ko', 'en'] as const)('opens on the failing exercises, heads sections with the book titles, marks the command differences (%s)', async (lang) => {
    const run = await wholeBookRun();
    const opened = await open(`report-whole-${lang}.html`, htmlReporter(run, { lang, color: false }));
    const { page } = opened;
    await expectInert(opened);
    // Failing exercises first: every exercise before the "passed" part fails or broke.
    const classes = await page.locator('.part article.exercise').evaluateAll((els) => els.map((el) => (el as unknown as { className: string }).className));
    const statuses = classes.map((c) => /ex-(\w+)/.exec(c)![1]);
    const firstPass = statuses.findIndex((s) => s === 'pass' || s === 'skip');
    expect(firstPass).toBeGreaterThan(0);
    expect(statuses.slice(0, firstPass).every((s) => s === 'fail' || s === 'error')).toBe(true);
    expect(statuses.slice(firstPass).every((s) => s === 'pass' || s === 'skip')).toBe(true);
    await expect(page.locator('.part-label').allInnerTexts()).resolves.toEqual(lang === 'ko' ? ['고칠 실습', '통과한 실습'] : ['TO FIX', 'PASSED']);
    const headings = await page.locator('.part-fix h2').allInnerTexts();
    expect(headings[0]).toBe(lang === 'ko' ? '2.2.1 컨테이너 생성' : '2.2.1 Creating a container');
    expect(headings).toContain(lang === 'ko' ? '2.2.5 컨테이너 애플리케이션 구축' : '2.2.5 Building a containerized application');
    // Within a part, the book's order: run-ubuntu before create-mycentos.
    const ids = await page.locator('.part-fix article.exercise code.id').allInnerTexts();
    expect(ids.indexOf('2.2.1/run-ubuntu')).toBeLessThan(ids.indexOf('2.2.1/create-mycentos'));
    // mycentos was made without -i: the book's command marks -i as missing, the learner's line lacks it.
    const mycentos = page.locator('#ex-2-2-1-create-mycentos .command-diff');
    await expect(mycentos.locator('.cmd-book mark.missing').allInnerTexts()).resolves.toEqual(['-i']);
    await expect(mycentos.locator('.cmd-learner').innerText()).resolves.toBe('docker run -d -t --name mycentos centos:7');
    // wordpressdb lacks one -e and was not detached; its password value is masked, never printed.
    const db = page.locator('#ex-2-2-5-wordpressdb .command-diff');
    await expect(db.locator('.cmd-book mark.missing').allInnerTexts()).resolves.toContain('-e MYSQL_DATABASE=wordpress');
    await expect(db.innerText()).resolves.not.toContain('hunter2');
    await db.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `report-whole-${lang}-diff.png`) });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, `report-whole-${lang}.png`), fullPage: true });
    // The whole chapter's report (every exercise, most failing) prints on at most one A4 page per eight exercises.
    const pages = await printA4(page, `report-whole-${lang}.pdf`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(Math.ceil(run.exercises.length / 8));
    await page.close();
  });

  it.each(['ko', 'en'] as const)("the blog post's path (2.1–2.2.5, most failing) prints on at most two A4 pages (%s)", async (lang) => {
    const run = await wholeBookRun(BLOG_POST_SECTIONS);
    expect(run.exercises.length).toBeGreaterThanOrEqual(10);
    expect(run.exercises.filter((e) => e.status === 'fail').length).toBeGreaterThan(run.exercises.length / 2);
    const opened = await open(`report-blog-${lang}.html`, htmlReporter(run, { lang, color: false }));
    const pages = await printA4(opened.page, `report-blog-${lang}.pdf`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await opened.page.close();
  });

  it('the page count is real: the same report without the print stylesheet needs more than two pages', async () => {
    const html = htmlReporter(await wholeBookRun(BLOG_POST_SECTIONS), { lang: 'ko', color: false }).replace('@media print {', '@media not-print {');
    const opened = await open('report-whole-noprint-ko.html', html);
    expect(await printA4(opened.page, 'report-whole-noprint-ko.pdf')).toBeGreaterThan(2);
    await opened.page.close();
  });

  it('the sample report with hostile evidence prints on at most two A4 pages too', async () => {
    const opened = await open('report-student-print-ko.html', htmlReporter(await sampleRun(), { lang: 'ko', color: false }));
    expect(await printA4(opened.page, 'report-student-print-ko.pdf')).toBeLessThanOrEqual(2);
    await opened.page.close();
  });
});

describe('class HTML report in Chromium', () => {
  it('shows the matrix, charts and most-failed checks; a cell leads to the student; hostile names inert', async () => {
    const opened = await open('report-class-ko.html', classHtmlReporter(await sampleClass(), { lang: 'ko', color: false }));
    const { page } = opened;
    await expectInert(opened);
    const rows = page.locator('table.matrix tbody tr');
    await expect(rows.count()).resolves.toBe(5);
    await expect(rows.nth(0).innerText()).resolves.toContain('김철수');
    await expect(rows.nth(3).locator('td').first().innerText()).resolves.toContain(HOSTILE.html);
    await expect(rows.nth(3).locator('td').nth(1).innerText()).resolves.toBe(HOSTILE.script);
    const cell = rows.nth(0).locator('td.cell').first();
    await expect(cell.innerText()).resolves.toBe('3/5');
    expect(await cell.getAttribute('class')).toContain('lvl-high');
    expect(await page.locator('svg.chart').count()).toBe(2);
    await expect(page.locator('table.check-rates tbody tr').first().innerText()).resolves.toMatch(/^2\.2\.1\/run-ubuntu · running|^2\.2\.9/);
    await cell.locator('a').click();
    expect(page.url()).toMatch(/#s-2026001-2-2-1-run-ubuntu$/);
    expect(await page.locator('#s-2026001-2-2-1-run-ubuntu').isVisible()).toBe(true);
    await expectInert(opened);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'report-class-ko.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-class-ko-view.png') });
    await page.close();
  });
});
