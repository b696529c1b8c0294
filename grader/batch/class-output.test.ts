/**
 * The streamed outputs of `dockgrade grade` (each student's reports written as the row is graded, a
 * small view of each run kept, summary.json spliced from each run's JSON) are byte for byte what the
 * reporters make from the whole graded class, including a student with several submissions, the
 * special rows of a generated class and a rerun over an output folder with stale, longer files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import type { ClassResult } from '../model/class-schema.js';
import { classHtmlParts, classHtmlReporter } from '../../reports/class-html-reporter.js';
import { gradebookCsvParts, gradebookCsvReporter } from '../../reports/gradebook-csv-reporter.js';
import { htmlReporter } from '../../reports/html-reporter.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import { ClassOutputWriter, ClassViews, classView, OUTPUT_FILES, studentFileBase, studentHref, summaryParts, type ClassRenderers } from './class-output.js';
import type { ExerciseResult, RunResult } from '../model/result-schema.js';
import { gradeClass, type ClassGradeOptions } from './grade-class.js';
import { readRoster } from './roster.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;
let renderers: ClassRenderers;
let options: ClassGradeOptions;
const render = { lang: 'ko' as const, color: false };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-co-'));
  generated = generateClass({ dir, count: 6, fillerContainers: 2 });
  // A second copy of one student's submission: same time, another path (the path that sorts last counts).
  const twice = generated.students.find((s) => s.kind === 'correct')!;
  mkdirSync(join(dir, 'again'));
  copyFileSync(twice.file, join(dir, 'again', 'zz-resubmitted.json'));
  // the reporters loadClassRenderers loads (imported statically: jest's ESM loader trips over parallel import())
  renderers = { gradebookCsv: gradebookCsvReporter, classHtml: classHtmlReporter, studentHtml: htmlReporter, studentJson: jsonReporter };
  const now = () => new Date('2026-03-05T00:00:00Z');
  options = { catalog: bookCatalog(), paths: [generated.submissionsDir, join(dir, 'again')], roster: await readRoster(generated.rosterFile), deadline: Date.parse(generated.deadline), now };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every output file as the reporters make it from the whole class. */
function expectedFiles(result: ClassResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const row of result.students) {
    if (!row.result || !row.studentId) continue;
    const base = `${OUTPUT_FILES.students}/${studentFileBase(row.studentId)}`;
    files.set(`${base}.html`, renderers.studentHtml(row.result, render));
    files.set(`${base}.json`, renderers.studentJson(row.result, render));
  }
  files.set(OUTPUT_FILES.gradebook, gradebookCsvReporter(result, render));
  files.set(OUTPUT_FILES.classReport, classHtmlReporter(result, { ...render, studentHref }));
  files.set(OUTPUT_FILES.summary, `${JSON.stringify(result)}\n`);
  return files;
}

function writtenFiles(out: string): string[] {
  return [...readdirSync(out).filter((f) => f !== OUTPUT_FILES.students), ...readdirSync(join(out, OUTPUT_FILES.students)).map((f) => `${OUTPUT_FILES.students}/${f}`)].sort();
}

async function streamed(out: string, worker: string | null = null, waitForWorker = false): Promise<ClassResult> {
  // the class report and gradebook as grade writes them: in parts (the expected files are the whole texts)
  const writer = new ClassOutputWriter(out, { ...renderers, classHtml: classHtmlParts, gradebookCsv: gradebookCsvParts }, { ...render, studentFiles: true, worker });
  // A worker that loads takes the jobs (a small class would otherwise be done before it is ready).
  for (let waited = 0; waitForWorker && !writer.workerReady && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  if (waitForWorker) expect(writer.workerReady).toBe(true);
  const result = await gradeClass({ ...options, retain: writer.retain });
  await writer.finish(result);
  return result;
}

describe('ClassOutputWriter', () => {
  let expected: Map<string, string>;

  beforeAll(async () => {
    expected = expectedFiles(await gradeClass(options));
  });

  it('writes exactly the files the reporters make from the whole class', async () => {
    const out = join(dir, 'out');
    const result = await streamed(out);
    expect(result.students.some((row) => row.integrity.some((f) => f.code === 'several-submissions'))).toBe(true);
    expect(writtenFiles(out)).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(join(out, name)).equals(Buffer.from(text))).toBe(true);
  });

  it('rewrites a folder of stale, longer files into the same bytes', async () => {
    const out = join(dir, 'rerun');
    await streamed(out);
    const some = [...expected.keys()].find((name) => name.endsWith('.html') && name.startsWith(OUTPUT_FILES.students))!;
    writeFileSync(join(out, some), 'x'.repeat(expected.get(some)!.length * 3));
    writeFileSync(join(out, OUTPUT_FILES.summary), 'stale');
    await streamed(out);
    expect(writtenFiles(out)).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(join(out, name)).equals(Buffer.from(text))).toBe(true);
  });

  it.each([
    ['cannot load (a broken install)', "throw new Error('a broken install');\n", false],
    ['dies on its first job', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('died'); });\nparentPort.postMessage({ ready: true });\n", true],
  ])('writes every file here when the student-files worker %s', async (_, source, loads) => {
    const broken = join(dir, `worker-${Math.random().toString(16).slice(2)}.mjs`);
    writeFileSync(broken, source);
    const out = join(dir, `no-worker-${Math.random().toString(16).slice(2)}`);
    await streamed(out, broken, loads);
    expect(writtenFiles(out)).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(join(out, name)).equals(Buffer.from(text))).toBe(true);
  });

  it('splices result texts into the summary where JSON.stringify puts the results', () => {
    const run = { kind: 'r', note: '"\u0000quoted"' };
    const result = { kind: 'c', students: [{ studentId: 'a', result: run }, { studentId: 'b', result: null }, { studentId: 'c', result: run }] } as unknown as ClassResult;
    const texts = new Map([[run as unknown as NonNullable<ClassResult['students'][number]['result']>, new TextEncoder().encode(JSON.stringify(run))]]);
    const joined = Buffer.concat([...summaryParts(result, texts)].map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    expect(joined.toString('utf8')).toBe(`${JSON.stringify(result)}\n`);
    // a class whose rows are all gone (and one row only) the same
    for (const students of [[], [result.students[1]], [result.students[2]]]) {
      const other = { ...result, students, after: 1 } as unknown as ClassResult;
      expect(Buffer.concat([...summaryParts(other, texts)].map((p) => Buffer.from(p))).toString('utf8')).toBe(`${JSON.stringify(other)}\n`);
    }
  });
});

describe('ClassViews', () => {
  const title = { ko: '이미지', en: 'image' };
  const exerciseTitle = { ko: '실행', en: 'run' };
  const exercise = (points: number, message: string): ExerciseResult => ({
    id: '2.2.1/run-ubuntu',
    section: '2.2.1',
    title: exerciseTitle,
    status: points === 2 ? 'pass' : 'fail',
    points,
    maxPoints: 2,
    commands: ['docker run -i -t ubuntu:14.04'],
    checks: [{ id: 'image', title, status: points === 2 ? 'pass' : 'fail', points, maxPoints: 2, message: { ko: message, en: message } }],
  });

  it('gives rows with the same outcome one view, without messages, and another outcome its own', () => {
    const views = new ClassViews();
    const a = views.of(exercise(2, 'made from ubuntu:14.04 (hopeful_turing)'));
    const b = views.of(exercise(2, 'made from ubuntu:14.04 (eager_hopper)'));
    const c = views.of(exercise(0, 'made from centos:7'));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect([a.points, c.points, a.checks[0].message, a.commands]).toEqual([2, 0, { ko: '', en: '' }, []]);
    // the same text in another title object is another view (titles are compared as the objects they are)
    expect(views.of({ ...exercise(2, 'x'), title: { ...exerciseTitle } })).not.toBe(a);
    // and a credited exercise is never the view of one that is not
    expect(views.of({ ...exercise(2, 'x'), credit: { from: 'journal', passedAt: '2026-03-01T00:00:00Z', digest: 'sha256:0', current: { status: 'fail', points: 0 } } })).not.toBe(a);
  });

  it('makes the class view of a run from them', () => {
    const views = new ClassViews();
    const run = { exercises: [exercise(2, 'a'), exercise(0, 'b')] } as unknown as RunResult;
    const view = classView(run, views);
    expect(view.exercises[0]).toBe(views.of(exercise(2, 'c')));
    expect(view.exercises[1]).toBe(views.of(exercise(0, 'd')));
  });
});
