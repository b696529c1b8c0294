import { makeContainer, makeEvent, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { containerAbsent } from './container-absent.js';

const create = (n: { name: (s: string) => string }) => `docker create -i -t --name ${n.name('web')} centos:7`;

describe('containerAbsent', () => {
  it('passes only on a removal the engine saw; still there fails', async () => {
    const removed = await stateOf(containerAbsent('web'), makeSnapshot({ events: [makeEvent({ action: 'destroy', name: 'web', id: 'gone1', containerId: 'gone1' })] }));
    expect(removed.status).toBe('pass');
    expect(removed.message.en).toBe('container web is gone (the engine saw it removed: 2026-01-01 00:00:00 UTC)');
    const still = await stateOf(containerAbsent('web'), makeSnapshot({ containers: [makeContainer({ name: 'web' })] }));
    expect(still.status).toBe('fail');
    expect(still.hint?.en).toBe('remove it:\n1. docker stop web\n2. docker rm web');
  });

  it('an engine that never had it earns nothing and says it cannot see a removal, with the command that lets it see one', async () => {
    // an empty engine whose events say nothing of web (another container's removal is no evidence)
    const empty = await stateOf(containerAbsent('web', { create }), makeSnapshot({ events: [makeEvent({ action: 'destroy', name: 'webby', id: 'x', containerId: 'x' })] }));
    expect([empty.status, empty.expected, empty.actual]).toEqual(['skip', 'absent', 'unknown']);
    expect(empty.message.ko).toBe('web 컨테이너는 없지만, 지운 것인지 여기서는 확인할 수 없습니다: 엔진이 기억하는 최근 이벤트에 web의 삭제가 없습니다. 만든 적이 없거나, 엔진이 다시 시작했거나 최근 256개만 기억해 잊었습니다');
    expect(empty.message.ko).not.toContain('삭제되었습니다');
    expect(empty.hint?.en).toBe('make it and remove it where the engine sees it:\n1. docker create -i -t --name web centos:7\n2. docker rm web');
    // a state without events (an older snapshot) says so
    const old = await stateOf(containerAbsent('web'), makeSnapshot());
    expect([old.status, old.message.en]).toEqual(['skip', 'there is no container web, but its removal cannot be checked here: this state has no engine events']);
  });

  it('names the blog post name still there, and counts its removal', async () => {
    const r = await stateOf(containerAbsent('mycentos', { aliases: ['kmsCentos'] }), makeSnapshot({ containers: [makeContainer({ name: 'kmsCentos', state: { status: 'exited', running: false } })] }));
    expect(r.message.en).toBe("container kmsCentos still exists (exited (0)) (the name used instead of the book's mycentos)");
    expect(r.hint?.en).toBe('remove it: docker rm kmsCentos');
    const gone = await stateOf(containerAbsent('mycentos', { aliases: ['kmsCentos'] }), makeSnapshot({ events: [makeEvent({ action: 'destroy', name: 'kmsCentos', id: 'k', containerId: 'k' })] }));
    expect(gone.status).toBe('pass');
  });
});
