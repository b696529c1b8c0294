/**
 * Batch grading of a class: every submission file and every live engine on the roster graded with the
 * current exercise set (from the snapshot, never from a stored result, so old submissions are regraded
 * with new checks), merged with the roster into one ClassResult. Files are read a few at a time and
 * only a run result plus a little evidence is kept per student; live engines run with bounded
 * concurrency and a per-engine timeout. No single row can stop the class.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { readableFileName } from '../io/file-name.js';
import type { ClassExercise, ClassResult, IntegrityFinding, RowEvidence, StudentRow } from '../model/class-schema.js';
import { visibleContainers } from '../check/run.js';
import type { ExerciseDefinition } from '../check/types.js';
import { mapLimit } from '../collect/collect.js';
import { CLASS_RESULT_KIND, CLASS_RESULT_VERSION } from '../model/class-schema.js';
import { msg } from '../core/i18n.js';
import { gradeStage, journalStage, stateOf, type Catalog } from '../pipeline/pipeline.js';
import type { ExerciseMemo } from '../pipeline/exercise-memo.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { pointsScaleOf, scaledMax, scaledRun, sumPoints } from '../course/points-scale.js';
import { withValueNotes } from '../course/value-notes.js';
import { TOOL } from '../core/tool.js';
import { contestedFinding, evidenceFacts, futureFinding, futureSubmission, journalFindings, otherStudentFinding, rowFindings, snapshotFindings, unboundFinding, withCrossRowFindings } from './integrity.js';
import { compareText } from '../core/compare-text.js';
import { gradeLiveEngine, safeLocation, type LiveEngineOutcome } from './live-engine.js';
import { engineBytesFor } from '../engine/engine-budget.js';
import { confirmCredits } from './journal-evidence.js';
import { lmsFolderOf, lmsIndex, lmsOwner, type LmsIndex } from './lms-folder.js';
import type { Progress } from './progress.js';
import type { Roster, RosterRow } from './roster.js';
import { inShard, type Shard } from './shard.js';
import { MAX_SUBMISSION_BYTES, readSubmission, type SubmissionOutcome } from './submission-reader.js';
import type { SubmissionFile } from './submission-read-ahead.js';

/** Submission files in flight at once (each is read, graded and written without waiting on I/O). */
export const FILE_CONCURRENCY = 4;

export interface ClassGradeOptions {
  /** What the class is graded against (the book's; a course's): exercises, sections, public words. */
  catalog: Catalog;
  /** Submission files and folders (searched recursively for `*.json`). */
  paths: readonly string[];
  roster?: Roster | null;
  /** Epoch ms: containers created later are reported. */
  deadline?: number;
  /** Live engines graded at once. */
  concurrency?: number;
  engineTimeoutMs?: number;
  /**
   * The whole roster's live engines within this many ms (from the start of grading): a row still
   * running then ends as unreachable, rows not started are not tried (issue 26.7).
   */
  classTimeoutMs?: number;
  /** Class-wide TLS folder for tcp engines without their own. */
  tlsDir?: string;
  probes?: boolean;
  /** Grade each submission's current state only: exercises that passed earlier (its journal) do not count. */
  currentOnly?: boolean;
  /** Count journal passes the snapshot does not confirm too (they are always shown as `journal-unconfirmed`). */
  countUnconfirmed?: boolean;
  shard?: Shard | null;
  title?: string;
  /** The exercises graded (default: every exercise of the catalog). */
  exercises?: readonly ExerciseDefinition[];
  maxBytes?: number;
  now?: () => Date;
  /** Folders never searched for submissions (the output folder). */
  exclude?: readonly string[];
  /** Called with the number of rows to grade; returns the progress display. */
  progress?: (total: number) => Progress;
  /**
   * Called with each row as soon as it is graded (its full result in `row.result`); returns what the
   * row keeps as its result. The default keeps the full result; `dockgrade grade` writes the student's
   * files here and keeps a small one, so a large class never holds every full result at once.
   */
  retain?: (row: StudentRow & { result: RunResult }, submittedAt: string) => RunResult;
  /**
   * Called before each submission file is read; when it returns a promise, the file waits for it
   * (`grade` waits while its student-files worker is behind, so memory does not fill with queued reports).
   */
  beforeFile?: () => Promise<void> | null;
  /** Hidden exercise results remembered across the class's submissions (grader/pipeline/exercise-memo.ts). */
  memo?: ExerciseMemo;
  /**
   * Reads the class's submission files ahead of grading, given them in order once they are listed
   * (`grade`: in a worker thread, submission-read-ahead.ts); default: each file is read when it is graded.
   */
  readAhead?: (files: readonly SubmissionFile[], maxBytes: number) => SubmissionReader;
}

/** What reads the submission files of a class (see ClassGradeOptions.readAhead). */
export interface SubmissionReader {
  read(file: string): Promise<SubmissionOutcome>;
  close(): Promise<void>;
}

/**
 * The exercise set as the class result lists it; with `catalog` a course pack's points scale
 * (grader/course/points-scale.ts) gives the points, as in every graded run.
 */
export function classExercises(exercises: readonly ExerciseDefinition[], catalog?: Catalog): ClassExercise[] {
  const scale = catalog ? pointsScaleOf(catalog) : undefined;
  return exercises.map((e) => ({
    id: e.id,
    section: e.section,
    title: e.title,
    maxPoints: scale ? scaledMax(scale, e) : e.checks.reduce((sum, c) => sum + c.points, 0),
    checks: e.checks.map((c) => ({ id: c.id, title: c.title, maxPoints: scale ? scaledMax(scale, { id: e.id, checks: [c] }) : c.points, ...(c.hidden ? { hidden: true } : {}) })),
  }));
}

/**
 * Expands files and folders into submission files (folders: every `*.json` below, sorted by the bytes
 * of their names), skipping the `exclude` folders (the output folder, so a rerun does not grade its own
 * reports). Folders are read with Buffer names: a name that is not valid UTF-8 (a CP949 name from a
 * Windows zip) is listed by its readable form (grader/io/file-name.ts) and its bytes go into
 * `bytePaths`, by which the file is opened. A `*.json` that is a symbolic link is listed too, so its row
 * says it was not followed (it is never read).
 */
export async function expandPaths(paths: readonly string[], exclude: readonly string[] = [], bytePaths?: Map<string, Buffer>): Promise<string[]> {
  const files: string[] = [];
  const skipped = new Set(exclude.map((dir) => resolve(dir)));
  const walk = async (dir: string, dirBytes: Buffer): Promise<void> => {
    if (skipped.has(dir)) return;
    const entries = await readdir(dirBytes, { withFileTypes: true, encoding: 'buffer' });
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      const name = readableFileName(entry.name);
      const full = join(dir, name);
      const fullBytes = Buffer.concat([dirBytes, Buffer.from(sep), entry.name]);
      if (entry.isDirectory()) await walk(full, fullBytes);
      else if ((entry.isFile() || entry.isSymbolicLink()) && name.toLowerCase().endsWith('.json')) {
        files.push(full);
        if (!fullBytes.equals(Buffer.from(full))) bytePaths?.set(full, fullBytes);
      }
    }
  };
  for (const path of paths) {
    const full = resolve(path);
    let isDir = false;
    try {
      isDir = (await stat(full)).isDirectory();
    } catch {
      // a missing file becomes an invalid row with its reason
    }
    if (isDir) await walk(full, Buffer.from(full));
    else files.push(full);
  }
  return [...new Set(files)];
}

interface Graded {
  row: StudentRow;
  /** For choosing among several submissions of one student. */
  submittedAt: string;
}

function evidenceOf(snapshot: Snapshot, prefix: string, toolVersion: string, submittedAt: string): RowEvidence {
  const containers = visibleContainers(snapshot, prefix);
  return { engineId: snapshot.engine.id, prefix, containerIds: containers.map((c) => c.id), toolVersion, submittedAt, ...evidenceFacts(snapshot, containers, prefix), claims: [] };
}

/** A submission file as findings name it: its folder and name (the rest of the path is the teacher's). */
function shortPath(file: string): string {
  return `${basename(dirname(file))}/${basename(file)}`;
}

/** What building one row of a class needs, whichever door grades it (`grade`, the class board). */
export interface RowContext {
  catalog: Catalog;
  /** The exercises graded. */
  exercises: readonly ExerciseDefinition[];
  /** Their points together: a row that was not graded shows 0 of these. */
  maxPoints: number;
  /** Replay a submission's recorded probes (default true). */
  probes?: boolean;
  /** A submission's journal gives history only: exercises that passed earlier do not count. */
  currentOnly?: boolean;
  /** Count journal passes the snapshot does not confirm too (they are always shown as `journal-unconfirmed`). */
  countUnconfirmed?: boolean;
  /** Epoch ms: containers created later are reported. */
  deadline?: number;
  now?: () => Date;
  /** When the class is graded (ISO): a submission that claims a later time is reported. */
  gradedAt?: string;
  /** Hidden exercise results remembered across submissions (grader/pipeline/exercise-memo.ts). */
  memo?: ExerciseMemo;
}

/** The row context of a class grading run. */
export function rowContext(options: Pick<ClassGradeOptions, 'catalog' | 'exercises' | 'probes' | 'currentOnly' | 'countUnconfirmed' | 'deadline' | 'now'>): RowContext {
  const exercises = options.exercises ?? options.catalog.exercises;
  const scale = pointsScaleOf(options.catalog);
  return {
    catalog: options.catalog,
    exercises,
    maxPoints: scale ? sumPoints(exercises.map((e) => scaledMax(scale, e))) : exercises.reduce((sum, e) => sum + e.checks.reduce((s, c) => s + c.points, 0), 0),
    probes: options.probes,
    currentOnly: options.currentOnly,
    countUnconfirmed: options.countUnconfirmed,
    deadline: options.deadline,
    now: options.now,
  };
}

/**
 * The catalog a student is graded with and its exercises of the context's selection: a course pack that
 * gives each student their own values grades each one with theirs (grader/course/), files and live
 * engines alike; any other catalog is the context's.
 */
export function studentCatalog(context: Pick<RowContext, 'catalog' | 'exercises'>, student: string): { catalog: Catalog; exercises: readonly ExerciseDefinition[] } {
  const catalog = context.catalog.course?.usesValues && student ? context.catalog.course.forStudent(student) : context.catalog;
  const exercises = catalog === context.catalog ? context.exercises : catalog.exercises.filter((e) => context.exercises.some((x) => x.id === e.id));
  return { catalog, exercises };
}

/** A row before grading: `missing`, no points, the roster's name and email when the student is on it. */
export function emptyRow(studentId: string, roster: RosterRow | undefined, maxPoints: number, source: string): StudentRow {
  return {
    studentId,
    name: roster?.name ?? '',
    email: roster?.email ?? '',
    status: 'missing',
    reason: '',
    source,
    onRoster: Boolean(roster),
    points: 0,
    maxPoints,
    result: null,
    integrity: [],
  };
}

/**
 * A submission's snapshot graded as every door grades: the pipeline's grade stage (secrets the
 * submission carries hidden in the run), then its journal stage, where the journal the submission
 * carries gives each exercise its history and, unless `currentOnly`, counts the exercises that passed
 * earlier on the same engine and prefix (the book's later steps undo earlier ones).
 */
export async function gradeSubmission(snapshot: Snapshot, prefix: string, student: string, source: RunResult['source'], context: RowContext): Promise<RunResult> {
  const state = await stateOf(snapshot, source, context.probes !== false);
  const { catalog, exercises } = studentCatalog(context, student);
  let run = await gradeStage(state, { catalog, exercises, prefix, student, now: context.now, memo: context.memo, ...(context.memo && catalog === context.catalog ? { graded: context.memo.graded } : {}) });
  if (catalog.course?.usesValues) run = withValueNotes(run, catalog);
  // A submission's state never writes a journal: the stage reads the one the file carries.
  return journalStage(run, state, { currentOnly: context.currentOnly, warn: () => undefined });
}

/** How a submission file was tied to its student (see {@link bindFile}), and what the file claims. */
export interface SubmissionBinding {
  binding: FileBinding;
  /** The student the row is for: the bound one, else the file's claim ('' when neither). */
  studentId: string;
  roster?: RosterRow;
}

/**
 * The row of one submission file: `invalid` with its reason, or graded (points, result, integrity
 * findings, evidence). `grade` builds every file row here; so may any other door that reads submissions.
 */
export async function submissionRow(file: string, outcome: SubmissionOutcome, bound: SubmissionBinding, context: RowContext): Promise<StudentRow> {
  const { binding, studentId } = bound;
  const mismatch = binding.by !== 'none' && outcome.student !== '' && outcome.student !== binding.student;
  const row = emptyRow(studentId, bound.roster, context.maxPoints, file);
  const bindingFindings: IntegrityFinding[] = [];
  const shown = shortPath(file);
  if (mismatch) bindingFindings.push(otherStudentFinding(binding, outcome.student, shown));
  else if (binding.by === 'none' && studentId) bindingFindings.push(unboundFinding(studentId, shown, binding.lmsFolder));
  // A time after grading cannot be true: said, and it never makes the file count over another (gradeClass).
  if (outcome.ok && context.gradedAt !== undefined && futureSubmission(outcome.submittedAt, context.gradedAt)) bindingFindings.push(futureFinding(outcome.submittedAt, context.gradedAt));
  if (!outcome.ok) return { ...row, status: 'invalid', reason: outcome.reason, integrity: bindingFindings };
  const containers = visibleContainers(outcome.snapshot, outcome.prefix);
  // Journal credit counts only where the snapshot's engine history confirms it (journal-evidence.ts).
  const confirmed = confirmCredits(await gradeSubmission(outcome.snapshot, outcome.prefix, studentId, { type: 'snapshot', location: file }, context), outcome.snapshot, containers, context.countUnconfirmed === true);
  // A course's points scale, once the counted exercises are settled (grader/course/points-scale.ts).
  const run = scaledRun(confirmed.run, context.catalog);
  const integrity: IntegrityFinding[] = rowFindings({ toolVersion: outcome.toolVersion, digestOk: outcome.digestOk, containers, deadline: context.deadline });
  integrity.push(...snapshotFindings({ snapshot: outcome.snapshot, containers, bare: outcome.digest === '' }));
  integrity.push(...journalFindings({ snapshot: outcome.snapshot, prefix: outcome.prefix, run, deadline: context.deadline }));
  if (confirmed.finding) integrity.push(confirmed.finding);
  integrity.push(...bindingFindings);
  return {
    ...row,
    status: 'graded',
    points: run.totals.points,
    maxPoints: run.totals.maxPoints,
    result: run,
    integrity,
    evidence: { ...evidenceOf(outcome.snapshot, outcome.prefix, outcome.toolVersion, outcome.submittedAt), claims: mismatch ? [outcome.student] : [] },
  };
}

/**
 * The row of one live engine on the roster, from its graded outcome (gradeLiveEngine): `unreachable`
 * with the reason, or graded. `grade` builds every engine row here; the class board (`serve`) builds
 * its rows from each student's live session the same way.
 */
export function liveEngineRow(rosterRow: RosterRow, outcome: LiveEngineOutcome, context: Pick<RowContext, 'catalog' | 'maxPoints' | 'deadline'>): StudentRow {
  const row = emptyRow(rosterRow.studentId, rosterRow, context.maxPoints, outcome.location);
  if (!outcome.ok) return { ...row, status: 'unreachable', reason: outcome.reason, ...(outcome.reasonText ? { reasonText: outcome.reasonText } : {}) };
  // A course's points scale (unchanged when the run is scaled already, as the board's are).
  const run = scaledRun(outcome.run, context.catalog);
  return {
    ...row,
    status: 'graded',
    points: run.totals.points,
    maxPoints: run.totals.maxPoints,
    result: run,
    integrity: rowFindings({ toolVersion: '', digestOk: null, containers: visibleContainers(outcome.snapshot, rosterRow.prefix), deadline: context.deadline }),
    evidence: evidenceOf(outcome.snapshot, rosterRow.prefix, TOOL.version, outcome.run.startedAt),
  };
}

/** Grades a class into a ClassResult. Throws only for programming errors; every input problem is a row. */
export async function gradeClass(options: ClassGradeOptions): Promise<ClassResult> {
  const now = options.now ?? (() => new Date());
  const gradedAt = now().toISOString();
  const context: RowContext = { ...rowContext({ ...options, now }), gradedAt, ...(options.memo ? { memo: options.memo } : {}) };
  const { exercises, maxPoints } = context;
  const shard = options.shard ?? null;
  const rosterRows = options.roster?.rows ?? [];
  const rosterById = new Map(rosterRows.map((r) => [r.studentId, r]));
  const mine = rosterRows.filter((r) => inShard(r.studentId, shard));

  // Files named on the roster belong to that row; files given on the command line name their student.
  const lms = options.roster ? lmsIndex(rosterRows) : null;
  const fileOwner = new Map<string, RosterRow>();
  for (const row of mine) if (row.file) fileOwner.set(resolve(row.file), row);
  const bytePaths = new Map<string, Buffer>();
  const files = [...new Set([...(await expandPaths(options.paths, options.exclude, bytePaths)), ...fileOwner.keys()])];
  const engines = mine.filter((r) => r.engine);
  const progress = options.progress?.(files.length + engines.length);
  const maxBytes = options.maxBytes ?? MAX_SUBMISSION_BYTES;
  const reader = options.readAhead?.(
    files.map((file) => ({ file, ...(bytePaths.has(file) ? { bytes: bytePaths.get(file) } : {}) })),
    maxBytes,
  );

  const graded = new Map<string, Graded[]>();
  const orphans: StudentRow[] = [];
  const keep = (row: StudentRow, submittedAt: string) => {
    if (row.result && options.retain) row.result = options.retain(row as StudentRow & { result: RunResult }, submittedAt);
    const list = graded.get(row.studentId);
    if (list) list.push({ row, submittedAt });
    else graded.set(row.studentId, [{ row, submittedAt }]);
  };

  const onFile = async (file: string): Promise<void> => {
    // Reading, grading and writing a file never wait on I/O: let the event loop turn between files, so
    // live engines graded alongside get their answers (and timeouts) in time, and signals are seen.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const room = options.beforeFile?.();
    if (room) await room;
    const outcome: SubmissionOutcome = reader ? await reader.read(file) : await readSubmission(file, maxBytes, bytePaths.get(file));
    const owner = fileOwner.get(file);
    // The roster's file column or the file's own folder or name binds it to a student; what the file
    // claims inside decides only when nothing binds it (see bindFile).
    const binding = bindFile(file, outcome.student, options.roster ? rosterById : null, owner?.studentId, lms);
    const studentId = binding.student || outcome.student;
    progress?.tick();
    if (!owner && !inShard(studentId || file, shard)) return;
    const row = await submissionRow(file, outcome, { binding, studentId, roster: owner ?? rosterById.get(studentId) }, context);
    if (!outcome.ok && !studentId) orphans.push(row);
    // A time after grading cannot be true; it never makes the file count over another (see keep).
    else keep(row, outcome.ok && !futureSubmission(outcome.submittedAt, gradedAt) ? outcome.submittedAt : '');
  };

  const concurrency = Math.max(1, options.concurrency ?? 8);
  const classEnds = options.classTimeoutMs !== undefined ? Date.now() + options.classTimeoutMs : Infinity;
  const classReason = `engine: the class timeout (${Math.round((options.classTimeoutMs ?? 0) / 1000)} s) was reached`;
  const onEngine = async (rosterRow: RosterRow): Promise<void> => {
    const engineTimeoutMs = options.engineTimeoutMs ?? 60_000;
    const own = studentCatalog(context, rosterRow.studentId);
    const left = classEnds - Date.now();
    const outcome =
      left <= 0
        ? { ok: false as const, location: safeLocation(rosterRow.engine), reason: classReason }
        : await gradeLiveEngine({
            url: rosterRow.engine,
            tlsDir: rosterRow.tls || options.tlsDir,
            student: rosterRow.studentId,
            prefix: rosterRow.prefix,
            probes: options.probes !== false,
            timeoutMs: Math.min(engineTimeoutMs, left),
            ...(left < engineTimeoutMs ? { timeoutReason: classReason.replace(/^engine: /, '') } : {}),
            // each of the engines graded at once gets its share of what the class may hold
            maxEngineBytes: engineBytesFor(concurrency),
            catalog: own.catalog,
            exercises: own.exercises,
            ...(context.memo && own.catalog === context.catalog ? { memo: context.memo } : {}),
          });
    progress?.tick();
    const row = liveEngineRow(rosterRow, outcome.ok && own.catalog.course?.usesValues ? { ...outcome, run: withValueNotes(outcome.run, own.catalog) } : outcome, context);
    keep(row, outcome.ok ? outcome.run.startedAt : '');
  };

  try {
    await Promise.all([mapLimit(files, FILE_CONCURRENCY, onFile), mapLimit(engines, concurrency, onEngine)]);
  } finally {
    progress?.done();
    await reader?.close();
  }

  const rows: StudentRow[] = [...orphans];
  for (const [, list] of graded) rows.push(pickSubmission(list));
  for (const row of mine) if (!graded.has(row.studentId)) rows.push({ ...emptyRow(row.studentId, row, maxPoints, row.file || row.engine), reason: 'nothing submitted' });
  rows.sort(compareRows);
  return {
    kind: CLASS_RESULT_KIND,
    version: CLASS_RESULT_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    gradedAt,
    title: options.title ?? '',
    exercises: classExercises(exercises, options.catalog),
    students: withCrossRowFindings(rows),
    shard: shard ? { index: shard.index, count: shard.count } : null,
  };
}

/** How a submission file is tied to a student: `roster` (the roster's file column), `name` (its folder or file name), or `none`. */
export interface FileBinding {
  /** The student the file is bound to ('' when unbound). */
  student: string;
  by: 'roster' | 'name' | 'none';
  /** An LMS folder the file sits in that maps to no roster student (so nothing binds the file). */
  lmsFolder?: string;
}

/**
 * Binds a submission file to a student without trusting what the file claims inside (anyone can write
 * `"student": "s0002"` and recompute the digest). In order: the roster's `file` column; the file's
 * folder, then its name (`<id>.json` or `submit`'s own `submission-<id>.json`), when one of them is a
 * roster student. The folder comes first because an LMS export names the folder and lets the student
 * name the file. A file in an LMS folder (Moodle's `Name_123_assignsubmission_file_`, grader/batch/lms-folder.ts)
 * is bound by that folder only, through the roster's `lms` column or the name. Without a roster, a folder or name that equals the claimed id binds the file, and so
 * does `submission-<id>.json`. Anything else is unbound: graded under its claim, with a finding.
 */
export function bindFile(file: string, claimed: string, roster: ReadonlyMap<string, unknown> | null, rosterOwner?: string, lms: LmsIndex | null = null): FileBinding {
  if (rosterOwner) return { student: rosterOwner, by: 'roster' };
  // In an LMS folder only the folder binds (its participant id or name on the roster): the student chose the file's name.
  const folder = lmsFolderOf(file);
  if (folder) {
    const owner = lmsOwner(folder, lms);
    return owner ? { student: owner, by: 'name' } : { student: '', by: 'none', lmsFolder: folder.folder };
  }
  const stem = basename(file).replace(/\.json$/i, '');
  const fromSubmit = /^submission-(.+)$/.exec(stem)?.[1] ?? '';
  const candidates = [basename(dirname(file)), stem, fromSubmit].filter((c) => c !== '');
  if (roster) {
    const named = candidates.find((c) => roster.has(c));
    if (named) return { student: named, by: 'name' };
  }
  if (claimed && candidates.includes(claimed)) return { student: claimed, by: 'name' };
  if (!roster && fromSubmit) return { student: fromSubmit, by: 'name' };
  return { student: '', by: 'none' };
}

/** Rows by student id, then source (stable output). */
export function compareRows(a: StudentRow, b: StudentRow): number {
  return a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** What decides which of one student's submissions counts. `tier` is {@link submissionTier} (default 0). */
export interface SubmissionOrder {
  submittedAt: string;
  source: string;
  tier?: number;
}

/**
 * How far a graded row's file is from being plainly the student's own: 0 bound to the student and
 * naming them; 1 bound to the student but naming someone else (`other-student`); 2 bound by nothing but
 * its own claim (`unbound-file`). A lower tier always counts over a higher one, whatever the times, so
 * a file that merely claims a student never replaces a file bound to them.
 */
export function submissionTier(row: Pick<StudentRow, 'integrity'>): number {
  return row.integrity.some((f) => f.code === 'unbound-file') ? 2 : row.integrity.some((f) => f.code === 'other-student') ? 1 : 0;
}

/**
 * True when submission `a` counts over `b` of the same student (both graded, or neither): the lower
 * tier, then the later one, and of two made at the same time the one whose source sorts last.
 */
export function countsOver(a: SubmissionOrder, b: SubmissionOrder): boolean {
  const ta = a.tier ?? 0;
  const tb = b.tier ?? 0;
  if (ta !== tb) return ta < tb;
  return a.submittedAt > b.submittedAt || (a.submittedAt === b.submittedAt && a.source > b.source);
}

/** Findings of a submission that did not count which its student's row keeps. */
const CARRIED_CODES: ReadonlySet<string> = new Set(['other-student', 'unbound-file', 'future-submission']);

/**
 * Of several submissions by one student, a graded one bound to the student counts first (see
 * {@link submissionTier}), then the latest; the others are noted.
 */
function pickSubmission(list: Graded[]): StudentRow {
  if (list.length === 1) return list[0].row;
  const gradedOnes = list.filter((g) => g.row.status === 'graded');
  const pool = gradedOnes.length ? gradedOnes : list;
  const order = (g: Graded): SubmissionOrder => ({ submittedAt: g.submittedAt, source: g.row.source, tier: submissionTier(g.row) });
  const chosen = pool.reduce((best, g) => (countsOver(order(g), order(best)) ? g : best));
  const rest = list.filter((g) => g !== chosen);
  const others = rest.map((g) => g.row.source);
  // A file of this student's that names someone else stays visible even when another file counts.
  const seen = new Set(chosen.row.integrity.map((f) => `${f.code}\u0000${f.message.en}`));
  const carried = rest.flatMap((g) => g.row.integrity.filter((f) => CARRIED_CODES.has(f.code))).filter((f) => {
    const key = `${f.code}\u0000${f.message.en}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const claims = [...new Set(list.flatMap((g) => g.row.evidence?.claims ?? []))].sort(compareText);
  // Files bound to no one, from several uploaders' folders: which is the student's is the teacher's call.
  const contested = submissionTier(chosen.row) === 2 ? contestedFinding(chosen.row.studentId, list.filter((g) => g.row.status === 'graded').map((g) => g.row.source), chosen.row.source) : null;
  return {
    ...chosen.row,
    ...(chosen.row.evidence ? { evidence: { ...chosen.row.evidence, claims } } : {}),
    integrity: [
      ...chosen.row.integrity,
      ...carried,
      ...(contested ? [contested] : []),
      {
        code: 'several-submissions',
        message: msg(`제출물 ${list.length}개 중 가장 최근 것을 채점했습니다 (나머지: ${others.join(', ')})`, `${list.length} submissions; graded the latest (others: ${others.join(', ')})`),
        others: [],
      },
    ],
  };
}

/** 0 when every row was graded; 1 when some row is invalid, unreachable or missing. */
export function classExitCode(result: Pick<ClassResult, 'students'>): 0 | 1 {
  return result.students.every((s) => s.status === 'graded') ? 0 : 1;
}
