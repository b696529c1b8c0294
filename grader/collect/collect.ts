/**
 * Collects an engine's state into one Snapshot: list, then inspect with bounded concurrency. A container
 * or image that vanishes between list and inspect is dropped, not a crash. Every list (containers,
 * images, networks, volumes, events, the engine's facts) is asked once and all at once; networks and
 * volumes need no inspect of their own (their containers come from the containers' inspections).
 */
import type { EngineClient } from '../engine/engine-client.js';
import type { EventFilters } from '../engine/engine-api.js';
import { SNAPSHOT_KIND, SNAPSHOT_VERSION } from '../core/constants.js';
import type { Container, Image, Snapshot } from '../model/snapshot-schema.js';
import { TOOL } from '../core/tool.js';
import { engineFacts } from './engine-facts.js';
import { mapEngineEvents, readRawEvents } from './engine-events.js';
import { openImageCache, type ImageCache } from './image-cache.js';
import { imageReferences, mapContainer, mapEngine, mapImage, mapNetwork, mapVolume } from './map-inspect.js';
import { compareText } from '../core/compare-text.js';
import { attachedContainers, networkContainerName, volumeUsersOf } from '../model/snapshot-links.js';

/** How many inspect calls run at once: enough to hide latency, few enough not to flood the engine. */
export const INSPECT_CONCURRENCY = 8;
/** Log lines kept for a container that exited non-zero. */
export const LOG_TAIL_LINES = 10;

/** Runs `fn` over `items` with at most `limit` calls in flight; keeps input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface CollectOptions {
  /** Collect log tails of containers that exited non-zero (default true). */
  logs?: boolean;
  concurrency?: number;
  /** Image inspections kept between runs (default: the engine's file in the cache directory; false: none). */
  imageCache?: ImageCache | false;
  /**
   * Only the engine's events these filters admit (default: every event it remembers). A promise: the
   * events are asked for once it gives the filters, everything else at once (`check` reads the engine
   * while it builds the exercises that say which events they read).
   */
  events?: EventFilters | Promise<EventFilters | undefined>;
}

/** Collects the whole engine state. Containers sort by name, images by first tag, for stable output. */
export async function collectSnapshot(client: EngineClient, options: CollectOptions = {}): Promise<Snapshot> {
  // a new round: the engine's byte budget bounds this collection and its probes, not the client's life
  client.startRound?.();
  // The events read is asked first: the engine takes longest over it (an engine that remembers 256
  // events, most of them removals with every label, answered 126 kB in 2-6 ms), and a check asked it
  // last of all its lists, after reading two cache files, and then waited for it (5.5 ms idle of 60).
  let eventsReadAt = new Date();
  const filters = options.events;
  const rawEventsRead =
    filters instanceof Promise
      ? filters.then((later) => {
          eventsReadAt = new Date();
          return readRawEvents(client, eventsReadAt, later);
        })
      : readRawEvents(client, eventsReadAt, filters);
  const concurrency = options.concurrency ?? INSPECT_CONCURRENCY;
  // Each inspection starts as soon as its own list has arrived; the engine still never sees more
  // than `concurrency` inspect calls per kind in flight.
  const inspectContainers = async (ids: readonly string[]) =>
    (
      await mapLimit(ids, concurrency, async (id): Promise<Container | null> => {
        const raw = await client.inspectContainer(id);
        if (!raw) return null;
        const failed = raw.State && !raw.State.Running && raw.State.Status === 'exited' && raw.State.ExitCode !== 0;
        const tail = failed && options.logs !== false ? await client.logs(id, LOG_TAIL_LINES) : undefined;
        return mapContainer(raw as unknown as Record<string, any>, tail);
      })
    ).filter((c): c is Container => c !== null);
  // an image id never changes what its inspection says, but its references: only new ids are inspected
  const imageCache = options.imageCache === false ? null : (options.imageCache ?? openImageCache(client.location));
  const inspectImages = async (list: ReadonlyArray<{ Id: string }>) => {
    const images = (
      await mapLimit(list, concurrency, async (entry): Promise<Image | null> => {
        const known = imageCache?.lookup(entry.Id, imageReferences(entry));
        if (known) return known;
        // its history beside its inspection: both are fixed for an id, so both are cached
        const [raw, history] = await Promise.all([client.inspectImage(entry.Id), client.imageHistory(entry.Id)]);
        return raw ? mapImage(raw as unknown as Record<string, any>, history ?? []) : null;
      })
    ).filter((i): i is Image => i !== null);
    imageCache?.save(images);
    return images;
  };
  const [{ info, version }, containers, images, networks, volumes, rawEvents] = await Promise.all([
    engineFacts(client),
    client.listContainerIds().then(inspectContainers),
    client.listImages().then(inspectImages),
    client.listNetworks(),
    client.listVolumes(),
    rawEventsRead,
  ]);
  containers.sort((a, b) => compareText(a.name, b.name));
  // `--net container:NAME` is kept by id: the name it shares, read from the other inspections
  for (const c of containers) {
    const shared = networkContainerName(c.networkMode, containers);
    if (shared !== undefined) c.networkContainer = shared;
  }
  const mappedNetworks = networks.map((raw) => mapNetwork(raw, attachedContainers({ id: String(raw.Id ?? ''), name: String(raw.Name ?? '') }, containers)));
  const usersOf = volumeUsersOf(containers);
  const mappedVolumes = volumes.map((raw) => mapVolume(raw, usersOf(String(raw.Name ?? ''))));
  // The events of the collected objects (and the removals of those gone), kept oldest first.
  const events = rawEvents ? mapEngineEvents(rawEvents, { containers, images, networks: mappedNetworks, volumes: mappedVolumes }, eventsReadAt.toISOString()) : undefined;
  images.sort((a, b) => compareText(a.tags[0] ?? a.id, b.tags[0] ?? b.id));
  return {
    kind: SNAPSHOT_KIND,
    version: SNAPSHOT_VERSION,
    tool: TOOL,
    takenAt: new Date().toISOString(),
    engine: mapEngine(info, version, client.location),
    containers,
    images,
    networks: mappedNetworks.sort((a, b) => compareText(a.name, b.name)),
    volumes: mappedVolumes.sort((a, b) => compareText(a.name, b.name)),
    probes: [],
    ...(events ? { events } : {}),
  };
}
