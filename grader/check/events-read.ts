/** The engine events that checks read (a kind's `readsEvents`, an exercise's), put together. */
import type { EventsRead } from './types.js';

/** The events several checks read together: each type's actions, once each, in order of first mention. */
export function eventsReadBy(reads: ReadonlyArray<EventsRead | undefined>): EventsRead {
  const union: Partial<Record<keyof EventsRead, string[]>> = {};
  for (const read of reads) {
    for (const [type, actions] of Object.entries(read ?? {}) as Array<[keyof EventsRead, readonly string[]]>) {
      const list = (union[type] ??= []);
      for (const action of actions) if (!list.includes(action)) list.push(action);
    }
  }
  return union;
}
