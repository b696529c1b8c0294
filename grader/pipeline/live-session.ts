/**
 * A live session: one learner's engine followed as it changes. It subscribes to the engine's events
 * (read-only), coalesces a burst of them into one re-grade, grades the learner (engine + prefix +
 * catalog) through the pipeline and hands each verdict to its caller. `check --watch` is one user (it
 * renders each verdict on the terminal); the class board (`dockgrade serve`, issue 24) runs one per
 * student. It never changes the engine: it only listens, lists and inspects (and runs the exercises'
 * read-only probes). An engine that stops answering costs a failed round, never the session: the next
 * event, or a reconnected event stream, grades again.
 */
import { prefixed } from '../check/names.js';
import type { EngineClient, EventStream } from '../engine/engine-client.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { gradeWithJourney, loadState, type GradeStageOptions, type JournalStageOptions, type LoadedState } from './pipeline.js';

/**
 * Quiet time after the last event before reading the state: the events of one `docker run` (create,
 * attach, connect, start) come within tens of ms of each other, and 100 ms keeps a new verdict on
 * screen well within the 300 ms of the performance target (bench/, issue 7).
 */
export const DEFAULT_DEBOUNCE_MS = 100;
/**
 * The longest a change waits to be shown, counted from its first event: a steady stream of events,
 * or a state that stays caught halfway (a removal that never ends), is still shown this often.
 */
export const MAX_WAIT_MS = 2_000;
/** Pause before an event stream that ended (or could not be opened) is opened again. */
export const RECONNECT_MS = 2_000;

/** The part of a Docker event a live session reads. */
export interface EngineEvent {
  Type?: string;
  Action?: string;
  status?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
}

/**
 * Actions that never change what the checks read (our own probes' execs among them). A `kill` only
 * sends a signal: the container still runs until its `die` (which follows at once for `docker kill`
 * and `rm -f`, after the grace period for `docker stop`, never for a signal the process handles).
 */
const QUIET_ACTION = /^(exec_|top$|resize$|attach$|detach$|export$|archive-path$|extract-to-dir$|copy$|kill$)/;

/**
 * Whether an event may change a grade. Under a prefix, container, network and volume events count
 * only for objects named with it (renames count by old or new name); image events always count.
 */
export function isRelevantEvent(event: EngineEvent, prefix: string): boolean {
  const action = event.Action ?? event.status ?? '';
  if (QUIET_ACTION.test(action)) return false;
  if (!prefix) return true;
  const start = prefixed(prefix, '');
  const attributes = event.Actor?.Attributes ?? {};
  const names = [attributes.name, attributes.oldName, event.Type === 'volume' ? event.Actor?.ID : undefined]
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.replace(/^\//, ''));
  switch (event.Type) {
    case 'container':
    case 'network':
    case 'volume':
      return names.some((n) => n.startsWith(start));
    default:
      return true;
  }
}

/** Splits a stream of JSON lines (chunked anywhere) into events; bad lines are ignored. */
export class EventLineParser {
  private rest = '';
  push(chunk: Buffer | string): EngineEvent[] {
    const text = this.rest + chunk.toString();
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    const events: EngineEvent[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        events.push(JSON.parse(line) as EngineEvent);
      } catch {
        // a malformed line is not worth a re-grade
      }
    }
    return events;
  }
}

/**
 * Whether a state was read halfway through a change: a container in scope (under the prefix, or any
 * without one) is being removed. `docker rm -f` marks its containers at once, kills them (they die
 * some 300 ms later) and destroys them another 300 ms on; in between they show as `removing`, so
 * grading then would show a state the learner's command is about to replace.
 */
export function isMidChange(snapshot: Pick<Snapshot, 'containers'>, prefix: string): boolean {
  const start = prefixed(prefix, '');
  return snapshot.containers.some((c) => c.state.status === 'removing' && (!prefix || c.name.startsWith(start)));
}

/** One read of the engine's state, as a live session's task returns it. */
export interface LiveRound {
  /** False when the state was caught halfway through a change ({@link isMidChange}). */
  settled: boolean;
  /** Grades the state read and puts the verdict on screen. */
  show(): Promise<void>;
}

/** Timing of a {@link Coalescer}. */
export interface CoalescerOptions {
  /** Quiet time after the last event before a round starts. */
  quietMs: number;
  /** The longest an event waits until a round shows what followed it ({@link MAX_WAIT_MS}). */
  maxWaitMs: number;
  clock?: () => number;
}

/**
 * Turns a stream of events into few rounds, each showing a current, settled state. A round starts
 * `quietMs` after the last event and reads the state (`task`); it is shown unless
 * - more events came while it read (superseded: the state it read is already old; the round they
 *   start shows the newer one), or
 * - the state was caught mid-change (not settled: the change's next event starts the next round).
 * Either way, once `maxWaitMs` have passed since the first event not yet shown, the next round is
 * shown whatever it found (and if no event comes, a round starts at that moment by itself).
 * Rounds never overlap: events during one start exactly one more after it. `task` must not reject.
 */
export class Coalescer {
  private timer: NodeJS.Timeout | null = null;
  /** When the first event not yet reflected on screen came (null: the screen is current). */
  private dirtySince: number | null = null;
  /** When the first event during the current round came (null: none). */
  private pokedDuringRound: number | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly quietMs: number;
  private readonly maxWaitMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly task: () => Promise<LiveRound>,
    options: CoalescerOptions,
  ) {
    this.quietMs = options.quietMs;
    this.maxWaitMs = options.maxWaitMs;
    this.clock = options.clock ?? Date.now;
  }

  /** A relevant event arrived. */
  poke(): void {
    if (this.stopped) return;
    const now = this.clock();
    if (this.running) {
      this.pokedDuringRound ??= now;
      return;
    }
    this.dirtySince ??= now;
    this.schedule(this.quietMs);
  }

  /** Runs a round at once and shows it whatever it found (the session's first verdict). */
  async showNow(): Promise<void> {
    if (this.stopped) return;
    await this.idle();
    this.dirtySince ??= this.clock();
    await this.round(true);
  }

  /** Starts a round after `waitMs`, but never later than the shown-by deadline. */
  private schedule(waitMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    const deadline = this.dirtySince! + this.maxWaitMs;
    this.timer = setTimeout(() => void this.round(false), Math.max(0, Math.min(waitMs, deadline - this.clock())));
  }

  private round(force: boolean): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pokedDuringRound = null;
    const run = async () => {
      const round = await this.task();
      if (this.stopped) return;
      const overdue = force || this.clock() >= this.dirtySince! + this.maxWaitMs;
      if (!overdue && this.pokedDuringRound !== null) return;
      if (!overdue && !round.settled) {
        // Wait for the change's next event; without one, the deadline starts a round that shows.
        this.schedule(Infinity);
        return;
      }
      await round.show();
      this.dirtySince = null;
    };
    this.running = run().finally(() => {
      this.running = null;
      if (this.stopped || this.pokedDuringRound === null) return;
      this.dirtySince ??= this.pokedDuringRound;
      this.pokedDuringRound = null;
      this.schedule(this.quietMs);
    });
    return this.running;
  }

  /** Resolves when no round is in flight. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * Opens the engine's event stream (read-only) and hands over each chunk's events; `onEnd` once when
 * the stream ends or fails. A live session opens one of its own; the class board opens one per engine
 * and shares it between the sessions of that engine's students ({@link EventFeed}).
 */
export async function openEventStream(client: EngineClient, onEvents: (events: EngineEvent[]) => void, onEnd: (error?: unknown) => void): Promise<EventStream> {
  const stream = await client.events(['container', 'image', 'network', 'volume']);
  const parser = new EventLineParser();
  stream.on('data', (chunk: Buffer) => {
    const events = parser.push(chunk);
    if (events.length) onEvents(events);
  });
  let ended = false;
  const end = (error?: unknown) => {
    if (ended) return;
    ended = true;
    onEnd(error);
  };
  stream.on('end', () => end());
  stream.on('close', () => end());
  stream.on('error', (error: unknown) => end(error));
  return stream;
}

/**
 * An event stream several sessions listen to (the class board: one stream per engine, however many
 * students share it under their prefixes). Its owner opens, reopens and ends it; a session only
 * listens, and judges each event against its own prefix.
 */
export interface EventFeed {
  /** Adds a listener of every chunk of events; returns its removal. */
  listen(onEvents: (events: readonly EngineEvent[]) => void): () => void;
}

/** What a live session follows and whom it tells. */
export interface LiveSessionOptions {
  /** The learner's engine, already connected (the session never closes it). */
  client: EngineClient;
  /** How each state is graded and journalled: catalog, exercises, prefix, secrets, journal. */
  stages: GradeStageOptions & JournalStageOptions;
  /** Live probes (HTTP, exec). */
  probes: boolean;
  /** Bound of each read of the engine's state. */
  timeoutMs?: number;
  /** Quiet time after the last event before a re-grade (default {@link DEFAULT_DEBOUNCE_MS}). */
  debounceMs?: number;
  /** Each new verdict, in order, with the state it graded; the next round waits for it. */
  onRun: (run: RunResult, state: LoadedState) => Promise<void> | void;
  /** A round that failed (the engine stopped answering, say); the session goes on. */
  onError: (error: unknown) => void;
  /** The event stream ended (`error` undefined) and is reopened in {@link RECONNECT_MS}, or could not be opened (`error`) and is retried. */
  onStreamLost?: (error?: unknown) => void;
  /**
   * A stream shared with other sessions on the same engine: listened to instead of opening one (its
   * owner reopens it, so `onStreamLost` is never called).
   */
  feed?: EventFeed;
  /**
   * How a round reads the state (default: collect and probe the client's engine now). The class
   * board shares one read of an engine between the students whose rounds start while it is under way.
   */
  load?: () => Promise<LoadedState>;
}

/**
 * Follows one learner's engine: {@link start} subscribes first (so nothing that happens while the first
 * grade runs is missed), then grades at once; every burst of relevant events after that costs one
 * re-grade of a settled state ({@link Coalescer}). {@link stop} ends it.
 */
export class LiveSession {
  private stream: EventStream | null = null;
  private unlisten: (() => void) | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly coalescer: Coalescer;

  constructor(private readonly options: LiveSessionOptions) {
    this.coalescer = new Coalescer(() => this.read(), { quietMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS, maxWaitMs: MAX_WAIT_MS });
  }

  /** Subscribes, then grades at once; resolves once the first verdict is out. */
  async start(): Promise<void> {
    const { feed } = this.options;
    if (feed) this.unlisten = feed.listen((events) => this.onEvents(events));
    else await this.listen();
    await this.coalescer.showNow();
  }

  /** Stops listening; resolves when no round is in flight (a round under way finishes, unshown). */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      this.coalescer.stop();
      if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
      this.unlisten?.();
      this.stream?.destroy?.();
    }
    await this.coalescer.idle();
  }

  /** Reads the state; grading waits until the coalescer decides the round is shown. */
  private async read(): Promise<LiveRound> {
    try {
      const state = this.options.load ? await this.options.load() : await loadState({ client: this.options.client, probes: this.options.probes, timeoutMs: this.options.timeoutMs });
      return { settled: !isMidChange(state.snapshot, this.options.stages.prefix), show: () => this.show(state) };
    } catch (error) {
      return { settled: true, show: async () => this.options.onError(error) };
    }
  }

  private async show(state: LoadedState): Promise<void> {
    try {
      const run = await gradeWithJourney(state, this.options.stages);
      if (this.stopped) return;
      await this.options.onRun(run, state);
    } catch (error) {
      this.options.onError(error);
    }
  }

  private onEvents(events: readonly EngineEvent[]): void {
    if (events.some((event) => isRelevantEvent(event, this.options.stages.prefix))) this.coalescer.poke();
  }

  private async listen(): Promise<void> {
    try {
      this.stream = await openEventStream(this.options.client, (events) => this.onEvents(events), () => {
        if (this.stopped) return;
        this.options.onStreamLost?.();
        this.reconnectTimer = setTimeout(() => void this.listen().then(() => this.coalescer.poke()), RECONNECT_MS);
      });
    } catch (error) {
      if (this.stopped) return;
      this.options.onStreamLost?.(error);
      this.reconnectTimer = setTimeout(() => void this.listen(), RECONNECT_MS);
    }
  }
}
