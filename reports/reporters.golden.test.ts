/**
 * Every reporter on fixed results (with hostile learner strings and Korean text) against its golden
 * file in fixtures/golden/ (regenerate with UPDATE_GOLDEN=1, then review the diff), plus the
 * properties the goldens must keep: escaping, masking, clipping, formula neutralisation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { golden } from '../fixtures/golden-file.js';
import { HOSTILE, sampleClass, sampleRun } from '../fixtures/report-fixtures.js';
import type { ClassResult } from '../grader/model/class-schema.js';
import type { RunResult } from '../grader/model/result-schema.js';
import { classHtmlReporter } from './class-html-reporter.js';
import { gradebookCsvReporter } from './gradebook-csv-reporter.js';
import { loadReporter } from './index.js';

let run: RunResult;
let klass: ClassResult;

beforeAll(async () => {
  run = await sampleRun();
  klass = await sampleClass();
});

async function render(format: string, lang: 'ko' | 'en', color = false): Promise<string> {
  return (await loadReporter(format))!(run, { lang, color });
}

describe.each([
  ['pretty', 'en', 'run.pretty.en.txt'],
  ['pretty', 'ko', 'run.pretty.ko.txt'],
  ['json', 'en', 'run.json'],
  ['junit', 'en', 'run.junit.en.xml'],
  ['junit', 'ko', 'run.junit.ko.xml'],
  ['html', 'en', 'run.en.html'],
  ['html', 'ko', 'run.ko.html'],
  ['csv', 'en', 'run.csv'],
] as const)('%s (%s)', (format, lang, file) => {
  it(`matches fixtures/golden/${file}`, async () => {
    const text = await render(format, lang);
    expect(text).toBe(golden(file, text));
  });
});

describe('class reporters', () => {
  it('gradebook CSV matches fixtures/golden/class.csv', () => {
    const text = gradebookCsvReporter(klass, { lang: 'ko', color: false });
    expect(text).toBe(golden('class.csv', text));
  });
  it.each(['ko', 'en'] as const)('class HTML (%s) matches its golden', (lang) => {
    const text = classHtmlReporter(klass, { lang, color: false });
    expect(text).toBe(golden(`class.${lang}.html`, text));
  });
  it('class HTML with per-student files links there and embeds no details', () => {
    const text = classHtmlReporter(klass, { lang: 'en', color: false, studentHref: (id) => `students/${encodeURIComponent(id)}.html` });
    expect(text).toBe(golden('class.linked.en.html', text));
    expect(text).toContain('href="students/2026001.html"');
    expect(text).not.toContain('id="student-2026001"');
  });
});

describe('hostile learner data stays inert', () => {
  it('templates print every value through handlebars escaping (no triple-stash, no {{& }})', () => {
    const dir = 'reports/templates';
    const files = readdirSync(dir).filter((f) => f.endsWith('.hbs'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(readFileSync(`${dir}/${file}`, 'utf8')).not.toMatch(/\{\{\{|\{\{~?&/);
  });

  const rawMarkup = [HOSTILE.html, '<script>', '<b>2026</b>'];

  it.each(['ko', 'en'] as const)('student HTML (%s): markup escaped, secrets masked, escapes stripped, huge text clipped', async (lang) => {
    const html = await render('html', lang);
    for (const raw of rawMarkup) expect(html).not.toContain(raw);
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;window.__pwned');
    expect(html).not.toContain('hunter2');
    expect(html).toContain('MYSQL_ROOT_PASSWORD&#x3D;(hidden)');
    expect(html).not.toMatch(/\u001b|\u0007/);
    expect(html).not.toContain('END-OF-HUGE');
    expect(html).toMatch(lang === 'ko' ? /… \(\d+자 생략\)/ : /… \(\d+ more characters\)/);
    // The book's command in a hint keeps its (book-given) value.
    expect(html).toContain('docker run -e MYSQL_ROOT_PASSWORD&#x3D;password mysql:5.7');
    // The only <script> would be ours: there is none, and a CSP forbids any.
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
    // No network: nothing is loaded from elsewhere.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('class HTML escapes names, ids, reasons and the title, and never links to a script URL', () => {
    const html = classHtmlReporter(klass, { lang: 'en', color: false, studentHref: () => 'javascript:alert(1)' });
    for (const raw of rawMarkup) expect(html).not.toContain(raw);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;b&gt;2026&lt;/b&gt;');
    expect(html).not.toMatch(/\u001b/);
    expect(html).not.toMatch(/<script/i);
  });

  it('JUnit: no control characters, no raw markup, secret masked', async () => {
    const xml = await render('junit', 'en');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('hunter2');
    expect(xml).not.toContain('END-OF-HUGE');
  });

  it('pretty: escapes stripped, secret masked, huge text clipped', async () => {
    const text = await render('pretty', 'en', true);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('END-OF-HUGE');
    // Colour codes are ours; the learner's ESC ] title sequence and BEL are gone.
    expect(text).not.toContain('\u001b]0;');
    expect(text).not.toContain('\u0007');
  });

  it('CSV: formulas neutralised, Korean intact, BOM, one header, quoted fields, CRLF', () => {
    const csv = gradebookCsvReporter(klass, { lang: 'ko', color: false });
    expect(csv.startsWith('\uFEFF"student_id","name","email",')).toBe(true);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"'+82-10-0000-0000"`);
    expect(csv).toContain(`"'@lee"`);
    expect(csv).toContain('"김철수"');
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + klass.students.length);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(gradebookCsvReporter(klass, { lang: 'ko', color: false, bom: false }).startsWith('"student_id"')).toBe(true);
  });
});

describe('history is optional in the HTML', () => {
  it('renders the journal when present and leaves it out when absent', async () => {
    const html = await render('html', 'en');
    expect(html).toContain('First passed 2026-03-01 14:02:00 UTC');
    const without = { ...run, exercises: run.exercises.map(({ ...e }) => { delete (e as { history?: unknown }).history; return e; }) };
    const plain = (await loadReporter('html'))!(without, { lang: 'en', color: false });
    expect(plain).not.toContain('First passed');
    expect(plain).not.toContain('class="journal"');
  });
});
