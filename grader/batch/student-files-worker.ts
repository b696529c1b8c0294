/**
 * The student-files worker of `dockgrade grade`: renders and writes each student's HTML and JSON
 * report from the run's JSON text, in order, while the main thread grades (the machine's second core).
 * Started with `workerData: { role: 'submissions' }`, it reads the class's submission files ahead of
 * grading instead (submission-read-ahead.ts).
 * Says `{ ready }` once loaded, then answers every batch of jobs with their `{ ok }`s; a `null` ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { htmlReportBytes, RenderedExercises } from '../../reports/html-reporter.js';
import { indentJsonBytes, indentSplicedBytes } from '../core/indent-json.js';
import { EXERCISES_TOKEN } from '../core/run-marker.js';
import type { ExerciseResult, RunResult } from '../model/result-schema.js';
import type { ReportOptions } from '../../reports/types.js';
import { writeStudentReports, type StudentFilesAnswer, type StudentFilesJob } from './student-files.js';
import type { ReadAheadAnswer, ReadAheadRequest } from './submission-read-ahead.js';

const port = parentPort!;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const NEWLINE = [0x0a];

/** The render options of the jobs (sent with the first job, and again only when they change). */
let render: ReportOptions | null = null;
/** The exercises rendered so far, for the current render options. */
let rendered: RenderedExercises | null = null;
/** The class memo's exercises the main thread has sent, by their number (see StudentFilesJob.shared), and their JSON re-indented at level 2. */
const shared = new Map<number, { exercise: ExerciseResult; indented: Uint8Array }>();

/** The job's run and its JSON report's bytes: from the shared exercises, or from the run's JSON. */
function runOf(job: StudentFilesJob): { run: RunResult; json: () => Uint8Array } {
  if (!job.shared) {
    const bytes = job.run!;
    return { run: JSON.parse(decoder.decode(bytes)) as RunResult, json: () => indentJsonBytes(bytes, NEWLINE) };
  }
  for (const [id, text] of job.shared.fresh) shared.set(id, { exercise: JSON.parse(text) as ExerciseResult, indented: indentJsonBytes(encoder.encode(text), [], 2) });
  const exercises = job.shared.exercises.map((id) => {
    const known = shared.get(id);
    if (!known) throw new Error(`student-files worker: exercise ${id} was never sent`);
    return known;
  });
  const head = job.shared.head;
  // The head is the run's escaped JSON: parsed, its strings are the run's own.
  const run = { ...(JSON.parse(head) as RunResult), exercises: exercises.map((e) => e.exercise) };
  return { run, json: () => indentSplicedBytes(encoder.encode(head), 'exercises', EXERCISES_TOKEN, exercises.map((e) => e.indented), NEWLINE) };
}

/** Renders and writes one job's files; its answer. */
function write(job: StudentFilesJob): StudentFilesAnswer {
  try {
    if (job.render) {
      render = job.render;
      rendered = new RenderedExercises(render);
    }
    if (!render || !rendered) throw new Error('student-files worker: a job before the render options');
    const exercises = rendered;
    const { run, json } = runOf(job);
    // The JSON report is the run's JSON re-indented, byte for byte what jsonReporter writes (the run's
    // JSON is summary.json's, escaped by runJsonText as jsonReporter escapes): no second stringify.
    const renderers = { studentHtml: (r: RunResult) => htmlReportBytes(r, exercises), studentJson: json };
    const refused = writeStudentReports(job.base, run, renderers, render);
    return refused.length ? { ok: true, refused } : { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The `submissions` role: reads the class's submission files ahead of grading (submission-read-ahead.ts). */
async function readAhead(): Promise<void> {
  const { readRequested } = await import('./submission-read-ahead.js');
  // One request at a time, in order: the main thread takes the files in the order it asked for them.
  let queue = Promise.resolve();
  port.on('message', (request: ReadAheadRequest) => {
    queue = queue.then(async () => port.postMessage({ outcomes: await readRequested(request) } satisfies ReadAheadAnswer));
  });
  port.postMessage({ ready: true } satisfies ReadAheadAnswer);
}

if ((workerData as { role?: string } | null)?.role === 'submissions') {
  void readAhead();
} else {
  // Jobs come in batches (one message each, see class-output.ts JOBS_PER_MESSAGE) and are answered in one message, in order.
  port.on('message', (jobs: StudentFilesJob[] | null) => {
    if (jobs === null) {
      port.close();
      return;
    }
    port.postMessage(jobs.map(write));
  });

  port.postMessage({ ready: true } satisfies StudentFilesAnswer);
}
