/**
 * Writing one student's own reports (`students/<id>.html` and `.json`), in the main thread or in the
 * student-files worker (student-files-worker.ts), which renders them from the run's JSON text while
 * the main thread grades the next submissions.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReportOptions } from '../../reports/types.js';
import { InputError } from '../core/errors.js';
import { isNameError, PlantedPathError, writeFileBytes } from '../io/output-file.js';
import type { RunResult } from '../model/result-schema.js';

/** The two reporters of a student's files. */
export interface StudentRenderers {
  /** The HTML report's text, or its UTF-8 bytes (the worker's: reports/html-reporter.ts htmlReportBytes). */
  studentHtml(run: RunResult, options: ReportOptions): string | Uint8Array;
  /** The JSON report's text, or its UTF-8 bytes (the worker re-indents the run's JSON bytes: grader/core/indent-json.ts). */
  studentJson(run: RunResult, options: ReportOptions): string | Uint8Array;
}

/** What the worker is asked to write: `base` plus `.html` and `.json`, from the run's JSON text. */
export interface StudentFilesJob {
  /** Whose reports these are (for a refused path's finding). */
  studentId: string;
  base: string;
  /** The run's JSON text as summary.json holds it; absent when `shared` gives the run. */
  run?: Uint8Array;
  /** The render options; absent: those of the job before (sent once: a clone of publicWords costs 0.15 ms a job). */
  render?: ReportOptions;
  /**
   * When every exercise of the run is one the class memo shares (grader/pipeline/exercise-memo.ts):
   * the run's JSON head (runHead: its exercises a marker) and the memo's number of each exercise, so
   * the worker takes the exercises it holds, and their re-indented bytes, instead of parsing and
   * re-indenting the whole run (`fresh`: the JSON text of those it is sent the first time).
   */
  shared?: { head: string; exercises: number[]; fresh: Array<[number, string]> };
}

/** A path refused because something other than a regular file was planted there (see PlantedPathError). */
export interface RefusedReport {
  file: string;
  /** `is a symbolic link; not followed`, `is a FIFO (named pipe)`, … */
  what: string;
  /** The same in Korean. */
  ko: string;
}

/**
 * The worker's answer to each job (a batch's answers come in one message, as an array), and its first
 * message once it can take jobs (alone). `refused` lists the
 * student's report paths that held a planted link, FIFO or directory (the others were written).
 */
export type StudentFilesAnswer = { ok: true; refused?: RefusedReport[] } | { ok: false; message: string } | { ready: true };

/**
 * Renders and writes `base.html` and `base.json`; returns the paths refused because something other
 * than a regular file was planted there (left as they are; the other file is still written) or whose
 * name the file system refused (ENAMETOOLONG). Any other unwritable file is an InputError.
 */
export function writeStudentReports(base: string, run: RunResult, renderers: StudentRenderers, render: ReportOptions): RefusedReport[] {
  const files: Array<[string, (run: RunResult, options: ReportOptions) => string | Uint8Array]> = [
    [`${base}.html`, renderers.studentHtml],
    [`${base}.json`, renderers.studentJson],
  ];
  const refused: RefusedReport[] = [];
  for (const [file, renderer] of files) {
    const text = renderer(run, render);
    try {
      writeFileBytes(file, text);
    } catch (error) {
      if (error instanceof PlantedPathError) {
        refused.push({ file, what: error.what, ko: error.whatKo });
        continue;
      }
      if (isNameError(error)) {
        // a name the file system refuses (too long, bytes it cannot hold): this row's report only
        refused.push({ file, what: 'cannot be written: the file name is too long or not allowed here', ko: '파일 이름이 너무 길거나 이 파일 시스템에서 쓸 수 없어 쓰지 못했습니다' });
        continue;
      }
      throw error instanceof InputError ? error : new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`).inKorean(`${file}에 쓸 수 없습니다: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return refused;
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
