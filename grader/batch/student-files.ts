/**
 * Writing one student's own reports (`students/<id>.html` and `.json`), in the main thread or in the
 * student-files worker (student-files-worker.ts), which renders them from the run's JSON text while
 * the main thread grades the next submissions.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReportOptions } from '../../reports/types.js';
import { InputError } from '../core/errors.js';
import { writeFileBytes } from '../io/output-file.js';
import type { RunResult } from '../model/result-schema.js';

/** The two reporters of a student's files. */
export interface StudentRenderers {
  studentHtml(run: RunResult, options: ReportOptions): string;
  studentJson(run: RunResult, options: ReportOptions): string;
}

/** What the worker is asked to write: `base` plus `.html` and `.json`, from the run's JSON text. */
export interface StudentFilesJob {
  base: string;
  run: Uint8Array;
  render: ReportOptions;
}

/** The worker's answer to each job, and its first message once it can take jobs. */
export type StudentFilesAnswer = { ok: true } | { ok: false; message: string } | { ready: true };

/** Renders and writes `base.html` and `base.json`; an unwritable file is an InputError. */
export function writeStudentReports(base: string, run: RunResult, renderers: StudentRenderers, render: ReportOptions): void {
  const files: Array<[string, (run: RunResult, options: ReportOptions) => string]> = [
    [`${base}.html`, renderers.studentHtml],
    [`${base}.json`, renderers.studentJson],
  ];
  for (const [file, renderer] of files) {
    const text = renderer(run, render);
    try {
      writeFileBytes(file, text);
    } catch (error) {
      throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
}

/**
 * The worker's script, when this is the built package: for the bundled executable (launch.cjs), the
 * worker's own bundle dist/student-files-worker.cjs (the only one the npm package ships); for the tsc
 * output (bin.js, main.js), dist/grader/batch/student-files-worker.js beside it; else null (tests,
 * other hosts), and the reports are written in the main thread.
 */
export function studentFilesWorkerScript(argv1: string | undefined = process.argv[1]): string | null {
  if (!argv1) return null;
  try {
    const executable = realpathSync(argv1);
    const kind = /[\\/]dist[\\/]grader[\\/]cli[\\/](launch\.cjs|bin\.js|main\.js)$/.exec(executable)?.[1];
    if (!kind) return null;
    const script = kind === 'launch.cjs' ? join(dirname(executable), '..', '..', 'student-files-worker.cjs') : join(dirname(executable), '..', 'batch', 'student-files-worker.js');
    return existsSync(script) ? script : null;
  } catch {
    return null;
  }
}
