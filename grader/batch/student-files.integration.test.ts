/**
 * The student-files worker of the built package (dist/, as `npm test` builds it first) writes each
 * student's reports byte for byte as the main thread does, for a generated class with every special
 * row, and `grade` finds it beside the executable.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass } from '../../fixtures/class-generator.js';
import { htmlReporter } from '../../reports/html-reporter.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import { classHtmlReporter } from '../../reports/class-html-reporter.js';
import { gradebookCsvReporter } from '../../reports/gradebook-csv-reporter.js';
import { ClassOutputWriter, OUTPUT_FILES } from './class-output.js';
import { gradeClass } from './grade-class.js';
import { readRoster } from './roster.js';
import { studentFilesWorkerScript } from './student-files.js';
import { SubmissionReadAhead } from './submission-read-ahead.js';
import { MAX_SUBMISSION_BYTES, readSubmission } from './submission-reader.js';
import { expandPaths } from './grade-class.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { ExerciseMemo } from '../pipeline/exercise-memo.js';

const ROOT = process.cwd();
const renderers = { gradebookCsv: gradebookCsvReporter, classHtml: classHtmlReporter, studentHtml: htmlReporter, studentJson: jsonReporter };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-sfw-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('student-files worker', () => {
  it('is found beside the built executables, and not for other scripts', () => {
    expect(studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/launch.cjs'))).toBe(join(ROOT, 'dist/student-files-worker.cjs'));
    expect(studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/bin.js'))).toBe(join(ROOT, 'dist/grader/batch/student-files-worker.js'));
    expect(studentFilesWorkerScript(join(ROOT, 'node_modules/jest/bin/jest.js'))).toBeNull();
    expect(studentFilesWorkerScript(undefined)).toBeNull();
  });

  it('writes the same bytes as the main thread', async () => {
    const generated = generateClass({ dir: join(dir, 'class'), count: 12, fillerContainers: 2 });
    const options = { paths: [generated.submissionsDir], roster: await readRoster(generated.rosterFile), now: () => new Date('2026-03-05T00:00:00Z') };
    const outputs: Record<string, string> = {};
    for (const [name, worker, memoized] of [
      ['main', null, false],
      ['worker', studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/bin.js')), false],
      // the package's: one bundled file (scripts/bundle.mjs)
      ['bundled', studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/launch.cjs')), false],
      // as `grade` runs it: the class memo's shared exercises sent once and rendered once (exercise-memo.ts)
      ['worker-memo', studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/bin.js')), true],
      ['bundled-memo', studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/launch.cjs')), true],
    ] as const) {
      if (name !== 'main') expect(worker).not.toBeNull();
      const out = join(dir, name);
      const memo = memoized ? new ExerciseMemo(bookCatalog().publicWords) : undefined;
      const writer = new ClassOutputWriter(out, renderers, { lang: 'en', color: false, studentFiles: true, worker, memo, publicWords: bookCatalog().publicWords });
      // Until it has loaded, reports are written here: wait, so this small class goes through the worker.
      for (let waited = 0; worker && !writer.workerReady && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(writer.workerReady).toBe(worker !== null);
      await writer.finish(await gradeClass({ catalog: bookCatalog(), ...options, retain: writer.retain, memo }));
      outputs[name] = out;
    }
    const names = readdirSync(join(outputs.main, OUTPUT_FILES.students)).sort();
    expect(names.length).toBeGreaterThan(20);
    for (const other of [outputs.worker, outputs.bundled, outputs['worker-memo'], outputs['bundled-memo']]) {
      expect(readdirSync(join(other, OUTPUT_FILES.students)).sort()).toEqual(names);
      for (const name of [...names.map((n) => `${OUTPUT_FILES.students}/${n}`), OUTPUT_FILES.summary, OUTPUT_FILES.classReport, OUTPUT_FILES.gradebook]) {
        expect(readFileSync(join(other, name)).equals(readFileSync(join(outputs.main, name)))).toBe(true);
      }
    }
  });

  it.each([
    ['the worker', 'dist/grader/cli/bin.js'],
    ['the bundled worker', 'dist/grader/cli/launch.cjs'],
  ])('%s in its submissions role reads every file as readSubmission does, invalid ones and a name that is not UTF-8 too', async (_, executable) => {
    const generated = generateClass({ dir: join(dir, `read-ahead-${executable.length}`), count: 60, fillerContainers: 2 });
    const cp949 = Buffer.concat([Buffer.from(join(generated.submissionsDir, '/')), Buffer.from([0xb1, 0xe8, 0x2e, 0x6a, 0x73, 0x6f, 0x6e])]);
    writeFileSync(cp949, readFileSync(join(generated.submissionsDir, readdirSync(generated.submissionsDir).find((name) => name.endsWith('.json'))!)));
    writeFileSync(join(generated.submissionsDir, 'zz-truncated.json'), '{"kind":"dockgrade-submission","version":');
    const bytePaths = new Map<string, Buffer>();
    const files = await expandPaths([generated.submissionsDir], [], bytePaths);
    expect(bytePaths.size).toBe(1);
    const reader = new SubmissionReadAhead(studentFilesWorkerScript(join(ROOT, executable))!, files.map((file) => ({ file, bytes: bytePaths.get(file) })), MAX_SUBMISSION_BYTES);
    for (let waited = 0; !reader.workerReady && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reader.workerReady).toBe(true);
    const outcomes = [];
    for (const file of files) outcomes.push(await reader.read(file));
    await reader.close();
    const here = [];
    for (const file of files) here.push(await readSubmission(file, MAX_SUBMISSION_BYTES, bytePaths.get(file)));
    expect(outcomes).toEqual(here);
    expect(outcomes.filter((o) => !o.ok).length).toBeGreaterThan(1);
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(50);
  });

  it('the built grade waits for a worker that is behind and still writes every file (more submissions than it queues)', async () => {
    // Grading outruns the worker; past 32 queued reports it waits for it (class-output.ts `room`). The
    // worker does not keep the process alive by itself, so a wait it did not hold once ended the run
    // silently, exit 0, with most reports and summary.json unwritten.
    const generated = generateClass({ dir: join(dir, 'many'), count: 250, specials: false, fillerContainers: 2 });
    const out = join(dir, 'many-out');
    const stdout = execFileSync(process.execPath, [join(ROOT, 'dist/grader/cli/launch.cjs'), 'grade', generated.submissionsDir, '--roster', generated.rosterFile, '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(stdout).toMatch(/^graded 250 of 250; wrote /);
    expect(readdirSync(join(out, OUTPUT_FILES.students))).toHaveLength(500);
    const summary = JSON.parse(readFileSync(join(out, OUTPUT_FILES.summary), 'utf8')) as { students: unknown[] };
    expect(summary.students).toHaveLength(250);
  });

  it('reports a students/ folder removed while grading as one error (issue 26, item 5)', async () => {
    const out = join(dir, 'broken');
    const writer = new ClassOutputWriter(out, renderers, { lang: 'en', color: false, studentFiles: true, worker: studentFilesWorkerScript(join(ROOT, 'dist/grader/cli/bin.js')) });
    rmSync(join(out, OUTPUT_FILES.students), { recursive: true });
    const generated = generateClass({ dir: join(dir, 'class2'), count: 2, fillerContainers: 1, specials: false });
    await expect(gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], retain: writer.retain }).then((result) => writer.finish(result))).rejects.toThrow(/^cannot write .*students: it was removed while grading; nothing more was written$/);
  });

  it.each([
    ['the worker', 'dist/grader/cli/bin.js'],
    ['the bundled worker', 'dist/grader/cli/launch.cjs'],
  ])('%s leaves a planted link or FIFO alone and the row gets a finding (issue 13, item 6)', async (_, executable) => {
    const out = join(dir, `planted-${executable.length}`);
    const students = join(out, OUTPUT_FILES.students);
    mkdirSync(students, { recursive: true });
    const victim = join(dir, `victim-${executable.length}`);
    writeFileSync(victim, 'keep');
    const generated = generateClass({ dir: join(dir, `class-planted-${executable.length}`), count: 3, fillerContainers: 1, specials: false });
    const ids = generated.students.map((s) => s.id).sort();
    symlinkSync(victim, join(students, `${ids[0]}.html`));
    execFileSync('mkfifo', [join(students, `${ids[1]}.json`)]);
    const warnings: string[] = [];
    const worker = studentFilesWorkerScript(join(ROOT, executable));
    expect(worker).not.toBeNull();
    const writer = new ClassOutputWriter(out, renderers, { lang: 'en', color: false, studentFiles: true, worker, warn: (line) => warnings.push(line) });
    for (let waited = 0; !writer.workerReady && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writer.workerReady).toBe(true);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], retain: writer.retain });
    await writer.finish(result);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(lstatSync(join(students, `${ids[1]}.json`)).isFIFO()).toBe(true);
    expect(warnings).toHaveLength(2);
    expect(result.students.filter((row) => row.integrity.some((f) => f.code === 'report-not-written')).map((row) => row.studentId)).toEqual(ids.slice(0, 2));
    expect(writer.refusedStudents).toBe(2);
    expect(lstatSync(join(students, `${ids[2]}.html`)).isFile()).toBe(true);
  });
});
