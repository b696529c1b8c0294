/**
 * The student-files worker of `dockgrade grade`: renders and writes each student's HTML and JSON
 * report from the run's JSON text, in order, while the main thread grades (the machine's second core).
 * Says `{ ready }` once loaded, then answers every job with `{ ok }`; a `null` job ends it.
 */
import { parentPort } from 'node:worker_threads';
import { htmlReportBytes, RenderedExercises } from '../../reports/html-reporter.js';
import { indentJsonBytes } from '../core/indent-json.js';
import type { ExerciseResult, RunResult } from '../model/result-schema.js';
import type { ReportOptions } from '../../reports/types.js';
import { writeStudentReports, type StudentFilesAnswer, type StudentFilesJob } from './student-files.js';

const port = parentPort!;
const decoder = new TextDecoder();
const NEWLINE = [0x0a];

/**
 * The render options of the jobs, one object while they stay the same. Each job's options arrive as
 * a structured clone, its publicWords a new Set every time, and the reporters remember cleaned texts
 * per publicWords Set (reports/report-text.ts): without this every student's texts were cleaned anew.
 */
let lastRender: ReportOptions | null = null;
/** The exercises rendered so far, for the current render options. */
let rendered: RenderedExercises | null = null;
/** The class memo's exercises the main thread has sent, by their number (see StudentFilesJob.shared). */
const shared = new Map<number, ExerciseResult>();

/** The job's run: its shared exercises taken as they are, or the whole run parsed from its JSON. */
function runOf(job: StudentFilesJob): RunResult {
  if (!job.shared) return JSON.parse(decoder.decode(job.run)) as RunResult;
  for (const [id, json] of job.shared.fresh) shared.set(id, JSON.parse(json) as ExerciseResult);
  const exercises = job.shared.exercises.map((id) => shared.get(id));
  if (exercises.some((e) => e === undefined)) return JSON.parse(decoder.decode(job.run)) as RunResult;
  return { ...(JSON.parse(job.shared.head) as RunResult), exercises: exercises as ExerciseResult[] };
}
function sameRender(render: ReportOptions): ReportOptions {
  const last = lastRender;
  if (last && sameOptions(last, render)) return last;
  lastRender = render;
  return render;
}

/** Every option equal (a Set by its members, anything else by ===). */
function sameOptions(a: ReportOptions, b: ReportOptions): boolean {
  const keys = Object.keys(a) as Array<keyof ReportOptions>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const [x, y] = [a[key], b[key]];
    if (!(x instanceof Set) || !(y instanceof Set)) return x === y;
    return x.size === y.size && [...y].every((word) => x.has(word));
  });
}

port.on('message', (job: StudentFilesJob | null) => {
  if (job === null) {
    port.close();
    return;
  }
  let answer: StudentFilesAnswer;
  try {
    // The JSON report is the run's JSON re-indented, byte for byte what jsonReporter writes (the run's
    // JSON is summary.json's, escaped by runJsonText as jsonReporter escapes): no second stringify.
    const render = sameRender(job.render);
    if (rendered?.options !== render) rendered = new RenderedExercises(render);
    const exercises = rendered;
    const renderers = { studentHtml: (run: RunResult) => htmlReportBytes(run, exercises), studentJson: () => indentJsonBytes(job.run, NEWLINE) };
    const refused = writeStudentReports(job.base, runOf(job), renderers, render);
    answer = refused.length ? { ok: true, refused } : { ok: true };
  } catch (error) {
    answer = { ok: false, message: (error as Error).message };
  }
  port.postMessage(answer);
});

port.postMessage({ ready: true } satisfies StudentFilesAnswer);
