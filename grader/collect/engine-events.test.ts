import type { EngineClient } from '../engine/engine-api.js';
import { eventsUntil } from '../engine/engine-api.js';
import { mapEngineEvents, MAX_KEPT_EVENTS, readRawEvents, type EventScope } from './engine-events.js';

const T = 1_796_020_983_000_000_000;
const raw = (Action: string, id: string, attributes: Record<string, string>, timeNano = T, Type = 'container') => ({ Type, Action, Actor: { ID: id, Attributes: attributes }, timeNano });
const scope = (parts: Partial<EventScope> = {}): EventScope => ({ containers: [{ id: 'a' }], images: [], networks: [], volumes: [], ...parts });

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
      scope(),
      '2026-11-30T00:00:00.000Z',
    );
    expect(events.total).toBe(7);
    expect(events.items.map((e) => [e.action, e.name, e.oldName ?? e.command ?? ''])).toEqual([
      ['create', 'angry_morse', ''],
      ['rename', 'my_container', 'angry_morse'],
      ['exec_start', 'my_container', '/bin/bash'],
    ]);
    expect(events.items[0]).toMatchObject({ type: 'container', id: 'a', containerId: 'a', time: '2026-11-30T06:43:03.000Z' });
  });

  it('keeps the removal (destroy) of a container that is gone, with its name: docker rm seen by the engine', () => {
    const events = mapEngineEvents(
      [raw('create', 'gone', { name: 'mycentos' }), raw('die', 'gone', { name: 'mycentos' }), raw('destroy', 'gone', { name: 'mycentos' })],
      scope(),
      'now',
    );
    expect(events.items.map((e) => [e.type, e.action, e.id, e.containerId, e.name])).toEqual([['container', 'destroy', 'gone', 'gone', 'mycentos']]);
  });

  it('keeps docker update and docker commit (with the image made, its author and message)', () => {
    const events = mapEngineEvents(
      [
        raw('update', 'a', { name: 'cpus_container' }),
        raw('commit', 'a', { name: 'commit_test', imageID: 'sha256:new', comment: 'my first commit', author: 'alicek106', imageRef: 'commit_test:first' }),
        raw('pause', 'a', { name: 'commit_test' }),
      ],
      scope(),
      'now',
    );
    expect(events.items).toEqual([
      { time: '2026-11-30T06:43:03.000Z', type: 'container', action: 'update', id: 'a', containerId: 'a', name: 'cpus_container' },
      { time: '2026-11-30T06:43:03.000Z', type: 'container', action: 'commit', id: 'a', containerId: 'a', name: 'commit_test', imageId: 'sha256:new', author: 'alicek106', comment: 'my first commit' },
    ]);
  });

  it("keeps image events of the snapshot's images (by id, or by a reference one carries) and removals of any", () => {
    const events = mapEngineEvents(
      [
        raw('tag', 'sha256:mine', { name: 'docker.io/library/commit_test:first' }, T, 'image'),
        raw('push', 'localhost:5000/myimage:0.0', { name: 'localhost:5000/myimage:0.0' }, T, 'image'),
        raw('load', 'sha256:mine', { name: 'sha256:mine' }, T, 'image'),
        raw('tag', 'sha256:theirs', { name: 'other:1' }, T, 'image'),
        raw('untag', 'sha256:gone', { name: 'sha256:gone' }, T, 'image'),
        raw('delete', 'sha256:gone', { name: 'sha256:gone' }, T, 'image'),
        raw('history', 'sha256:mine', {}, T, 'image'),
      ],
      scope({ images: [{ id: 'sha256:mine', tags: ['commit_test:first', 'localhost:5000/myimage:0.0'] }] }),
      'now',
    );
    expect(events.items.map((e) => [e.type, e.action, e.id, e.name, e.containerId])).toEqual([
      ['image', 'tag', 'sha256:mine', 'commit_test:first', ''],
      ['image', 'push', 'localhost:5000/myimage:0.0', 'localhost:5000/myimage:0.0', ''],
      ['image', 'load', 'sha256:mine', 'sha256:mine', ''],
      ['image', 'untag', 'sha256:gone', 'sha256:gone', ''],
      ['image', 'delete', 'sha256:gone', 'sha256:gone', ''],
    ]);
  });

  it('keeps network create/connect/disconnect naming the container, volume create/destroy, and removals of gone ones', () => {
    const events = mapEngineEvents(
      [
        raw('create', 'net1', { name: 'mybridge', type: 'bridge' }, T, 'network'),
        raw('connect', 'net1', { name: 'mybridge', container: 'a', type: 'bridge' }, T, 'network'),
        raw('disconnect', 'net1', { name: 'mybridge', container: 'a', type: 'bridge' }, T, 'network'),
        raw('connect', 'net-theirs', { name: 'theirs', container: 'z' }, T, 'network'),
        raw('destroy', 'net-gone', { name: 'oldnet', type: 'bridge' }, T, 'network'),
        raw('create', 'myvolume', { driver: 'local' }, T, 'volume'),
        raw('mount', 'myvolume', { container: 'a', destination: '/root' }, T, 'volume'),
        raw('create', 'theirvolume', { driver: 'local' }, T, 'volume'),
        raw('destroy', 'prunedvolume', { driver: 'local' }, T, 'volume'),
        raw('reload', 'x', {}, T, 'daemon'),
      ],
      scope({ networks: [{ id: 'net1' }], volumes: [{ name: 'myvolume' }] }),
      'now',
    );
    expect(events.items.map((e) => [e.type, e.action, e.id, e.name, e.containerId])).toEqual([
      ['network', 'create', 'net1', 'mybridge', ''],
      ['network', 'connect', 'net1', 'mybridge', 'a'],
      ['network', 'disconnect', 'net1', 'mybridge', 'a'],
      ['network', 'destroy', 'net-gone', 'oldnet', ''],
      ['volume', 'create', 'myvolume', 'myvolume', ''],
      ['volume', 'destroy', 'prunedvolume', 'prunedvolume', ''],
    ]);
  });

  it('is bounded: keeps the newest events when an engine remembers very many', () => {
    const many = Array.from({ length: MAX_KEPT_EVENTS + 10 }, (_, i) => raw('start', 'a', { name: `n${i}` }, T + i * 1_000_000));
    const events = mapEngineEvents(many, scope(), 'now');
    expect(events.total).toBe(MAX_KEPT_EVENTS + 10);
    expect(events.items).toHaveLength(MAX_KEPT_EVENTS);
    expect(events.items[0].name).toBe('n10');
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

  it('hands the engine the filters it is given, and none by default', async () => {
    const asked: unknown[] = [];
    const client = { pastEvents: async (_until: Date, filters?: unknown) => (asked.push(filters), []) } as unknown as EngineClient;
    await readRawEvents(client, new Date());
    await readRawEvents(client, new Date(), { type: ['container'], event: ['exec_start'] });
    expect(asked).toEqual([undefined, { type: ['container'], event: ['exec_start'] }]);
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
