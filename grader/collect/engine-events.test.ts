import type { EngineClient } from '../engine/engine-api.js';
import { eventsUntil } from '../engine/engine-api.js';
import { mapEngineEvents, readRawEvents } from './engine-events.js';

const raw = (Action: string, id: string, attributes: Record<string, string>, timeNano = 1_796_020_983_000_000_000) => ({ Type: 'container', Action, Actor: { ID: id, Attributes: attributes }, timeNano });

describe('mapEngineEvents', () => {
  it("keeps the evidence of the snapshot's containers: rename with its old name, exec_start with its command", () => {
    const events = mapEngineEvents(
      [
        raw('create', 'a', { name: 'angry_morse' }),
        raw('rename', 'a', { name: 'my_container', oldName: '/angry_morse' }),
        raw('exec_create: env ', 'a', { name: 'my_container', execID: 'x' }),
        raw('exec_start: /bin/bash ', 'a', { name: 'my_container', execID: 'x' }),
        raw('attach', 'a', { name: 'my_container' }),
        raw('start', 'gone', { name: 'other' }),
        { Type: 'network', Action: 'connect', Actor: { ID: 'n', Attributes: {} }, timeNano: 1 },
      ],
      new Set(['a']),
      '2026-11-30T00:00:00.000Z',
    );
    expect(events.total).toBe(7);
    expect(events.items.map((e) => [e.action, e.name, e.oldName ?? e.command ?? ''])).toEqual([
      ['create', 'angry_morse', ''],
      ['rename', 'my_container', 'angry_morse'],
      ['exec_start', 'my_container', '/bin/bash'],
    ]);
    expect(events.items[0].time).toBe('2026-11-30T06:43:03.000Z');
  });
});

describe('readRawEvents', () => {
  // The engine holds a `GET /events?until=T` open until T has passed on its clock: asking up to the
  // next whole second made every check wait half a second on average (issue 25).
  it('asks up to the end of the current millisecond, never a whole second ahead', async () => {
    const asked: Date[] = [];
    const client = { pastEvents: async (until: Date) => (asked.push(until), [{ Type: 'container' }]) } as unknown as EngineClient;
    const now = new Date('2026-12-05T07:50:57.368Z');
    expect(await readRawEvents(client, now)).toEqual([{ Type: 'container' }]);
    expect(asked.map((d) => d.getTime() - now.getTime())).toEqual([1]);
    expect(eventsUntil(asked[0])).toBe('1796457057.369000000');
  });

  it('is null for an engine without past events or one that refuses them', async () => {
    expect(await readRawEvents({} as EngineClient)).toBeNull();
    const refusing = { pastEvents: async () => Promise.reject(new Error('403')) } as unknown as EngineClient;
    expect(await readRawEvents(refusing)).toBeNull();
  });
});

describe('eventsUntil', () => {
  it('writes Unix seconds with nine digits of nanoseconds, as the engine parses them', () => {
    expect(eventsUntil(new Date(1_796_457_057_000))).toBe('1796457057.000000000');
    expect(eventsUntil(new Date(1_796_457_057_005))).toBe('1796457057.005000000');
    expect(eventsUntil(new Date(1_796_457_057_999))).toBe('1796457057.999000000');
  });
});
