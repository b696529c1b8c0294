/**
 * The HTML report with hostile learner data, opened in a real Chromium: no script runs, no dialog
 * opens, nothing is fetched from anywhere, and the hostile text is shown as text.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { HOSTILE_STRINGS } from '../fixtures/fuzz-input.js';
import { sampleRun } from '../fixtures/report-fixtures.js';
import type { RunResult } from '../grader/result-schema.js';
import { loadReporter } from './index.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('no Chromium found (/usr/bin/chromium): install the chromium package to run this test');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(() => browser?.close());

/** A run whose every learner-facing field carries one of the hostile strings. */
async function hostileRun(): Promise<RunResult> {
  const run = await sampleRun();
  let i = 0;
  const next = () => HOSTILE_STRINGS[i++ % HOSTILE_STRINGS.length].slice(0, 2000);
  run.student = next();
  for (const exercise of run.exercises) {
    exercise.error = next();
    for (const check of exercise.checks) {
      check.message = { ko: next(), en: next() };
      check.actual = next();
      check.expected = next();
      check.hint = { ko: next(), en: next() };
    }
  }
  return run;
}

it('Chromium runs nothing, loads nothing and shows the hostile text as text', async () => {
  const html = (await loadReporter('html'))!(await hostileRun(), { lang: 'en', color: false });
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: document.querySelectorAll('script').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
    injected: document.querySelectorAll('img[src="x"], injected, testcase').length,
    text: document.body.innerText,
  }));
  expect({ dialogs, requests, pwned: state.pwned, scripts: state.scripts, handlers: state.handlers, injected: state.injected }).toEqual({
    dialogs: [],
    requests: [],
    pwned: null,
    scripts: 0,
    handlers: [],
    injected: 0,
  });
  // shown as text, not swallowed
  expect(state.text).toContain('<script>alert(1)</script>');
  expect(state.text).toContain('"><img src=x onerror=alert(1)>');
  await page.close();
  console.log(`[reliability] hostile strings: HTML report with ${HOSTILE_STRINGS.length} hostile strings opened in Chromium: 0 dialogs, 0 requests, 0 scripts run`);
});
