/**
 * The one boundary between dockgrade and a Docker engine, as types: what grading, `--watch` and `doctor`
 * may ask of an engine (engine-client.ts connects and implements it; http-engine-client.ts is its fast
 * GET path). Its own module so the two implementations share it without importing each other.
 */
import type { ContainerInspectInfo, ImageInspectInfo } from 'dockerode';
import type { Endpoint } from './endpoint.js';

/** Result of a command run inside a container. */
export interface ExecOutput {
  exitCode: number | null;
  /** stdout and stderr interleaved, bounded. */
  output: string;
}

/** One container of the engine's list (`GET /containers/json`): what `doctor` reads of published ports. */
export interface ContainerSummary {
  Id: string;
  Names?: string[] | null;
  Ports?: Array<{ PrivatePort?: number; PublicPort?: number; Type?: string; IP?: string }> | null;
}

/** One image of the engine's list (`GET /images/json`). */
export interface ImageSummary {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Labels?: Record<string, string> | null;
}

/** The engine's event stream (`GET /events`): JSON lines until destroyed. */
export type EventStream = NodeJS.ReadableStream & { destroy?: () => void };

/**
 * The one boundary between dockgrade and a Docker engine: grading, `--watch` and `doctor` reach the
 * engine only through this interface (list, inspect, logs, read-only exec, events, registry lookup),
 * and nothing outside grader/engine/ imports dockerode. Every call reads; `exec` runs only the
 * probes' read-only commands (grader/probe/probe.ts). Where dockgrade acts as the learner would
 * (solve, reset, selftest's steps, doctor --deep) it runs the `docker` CLI instead
 * (grader/docker/docker-cli.ts), not this interface.
 */
export interface EngineClient {
  readonly endpoint: Endpoint;
  /** The endpoint as a URL without credentials. */
  readonly location: string;
  info(): Promise<Record<string, any>>;
  version(): Promise<Record<string, any>>;
  listContainerIds(): Promise<string[]>;
  /** Inspect output, or null when the container vanished since it was listed. */
  inspectContainer(id: string): Promise<ContainerInspectInfo | null>;
  /** Containers: all of them, or only the running ones. */
  listContainers(options: { all: boolean }): Promise<ContainerSummary[]>;
  listImages(): Promise<ImageSummary[]>;
  inspectImage(id: string): Promise<ImageInspectInfo | null>;
  /** `GET /images/{id}/history`, newest step first; null when the image vanished since it was listed. */
  imageHistory(id: string): Promise<Array<Record<string, any>> | null>;
  listNetworks(): Promise<Array<Record<string, any>>>;
  listVolumes(): Promise<Array<Record<string, any>>>;
  /** Last `tail` lines of a container's log (stdout and stderr). */
  logs(id: string, tail: number): Promise<string[]>;
  /** Runs a read-only command in a running container; bounded by `timeoutMs`. */
  exec(id: string, cmd: string[], timeoutMs: number): Promise<ExecOutput>;
  /** Follows the engine's events of these types (`container`, `image`, …) until the stream is destroyed. */
  events(types: readonly string[]): Promise<EventStream>;
  /**
   * The events the engine still remembers up to `until` (to the millisecond), oldest first, as it sends
   * them (`GET /events?since=0&until=…`, an answer that ends), only those `filters` admits (the
   * engine's own event filters: `{ type: ['container'], event: ['exec_start'] }`) when given. Reads only.
   */
  pastEvents?(until: Date, filters?: EventFilters): Promise<Array<Record<string, any>>>;
  /**
   * Asks the registry, through the engine (`GET /distribution/{name}/json`, the engine's own proxy,
   * mirror and login settings), about an image. Pulls nothing; rejects when the registry does not give it.
   */
  distribution(image: string): Promise<void>;
  /** Ends every connection to the engine; a run that gives up on it calls this so it can end. */
  close?(): void;
  /**
   * A grading round begins (a collection, then its probes): the engine's byte budget (engine-budget.ts)
   * counts from zero again. A long-lived client (--watch, a class board) grades many rounds.
   */
  startRound?(): void;
}

/**
 * `until` for `GET /events`, as the engine reads it: Unix seconds and nine digits of nanoseconds. The
 * engine holds an answer until its `until` has passed, so the fraction matters: a whole second rounded
 * up kept every check waiting half a second on average (issue 25).
 */
/** The engine's event filters (`GET /events?filters=…`): by type of object, by action. */
export type EventFilters = Readonly<Record<'type' | 'event', readonly string[]>>;

/** The query string of an events read up to `until`, with the engine's filters when given. */
export function pastEventsQuery(until: Date, filters?: EventFilters): string {
  return `since=0&until=${eventsUntil(until)}${filters ? `&filters=${encodeURIComponent(JSON.stringify(filters))}` : ''}`;
}

export function eventsUntil(until: Date): string {
  const ms = until.getTime();
  return `${Math.floor(ms / 1000)}.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}000000`;
}

/** The JSON lines of an events answer; a line that is not JSON is skipped. */
export function parseEventLines(body: string): Array<Record<string, any>> {
  const events: Array<Record<string, any>> = [];
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    try {
      const event = JSON.parse(line) as unknown;
      if (event && typeof event === 'object' && !Array.isArray(event)) events.push(event as Record<string, any>);
    } catch {
      // a torn or foreign line: not evidence
    }
  }
  return events;
}

/**
 * Whether a container's logs were refused because it is gone (404) or being removed (409, "can not get
 * logs from container which is dead or marked for removal"): it has no logs to show. A collection that
 * met a container in the middle of `docker rm` had failed whole, the engine called unreachable.
 */
export function noLogsLeft(error: unknown): boolean {
  const status = (error as { statusCode?: number } | null)?.statusCode;
  return status === 404 || status === 409;
}

/** Splits Docker's multiplexed stream frames (8-byte headers) into text; plain text passes through. */
export function demuxDockerStream(buffer: Buffer): string {
  let offset = 0;
  const parts: Buffer[] = [];
  while (offset + 8 <= buffer.length && (buffer[offset] <= 2) && buffer[offset + 1] === 0 && buffer[offset + 2] === 0 && buffer[offset + 3] === 0) {
    const size = buffer.readUInt32BE(offset + 4);
    parts.push(buffer.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  if (offset === 0) return buffer.toString('utf8');
  return Buffer.concat(parts).toString('utf8');
}
