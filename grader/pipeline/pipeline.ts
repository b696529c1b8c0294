/**
 * The grading pipeline, one for every entry point (`check`, `--watch`, `--wait`, `snapshot`, `submit`,
 * `grade` file rows and live rows, `selftest`, `doctor`):
 *
 *   source (live engine, remote engine, snapshot file, snapshot in memory) → collect → probes → grade
 *   → secrets hidden → journal → result
 *
 * A command file hands its options here and renders what comes back; none assembles these stages
 * itself. The stages are exported one by one too, for the commands that stop between them (`--wait`
 * grades again before journalling, `--watch` reads the state before it decides to grade it, `snapshot`
 * keeps the collected state instead of the grade). Heavy stages are loaded with `import()` when they
 * run, so `check`'s start-up loads only what grading a live engine needs (the bundle relies on it).
 */
import { grade } from '../check/run.js';
import type { ExerciseDefinition } from '../check/types.js';
import { maskSnapshotSecrets, redactRun, secretValues } from '../core/secrets.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { claimedIn, withSections, type Catalog } from './catalog.js';
import type { ExerciseMemo } from './exercise-memo.js';
import type { GradeMemo } from '../check/grade-memo.js';
import type { EventFilters } from '../engine/engine-api.js';
import { eventsReadBy } from '../check/events-read.js';
import { loadState, type LoadedState, type SourceOptions } from './source.js';

export { loadState, openEngine, stateOf, type LoadedState, type SourceOptions } from './source.js';
export type { Catalog } from './catalog.js';

/** How a loaded state is graded. */
export interface GradeStageOptions {
  /** What is graded: the exercises, their sections and the public words come from here (the book's, a course's). */
  catalog: Catalog;
  /** The exercises graded now: the catalog's, or those `check 2.2.1` selects from it. */
  exercises: readonly ExerciseDefinition[];
  /** Only containers named with this prefix are seen ('' for all). */
  prefix: string;
  /** The student a run belongs to (`grade`). */
  student?: string;
  /** Print secret-looking values in clear (default: hidden in the result itself). */
  showSecrets?: boolean;
  /** Applied to the collected state before grading (selftest's mutations that edit a snapshot). */
  edit?: (snapshot: Snapshot) => Snapshot;
  /** Clock, for deterministic tests. */
  now?: () => Date;
  /** Hidden exercise results remembered across a class's runs (`grade`; see exercise-memo.ts). */
  memo?: ExerciseMemo;
  /**
   * Graded exercises remembered by what their grading read (`grade`; grader/check/grade-memo.ts): only
   * where the exercises are the class's own objects (not a course's per-student copies, which would
   * only fill it).
   */
  graded?: GradeMemo;
}

/** What the journal stage does. */
export interface JournalStageOptions {
  /** false: no history and nothing recorded (default true). */
  journal?: boolean;
  /**
   * `--current-only`: an exercise that passed earlier (in the journal) does not count; the history is
   * still added. Default false: the journey counts (the book's later steps undo earlier ones).
   */
  currentOnly?: boolean;
  /** Where a journal that cannot be read or written is reported. */
  warn: (line: string) => void;
}

/** Everything the pipeline knows after one pass. */
export interface PipelineResult {
  run: RunResult;
  state: LoadedState;
}

/**
 * Hides every secret of `snapshot` in a graded run: every string of it (messages, log lines, probe
 * output, reconstructed commands), so every format and the journal only ever see them hidden. The
 * catalog's public words (the book's example values) stay.
 */
export function hideSecrets(run: RunResult, snapshot: Snapshot, catalog: Pick<Catalog, 'publicWords'>, memo?: ExerciseMemo): RunResult {
  const values = secretValues(snapshot, catalog.publicWords);
  if (values.length > 0 || !memo || memo.publicWords !== catalog.publicWords) return redactRun(run, values, catalog.publicWords);
  // Nothing hunted: each exercise's hidden form depends on its text alone, remembered across the class,
  // and so do the sections (every run of the class carries the same).
  const sections = run.sections;
  const rest = redactRun({ ...run, exercises: [], ...(sections ? { sections: [] } : {}) }, values, catalog.publicWords);
  return { ...rest, exercises: run.exercises.map((e) => memo.hidden(e)), ...(sections ? { sections: memo.hiddenSections(sections) } : {}) };
}

/** A snapshot as it may leave the machine (`snapshot`, `submit`): secret values hidden, the catalog's public words kept. */
export function hideSnapshotSecrets(snapshot: Snapshot, catalog: Pick<Catalog, 'publicWords'>): Snapshot {
  return maskSnapshotSecrets(snapshot, catalog.publicWords);
}

/**
 * grade → secrets hidden: grades a loaded state; the run carries its sections (titles and order) from
 * the catalog. An engine lost while probing ends the run (exit 3) before anything is recorded or reported.
 */
export async function gradeStage(state: LoadedState, options: GradeStageOptions): Promise<RunResult> {
  const snapshot = options.edit ? options.edit(state.snapshot) : state.snapshot;
  const graded = await grade(options.exercises, snapshot, { prefix: options.prefix, probe: state.probe, source: state.source, student: options.student, now: options.now, claimed: claimedIn(options.catalog), publicWords: options.catalog.publicWords, ...(options.graded ? { memo: options.graded } : {}) });
  state.assertEngineAnswered();
  const run = withSections(graded, options.catalog);
  return options.showSecrets ? run : hideSecrets(run, snapshot, options.catalog, options.memo);
}

/**
 * journal: adds each exercise's history. A live run is recorded in the learner's journal; a snapshot
 * file is annotated from the journal it carries and never writes the learner's.
 */
export async function journalStage(run: RunResult, state: LoadedState, options: JournalStageOptions): Promise<RunResult> {
  if (options.currentOnly) run = { ...run, currentOnly: true };
  if (options.journal === false) return run;
  const journey = { credit: !options.currentOnly };
  const { recordRun } = await import('../journal/journal.js');
  if (state.source.type === 'snapshot') return state.snapshot.journal ? recordRun(state.snapshot.journal, run, undefined, journey).run : run;
  const { journalPath, recordInJournal } = await import('../journal/journal-file.js');
  return recordInJournal(run, journalPath(), options.warn, undefined, journey);
}

/**
 * The engine's events a live grading of `exercises` asks for: the actions their checks read, and every
 * `docker exec` line, whose secrets are hidden everywhere (grader/core/secrets.ts secretValues). None
 * of the rest: an engine that remembered 256 events, most of them removals with every label (126 kB),
 * took 2-10 ms to send them all, and `check 2.2.5` ~7 ms more in all (median of 40 runs). undefined
 * (every event) when an exercise does not say what it reads (one defined in TypeScript).
 */
export function eventsWanted(exercises: readonly ExerciseDefinition[]): EventFilters | undefined {
  if (exercises.some((exercise) => exercise.readsEvents === undefined)) return undefined;
  const read = eventsReadBy([{ container: ['exec_start'] }, ...exercises.map((exercise) => exercise.readsEvents)]);
  const types = Object.keys(read).sort();
  // the engine admits an event whose type and action are both listed: a few more than asked, never fewer
  return { type: types, event: [...new Set(types.flatMap((type) => read[type as keyof typeof read]!))].sort() };
}

/** The state a grading of `options.exercises` reads: a live engine asked for the events they read alone. */
function loadStateFor(source: SourceOptions, options: Pick<GradeStageOptions, 'exercises'>): Promise<LoadedState> {
  return loadState({ events: eventsWanted(options.exercises), ...source });
}

/**
 * loadStateFor, begun before the exercises are built (`check`, issue 25): the engine is connected to and
 * read while they are, and its events asked for once `exercises` gives them and so the events they read.
 * The state of a run that stops before it grades is never asked for: its rejection is marked handled
 * here, and awaiting it still throws. `asked`: the engine has been asked for what it reads (or the
 * connection failed): building the exercises then leaves the engine's work to the other core.
 */
export function loadStateEarly(source: SourceOptions, exercises: Promise<readonly ExerciseDefinition[]>): { state: Promise<LoadedState>; asked: Promise<void> } {
  let asked!: () => void;
  const askedPromise = new Promise<void>((resolve) => (asked = resolve));
  const state = loadState({ ...source, events: exercises.then(eventsWanted), onAsked: () => asked() });
  state.catch(() => asked());
  return { state, asked: askedPromise };
}

/**
 * source → collect → probes → grade → secrets hidden (no journal: `--wait` journals only the run it
 * reports); `loaded`: the state loadStateEarly began for this source and these exercises.
 */
export async function gradeSource(source: SourceOptions, options: GradeStageOptions, loaded?: Promise<LoadedState>): Promise<PipelineResult> {
  const state = await (loaded ?? loadStateFor(source, options));
  return { state, run: await gradeStage(state, options) };
}

/** The whole pipeline for an already loaded state: grade → secrets hidden → journal. */
export async function gradeWithJourney(state: LoadedState, options: GradeStageOptions & JournalStageOptions): Promise<RunResult> {
  return journalStage(await gradeStage(state, options), state, options);
}

/** The whole pipeline: source → collect → probes → grade → secrets hidden → journal → result. */
export async function runPipeline(source: SourceOptions, options: GradeStageOptions & JournalStageOptions): Promise<PipelineResult> {
  const state = await loadStateFor(source, options);
  return { state, run: await gradeWithJourney(state, options) };
}

/** What `snapshot` and `submit` capture. */
export interface CaptureOptions {
  /** Its exercises say which probes to record; its public words stay in clear. */
  catalog: Catalog;
  prefix: string;
  student?: string;
  /** Keep secret values in clear. */
  showSecrets?: boolean;
  /** Include the learner's progress journal (default true). */
  journal?: boolean;
  warn: (line: string) => void;
}

/**
 * source → collect → probes (by grading every exercise, for their evidence) → secrets hidden: the
 * engine state plus the evidence of every probe the exercises ask for, so a snapshot file grades the
 * same as the live engine did, plus the learner's progress journal.
 */
export async function captureSnapshot(source: SourceOptions, options: CaptureOptions): Promise<Snapshot> {
  const state = await loadState(source);
  if (source.probes) await grade(options.catalog.exercises, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source, claimed: claimedIn(options.catalog), publicWords: options.catalog.publicWords });
  state.assertEngineAnswered();
  let journal: Snapshot['journal'];
  if (options.journal !== false) {
    // The whole journey goes along, so a teacher sees what passed before later exercises undid it.
    const { journalPath, peekJournal } = await import('../journal/journal-file.js');
    journal = peekJournal(journalPath(), options.warn);
  }
  const raw: Snapshot = { ...state.snapshot, probes: state.records(), ...(journal ? { journal } : {}), ...(options.student ? { student: options.student } : {}) };
  return options.showSecrets ? raw : hideSnapshotSecrets(raw, options.catalog);
}
