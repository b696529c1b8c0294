import { mapEngineEvents } from './engine-events.js';

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
