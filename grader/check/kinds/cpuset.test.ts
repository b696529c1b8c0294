import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf, web } from '../../../fixtures/check-kind-tester.js';
import type { Container, EngineEvent } from '../../model/snapshot-schema.js';
import { cpuset } from './cpuset.js';

const made = (cpusetCpus: string): Container => {
  const c = makeContainer({ name: 'web' });
  return { ...c, resources: { ...c.resources, cpusetCpus } };
};
const on = (c: Container, ncpu: number, events?: EngineEvent[]) => ({
  ...makeSnapshot({ containers: [c], engine: { ncpu } }),
  ...(events ? { events: { readAt: '2026-12-06T01:00:00.000Z', total: events.length, items: events } } : {}),
});
const ev = (c: Container, action: string, s: number): EngineEvent => ({ time: `2026-12-06T00:00:${String(s).padStart(2, '0')}.000Z`, type: 'container', action, id: c.id, containerId: c.id, name: 'web' });
const book = cpuset(web, { cpus: '2' });

describe('cpuset', () => {
  it("passes the book's CPU on a host that has it, as a set (0-1 is 0,1)", async () => {
    const r = await stateOf(book, on(made('2'), 4));
    expect([r.status, r.expected, r.actual, r.message.en]).toEqual(['pass', 'cpusetCpus=2', 'cpusetCpus=2', 'container web --cpuset-cpus: 2']);
    expect((await stateOf(cpuset(web, { cpus: '0,1' }), on(made('0-1'), 4))).status).toBe('pass');
  });
  it('fails another CPU, two CPUs or none on a host that has the book\'s, naming the value and the fix', async () => {
    const r = await stateOf(book, on(made('1'), 4));
    expect([r.status, r.message.en]).toEqual(['fail', 'container web --cpuset-cpus is 1, expected 2']);
    expect(r.message.ko).toBe('컨테이너 web의 --cpuset-cpus 값이 다릅니다: 1 (필요: 2)');
    expect(r.hint?.en).toBe('fix it:\n1. docker rm -f web\n2. docker run --name web ubuntu:14.04');
    expect((await stateOf(book, on(made('1-2'), 4))).status).toBe('fail');
    const none = await stateOf(book, on(made(''), 4));
    expect([none.status, none.actual, none.message.ko]).toEqual(['fail', 'cpusetCpus=(none)', '컨테이너 web의 --cpuset-cpus 값이 다릅니다: 없음 (필요: 2)']);
  });
  it('on a host without CPU 2, any single CPU it has passes, with a note in both languages', async () => {
    const r = await stateOf(book, on(made('1'), 2));
    expect([r.status, r.expected, r.actual]).toEqual(['pass', 'cpusetCpus=2 | CPU ×1 ∈ 0-1', 'cpusetCpus=1']);
    expect(r.message.en).toBe("container web --cpuset-cpus: 1 (this host has 2 CPUs (0-1), so the book's 2 cannot be used; a single CPU it has passes instead)");
    expect(r.message.ko).toBe('컨테이너 web의 --cpuset-cpus: 1 (이 호스트는 CPU 2개(0-1)뿐이라 책의 2를 쓸 수 없어, 있는 CPU 1개로 통과)');
    expect((await stateOf(book, on(made('0'), 2))).status).toBe('pass');
  });
  it('on a host without CPU 2, two CPUs or none fail, and the hint runs on that host', async () => {
    const r = await stateOf(cpuset(web, { cpus: '2', fix: (n) => `docker update --cpuset-cpus=2 ${n.name('web')}` }), on(made('0-1'), 2));
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe("container web --cpuset-cpus is 0-1, expected 1 of this host's 2 CPUs (0-1) (the book's 2 is not on this host)");
    expect(r.hint?.en).toBe('fix it: docker update --cpuset-cpus=1 web');
    expect((await stateOf(book, on(made(''), 2))).status).toBe('fail');
  });
  it('an unknown CPU count (a migrated snapshot: 0) asks for the book\'s value', async () => {
    expect((await stateOf(book, on(made('1'), 0))).status).toBe('fail');
    expect((await stateOf(book, on(made('2'), 0))).status).toBe('pass');
  });
  it('asCreated: a different value after a docker update is skipped (the value it was made with is gone), never after none', async () => {
    const c = made('1');
    const created = cpuset(web, { cpus: '2', asCreated: true });
    const r = await stateOf(created, on(c, 4, [ev(c, 'create', 1), ev(c, 'start', 2), ev(c, 'update', 3)]));
    expect([r.status, r.actual]).toEqual(['skip', 'unknown']);
    expect(r.message.en).toBe('container web --cpuset-cpus is 1 now, changed by docker update at 2026-12-06 00:00:03 UTC: the value docker run gave it can no longer be read');
    expect((await stateOf(created, on(c, 4, [ev(c, 'create', 1), ev(c, 'start', 2)]))).status).toBe('fail');
    expect((await stateOf(book, on(c, 4, [ev(c, 'create', 1), ev(c, 'update', 3)]))).status).toBe('fail');
  });
  it('refuses a list that is not one', () => {
    expect(() => cpuset(web, { cpus: 'two' })).toThrow(/not a CPU list/);
  });
});
