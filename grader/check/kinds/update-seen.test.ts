import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf, web } from '../../../fixtures/check-kind-tester.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { updateSeen } from './update-seen.js';

const c = makeContainer({ name: 'web' });
const at = (s: number) => new Date(Date.UTC(2026, 11, 6, 0, 40, s)).toISOString();
const ev = (action: string, s: number): EngineEvent => ({ time: at(s), type: 'container', action, id: c.id, containerId: c.id, name: 'web' });
const withEvents = (items: EngineEvent[] | null) => ({ ...makeSnapshot({ containers: [c] }), ...(items ? { events: { readAt: at(59), total: items.length, items } } : {}) });
const check = updateSeen(web, { command: (n) => `docker update --cpuset-cpus=1 ${n.name('web')}` });

describe('updateSeen', () => {
  it('passes on the engine\'s update event of the container, with its time', async () => {
    const r = await stateOf(check, withEvents([ev('create', 1), ev('start', 2), ev('update', 3), ev('update', 4)]));
    expect([r.status, r.actual]).toEqual(['pass', 'update 2026-12-06 00:40:04 UTC']);
    expect(r.message.en).toBe('the engine remembers 2 docker updates, the last at 2026-12-06 00:40:04 UTC');
    expect(r.message.ko).toBe('엔진이 기억하는 docker update 2번, 마지막: 2026-12-06 00:40:04 UTC');
  });
  it('fails when the whole life is known and has no update, with the book\'s command under the prefix', async () => {
    const r = await stateOf(check, withEvents([ev('create', 1), ev('start', 2)]));
    expect([r.status, r.actual]).toEqual(['fail', 'none']);
    expect(r.message.ko).toBe('web에 docker update를 실행한 기록이 없습니다 (만들 때 준 값은 docker update가 아닙니다)');
    expect(r.hint?.en).toBe('run it on the running container as the book does: docker update --cpuset-cpus=1 web');
  });
  it('is skipped, earning nothing, when the engine no longer remembers the container from its start or the state has no events', async () => {
    const r = await stateOf(check, withEvents([ev('start', 2)]));
    expect([r.status, r.actual, r.points]).toEqual(['skip', 'unknown', 0]);
    expect(r.message.en).toMatch(/^a docker update cannot be checked here: the engine no longer remembers web/);
    expect((await stateOf(check, withEvents(null))).message.en).toBe('a docker update cannot be checked here: this state has no engine events');
  });
});
