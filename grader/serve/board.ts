/**
 * The class board's state (`dockgrade serve`, issue 24): one row per student, kept current by one
 * live session per student (grader/pipeline/live-session.ts), one event stream and one connection per
 * engine. Students under prefixes on one shared engine share its stream, and the reads of its state
 * that start while another is under way ({@link SharedReads}); a burst of a student's events re-grades
 * that student only. Rows are built as `grade` builds them (`liveEngineRow`), so an export is the same
 * gradebook and class report. An engine that fails (cannot be reached, its event stream ends, a read
 * fails or times out) makes its students unreachable and is tried again every few seconds until it answers.
 *
 * Read-only: it connects, listens to events, lists, inspects and runs the exercises' read-only probes,
 * as every grading path. Passes are remembered in memory only (each student's journal), so an exercise
 * a student undid after passing shows as passed earlier; the teacher's own journal is never written.
 */
import { DockgradeError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { msg } from '../core/i18n.js';
import { TOOL } from '../core/tool.js';
import { classExercises, compareRows, emptyRow, liveEngineRow, rowContext, studentCatalog, type RowContext } from '../batch/grade-class.js';
import { scaledRun } from '../course/points-scale.js';
import { withValueNotes } from '../course/value-notes.js';
import { withCrossRowFindings } from '../batch/integrity.js';
import { safeLocation } from '../batch/live-engine.js';
import type { RosterRow } from '../batch/roster.js';
import type { EngineClient, EventStream } from '../engine/engine-client.js';
import { emptyJournal, recordRun } from '../journal/journal.js';
import type { Journal } from '../model/journal-schema.js';
import { CLASS_RESULT_KIND, CLASS_RESULT_VERSION, type ClassResult, type StudentRow } from '../model/class-schema.js';
import type { RunResult } from '../model/result-schema.js';
import { DEFAULT_DEBOUNCE_MS, isRelevantEvent, LiveSession, openEventStream, RECONNECT_MS, type EngineEvent, type EventFeed } from '../pipeline/live-session.js';
import { loadState, openEngine, type Catalog, type LoadedState } from '../pipeline/pipeline.js';
import { rowKey, rowView, type BoardRow, type BoardViewOptions, type RowView } from '../../reports/board-view.js';

/** One student on the board: a roster row (`engine` '' for the board's shared engine, `--host`). */
export type BoardStudent = RosterRow;

export interface BoardOptions {
  catalog: Catalog;
  students: readonly BoardStudent[];
  /** The engine of students without one of their own (`--host`; default as the docker CLI finds it). */
  host?: string;
  /** Class-wide TLS folder for tcp engines without their own (as `grade --tls-dir`). */
  tlsDir?: string;
  title?: string;
  lang: Lang;
  probes: boolean;
  /** Bound of connecting to an engine and of each read of its state. */
  timeoutMs: number;
  /** Quiet time after a student's last event before the re-grade. */
  debounceMs?: number;
  /** Pause before an engine that failed is tried again. */
  reconnectMs?: number;
  now?: () => Date;
  /** How an engine is connected (default: as every command connects; tests and the bench give fake engines). */
  openEngine?: typeof openEngine;
}

/** Why a row is unreachable, in the board's language, one line. */
function reasonOf(error: unknown, lang: Lang): string {
  const text = error instanceof DockgradeError ? error.line(lang) : error instanceof Error ? error.message : String(error);
  return `engine: ${text.split('\n')[0]}`.slice(0, 500);
}

class ReadTimeout extends Error {}

/** Resolves as `work`, or rejects once `ms` have passed. */
async function within<T>(work: Promise<T>, ms: number, lang: Lang): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const seconds = Math.round(ms / 1000);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadTimeout(lang === 'ko' ? `${seconds}초 안에 답이 없습니다` : `no answer within ${seconds} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads of one engine's state shared by the sessions that ask while one is under way: a caller gets a
 * read that started after its last event came (never an older state: `after`, the event stream's chunk
 * number, see {@link EngineFollower}), else one that starts after it asked; all who ask during a read
 * share the next. A read that began after the caller's last event and ended less than `reuseMs` ago
 * is the caller's too. Students whose bursts come together share one read.
 */
export class SharedReads {
  private inFlight: Promise<LoadedState> | null = null;
  /** The chunk number when the read in flight started. */
  private startedAt = -1;
  private queued: Promise<LoadedState> | null = null;
  /** The last read that succeeded: when it started (chunk number), when it ended, what it read. */
  private done: { startedAt: number; endedAt: number; state: Promise<LoadedState> } | null = null;
  /** Reads made (for tests and the bench). */
  count = 0;

  constructor(
    private readonly load: () => Promise<LoadedState>,
    private readonly chunk: () => number = () => 0,
    private readonly reuseMs = 0,
  ) {}

  read(after?: number): Promise<LoadedState> {
    if (after !== undefined && this.done && this.done.startedAt >= after && Date.now() - this.done.endedAt < this.reuseMs) return this.done.state;
    if (!this.inFlight) return this.begin();
    if (after !== undefined && this.startedAt >= after) return this.inFlight;
    this.queued ??= this.inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = null;
        return this.begin();
      });
    return this.queued;
  }

  private begin(): Promise<LoadedState> {
    this.count++;
    const startedAt = (this.startedAt = this.chunk());
    const read = this.load().finally(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    read.then(
      () => (this.done = { startedAt, endedAt: Date.now(), state: read }),
      () => undefined,
    );
    this.inFlight = read;
    return read;
  }
}

/** One engine and the students on it: one connection, one event stream, one session per student. */
class EngineFollower implements EventFeed {
  private client: EngineClient | null = null;
  private stream: EventStream | null = null;
  private sessions: LiveSession[] = [];
  private readonly listeners = new Set<(events: readonly EngineEvent[]) => void>();
  private retry: NodeJS.Timeout | null = null;
  private generation = 0;
  /** Chunks of events received, and the last chunk that was relevant to each member (by board index). */
  private chunks = 0;
  private readonly lastChunk = new Map<number, number>();
  private stopped = false;
  reads: SharedReads | null = null;
  /** Times the engine was connected (the first time and after each failure). */
  connections = 0;

  constructor(
    private readonly board: Board,
    readonly url: string | undefined,
    private readonly env: NodeJS.ProcessEnv | undefined,
    readonly members: readonly number[],
  ) {}

  listen(onEvents: (events: readonly EngineEvent[]) => void): () => void {
    this.listeners.add(onEvents);
    return () => this.listeners.delete(onEvents);
  }

  /** Connects, opens the stream and starts every student's session; resolves once each has its first verdict (or the engine failed). */
  async connect(): Promise<void> {
    const generation = ++this.generation;
    const { options } = this.board;
    try {
      const client = await (options.openEngine ?? openEngine)({ host: this.url, timeoutMs: options.timeoutMs, ...(this.env ? { env: this.env } : {}) });
      if (this.stopped || generation !== this.generation) {
        client.close?.();
        return;
      }
      this.client = client;
      this.stream = await openEventStream(
        client,
        (events) => {
          this.chunks++;
          for (const index of this.members) if (events.some((event) => isRelevantEvent(event, this.board.student(index).prefix))) this.lastChunk.set(index, this.chunks);
          for (const listener of this.listeners) listener(events);
        },
        (error) => this.fail(generation, error ?? new Error(options.lang === 'ko' ? '엔진의 이벤트 스트림이 끊겼습니다' : "lost the engine's event stream")),
      );
      this.connections++;
      const location = this.url ? safeLocation(this.url) : client.location;
      const reads = new SharedReads(
        () => within(loadState({ client, probes: options.probes, location }), options.timeoutMs, options.lang),
        () => this.chunks,
        options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      );
      this.reads = reads;
      this.sessions = this.members.map((index) => {
        const student = this.board.student(index);
        // A course pack's per-student values: each row graded with its student's own (as `grade` does).
        const own = studentCatalog({ catalog: options.catalog, exercises: options.catalog.exercises }, student.studentId);
        return new LiveSession({
          client,
          stages: { catalog: own.catalog, exercises: own.exercises, prefix: student.prefix, student: student.studentId, journal: false, warn: () => undefined },
          probes: options.probes,
          feed: this,
          // a read under way that began after this student's last event is theirs too
          load: () => reads.read(this.lastChunk.get(index) ?? 0),
          debounceMs: options.debounceMs,
          onRun: (run, state) => {
            if (generation === this.generation) this.board.graded(index, own.catalog.course?.usesValues ? withValueNotes(run, own.catalog) : run, state, location);
          },
          onError: (error) => {
            if (generation === this.generation) this.board.unreachable(index, reasonOf(error, options.lang), location);
          },
        });
      });
      await Promise.all(this.sessions.map((session) => session.start()));
    } catch (error) {
      this.fail(generation, error);
    }
  }

  /** The engine failed: its students are unreachable until a new connection answers. */
  private fail(generation: number, error: unknown): void {
    if (this.stopped || generation !== this.generation) return;
    this.generation++;
    const location = this.url ? safeLocation(this.url) : (this.client?.location ?? '');
    for (const index of this.members) this.board.unreachable(index, reasonOf(error, this.board.options.lang), location);
    void this.teardown().then(() => {
      if (this.stopped) return;
      this.retry = setTimeout(() => void this.connect(), this.board.options.reconnectMs ?? RECONNECT_MS);
    });
  }

  private async teardown(): Promise<void> {
    const sessions = this.sessions;
    this.sessions = [];
    this.listeners.clear();
    this.stream?.destroy?.();
    this.stream = null;
    await Promise.all(sessions.map((session) => session.stop()));
    this.client?.close?.();
    this.client = null;
    this.reads = null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.generation++;
    if (this.retry) clearTimeout(this.retry);
    await this.teardown();
  }
}

interface Kept extends BoardRow {
  student: BoardStudent;
  journal: Journal;
  /** The last graded run (the student's report while the engine does not answer). */
  lastRun: RunResult | null;
  view: RowView;
  key: string;
}

/** The class board: its rows, its engines, and who is told of a changed row. */
export class Board {
  private readonly kept: Kept[];
  private readonly followers: EngineFollower[] = [];
  private readonly listeners = new Set<(view: RowView) => void>();
  private readonly context: RowContext;
  private readonly viewOptions: BoardViewOptions;
  private readonly now: () => Date;
  private started: Promise<void> | null = null;

  constructor(readonly options: BoardOptions) {
    this.now = options.now ?? (() => new Date());
    this.context = rowContext({ catalog: options.catalog, now: this.now });
    this.viewOptions = { lang: options.lang, publicWords: options.catalog.publicWords, exercises: options.catalog.exercises };
    this.kept = options.students.map((student, index) => {
      const followed = Boolean(student.engine) || !student.file;
      const row = followed
        ? emptyRow(student.studentId, student, this.context.maxPoints, student.engine ? safeLocation(student.engine) : '')
        : { ...emptyRow(student.studentId, student, this.context.maxPoints, student.file), reason: options.lang === 'ko' ? '제출 파일입니다: serve는 실제 엔진만 따라갑니다 (dockgrade grade로 채점하세요)' : 'a submission file: serve follows live engines only (grade it with dockgrade grade)' };
      const kept: Kept = { student, row, waiting: followed, changedAt: '', journal: emptyJournal(this.now().toISOString()), lastRun: null, view: undefined as unknown as RowView, key: '' };
      kept.view = rowView(index, kept, this.viewOptions);
      kept.key = rowKey(kept.view);
      return kept;
    });
    // One follower per engine (and TLS folder): the shared engine's students together.
    const groups = new Map<string, number[]>();
    options.students.forEach((student, index) => {
      if (!student.engine && student.file) return;
      const key = student.engine ? `${student.engine}\u0000${student.tls || options.tlsDir || ''}` : '';
      groups.set(key, [...(groups.get(key) ?? []), index]);
    });
    for (const [key, members] of groups) {
      const student = options.students[members[0]];
      const tls = student.engine ? student.tls || options.tlsDir : undefined;
      const env: NodeJS.ProcessEnv | undefined = tls ? { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: tls } : undefined;
      this.followers.push(new EngineFollower(this, key ? student.engine : options.host, env, members));
    }
  }

  /** How many engines the board follows. */
  get engineCount(): number {
    return this.followers.length;
  }

  /** Reads of each engine's state so far (the bench's "one read per burst"). */
  get reads(): number {
    return this.followers.reduce((n, f) => n + (f.reads?.count ?? 0), 0);
  }

  student(index: number): BoardStudent {
    return this.kept[index].student;
  }

  /** Starts following every engine; resolves once each has been tried (graded, or unreachable). */
  start(): Promise<void> {
    this.started ??= Promise.all(this.followers.map((f) => f.connect())).then(() => undefined);
    return this.started;
  }

  async stop(): Promise<void> {
    await Promise.all(this.followers.map((f) => f.stop()));
  }

  /** Tells `listener` of every row that changes; returns its removal. */
  subscribe(listener: (view: RowView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every row as the board shows it now. */
  views(): RowView[] {
    return this.kept.map((k) => k.view);
  }

  /** The exercises, in column order (the catalog's reading order). */
  get exercises(): BoardViewOptions['exercises'] {
    return this.viewOptions.exercises;
  }

  /** A student's latest graded run (kept while the engine does not answer); null before the first. */
  studentRun(index: number): RunResult | null {
    return this.kept[index]?.lastRun ?? null;
  }

  get size(): number {
    return this.kept.length;
  }

  /** A new verdict of a student: the in-memory journal adds its history, the row is rebuilt as `grade` builds it. */
  graded(index: number, run: RunResult, state: LoadedState, location: string): void {
    const kept = this.kept[index];
    const recorded = recordRun(kept.journal, run, run.finishedAt, { credit: true });
    kept.journal = recorded.journal;
    // the journal keeps the checks' own points; the board and its exports show a course's scale
    kept.lastRun = scaledRun(recorded.run, this.options.catalog);
    this.set(index, liveEngineRow(kept.student, { ok: true, location, run: kept.lastRun, snapshot: state.snapshot }, this.context));
  }

  /** A student's engine does not answer. */
  unreachable(index: number, reason: string, location: string): void {
    this.set(index, liveEngineRow(this.kept[index].student, { ok: false, location, reason }, this.context));
  }

  private set(index: number, row: StudentRow): void {
    const kept = this.kept[index];
    kept.row = row;
    kept.waiting = false;
    const view = rowView(index, kept, this.viewOptions);
    const key = rowKey(view);
    if (key === kept.key) {
      kept.view = { ...view, changedAt: kept.changedAt };
      return;
    }
    kept.changedAt = this.now().toISOString();
    kept.key = key;
    kept.view = { ...view, changedAt: kept.changedAt };
    for (const listener of this.listeners) listener(kept.view);
  }

  /** The class as `grade` would write it now: the same gradebook and class report. */
  classResult(): ClassResult {
    const students = this.kept.map((k) => (k.waiting ? { ...k.row, reason: this.options.lang === 'ko' ? '아직 채점 전입니다' : 'not graded yet' } : k.row));
    return {
      kind: CLASS_RESULT_KIND,
      version: CLASS_RESULT_VERSION,
      tool: { name: TOOL.name, version: TOOL.version },
      gradedAt: this.now().toISOString(),
      title: this.options.title ?? '',
      exercises: classExercises(this.options.catalog.exercises, this.options.catalog),
      students: withCrossRowFindings([...students].sort(compareRows)),
      shard: null,
    };
  }
}

/** The text a board's title falls back to: the catalog's. */
export function boardTitle(options: Pick<BoardOptions, 'title' | 'catalog' | 'lang'>): string {
  return options.title || msg(options.catalog.title.ko, options.catalog.title.en)[options.lang];
}
