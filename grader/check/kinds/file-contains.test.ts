import { z } from 'zod';
import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { recorded, run } from '../../../fixtures/probe-kind-tester.js';
import { named } from '../targets.js';
import { isReadOnlyCommand } from '../../probe/probe.js';
import { fileContains, fileContainsKind } from './file-contains.js';

describe('kind file-contains', () => {
  const two = named('myvolume_2', { create: (n) => `docker run -i -t --name ${n.name('myvolume_2')} -v myvolume:/root/ ubuntu:14.04` });
  const c = makeContainer({ name: 'myvolume_2' });
  const cat = (output: string, outcome: 'ok' | 'failed' | 'unavailable' = 'ok') => recorded(c, { kind: 'exec', outcome, code: outcome === 'ok' ? 0 : 1, output }, JSON.stringify(['cat', '/root/volume']));
  const check = fileContains(two, '/root/volume', 'hello, volume!');

  it('passes when cat prints the text; its command is read-only', async () => {
    expect(isReadOnlyCommand(['cat', '/root/volume'])).toBe(true);
    const r = await run(check, c, cat('hello, volume!\n'));
    expect([r.status, r.message.en, r.message.ko]).toEqual(['pass', '/root/volume inside myvolume_2: hello, volume!', 'myvolume_2 안의 /root/volume: hello, volume!']);
  });

  it('fails on another text or no file, in both languages, with the look command; skip when not running', async () => {
    const other = await run(check, c, cat('bye\n'));
    expect([other.status, other.actual, other.message.en, other.message.ko, other.hint?.en]).toEqual(['fail', '/root/volume: bye', '/root/volume inside myvolume_2 does not hold hello, volume! (first line: bye)', 'myvolume_2 안의 /root/volume에 hello, volume!이 없습니다 (첫 줄: bye)', 'look: docker exec myvolume_2 cat /root/volume']);
    const none = await run(check, c, cat('cat: /root/volume: No such file or directory', 'failed'));
    expect([none.status, none.message.en]).toEqual(['fail', 'no file /root/volume inside myvolume_2']);
    expect((await run(check, c, cat('', 'unavailable'))).status).toBe('skip');
  });

  it('takes an absolute path and a text, nothing else', () => {
    const ok = (p: unknown) => fileContainsKind.params(z).safeParse(p).success;
    expect(ok({ path: '/root/volume', text: 'hello' })).toBe(true);
    for (const bad of [{ path: 'root/volume', text: 'x' }, { path: '/root/volume; rm -rf /', text: 'x' }, { path: '/root/volume' }, { path: '/a', text: '' }]) expect([bad, ok(bad)]).toEqual([bad, false]);
  });
});
