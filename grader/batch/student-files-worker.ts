/**
 * The student-files worker of `dockgrade grade`: renders and writes each student's HTML and JSON
 * report from the run's JSON text, in order, while the main thread grades (the machine's second core).
 * Says `{ ready }` once loaded, then answers every job with `{ ok }`; a `null` job ends it.
 */
import { parentPort } from 'node:worker_threads';
import { htmlReporter } from '../../reports/html-reporter.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import type { RunResult } from '../model/result-schema.js';
import { writeStudentReports, type StudentFilesAnswer, type StudentFilesJob } from './student-files.js';

const port = parentPort!;
const decoder = new TextDecoder();
const renderers = { studentHtml: htmlReporter, studentJson: jsonReporter };

port.on('message', (job: StudentFilesJob | null) => {
  if (job === null) {
    port.close();
    return;
  }
  let answer: StudentFilesAnswer;
  try {
    const refused = writeStudentReports(job.base, JSON.parse(decoder.decode(job.run)) as RunResult, renderers, job.render);
    answer = refused.length ? { ok: true, refused } : { ok: true };
  } catch (error) {
    answer = { ok: false, message: (error as Error).message };
  }
  port.postMessage(answer);
});

port.postMessage({ ready: true } satisfies StudentFilesAnswer);
