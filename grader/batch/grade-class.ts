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
import { EXERCISES } from '../../exercises/index.js';
import type { ClassExercise, ClassResult, IntegrityFinding, RowEvidence, StudentRow } from '../model/class-schema.js';
import { visibleContainers } from '../check/run.js';
import type { ExerciseDefinition } from '../check/types.js';
import { mapLimit } from '../collect/collect.js';
import { CLASS_RESULT_KIND, CLASS_RESULT_VERSION } from '../model/class-schema.js';
import { msg } from '../core/i18n.js';
import { gradeStage, stateOf } from '../pipeline/pipeline.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { TOOL } from '../core/tool.js';
import { contestedFinding, evidenceFacts, futureFinding, futureSubmission, journalFindings, otherStudentFinding, rowFindings, snapshotFindings, unboundFinding, withCrossRowFindings } from './integrity.js';
import { compareText } from '../core/compare-text.js';
import { recordRun } from '../journal/journal.js';
import { gradeLiveEngine } from './live-engine.js';
import { lmsFolderOf, lmsIndex, lmsOwner, type LmsIndex } from './lms-folder.js';
import type { Progress } from './progress.js';
import type { Roster, RosterRow } from './roster.js';
import { inShard, type Shard } from './shard.js';
import { MAX_SUBMISSION_BYTES, readSubmission, type SubmissionOutcome } from './submission-reader.js';

/** Submission files in flight at once (each is read, graded and written without waiting on I/O). */
export const FILE_CONCURRENCY = 4;

export interface ClassGradeOptions {
  /** Submission files and folders (searched recursively for `*.json`). */
  paths: readonly string[];
  roster?: Roster | null;
  /** Epoch ms: containers created later are reported. */
  deadline?: number;
  /** Live engines graded at once. */
  concurrency?: number;
  engineTimeoutMs?: number;
  /** Class-wide TLS folder for tcp engines without their own. */
  tlsDir?: string;
  probes?: boolean;
  /** Grade each submission's current state only: exercises that passed earlier (its journal) do not count. */
  currentOnly?: boolean;
  shard?: Shard | null;
  title?: string;
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
}

/** The exercise set as the class result lists it. */
export function classExercises(exercises: readonly ExerciseDefinition[]): ClassExercise[] {
  return exercises.map((e) => ({
    id: e.id,
    section: e.section,
    title: e.title,
    maxPoints: e.checks.reduce((sum, c) => sum + c.points, 0),
    checks: e.checks.map((c) => ({ id: c.id, title: c.title, maxPoints: c.points })),
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

function baseRow(studentId: string, roster: RosterRow | undefined, maxPoints: number, source: string): StudentRow {
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

/** Grades a class into a ClassResult. Throws only for programming errors; every input problem is a row. */
export async function gradeClass(options: ClassGradeOptions): Promise<ClassResult> {
  const exercises = options.exercises ?? EXERCISES;
  const now = options.now ?? (() => new Date());
  const gradedAt = now().toISOString();
  const maxPoints = exercises.reduce((sum, e) => sum + e.checks.reduce((s, c) => s + c.points, 0), 0);
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

  const graded = new Map<string, Graded[]>();
  const orphans: StudentRow[] = [];
  const keep = (row: StudentRow, submittedAt: string) => {
    if (row.result && options.retain) row.result = options.retain(row as StudentRow & { result: RunResult }, submittedAt);
    const list = graded.get(row.studentId);
    if (list) list.push({ row, submittedAt });
    else graded.set(row.studentId, [{ row, submittedAt }]);
  };

  // The pipeline's grade stage, as for every entry point: secrets a submission carries are hidden in the run.
  // Then the submission's journal gives each exercise its history and, unless --current-only, counts the
  // exercises that passed earlier on the same engine and prefix (the book's later steps undo earlier ones).
  const gradeSnapshot = async (snapshot: Snapshot, prefix: string, student: string, source: RunResult['source']): Promise<RunResult> => {
    const run = await gradeStage(await stateOf(snapshot, source, options.probes !== false), { exercises, prefix, student, now });
    const marked = options.currentOnly ? { ...run, currentOnly: true } : run;
    return snapshot.journal ? recordRun(snapshot.journal, marked, marked.finishedAt, { credit: !options.currentOnly }).run : marked;
  };

  const onFile = async (file: string): Promise<void> => {
    // Reading, grading and writing a file never wait on I/O: let the event loop turn between files, so
    // live engines graded alongside get their answers (and timeouts) in time, and signals are seen.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const outcome: SubmissionOutcome = await readSubmission(file, options.maxBytes ?? MAX_SUBMISSION_BYTES, bytePaths.get(file));
    const owner = fileOwner.get(file);
    // The roster's file column or the file's own folder or name binds it to a student; what the file
    // claims inside decides only when nothing binds it (see bindFile).
    const binding = bindFile(file, outcome.student, options.roster ? rosterById : null, owner?.studentId, lms);
    const studentId = binding.student || outcome.student;
    const mismatch = binding.by !== 'none' && outcome.student !== '' && outcome.student !== binding.student;
    progress?.tick();
    if (!owner && !inShard(studentId || file, shard)) return;
    const roster = owner ?? rosterById.get(studentId);
    const row = baseRow(studentId, roster, maxPoints, file);
    const bindingFindings: IntegrityFinding[] = [];
    const shown = shortPath(file);
    if (mismatch) bindingFindings.push(otherStudentFinding(binding, outcome.student, shown));
    else if (binding.by === 'none' && studentId) bindingFindings.push(unboundFinding(studentId, shown, binding.lmsFolder));
    // A time after grading cannot be true; it never makes the file count over another (see keep).
    const future = outcome.ok && futureSubmission(outcome.submittedAt, gradedAt);
    if (future) bindingFindings.push(futureFinding(outcome.submittedAt, gradedAt));
    if (!outcome.ok) {
      row.status = 'invalid';
      row.reason = outcome.reason;
      row.integrity = bindingFindings;
      if (studentId) keep(row, '');
      else orphans.push(row);
      return;
    }
    const run = await gradeSnapshot(outcome.snapshot, outcome.prefix, studentId, { type: 'snapshot', location: file });
    const integrity: IntegrityFinding[] = rowFindings({
      toolVersion: outcome.toolVersion,
      digestOk: outcome.digestOk,
      containers: visibleContainers(outcome.snapshot, outcome.prefix),
      deadline: options.deadline,
    });
    integrity.push(...snapshotFindings({ snapshot: outcome.snapshot, containers: visibleContainers(outcome.snapshot, outcome.prefix), bare: outcome.digest === '' }));
    integrity.push(...journalFindings({ snapshot: outcome.snapshot, prefix: outcome.prefix, run, deadline: options.deadline }));
    integrity.push(...bindingFindings);
    Object.assign(row, {
      status: 'graded',
      points: run.totals.points,
      maxPoints: run.totals.maxPoints,
      result: run,
      integrity,
      evidence: { ...evidenceOf(outcome.snapshot, outcome.prefix, outcome.toolVersion, outcome.submittedAt), claims: mismatch ? [outcome.student] : [] },
    });
    keep(row, future ? '' : outcome.submittedAt);
  };

  const onEngine = async (rosterRow: RosterRow): Promise<void> => {
    const outcome = await gradeLiveEngine({
      url: rosterRow.engine,
      tlsDir: rosterRow.tls || options.tlsDir,
      student: rosterRow.studentId,
      prefix: rosterRow.prefix,
      probes: options.probes !== false,
      timeoutMs: options.engineTimeoutMs ?? 60_000,
      exercises,
    });
    progress?.tick();
    const row = baseRow(rosterRow.studentId, rosterRow, maxPoints, outcome.location);
    if (!outcome.ok) {
      row.status = 'unreachable';
      row.reason = outcome.reason;
      keep(row, '');
      return;
    }
    Object.assign(row, {
      status: 'graded',
      points: outcome.run.totals.points,
      maxPoints: outcome.run.totals.maxPoints,
      result: outcome.run,
      integrity: rowFindings({ toolVersion: '', digestOk: null, containers: visibleContainers(outcome.snapshot, rosterRow.prefix), deadline: options.deadline }),
      evidence: evidenceOf(outcome.snapshot, rosterRow.prefix, TOOL.version, outcome.run.startedAt),
    });
    keep(row, outcome.run.startedAt);
  };

  try {
    await Promise.all([mapLimit(files, FILE_CONCURRENCY, onFile), mapLimit(engines, Math.max(1, options.concurrency ?? 8), onEngine)]);
  } finally {
    progress?.done();
  }

  const rows: StudentRow[] = [...orphans];
  for (const [, list] of graded) rows.push(pickSubmission(list));
  for (const row of mine) if (!graded.has(row.studentId)) rows.push({ ...baseRow(row.studentId, row, maxPoints, row.file || row.engine), reason: 'nothing submitted' });
  rows.sort(compareRows);
  return {
    kind: CLASS_RESULT_KIND,
    version: CLASS_RESULT_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    gradedAt,
    title: options.title ?? '',
    exercises: classExercises(exercises),
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
