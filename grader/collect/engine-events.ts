/**
 * The engine's recent events, kept as evidence of steps that leave no state: `docker rename` and
 * `docker exec`. Read once per collection with `GET /events?since=0&until=now` (an answer that ends),
 * never followed. An engine that cannot give them leaves the snapshot without events, and the checks
 * that need them say so.
 */
import type { EngineClient } from '../engine/engine-api.js';
import type { EngineEvent, EngineEvents } from '../model/snapshot-schema.js';

/** The container actions kept: the evidence, and those that show how much of a container's life is known. */
const KEPT = new Set(['create', 'start', 'die', 'rename', 'exec_start']);

/** Longest command line kept from an `exec_start` event. */
const MAX_COMMAND = 1000;

function timeOf(raw: Record<string, any>): string | null {
  const nano = typeof raw.timeNano === 'number' ? raw.timeNano : null;
  const ms = nano !== null ? Math.floor(nano / 1e6) : typeof raw.time === 'number' ? raw.time * 1000 : null;
  if (ms === null || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The evidence among the engine's raw events: the kept actions of the containers in `containerIds`,
 * oldest first (the engine's order). `exec_start: CMD` becomes action `exec_start` with `command`.
 */
export function mapEngineEvents(raw: ReadonlyArray<Record<string, any>>, containerIds: ReadonlySet<string>, readAt: string): EngineEvents {
  const items: EngineEvent[] = [];
  for (const event of raw) {
    if ((event.Type ?? event.type) !== 'container') continue;
    const fullAction = String(event.Action ?? event.status ?? '');
    const colon = fullAction.indexOf(':');
    const action = colon >= 0 ? fullAction.slice(0, colon) : fullAction;
    if (!KEPT.has(action)) continue;
    const id = String(event.Actor?.ID ?? event.id ?? '');
    if (!containerIds.has(id)) continue;
    const time = timeOf(event);
    if (!time) continue;
    const attributes = (event.Actor?.Attributes ?? {}) as Record<string, unknown>;
    const item: EngineEvent = { time, action, containerId: id, name: String(attributes.name ?? '') };
    if (action === 'rename' && typeof attributes.oldName === 'string') item.oldName = attributes.oldName.replace(/^\//, '');
    if (action === 'exec_start') item.command = (colon >= 0 ? fullAction.slice(colon + 1) : '').trim().slice(0, MAX_COMMAND);
    items.push(item);
  }
  return { readAt, total: raw.length, items };
}

/**
 * The engine's raw recent events up to now, or null when the engine does not give them. Asked beside
 * the lists (one more GET in parallel, not one after them); mapEngineEvents keeps the evidence.
 */
export async function readRawEvents(client: EngineClient, now: Date = new Date()): Promise<Array<Record<string, any>> | null> {
  if (!client.pastEvents) return null;
  try {
    // Up to the end of this millisecond, no further: the engine answers at once about a moment it has
    // passed, and holds the answer open until a later one comes (issue 25: rounded up to the whole
    // second, every check waited half a second on average). A step the learner ran before the check
    // is already in the past; a clock of a remote engine behind ours still delays the answer.
    return await client.pastEvents(new Date(now.getTime() + 1));
  } catch {
    // an engine (or proxy) that refuses events: the grade says the evidence cannot be seen
    return null;
  }
}
