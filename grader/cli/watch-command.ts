/**
 * `dockgrade check --watch`: grade, then re-grade whenever the engine's state changes (Docker events,
 * read-only), coalescing a burst of events into one re-grade. Ctrl+C (SIGINT) or SIGTERM stops it
 * cleanly with exit code 0. It never changes the engine: it only listens, lists and inspects (and runs
 * the exercises' read-only probes).
 */
import { prefixed } from '../check/names.js';
import type { EngineClient, EventStream } from '../engine/engine-client.js';
import { ExitCode } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { gradeWithJourney, loadState, openEngine, type GradeStageOptions, type JournalStageOptions, type LoadedState } from '../pipeline/pipeline.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { OutputTarget } from './report-outputs.js';
import { inertLine } from '../../reports/terminal-text.js';
import { roundErrorLine } from './report-error.js';
import { emitRun } from './run-output.js';

/** What the watch reads of `check`'s options (declared here, so the two commands never import each other). */
export interface WatchOptions {
  host?: string;
  timeoutMs?: number;
  probes: boolean;
  prefix: string;
  lang: Lang;
  /** Quiet time after the last engine event before a re-grade. */
  debounceMs?: number;
  /** `--color` / `--no-color`. */
  color?: boolean;
}

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
const RECONNECT_MS = 2_000;

/** The part of a Docker event the watcher reads. */
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

/** One read of the engine's state, as the watch's task returns it. */
export interface WatchRound {
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
    private readonly task: () => Promise<WatchRound>,
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

  /** Runs a round at once and shows it whatever it found (the watch's first verdict). */
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

function clock(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** Subscribes to the engine's events; `onEvent` per relevant event, `onEnd` when the stream ends. */
async function subscribe(client: EngineClient, prefix: string, onEvent: () => void, onEnd: (error?: unknown) => void): Promise<EventStream> {
  const stream = await client.events(['container', 'image', 'network', 'volume']);
  const parser = new EventLineParser();
  stream.on('data', (chunk: Buffer) => {
    if (parser.push(chunk).some((event) => isRelevantEvent(event, prefix))) onEvent();
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

/** Watches until SIGINT/SIGTERM; returns 0. Connection trouble at start is an error (exit 3). */
export async function runWatch(
  stages: GradeStageOptions & JournalStageOptions,
  targets: readonly OutputTarget[],
  options: WatchOptions,
  out: NodeJS.WriteStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const client = await openEngine({ host: options.host, timeoutMs: options.timeoutMs });
  const ko = options.lang === 'ko';
  const toStdout = targets.some((target) => target.file === undefined);
  const redraw = Boolean(out.isTTY) && toStdout;
  let stream: EventStream | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let stopped = false;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });

  /** Reports a failed round; the watch goes on: the engine may come back, the next event re-grades. */
  const report = (error: unknown) => {
    err.write(`${roundErrorLine(error, options.lang)}\n`);
  };
  const show = async (state: LoadedState) => {
    try {
      const run = await gradeWithJourney(state, stages);
      if (stopped) return;
      const stamp = clock(new Date());
      const header = ko ? `── dockgrade check --watch · ${stamp} · 멈추려면 Ctrl+C ──\n` : `── dockgrade check --watch · ${stamp} · Ctrl+C to stop ──\n`;
      if (toStdout) out.write(`${redraw ? '\u001b[2J\u001b[H' : '\n'}${header}`);
      await emitRun(run, targets, options.lang, out, options.color);
      if (!toStdout) out.write(`${header.trimEnd()} → ${targets.map((t) => t.file).join(', ')} (${run.totals.points}/${run.totals.maxPoints})\n`);
    } catch (error) {
      report(error);
    }
  };
  /** Reads the state; grading waits until the coalescer decides the round is shown. */
  const read = async (): Promise<WatchRound> => {
    try {
      const state = await loadState({ client, probes: options.probes, timeoutMs: options.timeoutMs });
      return { settled: !isMidChange(state.snapshot, options.prefix), show: () => show(state) };
    } catch (error) {
      return { settled: true, show: async () => report(error) };
    }
  };
  const coalescer = new Coalescer(read, { quietMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS, maxWaitMs: MAX_WAIT_MS });

  const listen = async (): Promise<void> => {
    try {
      stream = await subscribe(client, options.prefix, () => coalescer.poke(), () => {
        if (stopped) return;
        err.write(`dockgrade: ${ko ? '엔진의 이벤트 스트림이 끊겼습니다. 다시 연결합니다' : "lost the engine's event stream; reconnecting"}\n`);
        reconnectTimer = setTimeout(() => void listen().then(() => coalescer.poke()), RECONNECT_MS);
      });
    } catch (error) {
      if (stopped) return;
      err.write(`dockgrade: ${ko ? '이벤트를 받을 수 없습니다' : 'cannot follow engine events'} (${inertLine((error as Error).message)}); ${ko ? '다시 시도합니다' : 'retrying'}\n`);
      reconnectTimer = setTimeout(() => void listen(), RECONNECT_MS);
    }
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    coalescer.stop();
    if (reconnectTimer) clearTimeout(reconnectTimer);
    stream?.destroy?.();
    finish();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    // Listen first, so nothing that happens while the first grade runs is missed.
    await listen();
    await coalescer.showNow();
    await done;
    await coalescer.idle();
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  if (!redraw && toStdout) out.write(ko ? '\n감시를 멈췄습니다.\n' : '\nstopped watching.\n');
  return ExitCode.Ok;
}
