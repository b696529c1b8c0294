/**
 * Submission files read, parsed, validated and digested ahead of grading, in a worker thread (issue 25,
 * the batch figures): `readSubmission` (JSON.parse, zod, the digest's canonical JSON) was ~1.3 s of the
 * main thread's ~7.5 s for 1,000 submissions, on a machine whose second core waited. The worker is the
 * student-files worker's script started in its `submissions` role (student-files-worker.ts); it runs
 * the same `readSubmission`, so every outcome, reasons included, is the one read here would give.
 *
 * Files are asked for in order, a few at a time, at most READ_AHEAD ahead of the one being graded
 * (memory holds that many snapshots, not the class). Until the worker has loaded, and when it fails, a
 * file is read here, as without it.
 */
import { Worker } from 'node:worker_threads';
import { readSubmission, type SubmissionOutcome } from './submission-reader.js';

/** Files asked for ahead of the one graded (each a snapshot in memory, ~20-50 kB). */
const READ_AHEAD = 32;
/**
 * The workers' young generation, in MB (theirs and the student-files worker's): V8's default of 32 MB
 * each was filled and kept by both, 60 MB of the peak of 10,000 submissions; what they keep is small.
 * Old objects are not limited (a large submission is read as before).
 */
export const YOUNG_GENERATION_MB = 8;
/** Files asked for in one message (answered in one): each message wakes a thread. */
const FILES_PER_MESSAGE = 8;

/** A file to read: its readable path and, when its name is not valid UTF-8, its bytes. */
export interface SubmissionFile {
  file: string;
  bytes?: Buffer;
}

/** What the read-ahead worker is sent: files to read, by their index in the class's list (close() ends the worker). */
export interface ReadAheadRequest {
  maxBytes: number;
  files: Array<{ index: number; file: string; bytes?: Uint8Array }>;
}

/** The worker's answer: its first message once loaded, then each request's outcomes in one message. */
export type ReadAheadAnswer = { ready: true } | { outcomes: Array<[number, SubmissionOutcome]> };

/** Reads one batch of a request (the worker's side). */
export async function readRequested(request: ReadAheadRequest): Promise<Array<[number, SubmissionOutcome]>> {
  const outcomes: Array<[number, SubmissionOutcome]> = [];
  for (const { index, file, bytes } of request.files) outcomes.push([index, await readSubmission(file, request.maxBytes, bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined)]);
  return outcomes;
}

/** The class's submission files, read ahead in a worker (see the module's comment). */
export class SubmissionReadAhead {
  private worker: Worker | null;
  private ready = false;
  private readonly indexOf = new Map<string, number>();
  /** Files asked for and not taken yet, by index. */
  private readonly waiting = new Map<number, Promise<SubmissionOutcome>>();
  /** Files asked for and not answered yet (taken or not), by index. */
  private readonly unanswered = new Map<number, (outcome: SubmissionOutcome) => void>();
  /** The next index not asked for. */
  private next = 0;
  /** Reads waiting for the worker's answer now (the worker keeps the process alive while there are some). */
  private awaited = 0;

  constructor(
    script: string,
    private readonly files: readonly SubmissionFile[],
    private readonly maxBytes: number,
  ) {
    files.forEach((f, i) => this.indexOf.set(f.file, i));
    // a small young generation (see YOUNG_GENERATION_MB): each reading dies young, and is freed early
    const worker = new Worker(script, { workerData: { role: 'submissions' }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (answer: ReadAheadAnswer) => {
      if ('ready' in answer) {
        this.ready = true;
        return;
      }
      for (const [index, outcome] of answer.outcomes) {
        this.unanswered.get(index)?.(outcome);
        this.unanswered.delete(index);
      }
    });
    // A worker that cannot run: what it was asked and has not answered is read here.
    worker.on('error', () => {
      this.worker = null;
      void worker.terminate();
      for (const [index, resolve] of this.unanswered) void this.readHere(index).then(resolve);
      this.unanswered.clear();
    });
    // Never keeps the process alive by itself: a file waited for is a pending promise, and the worker is ref'd while one is.
    worker.unref();
    this.worker = worker;
  }

  /** Whether files are read by the worker now (it has loaded and not failed). */
  get workerReady(): boolean {
    return this.worker !== null && this.ready;
  }

  private readHere(index: number): Promise<SubmissionOutcome> {
    const { file, bytes } = this.files[index];
    return readSubmission(file, this.maxBytes, bytes);
  }

  /** The outcome of reading `file` (one of the class's files; each is taken once). */
  async read(file: string): Promise<SubmissionOutcome> {
    const index = this.indexOf.get(file);
    if (index === undefined) return readSubmission(file, this.maxBytes);
    this.askAhead(index);
    const waiting = this.waiting.get(index);
    if (!waiting) return this.readHere(index);
    this.waiting.delete(index);
    if (this.awaited++ === 0) this.worker?.ref();
    try {
      return await waiting;
    } finally {
      if (--this.awaited === 0) this.worker?.unref();
    }
  }

  /** Asks the worker for the files up to READ_AHEAD after `index`, FILES_PER_MESSAGE at a time. */
  private askAhead(index: number): void {
    if (!this.worker || !this.ready) return;
    if (this.next <= index) this.next = index + 1;
    const end = Math.min(this.files.length, index + 1 + READ_AHEAD);
    while (end - this.next >= FILES_PER_MESSAGE || (end === this.files.length && this.next < end)) {
      const upTo = Math.min(end, this.next + FILES_PER_MESSAGE);
      const files: ReadAheadRequest['files'] = [];
      for (let i = this.next; i < upTo; i++) {
        this.waiting.set(i, new Promise<SubmissionOutcome>((resolve) => this.unanswered.set(i, resolve)));
        const { file, bytes } = this.files[i];
        files.push({ index: i, file, ...(bytes ? { bytes: new Uint8Array(bytes) } : {}) });
      }
      this.worker.postMessage({ maxBytes: this.maxBytes, files } satisfies ReadAheadRequest);
      this.next = upTo;
    }
  }

  /** Ends the worker (files not taken are dropped). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
