import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf, web } from '../../../fixtures/check-kind-tester.js';
import { named } from '../targets.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { startOrder } from './start-order.js';

const wp = makeContainer({ name: 'web' });
const db = makeContainer({ name: 'db' });
const dbTarget = named('db', { create: (n) => `docker run -d --name ${n.name('db')} mysql:5.7` });
let clock = 0;
const ev = (c: typeof wp, action: string): EngineEvent => ({ time: new Date(Date.UTC(2026, 10, 30, 9, 0, clock++)).toISOString(), type: 'container', action, id: c.id, containerId: c.id, name: c.name });
const state = (items: EngineEvent[]) => ({ ...makeSnapshot({ containers: [wp, db] }), events: { readAt: '2026-11-30T10:00:00.000Z', total: items.length, items } });
const check = startOrder(web, dbTarget);
const born = () => [ev(db, 'create'), ev(db, 'start'), ev(wp, 'create'), ev(wp, 'start')];

describe('startOrder', () => {
  it('passes when both stopped, then the target started before the dependant', async () => {
    const r = await stateOf(check, state([...born(), ev(wp, 'die'), ev(db, 'die'), ev(db, 'start'), ev(wp, 'start')]));
    expect(r.status).toBe('pass');
    expect(r.message.en).toMatch(/^after both stopped, the link target started first: docker start db \(.+\) → docker start web \(.+\)$/);
  });
  it('fails a target restarted under a running dependant, and a dependant started before its target', async () => {
    const restarted = await stateOf(check, state([...born(), ev(db, 'die'), ev(db, 'start')]));
    expect([restarted.status, restarted.actual]).toEqual(['fail', 'none']);
    const wrong = await stateOf(check, state([...born(), ev(wp, 'die'), ev(db, 'die'), ev(wp, 'start'), ev(db, 'start')]));
    expect(wrong.status).toBe('fail');
  });
  it('says plainly when the engine forgot the start of either', async () => {
    const r = await stateOf(check, state([ev(db, 'start'), ev(wp, 'start')]));
    expect([r.status, r.actual]).toEqual(['skip', 'unknown']);
    expect(r.message.ko).toContain('다시 시작한 순서를 여기서는 확인할 수 없습니다');
  });
});

describe('startOrder without the dependant', () => {
  it('does not take the link target for a near-miss dependant', async () => {
    const only = makeContainer({ name: 'webdb' });
    const target = named('webdb', { create: (n) => `docker run -d --name ${n.name('webdb')} mysql:5.7` });
    const r = await stateOf(startOrder(web, target), { ...makeSnapshot({ containers: [only] }), events: { readAt: '2026-11-30T10:00:00.000Z', total: 0, items: [] } });
    expect([r.status, r.actual]).toEqual(['fail', 'none']);
  });
});
