/**
 * The HTML report with hostile learner data, opened in a real Chromium: no script runs, no dialog
 * opens, nothing is fetched from anywhere, and the hostile text is shown as text.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { HOSTILE_STRINGS } from '../fixtures/fuzz-input.js';
import { sampleRun } from '../fixtures/report-fixtures.js';
import type { RunResult } from '../grader/model/result-schema.js';
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
  // Runs in the page (no DOM types in this Node project: the page's globals are reached untyped).
  const state = await page.evaluate(() => {
    const page = globalThis as any;
    const doc = page.document;
    return {
      pwned: page.__pwned ?? null,
      scripts: doc.querySelectorAll('script').length as number,
      handlers: [...doc.querySelectorAll('*')].flatMap((el: any) => [...el.attributes].filter((a: any) => /^on/i.test(a.name)).map((a: any) => `${el.tagName}.${a.name}`)) as string[],
      injected: doc.querySelectorAll('img[src="x"], injected, testcase').length as number,
      text: doc.body.innerText as string,
    };
  });
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
