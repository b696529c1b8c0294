import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf, web } from '../../../fixtures/check-kind-tester.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { renamed } from './renamed.js';

const c = makeContainer({ name: 'web' });
const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 9, 20, s)).toISOString();
const ev = (action: string, name: string, s: number, more: Partial<EngineEvent> = {}): EngineEvent => ({ time: at(s), type: 'container', action, id: c.id, containerId: c.id, name, ...more });
const withEvents = (items: EngineEvent[] | null) => ({ ...makeSnapshot({ containers: [c] }), ...(items ? { events: { readAt: at(59), total: items.length, items } } : {}) });
const check = renamed(web, { from: 'angry_morse' });

describe('renamed', () => {
  it('passes on the rename the engine saw, naming the old name and the time', async () => {
    const r = await stateOf(check, withEvents([ev('create', 'angry_morse', 1), ev('start', 'angry_morse', 2), ev('rename', 'web', 3, { oldName: 'angry_morse' })]));
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('the engine remembers the rename: docker rename angry_morse web (2026-11-30 09:20:03 UTC)');
  });
  it('fails a container named with --name from the start, when its whole life is known', async () => {
    const r = await stateOf(check, withEvents([ev('create', 'web', 1), ev('start', 'web', 2)]));
    expect([r.status, r.actual]).toEqual(['fail', 'docker run --name']);
    expect(r.hint?.en).toBe('rename it where the engine sees it:\n1. docker rename web angry_morse\n2. docker rename angry_morse web');
  });
  it('a rename to another name does not count', async () => {
    const r = await stateOf(check, withEvents([ev('create', 'a', 1), ev('rename', 'b', 2, { oldName: 'a' }), ev('rename', 'web', 3, { oldName: 'b' })]));
    expect(r.status).toBe('pass');
    expect((await stateOf(check, withEvents([ev('create', 'web', 1), ev('rename', 'other', 2, { oldName: 'web' })]))).status).toBe('fail');
  });
  it('says plainly when the engine no longer remembers, or the snapshot has no events', async () => {
    const forgot = await stateOf(check, withEvents([ev('start', 'web', 5)]));
    expect([forgot.status, forgot.actual]).toEqual(['skip', 'unknown']);
    expect(forgot.message.en).toContain('the engine no longer remembers web from its start');
    expect(forgot.message.ko).toContain('기억하지 않습니다');
    const none = await stateOf(check, withEvents(null));
    expect(none.message.en).toContain('this state has no engine events');
  });
});
