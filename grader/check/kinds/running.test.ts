import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { running } from './running.js';

describe('running', () => {
  it('passes while it runs and fails when it exited', async () => {
    expect((await statusOf(running(web))).status).toBe('pass');
    expect((await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['boom'] })])).status).toBe('fail');
  });
  it('explains an exited container with its log tail', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['[ERROR] password option is not specified'] })]);
    expect(r.actual).toBe('exited (1)');
    expect(r.message.en).toContain('password option is not specified');
  });
  it('says created-but-never-started with docker start', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'created', running: false } })]);
    expect(r.hint?.en).toBe('start it: docker start web');
  });
  it('a created container bound to a missing address: says the address must exist', async () => {
    const r = await statusOf(running(web), [
      makeContainer({ name: 'web', state: { status: 'created', running: false, error: 'driver failed programming external connectivity: listen tcp4 192.168.0.100:7777: bind: cannot assign requested address' }, portBindings: { '80/tcp': [{ hostIp: '192.168.0.100', hostPort: '7777' }] } }),
    ]);
    expect(r.message.en).toContain('was created but never started (the engine refused to start it: driver failed');
    expect(r.hint?.en).toContain('192.168.0.100 is not an address of this host');
  });
  it('explains a start refused for a stopped link target, with the order that works', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 0, error: 'Cannot link to a non running container: /db AS /web/mysql' } })]);
    expect(r.message.en).toBe('web is not running: exited (0) (the engine refused to start it: Cannot link to a non running container: /db AS /web/mysql; its --link target db must be running first)');
    expect(r.hint?.en).toBe('start the link target first:\n1. docker start db\n2. docker start web');
  });
  it('masks secret values in a log tail', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2' }, state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['login with hunter2 failed'] })]);
    expect(r.message.en).toContain('login with (hidden) failed');
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
  it('exit 137 or 143 is a stop from outside (docker stop, docker kill), never "stopped by itself"; an OOM kill says the memory limit', async () => {
    for (const exitCode of [137, 143]) {
      for (const attached of [false, true]) {
        const r = await statusOf(running(web), [makeContainer({ name: 'web', attachStdout: attached, state: { status: 'exited', running: false, exitCode } })]);
        expect(r.status).toBe('fail');
        expect(r.hint?.en).toBe(`it did not end by itself: it was stopped from outside (exit ${exitCode}: docker stop or docker kill, or an engine restart). Start it again: docker start web`);
        expect(r.hint?.ko).not.toContain('스스로 멈췄습니다');
      }
    }
    const oom = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 137, oomKilled: true } })]);
    expect(oom.hint?.ko).toContain('메모리 제한을 넘어');
    // a process that ended with its own code keeps the log hint
    const own = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 1 } })]);
    expect(own.hint?.en).toContain('stopped by itself; start it again: docker start');
  });
});
