import { z } from 'zod';
import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { recorded, run } from '../../../fixtures/probe-kind-tester.js';
import { named } from '../targets.js';
import { isReadOnlyCommand } from '../../probe/probe.js';
import { pathExists, pathExistsKind } from './path-exists.js';

describe('kind path-exists', () => {
  const dummy = named('volume_dummy', { create: (n) => `docker run -i -t --name ${n.name('volume_dummy')} alicek106/volume_test` });
  const c = makeContainer({ name: 'volume_dummy' });
  const probe = (code: number, outcome: 'ok' | 'failed' | 'unavailable') => recorded(c, { kind: 'exec', outcome, code, output: '' }, JSON.stringify(['test', '-e', '/home/testdir_2/test']));
  const there = pathExists(dummy, { path: '/home/testdir_2/test', exists: true });
  const hidden = pathExists(dummy, { path: '/home/testdir_2/test', exists: false, fix: () => 'docker build -t x ./' });

  it('runs test -e, a read-only command', () => {
    expect(isReadOnlyCommand(['test', '-e', '/home/testdir_2/test'])).toBe(true);
  });

  it('passes when the path is there, fails when it is not, in both languages, recreating the container', async () => {
    const ok = await run(there, c, probe(0, 'ok'));
    expect([ok.status, ok.message.en, ok.message.ko, ok.actual]).toEqual(['pass', '/home/testdir_2/test is there inside volume_dummy', 'volume_dummy 안에 /home/testdir_2/test가 있습니다', '/home/testdir_2/test']);
    const gone = await run(there, c, probe(1, 'failed'));
    expect([gone.status, gone.message.en, gone.message.ko, gone.expected, gone.actual]).toEqual(['fail', '/home/testdir_2/test is not there inside volume_dummy', 'volume_dummy 안에 /home/testdir_2/test가 없습니다', '/home/testdir_2/test', '(none)']);
    expect(gone.hint?.en).toBe('fix it:\n1. docker rm -f volume_dummy\n2. docker run -i -t --name volume_dummy alicek106/volume_test\n(look: docker exec volume_dummy ls -la /home/testdir_2)');
    expect(gone.hint?.ko).toBe('이렇게 고치세요:\n1. docker rm -f volume_dummy\n2. docker run -i -t --name volume_dummy alicek106/volume_test\n(확인: docker exec volume_dummy ls -la /home/testdir_2)');
  });

  it('with exists: false, passes when it is not there and fails with the fix when it is', async () => {
    expect((await run(hidden, c, probe(1, 'failed'))).status).toBe('pass');
    const left = await run(hidden, c, probe(0, 'ok'));
    expect([left.status, left.message.en, left.message.ko, left.hint?.en]).toEqual(['fail', '/home/testdir_2/test is there inside volume_dummy', 'volume_dummy 안에 /home/testdir_2/test가 있습니다', 'fix it: docker build -t x ./ (look: docker exec volume_dummy ls -la /home/testdir_2)']);
  });

  it('takes no other exit code for an answer; skips when the probe cannot run', async () => {
    for (const check of [there, hidden]) {
      const odd = await run(check, c, probe(2, 'failed'));
      expect([odd.status, odd.message.en]).toEqual(['fail', 'test -e /home/testdir_2/test inside volume_dummy exited 2']);
      expect((await run(check, c, probe(0, 'unavailable'))).status).toBe('skip');
    }
  });

  it('takes an absolute path, exists and a docker fix, nothing else', () => {
    const ok = (p: unknown) => pathExistsKind.params(z).safeParse(p).success;
    expect(ok({ path: '/home/testdir_2/test' })).toBe(true);
    expect(ok({ path: '/a', exists: false, fix: 'docker build -t x ./' })).toBe(true);
    for (const bad of [{ path: 'home/x' }, { path: '/a; rm -rf /' }, { path: '/a', fix: 'rm -rf /' }, { path: '/a', other: 1 }]) expect([bad, ok(bad)]).toEqual([bad, false]);
  });
});
