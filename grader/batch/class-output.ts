/**
 * Writes a graded class into its output folder: `grades.csv` (the LMS gradebook), `class.html` (the
 * class report), `students/<id>.html` and `students/<id>.json` (each student's own report) and
 * `summary.json` (the ClassResult, which `dockgrade merge` reads back). Rendering is done by the pure
 * reporters in reports/; this module only names files and writes them atomically.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { ClassReportOptions, ReportOptions } from '../../reports/types.js';
import type { ClassResult } from '../class-schema.js';
import { mapLimit } from '../collect/collect.js';
import { InputError } from '../errors.js';
import { writeOutputFile } from '../output-file.js';
import type { RunResult } from '../result-schema.js';

/** Files every output folder holds. */
export const OUTPUT_FILES = { gradebook: 'grades.csv', classReport: 'class.html', summary: 'summary.json', students: 'students' } as const;

export type RenderOptions = ReportOptions;

/** The four renderings batch grading needs: the reporters of reports/. */
export interface ClassRenderers {
  gradebookCsv(result: ClassResult, options: ClassReportOptions): string;
  classHtml(result: ClassResult, options: ClassReportOptions): string;
  studentHtml(run: RunResult, options: ReportOptions): string;
  studentJson(run: RunResult, options: ReportOptions): string;
}

/**
 * The file name (without extension) of a student's own reports: the id where it is safe on every OS,
 * else a safe form plus a hash of the id, so two ids never share a file and every shard names it alike.
 */
export function studentFileBase(studentId: string): string {
  const safe = studentId.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_').slice(0, 80);
  return safe === studentId ? safe : `${safe}-${createHash('sha256').update(studentId).digest('hex').slice(0, 8)}`;
}

/** The link from class.html to a student's report. */
export function studentHref(studentId: string): string {
  return `${OUTPUT_FILES.students}/${encodeURIComponent(studentFileBase(studentId))}.html`;
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export interface WriteOptions extends RenderOptions {
  /** Write each graded student's HTML and JSON (false for `merge`, which copies the shards' files). */
  studentFiles: boolean;
}

/** Per-student files written at once: enough to keep the disk busy while the next one renders. */
const WRITE_CONCURRENCY = 16;

/** Writes each graded student's HTML and JSON report into `dir/students`. */
async function writeStudentFiles(dir: string, result: ClassResult, renderers: ClassRenderers, render: ReportOptions): Promise<void> {
  const studentsDir = join(dir, OUTPUT_FILES.students);
  ensureDir(studentsDir);
  const rows = result.students.filter((row) => row.result && row.studentId);
  // The folder is ours and each file is written once: plain writes, in parallel; a failure stops the run.
  await mapLimit(rows, WRITE_CONCURRENCY, async (row) => {
    const base = join(studentsDir, studentFileBase(row.studentId));
    try {
      await writeFile(`${base}.html`, renderers.studentHtml(row.result!, render));
      await writeFile(`${base}.json`, renderers.studentJson(row.result!, render));
    } catch (error) {
      throw new InputError(`cannot write ${base}.html: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  });
}

/** Writes every output of a class into `dir` (created if needed). */
export async function writeClassOutputs(dir: string, result: ClassResult, renderers: ClassRenderers, options: WriteOptions): Promise<void> {
  ensureDir(dir);
  const render = { lang: options.lang, color: false };
  if (options.studentFiles) await writeStudentFiles(dir, result, renderers, render);
  writeOutputFile(join(dir, OUTPUT_FILES.gradebook), renderers.gradebookCsv(result, render));
  writeOutputFile(join(dir, OUTPUT_FILES.classReport), renderers.classHtml(result, { ...render, studentHref }));
  writeOutputFile(join(dir, OUTPUT_FILES.summary), `${JSON.stringify(result)}\n`);
}

/** Copies the per-student reports of shard folders into `dir/students` (for `merge`). */
export function copyStudentFiles(shardDirs: readonly string[], dir: string): number {
  const target = join(dir, OUTPUT_FILES.students);
  ensureDir(target);
  let copied = 0;
  for (const shardDir of shardDirs) {
    const source = join(shardDir, OUTPUT_FILES.students);
    if (!existsSync(source) || resolve(source) === resolve(target)) continue;
    for (const name of readdirSync(source)) {
      copyFileSync(join(source, name), join(target, name));
      copied += 1;
    }
  }
  return copied;
}

/** The reporters of reports/, loaded only when a batch command writes its outputs. */
export async function loadClassRenderers(): Promise<ClassRenderers> {
  const [{ gradebookCsvReporter }, { classHtmlReporter }, { htmlReporter }, { jsonReporter }] = await Promise.all([
    import('../../reports/gradebook-csv-reporter.js'),
    import('../../reports/class-html-reporter.js'),
    import('../../reports/html-reporter.js'),
    import('../../reports/json-reporter.js'),
  ]);
  return { gradebookCsv: gradebookCsvReporter, classHtml: classHtmlReporter, studentHtml: htmlReporter, studentJson: jsonReporter };
}
