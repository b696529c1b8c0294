/**
 * Several reports from one run (`check --format A --format B=FILE`) and re-rendering a saved result
 * (`report FILE`), in process, from snapshot and result files: no engine needed.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { sampleClass } from '../../fixtures/report-fixtures.js';
import { REPORTER_NAMES } from '../../reports/index.js';
import { InputError, UsageError } from '../core/errors.js';
import { runCheck } from './check-command.js';
import type { CheckArgs } from './commands/check-declaration.js';
import { runReport } from './report-command.js';
import { parseOutputTargets } from './report-outputs.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

function sink() {
  const chunks: string[] = [];
  const stream = { isTTY: false, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rp-'));
const snapshotFile = join(dir, 'snap.json');
writeFileSync(
  snapshotFile,
  JSON.stringify(makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7', tty: true, openStdin: false })] })),
);
const base: CheckArgs = { selectors: ['2.2.1'], format: 'pretty', snapshot: snapshotFile, probes: false, lang: 'en', prefix: '', timeout: 120, showSecrets: false, journal: true, currentOnly: false, watch: false, debounce: 100, deterministic: false };

describe('parseOutputTargets', () => {
  it('reads FORMAT and FORMAT=FILE, default pretty', () => {
    expect(parseOutputTargets([], undefined, REPORTER_NAMES)).toEqual([{ format: 'pretty' }]);
    expect(parseOutputTargets(['pretty', 'junit=out/r.xml', 'html=a=b.html'], undefined, REPORTER_NAMES)).toEqual([
      { format: 'pretty' },
      { format: 'junit', file: 'out/r.xml' },
      { format: 'html', file: 'a=b.html' },
    ]);
    expect(parseOutputTargets(['json'], 'r.json', REPORTER_NAMES)).toEqual([{ format: 'json', file: 'r.json' }]);
  });

  it.each([
    [['xml'], undefined, /unknown format 'xml'/],
    [['junit='], undefined, /file name is missing/],
    [['pretty', 'json'], undefined, /only one format can go to stdout/],
    [['pretty', 'json=a.json'], 'b.txt', /--output names the file of a single format/],
    [['json=a', 'html=a'], undefined, /two formats write to a/],
  ])('refuses %j (output %s) with a usage error', (formats, output, message) => {
    expect(() => parseOutputTargets(formats, output, REPORTER_NAMES)).toThrow(UsageError);
    expect(() => parseOutputTargets(formats, output, REPORTER_NAMES)).toThrow(message);
  });
});

describe('check with several formats', () => {
  it('writes pretty to stdout and junit, html, json, csv to their files in one run', async () => {
    const out = sink();
    const files = { junit: join(dir, 'r.xml'), html: join(dir, 'r.html'), json: join(dir, 'r.json'), csv: join(dir, 'r.csv') };
    const code = await runCheck({ ...base, format: ['pretty', ...Object.entries(files).map(([f, file]) => `${f}=${file}`)] }, bookCatalog(), out.stream);
    expect(code).toBe(1);
    expect(out.text()).toContain('✘ 2.2.1/create-mycentos');
    expect(XMLValidator.validate(readFileSync(files.junit, 'utf8'))).toBe(true);
    expect(readFileSync(files.html, 'utf8')).toContain('made without -i: stdin is closed');
    expect(JSON.parse(readFileSync(files.json, 'utf8')).kind).toBe('dockgrade.result');
    expect(readFileSync(files.csv, 'utf8')).toContain('"2.2.1/create-mycentos"');
    // Atomic writes leave no temp files behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--output still sends a single format to a file', async () => {
    const out = sink();
    const file = join(dir, 'single.json');
    await runCheck({ ...base, format: 'json', output: file }, bookCatalog(), out.stream);
    expect(out.text()).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).exercises).toHaveLength(3);
  });

  it('a bad format spec fails before anything is graded or written', async () => {
    const file = join(dir, 'never.xml');
    await expect(runCheck({ ...base, format: ['junit=' + file, 'bogus'] }, bookCatalog(), sink().stream)).rejects.toThrow(/unknown format 'bogus'/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('report FILE', () => {
  it('re-renders a saved run exactly as check rendered it', async () => {
    const saved = join(dir, 'saved.json');
    await runCheck({ ...base, format: ['json=' + saved, 'html=' + join(dir, 'direct.html')] }, bookCatalog(), sink().stream);
    const rerendered = join(dir, 'rerendered.html');
    const out = sink();
    expect(await runReport({ file: saved, format: ['html=' + rerendered, 'pretty'], lang: 'en', prefix: '', showSecrets: false }, bookCatalog(), out.stream)).toBe(0);
    expect(readFileSync(rerendered, 'utf8')).toBe(readFileSync(join(dir, 'direct.html'), 'utf8'));
    expect(out.text()).toContain('2.2.1/create-mycentos');
  });

  it("gives a run saved before runs carried their sections the catalog's titles and order; a saved run's own sections win", async () => {
    const saved = join(dir, 'saved-sections.json');
    await runCheck({ ...base, format: ['json=' + saved] }, bookCatalog(), sink().stream);
    const run = JSON.parse(readFileSync(saved, 'utf8')) as { sections?: Array<{ id: string; title?: { ko: string; en: string } }> };
    expect(run.sections?.map((s) => s.id)).toEqual(['2.2.1']);
    const { sections: _gone, ...old } = run;
    const oldFile = join(dir, 'saved-before-sections.json');
    writeFileSync(oldFile, JSON.stringify(old));
    const before = sink();
    await runReport({ file: oldFile, format: ['pretty'], lang: 'en', color: false, prefix: '', showSecrets: false }, bookCatalog(), before.stream);
    expect(before.text()).toContain('── 2.2.1 Creating a container');
    // a course's run keeps its own title, whatever catalog re-renders it
    writeFileSync(oldFile, JSON.stringify({ ...run, sections: [{ ...run.sections![0], title: { ko: '첫 실습', en: 'First lab' } }] }));
    const course = sink();
    await runReport({ file: oldFile, format: ['pretty'], lang: 'en', color: false, prefix: '', showSecrets: false }, bookCatalog(), course.stream);
    expect(course.text()).toContain('── 2.2.1 First lab');
    expect(course.text()).not.toContain('Creating a container');
  });

  it('renders a class result as the gradebook and the class report', async () => {
    const file = join(dir, 'class.json');
    writeFileSync(file, JSON.stringify(await sampleClass()));
    const out = sink();
    await runReport({ file, format: ['csv', 'html=' + join(dir, 'class.html')], lang: 'ko', prefix: '', showSecrets: false }, bookCatalog(), out.stream);
    expect(out.text()).toContain('"김철수"');
    expect(readFileSync(join(dir, 'class.html'), 'utf8')).toContain('반 채점 결과');
  });

  it('a bad file is one line: FILE: path: message (exit 2)', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ kind: 'dockgrade.result', version: 1, tool: { name: 'dockgrade', version: 1 } }));
    const error = await runReport({ file, format: [], lang: 'en', prefix: '', showSecrets: false }, bookCatalog(), sink().stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(new RegExp(`^${file}: tool\\.version: [^\\n]+$`));
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another kind', JSON.stringify({ kind: 'dockgrade.snapshot', version: 1 }), /kind: expected 'dockgrade.result' or 'dockgrade.class'/],
    ['a newer version', JSON.stringify({ kind: 'dockgrade.result', version: 99 }), /version: 99 is newer/],
  ])('refuses %s with one line', async (_label, content, message) => {
    const file = join(dir, 'refused.json');
    writeFileSync(file, content);
    await expect(runReport({ file, format: [], lang: 'en', prefix: '', showSecrets: false }, bookCatalog(), sink().stream)).rejects.toThrow(message);
  });
});
