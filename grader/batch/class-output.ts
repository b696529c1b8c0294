/**
 * Writes a graded class into its output folder: `grades.csv` (the LMS gradebook), `class.html` (the
 * class report), `students/<id>.html` and `students/<id>.json` (each student's own report) and
 * `summary.json` (the ClassResult, which `dockgrade merge` reads back). Rendering is done by the pure
 * reporters in reports/; this module only names files and writes them (the class files atomically).
 * `grade` streams: ClassOutputWriter writes each student's files as the row is graded.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { basename, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClassReportOptions, ReportOptions } from '../../reports/types.js';
import type { ClassResult, IntegrityFinding, StudentRow } from '../model/class-schema.js';
import { InputError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { escapeActiveJson } from '../core/inert-json.js';
import { inertText } from '../io/input-file.js';
import { HeldDir } from '../io/output-dir.js';
import { inertLine } from '../../reports/terminal-text.js';
import { isNameError, PlantedPathError, refusePlanted, utf8, writeFileBytes, writeOutputParts } from '../io/output-file.js';
import type { ExerciseResult, RunResult } from '../model/result-schema.js';
import { countsOver, submissionTier } from './grade-class.js';
import { writeStudentReports, type RefusedReport, type StudentFilesAnswer, type StudentFilesJob } from './student-files.js';
import { SpilledBytes, type SpilledPart } from './spilled-bytes.js';
import { YOUNG_GENERATION_MB } from './submission-read-ahead.js';
import { studentView } from '../course/student-view.js';
import { joinRunBytes, runHead, runHeadEnds, runJsonBytes, runPiecesBetween, sharedEntries, type ExerciseMemo, type MemoEntry } from '../pipeline/exercise-memo.js';

/** Student reports queued for the worker before grading waits for it (each holds its run's JSON, about 50 kB). */
const MAX_QUEUED_JOBS = 32;

/**
 * Jobs sent to the worker in one message (and answered in one): on 2 busy cores each message woke the
 * idle worker, and each answer the main thread, and a post often took milliseconds (1,000 posts: 0.85 s).
 * A batch goes when it is full, when grading waits for the worker, at the end, or FLUSH_MS after its
 * first job (a class graded slowly still keeps the worker busy).
 */
const JOBS_PER_MESSAGE = 8;
const FLUSH_MS = 20;

/** Files every output folder holds. */
export const OUTPUT_FILES = { gradebook: 'grades.csv', classReport: 'class.html', summary: 'summary.json', students: 'students' } as const;

export type RenderOptions = ReportOptions;

/** The four renderings batch grading needs: the reporters of reports/. */
export interface ClassRenderers {
  /** The gradebook whole, or in parts written one after another (gradebookCsvParts). */
  gradebookCsv(result: ClassResult, options: ClassReportOptions): string | Iterable<string>;
  /** The class report whole, or in parts written one after another (classHtmlParts). */
  classHtml(result: ClassResult, options: ClassReportOptions): string | Iterable<string>;
  studentHtml(run: RunResult, options: ReportOptions): string;
  studentJson(run: RunResult, options: ReportOptions): string;
}

/**
 * Longest file name base, in UTF-8 bytes, before the escaped form is shortened with a full hash: with
 * `.html` and the temp name of a replacing write (`.<name>.<pid>.<random>.tmp`) a name stays well under
 * 143 bytes (eCryptfs; 255 elsewhere). An 80-syllable Hangul id (240 bytes) once made that temp name
 * ENAMETOOLONG and aborted the class.
 */
const MAX_FILE_BASE_BYTES = 100;
/** Hangul conjoining jamo: they compose with a syllable before them under NFC (a Hangul syllable itself is kept). */
const CONJOINING_JAMO = /[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/u;

/**
 * Whether a character of an id is kept as it is in a file name: a letter, digit, `.`, `_` or `-` that
 * every file system keeps apart from every other kept character: no case (lower-case and back, as a
 * case-insensitive file system folds `S1` and `s1` together; `K` (Kelvin), `ſ`, `ß` fold onto others),
 * no combining mark or conjoining jamo and unchanged by NFC (a normalization-insensitive file system, as
 * macOS's, holds `한` and its jamo `ᄒ ᅡ ᆫ` as one name).
 */
function keptInName(char: string): boolean {
  if (!/^[\p{L}\p{N}._-]$/u.test(char) || CONJOINING_JAMO.test(char)) return false;
  return char.normalize('NFC') === char && char.toLowerCase() === char && char.toUpperCase().toLowerCase() === char;
}

/**
 * The file name (without extension) of a student's own reports, unique per id by construction, also
 * where file systems fold case or Unicode normalization: an id made only of kept characters (lower-case
 * letters and caseless ones such as Hangul, digits, `. _ -`, not starting with a dot; see keptInName) is
 * its own name; in every other id, each other character (and a leading dot) becomes `~` and its UTF-8
 * bytes in lower-case hex (`a b` → `a~20b`, `S1` → `~531`). No kept id contains `~`, and `~XX` decodes
 * one way, so no two ids share a name (a hash suffix did not promise that: `a b` became `a_b-c8687a08`,
 * itself a valid id). A name over 100 bytes keeps a readable start of at most 24 bytes and adds the id's
 * full SHA-256 after `~~` (which no escaped form holds), so every shard names it alike.
 */
export function studentFileBase(studentId: string): string {
  const chars = [...studentId];
  if (chars.length > 0 && chars[0] !== '.' && chars.every(keptInName) && Buffer.byteLength(studentId) <= MAX_FILE_BASE_BYTES) return studentId;
  const parts: string[] = [];
  for (const char of chars) {
    const kept = keptInName(char) && !(parts.length === 0 && char === '.');
    parts.push(kept ? char : [...Buffer.from(char, 'utf8')].map((byte) => `~${byte.toString(16).padStart(2, '0')}`).join(''));
  }
  const escaped = parts.join('');
  if (Buffer.byteLength(escaped) <= MAX_FILE_BASE_BYTES && escaped !== studentId) return escaped;
  // too long to show whole: a readable start (whole characters and escapes, at most 24 bytes) and the full hash
  let start = '';
  for (const part of parts) {
    if (Buffer.byteLength(start + part) > 24) break;
    start += part;
  }
  return `${start}~~${createHash('sha256').update(studentId).digest('hex')}`;
}

/** The link from class.html to a student's report. */
export function studentHref(studentId: string): string {
  return `${OUTPUT_FILES.students}/${encodeURIComponent(studentFileBase(studentId))}.html`;
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`).inKorean(`${dir} 폴더를 만들 수 없습니다: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export interface WriteOptions extends RenderOptions {
  /** Write each graded student's HTML and JSON (false for `merge`, which copies the shards' files). */
  studentFiles: boolean;
  /** Where a one-line warning goes (a refused report path); default: stderr as `dockgrade: warning: …`. */
  warn?: (line: string) => void;
  /** The memo the class was graded with: its exercises' JSON is taken as it is (grader/pipeline/exercise-memo.ts). */
  memo?: ExerciseMemo;
}

function stderrWarning(line: string): void {
  // It names paths, which carry student ids and file names: one inert line.
  process.stderr.write(`dockgrade: warning: ${inertLine(line)}\n`);
}

/**
 * Refuses an output folder whose class files or students/ folder were planted as links (or FIFOs,
 * or a file where students/ goes): one line, exit 2, before any work. Checked again when each is written.
 */
export function refusePlantedOutputs(dir: string, studentFiles: boolean): void {
  for (const name of [OUTPUT_FILES.gradebook, OUTPUT_FILES.classReport, OUTPUT_FILES.summary]) refusePlanted(join(dir, name));
  if (!studentFiles) return;
  const students = join(dir, OUTPUT_FILES.students);
  let stats: Stats | null = null;
  try {
    stats = lstatSync(students);
  } catch {
    // not there yet (or unreadable: ensureDir says why)
  }
  if (stats && !stats.isDirectory()) {
    if (stats.isSymbolicLink()) throw new PlantedPathError(students, 'is a symbolic link; not followed', '심볼릭 링크라서 따라가지 않습니다');
    throw new PlantedPathError(students, 'is not a directory', '폴더가 아닙니다');
  }
}

/** The finding a row gets when one of its report files could not be written (a planted path). */
export function reportNotWrittenFinding(dir: string, refused: readonly RefusedReport[]): IntegrityFinding {
  const en = refused.map((r) => `${inertText(relative(dir, r.file))} ${r.what}`).join('; ');
  const ko = refused.map((r) => `${inertText(relative(dir, r.file))}: ${r.ko}`).join('; ');
  return {
    code: 'report-not-written',
    message: msg(`이 학생의 보고서 파일을 쓰지 않았습니다 (${ko}). 출력 폴더에 누가 심어 둔 것인지 살펴보세요`, `this student's report was not written (${en}); look at who put it in the output folder`),
    others: [],
  };
}

/**
 * The part of a run the class files need once the student's own files are written: exercise and
 * check ids, statuses and points, credit and the reason an exercise is not gradable (what the
 * gradebook and the class matrix and charts read). Titles
 * are the exercise set's own objects, shared by every row; messages, evidence and the command view
 * are left out. The full run is kept as its summary.json text instead. With `views`, rows with the
 * same outcome of an exercise share one view of it.
 */
export function classView(run: RunResult, views: ClassViews = new ClassViews(), memo?: ExerciseMemo): RunResult {
  return { ...run, exercises: run.exercises.map((e) => views.of(e, memo?.entryOf(e) !== undefined)) };
}

/**
 * The class views of one class's exercises, each made once: every row with the same outcome of an
 * exercise (ids, titles, statuses, points, credit, reason) holds the same view. Views are read-only.
 * A class of 10,000 rows of 64 exercises held 640,000 views of about five checks each (300 MB of the
 * peak); it holds a few hundred.
 */
export class ClassViews {
  private readonly views = new Map<string, ExerciseResult>();
  private readonly byObject = new WeakMap<ExerciseResult, ExerciseResult>();
  /** A number for each title object (titles are the exercise set's own objects; another object with the same text gets its own number, and its own view). */
  private readonly titles = new WeakMap<object, number>();
  private nextTitle = 0;

  /** The view of `e`; `shared`: the memo hands `e` to many runs (its view is then found by the object, without a key). */
  of(e: ExerciseResult, shared = false): ExerciseResult {
    if (!shared) return this.byKey(e);
    let view = this.byObject.get(e);
    if (!view) this.byObject.set(e, (view = this.byKey(e)));
    return view;
  }

  private byKey(e: ExerciseResult): ExerciseResult {
    let key = `${e.id}\u0000${e.section}\u0000${this.titleId(e.title)}\u0000${e.status}\u0000${e.points}\u0000${e.maxPoints}\u0000${e.credit ? JSON.stringify(e.credit) : ''}\u0000${e.notGradable ? JSON.stringify(e.notGradable) : ''}`;
    for (const c of e.checks) key += `\u0001${c.id}\u0000${this.titleId(c.title)}\u0000${c.status}\u0000${c.points}\u0000${c.maxPoints}\u0000${c.excluded ? 1 : 0}`;
    let view = this.views.get(key);
    if (!view) this.views.set(key, (view = exerciseClassView(e)));
    return view;
  }

  private titleId(title: object): number {
    let id = this.titles.get(title);
    if (id === undefined) this.titles.set(title, (id = this.nextTitle++));
    return id;
  }
}

function exerciseClassView(e: ExerciseResult): ExerciseResult {
  return {
    id: e.id,
    section: e.section,
    title: e.title,
    status: e.status,
    points: e.points,
    maxPoints: e.maxPoints,
    commands: NO_COMMANDS,
    checks: e.checks.map((c) => ({ id: c.id, title: c.title, status: c.status, points: c.points, maxPoints: c.maxPoints, message: NO_MESSAGE, ...(c.excluded ? { excluded: true } : {}) })),
    // The gradebook and the class matrix mark exercises counted from the journal, and give the reason
    // of one not gradable on one host.
    ...(e.credit ? { credit: e.credit } : {}),
    ...(e.notGradable ? { notGradable: e.notGradable } : {}),
  };
}

/** A shared run's summary.json pieces, made when they are written (a function of its own: it holds only these, never the run's head). */
function piecesOf(start: Uint8Array, entries: readonly MemoEntry[], end: Uint8Array): () => Uint8Array[] {
  return () => runPiecesBetween(start, entries.map((e) => e.bytes), end);
}

const NO_COMMANDS: string[] = [];
const textDecoder = new TextDecoder();
const NO_MESSAGE = { ko: '', en: '' };

/** A run's JSON text as summary.json holds it (UTF-8; C1 and bidi controls escaped, see inert-json.ts). */
export function runJsonText(run: RunResult, memo?: ExerciseMemo): Uint8Array {
  return memo ? runJsonBytes(run, memo) : utf8(escapeActiveJson(JSON.stringify(run)));
}

/**
 * The ClassResult as summary.json holds it, with each listed result's JSON text (UTF-8, or what gives it)
 * put in its place, in parts made when their turn comes: the class without its rows, then each row.
 * The class's JSON made whole was 17 million characters of 10,000 rows (two bytes each, with Korean
 * titles), held twice while it was escaped and split.
 */
export function* summaryParts<Text extends Uint8Array | SpilledPart | (() => readonly Uint8Array[])>(result: ClassResult, resultJson: ReadonlyMap<RunResult, Text>): Generator<string | Text> {
  if (resultJson.size === 0) {
    yield `${escapeActiveJson(JSON.stringify(result))}\n`;
    return;
  }
  // Each listed result is written as a marker string no learner text can contain, then swapped for its
  // text; the rows' place in the class, the same way. The result texts are escaped already
  // (runJsonText); the rest is escaped here, the marker has nothing to escape, and escaping is per
  // character (`##[` cannot span a joint: each is `[`, `,` or `]` beside `{` or `}`, or a quote).
  const token = `\u0000dockgrade-result-${randomBytes(12).toString('hex')}-`;
  const quoted = JSON.stringify(token).slice(0, -1);
  const [before, after] = escapeActiveJson(JSON.stringify({ ...result, students: `${token}rows` })).split(`${quoted}rows"`);
  yield `${before}[`;
  for (let r = 0; r < result.students.length; r++) {
    const texts: Text[] = [];
    const json = escapeActiveJson(
      JSON.stringify(result.students[r], (key, value: unknown) => {
        const text = key === 'result' && value ? resultJson.get(value as RunResult) : undefined;
        if (!text) return value;
        texts.push(text);
        return `${token}${texts.length - 1}`;
      }),
    );
    let at = 0;
    for (let i = 0; i < texts.length; i++) {
      const marker = `${quoted}${i}"`;
      const found = json.indexOf(marker, at);
      yield `${r > 0 && i === 0 ? ',' : ''}${json.slice(at, found)}`;
      yield texts[i];
      at = found + marker.length;
    }
    yield `${r > 0 && texts.length === 0 ? ',' : ''}${json.slice(at)}`;
  }
  yield `]${after}\n`;
}

/**
 * Writes a class's outputs as it is graded: each student's HTML and JSON report the moment the row is
 * graded (`retain`, given to gradeClass), the gradebook, class report and summary at the end
 * (`finish`). Only a small view of each run stays in memory, plus its summary JSON as UTF-8, so memory
 * and garbage collection stay proportional to the class, not to the class times its reports.
 *
 * With `worker`, the student reports are rendered and written by a worker thread (the machine's
 * other core) from the run's JSON text, in the order asked; without one (or when its script is not
 * there) they are written here, synchronously. Either way a student with several submissions ends
 * with the files of the one that counts (the rule of gradeClass).
 */
export class ClassOutputWriter {
  private readonly studentsDir: string;
  private readonly render: ReportOptions;
  /** The run whose files each student's reports hold now, and when it was submitted. */
  private readonly written = new Map<string, { run: RunResult; submittedAt: string; source: string; tier: number }>();
  /**
   * summary.json text of each kept run, by the view the row keeps: on disk until summary.json is written
   * (SpilledBytes), or the pieces a run the memo shares is joined from (written as they are).
   */
  private readonly resultJson = new Map<RunResult, SpilledPart | (() => readonly Uint8Array[])>();
  private readonly spilled = new SpilledBytes();
  /** The end of shared runs' heads as UTF-8, one copy of each text (see keptPieces). */
  private readonly headEnds = new Map<string, Uint8Array>();
  /** The class views of exercises, one per distinct outcome (see ClassViews). */
  private readonly views = new ClassViews();
  private worker: Worker | null = null;
  /** The class memo's exercises the worker has been sent (StudentFilesJob.shared). */
  private readonly sentToWorker = new Set<number>();
  /** Whether the worker has been sent the render options (with its first job). */
  private renderSent = false;
  /** Until the worker has loaded its modules, reports are written here (a small class never waits for it). */
  private ready = false;
  /** Jobs given to the worker (sent or still in `batch`) and not answered yet, oldest first (it answers in order). */
  private readonly unanswered: Array<{ job: StudentFilesJob; run: SpilledPart }> = [];
  /** Jobs not sent yet (JOBS_PER_MESSAGE), and the buffers they hand over. */
  private batch: StudentFilesJob[] = [];
  private batchTransfer: ArrayBuffer[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private drained: (() => void) | null = null;
  /** Waiting for the worker's queue to shrink below MAX_QUEUED_JOBS (see `room`). */
  private readonly roomWaiters: Array<() => void> = [];
  private failure: string | null = null;
  /** Report paths refused because something other than a file was planted there, by student. */
  private readonly refused = new Map<string, RefusedReport[]>();
  private readonly warn: (line: string) => void;
  /** The output folder and its students/, held open from the start: files are written through them (see HeldDir). */
  private readonly held: HeldDir;
  private readonly heldStudents: HeldDir | null;
  /** The held folder whose path was swapped during the run (said once, at the end). */
  private swappedDir: HeldDir | null = null;

  constructor(
    private readonly dir: string,
    private readonly renderers: ClassRenderers,
    private readonly options: WriteOptions & { worker?: string | null },
  ) {
    ensureDir(dir);
    refusePlantedOutputs(dir, options.studentFiles);
    this.warn = options.warn ?? stderrWarning;
    this.studentsDir = join(dir, OUTPUT_FILES.students);
    this.render = { lang: options.lang, color: false, publicWords: options.publicWords };
    if (options.studentFiles) ensureDir(this.studentsDir);
    this.held = new HeldDir(dir);
    this.heldStudents = options.studentFiles ? new HeldDir(this.studentsDir) : null;
    if (options.studentFiles && options.worker) this.startWorker(options.worker);
  }

  private startWorker(script: string): void {
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (message: StudentFilesAnswer | StudentFilesAnswer[]) => {
      if (!Array.isArray(message)) {
        if ('ready' in message) this.ready = true;
        return;
      }
      for (const answer of message) {
        if ('ready' in answer) continue;
        const job = this.unanswered.shift()?.job;
        if (!answer.ok) this.failure ??= this.heldStudents?.shownText(answer.message) ?? answer.message;
        else if (answer.refused && job) this.noteRefused(job.studentId, answer.refused);
      }
      this.settle();
    });
    // A worker that cannot run (a broken install): its unanswered jobs (sent or not) and the rest are done here.
    worker.on('error', () => {
      this.worker = null;
      this.batch = [];
      this.batchTransfer = [];
      if (this.flushTimer) clearTimeout(this.flushTimer);
      this.flushTimer = null;
      void worker.terminate();
      try {
        // a job's bytes went to the worker (transferred): they are read back from where they were kept
        for (const { job, run } of this.unanswered.splice(0)) this.writeHere(job.studentId, job.base, JSON.parse(new TextDecoder().decode(run())) as RunResult);
      } catch (error) {
        this.failure ??= (error as Error).message;
      }
      this.settle();
    });
    // Never keeps the process alive by itself (a failed run exits); finish() waits for it.
    worker.unref();
    this.worker = worker;
  }

  /** Whether reports go to the worker now (it has loaded and not failed). */
  get workerReady(): boolean {
    return this.worker !== null && this.ready;
  }

  private settle(): void {
    if (this.unanswered.length < MAX_QUEUED_JOBS && this.roomWaiters.length > 0) {
      // the worker no longer keeps the process alive by itself (see room)
      if (!this.drained) this.worker?.unref();
      this.roomWaiters.splice(0).forEach((go) => go());
    }
    if (this.unanswered.length === 0 && this.drained) this.drained();
  }

  /**
   * For gradeClass's `beforeFile`: null when the worker has room for more reports, else a promise that
   * resolves when it has. Grading runs ahead of the worker otherwise, and every queued job holds its
   * run's JSON (10,000 submissions: hundreds of MiB waiting in the worker's queue, issue 25).
   */
  readonly room = (): Promise<void> | null => {
    if (this.worker === null || this.unanswered.length < MAX_QUEUED_JOBS) return null;
    this.flush();
    // While grading waits for it, the worker keeps the process alive (it is unref'd otherwise: with
    // nothing else pending, Node would end the run here as if it were done).
    this.worker.ref();
    return new Promise<void>((resolve) => this.roomWaiters.push(resolve));
  };

  private writeHere(studentId: string, base: string, run: RunResult): void {
    let refused: RefusedReport[];
    try {
      refused = writeStudentReports(base, run, this.renderers, this.render);
    } catch (error) {
      throw this.relabel(error);
    }
    this.noteRefused(studentId, refused);
  }

  /** An error about a path opened through a held folder, naming the path as the teacher gave it. */
  private relabel(error: unknown): unknown {
    if (!(error instanceof InputError)) return error;
    for (const held of [this.heldStudents, this.held]) {
      if (!held) continue;
      error.message = held.shownText(error.message);
      if (error.ko) error.ko.message = held.shownText(error.ko.message);
    }
    return error;
  }

  /**
   * Before each write: has the output folder or its students/ been swapped since the start (for a link
   * to another folder, say)? Where files are opened through the held folder (Linux) the writes go on
   * there, and finish() says so in one line; elsewhere, or when the held folder was removed, nothing
   * more is written.
   */
  private guard(): void {
    this.swappedDir ??= [this.held, this.heldStudents].find((held) => held?.swapped()) ?? null;
    const swapped = this.swappedDir;
    if (swapped && (!swapped.pinned || swapped.removed() || this.held.removed())) throw this.swapError(swapped, false);
  }

  /** The one line that says the output folder was swapped, and where the class went. */
  private swapError(held: HeldDir, written: boolean): InputError {
    const what = held.whatIsThere();
    const where = written ? held.whereNow() : '';
    return new InputError(
      `cannot write ${held.path}: it was ${what.en} while grading${what.en === 'removed' ? '' : '; not followed'}; ${written ? `the reports were written to the folder grading began in, now ${where}` : 'nothing more was written'}`,
      'grade again into a folder only you can change',
    ).inKorean(
      `${held.path}에 쓸 수 없습니다: 채점하는 동안 ${what.ko}. ${what.en === 'removed' ? '' : '따라가지 않았고, '}${written ? `보고서는 채점을 시작한 폴더(지금은 ${where})에 썼습니다` : '더는 쓰지 않았습니다'}`,
      '나만 바꿀 수 있는 폴더에 다시 채점하세요',
    );
  }

  /** One warning line per refused path; the row gets its finding in finish(). */
  private noteRefused(studentId: string, found: readonly RefusedReport[]): void {
    const earlier = this.refused.get(studentId) ?? [];
    // a student's second submission meets the same planted path: one line and one note for it
    const shown = found.map((r) => ({ ...r, file: this.heldStudents?.shown(r.file) ?? r.file }));
    const refused = shown.filter((r) => !earlier.some((e) => e.file === r.file));
    if (refused.length === 0) return;
    for (const r of refused) this.warn(`${inertText(r.file, 400)}: ${r.what}; left as it is, ${inertText(studentId)}'s report was not written there`);
    this.refused.set(studentId, [...earlier, ...refused]);
  }

  /** How many students have a report file that was refused (a planted path). */
  get refusedStudents(): number {
    return this.refused.size;
  }

  /** For gradeClass's `retain`: writes the row's student files when it counts, returns the view to keep. */
  readonly retain = (row: StudentRow & { result: RunResult }, submittedAt: string): RunResult => {
    const run = row.result;
    const memo = this.options.memo;
    const view = classView(run, this.views, memo);
    // A run whose every exercise the memo shares is kept as its head and the memo's entries (a few kB):
    // summary.json joins their bytes when it is written. Any other run's JSON is kept on disk.
    const entries = memo ? sharedEntries(run, memo) : null;
    const shared = entries ? { head: runHead(run), entries } : undefined;
    const json = shared ? undefined : runJsonText(run, memo);
    const kept = shared ? () => joinRunBytes(shared.head, shared.entries.map((e) => e.bytes)) : this.spilled.keep(json!);
    if (this.options.studentFiles && row.studentId) {
      const earlier = this.written.get(row.studentId);
      const order = { submittedAt, source: row.source, tier: submissionTier(row) };
      if (!earlier || countsOver(order, earlier)) {
        this.writeStudent(row.studentId, run, json, kept, shared);
        if (earlier) this.resultJson.delete(earlier.run);
        this.written.set(row.studentId, { run: view, ...order });
      }
    }
    this.resultJson.set(view, shared ? this.keptPieces(shared.head, shared.entries) : kept);
    return view;
  };

  /**
   * What gives a shared run's JSON for summary.json: the start of its head as UTF-8 (its own: a few
   * hundred bytes), the end (its totals and sections, the same for many runs: one copy of each text) and
   * the memo's entries. The run's whole head (7 kB a run, two bytes a character with Korean titles) was
   * 70 MB of a class of 10,000's memory.
   */
  private keptPieces(head: string, entries: readonly MemoEntry[]): () => Uint8Array[] {
    const ends = runHeadEnds(head);
    let end = this.headEnds.get(ends.end);
    if (!end) this.headEnds.set(ends.end, (end = utf8(ends.end)));
    return piecesOf(utf8(ends.start), entries, end);
  }

  /**
   * Writes one student's HTML and JSON report (by the worker, from `json`, when there is one). `kept`
   * gives `json` back: when it was kept on disk, `json` itself is handed over to the worker, not copied.
   * `shared`: the run's head and memo entries, when the memo shares every exercise (the worker then
   * takes the exercises it holds; no JSON of the run is made or sent).
   */
  writeStudent(studentId: string, run: RunResult, json?: Uint8Array, kept?: SpilledPart, shared?: { head: string; entries: readonly MemoEntry[] }): void {
    if (this.failure) throw new InputError(this.failure);
    // The student's own copies never show a course's hidden checks: how many and their points only
    // (grader/course/student-view.ts); the class files and summary.json keep them.
    if (run.exercises.some((e) => e.checks.some((c) => c.hidden))) {
      run = studentView(run);
      json = undefined;
      kept = undefined;
      shared = undefined;
    }
    this.guard();
    const base = this.heldStudents ? this.heldStudents.at(studentFileBase(studentId)) : join(this.studentsDir, studentFileBase(studentId));
    if (this.workerReady) {
      const render = this.renderSent ? {} : { render: this.render };
      this.renderSent = true;
      if (shared && kept) {
        const job: StudentFilesJob = { studentId, base, ...render, shared: this.sharedPart(shared.head, shared.entries) };
        this.unanswered.push({ job, run: kept });
        this.send(job);
        return;
      }
      const bytes = json ?? runJsonText(run);
      const job: StudentFilesJob = { studentId, base, run: bytes, ...render };
      const handOver = kept !== undefined && this.spilled.onDisk && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      this.unanswered.push({ job, run: handOver && kept ? kept : () => bytes });
      this.send(job, handOver ? (bytes.buffer as ArrayBuffer) : undefined);
    } else {
      this.writeHere(studentId, base, run);
    }
  }

  /** Adds a job to the batch the worker is sent next (see JOBS_PER_MESSAGE). */
  private send(job: StudentFilesJob, transfer?: ArrayBuffer): void {
    this.batch.push(job);
    if (transfer) this.batchTransfer.push(transfer);
    if (this.batch.length >= JOBS_PER_MESSAGE) this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Sends the batched jobs to the worker, in one message. */
  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.batch.length === 0 || !this.worker) return;
    const jobs = this.batch;
    const transfer = this.batchTransfer;
    this.batch = [];
    this.batchTransfer = [];
    this.worker.postMessage(jobs, transfer);
  }

  /** The job's `shared` part: the run's head, the memo's number of each exercise, and the JSON of those the worker has not been sent yet. */
  private sharedPart(head: string, entries: readonly MemoEntry[]): NonNullable<StudentFilesJob['shared']> {
    const fresh: Array<[number, string]> = [];
    for (const entry of entries) {
      if (this.sentToWorker.has(entry.id)) continue;
      this.sentToWorker.add(entry.id);
      fresh.push([entry.id, textDecoder.decode(entry.bytes)]);
    }
    return { head, exercises: entries.map((e) => e.id), fresh };
  }

  /** Waits until the worker has written every student's files, then ends it; a failed write is an InputError. */
  private async drainWorker(): Promise<void> {
    const worker = this.worker;
    if (worker) {
      worker.ref();
      this.flush();
      if (this.unanswered.length > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      this.worker = null;
      await worker.terminate();
    }
    if (this.failure) throw new InputError(this.failure);
  }

  /**
   * Writes the gradebook, the class report and the summary of the graded class (after the students'
   * files). A row whose report file was refused gets a `report-not-written` finding (in `result` too).
   */
  async finish(result: ClassResult): Promise<void> {
    await this.drainWorker();
    for (const row of result.students) {
      const refused = this.refused.get(row.studentId);
      if (refused && !row.integrity.some((f) => f.code === 'report-not-written')) row.integrity = [...row.integrity, reportNotWrittenFinding(this.dir, refused)];
    }
    const render = this.render;
    let swapped: InputError | null = null;
    try {
      this.guard();
      const gradebook = this.renderers.gradebookCsv(result, render);
      writeOutputParts(this.held.at(OUTPUT_FILES.gradebook), typeof gradebook === 'string' ? [gradebook] : gradebook);
      const classHtml = this.renderers.classHtml(result, { ...render, studentHref });
      writeOutputParts(this.held.at(OUTPUT_FILES.classReport), typeof classHtml === 'string' ? [classHtml] : classHtml);
      writeOutputParts(this.held.at(OUTPUT_FILES.summary), summaryParts(result, this.resultJson));
      this.guard();
      // said while the held folders are open: where they are now is read through them
      if (this.swappedDir) swapped = this.swapError(this.swappedDir, true);
    } catch (error) {
      throw this.relabel(error);
    } finally {
      this.held.close();
      this.heldStudents?.close();
      this.spilled.close();
    }
    if (swapped) throw swapped;
  }
}

/** Writes every output of an already graded class into `dir` (created if needed). */
export async function writeClassOutputs(dir: string, result: ClassResult, renderers: ClassRenderers, options: WriteOptions): Promise<void> {
  const writer = new ClassOutputWriter(dir, renderers, options);
  if (options.studentFiles) {
    for (const row of result.students) if (row.result && row.studentId) writer.writeStudent(row.studentId, row.result);
  }
  await writer.finish(result);
}

/** Largest student report `merge` copies (a real one is well under 1 MiB). */
const MAX_COPIED_BYTES = 64 * 1024 * 1024;

/**
 * Reads a regular file without following a link (O_NOFOLLOW: a link swapped in after the listing fails
 * to open) and without blocking on a FIFO; null with the reason when it is not a plain file.
 */
function readPlainFile(file: string): { bytes: Buffer } | { skipped: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { skipped: code === 'ELOOP' ? 'a symbolic link; not followed' : `cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: 'not a regular file' };
    if (stats.size > MAX_COPIED_BYTES) return { skipped: `over ${MAX_COPIED_BYTES / 1024 / 1024} MiB` };
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (let n = -1; n !== 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null);
    return { bytes: bytes.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** What copyStudentFiles did: files copied, and target paths refused because something was planted there. */
export interface CopiedStudentFiles {
  copied: number;
  refused: RefusedReport[];
}

/**
 * Copies the per-student reports of shard folders into `dir/students` (for `merge`). Never follows a
 * link in a shard folder (a students/ folder or an entry that is a link is skipped with one warning
 * line naming it), and skips subdirectories, FIFOs and other non-files the same way. A target path in
 * `dir/students` holding a planted link, FIFO or directory is left as it is and reported in `refused`.
 */
export function copyStudentFiles(shardDirs: readonly string[], dir: string, warn: (line: string) => void = stderrWarning): CopiedStudentFiles {
  const target = join(dir, OUTPUT_FILES.students);
  refusePlantedOutputs(dir, true);
  ensureDir(target);
  let copied = 0;
  const refused: RefusedReport[] = [];
  const skip = (path: string, why: string) => warn(`merge: skipped ${inertText(path, 400)}: ${why}`);
  for (const shardDir of shardDirs) {
    const source = join(shardDir, OUTPUT_FILES.students);
    let stats: Stats;
    try {
      stats = lstatSync(source);
    } catch {
      continue; // a shard without students/ (an empty shard)
    }
    if (stats.isSymbolicLink()) {
      skip(source, 'a symbolic link; not followed');
      continue;
    }
    if (!stats.isDirectory() || resolve(source) === resolve(target)) continue;
    let entries;
    try {
      entries = readdirSync(source, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      skip(source, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    for (const entry of entries) {
      const from = join(source, entry.name);
      if (entry.isSymbolicLink()) skip(from, 'a symbolic link; not followed');
      else if (entry.isDirectory()) skip(from, 'a directory');
      else if (!entry.isFile()) skip(from, 'not a regular file');
      else if (!/^[^.].*\.(html|json)$/.test(entry.name)) skip(from, 'not a student report (.html or .json)');
      else {
        const read = readPlainFile(from);
        if ('skipped' in read) {
          skip(from, read.skipped);
          continue;
        }
        const to = join(target, entry.name);
        try {
          writeFileBytes(to, read.bytes);
          copied += 1;
        } catch (error) {
          if (isNameError(error)) {
            warn(`${inertText(to, 400)}: cannot be written (${(error as Error).message.replace(/^cannot write .*: /, '')}); skipped`);
            refused.push({ file: to, what: 'cannot be written: the file name is too long or not allowed here', ko: '파일 이름이 너무 길거나 이 파일 시스템에서 쓸 수 없어 쓰지 못했습니다' });
            continue;
          }
          if (!(error instanceof PlantedPathError)) throw error instanceof InputError ? error : new InputError(`cannot write ${to}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`).inKorean(`${to}에 쓸 수 없습니다: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
          if (!refused.some((r) => r.file === to)) {
            warn(`${inertText(to, 400)}: ${error.what}; left as it is`);
            refused.push({ file: to, what: error.what, ko: error.whatKo });
          }
        }
      }
    }
  }
  return { copied, refused };
}

/** The student a report file in students/ belongs to, among `ids` (by its file name). */
export function studentOfReportFile(file: string, ids: readonly string[]): string | undefined {
  const base = basename(file).replace(/\.(html|json)$/, '');
  return ids.find((id) => studentFileBase(id) === base);
}

/** The reporters of reports/, loaded only when a batch command writes its outputs. */
export async function loadClassRenderers(): Promise<ClassRenderers> {
  const [{ gradebookCsvParts }, { classHtmlParts }, { htmlReporter }, { jsonReporter }] = await Promise.all([
    import('../../reports/gradebook-csv-reporter.js'),
    import('../../reports/class-html-reporter.js'),
    import('../../reports/html-reporter.js'),
    import('../../reports/json-reporter.js'),
  ]);
  return { gradebookCsv: gradebookCsvParts, classHtml: classHtmlParts, studentHtml: htmlReporter, studentJson: jsonReporter };
}
