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

  it('says its note after the fix and the look, in both languages, and only when it fails', async () => {
    const note = { ko: '호스트 디렉터리가 파일을 가립니다', en: 'a host directory hides the file' };
    const noted = pathExists(dummy, { path: '/home/testdir_2/test', exists: false, note });
    expect((await run(noted, c, probe(1, 'failed'))).hint).toBeUndefined();
    const left = await run(noted, c, probe(0, 'ok'));
    expect(left.hint?.en).toBe('fix it:\n1. docker rm -f volume_dummy\n2. docker run -i -t --name volume_dummy alicek106/volume_test\n(look: docker exec volume_dummy ls -la /home/testdir_2) (a host directory hides the file)');
    expect(left.hint?.ko).toBe('이렇게 고치세요:\n1. docker rm -f volume_dummy\n2. docker run -i -t --name volume_dummy alicek106/volume_test\n(확인: docker exec volume_dummy ls -la /home/testdir_2) (호스트 디렉터리가 파일을 가립니다)');
    // the note is plain text, ko and en
    expect(pathExistsKind.params(z).safeParse({ path: '/a', exists: false, note }).success).toBe(true);
    expect(pathExistsKind.params(z).safeParse({ path: '/a', note: 'only one language' }).success).toBe(false);
  });

  it('a fix that builds after a file edit: the line the file needs, the edit as a shell line, then the commands, one a line', async () => {
    const ignore = named('ignore_test', { create: (n) => `docker run -i -t --name ${n.name('ignore_test')} myignore:0.0` });
    const fix = () => 'docker build -t myignore:0.0 ./ && docker rm -f ignore_test && docker run -i -t --name ignore_test myignore:0.0';
    const added = pathExists(ignore, { path: '/home/context/test.html', exists: true, fix, edit: () => ({ file: '.dockerignore', line: 'test2.html', only: true }) });
    const container = makeContainer({ name: 'ignore_test' });
    const missing = await run(added, container, recorded(container, { kind: 'exec', outcome: 'failed', code: 1, output: '' }, JSON.stringify(['test', '-e', '/home/context/test.html'])));
    const steps = '1. echo test2.html > .dockerignore\n2. docker build -t myignore:0.0 ./\n3. docker rm -f ignore_test\n4. docker run -i -t --name ignore_test myignore:0.0';
    expect(missing.hint?.en).toBe(`.dockerignore must hold the one line test2.html; in the folder that holds the Dockerfile, change it and build again (or change it in an editor):\n${steps}\n(look: docker exec ignore_test ls -la /home/context)`);
    expect(missing.hint?.ko).toBe(`.dockerignore에는 test2.html 한 줄만 있어야 합니다. Dockerfile이 있는 폴더에서 고친 뒤 다시 빌드하세요 (편집기로 고쳐도 됩니다):\n${steps}\n(확인: docker exec ignore_test ls -la /home/context)`);
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
    expect(ok({ path: '/a', fix: 'docker build -t x ./ && docker rm -f c', edit: { file: '.dockerignore', line: 'test2.html', only: true } })).toBe(true);
    for (const bad of [
      { path: 'home/x' },
      { path: '/a; rm -rf /' },
      { path: '/a', fix: 'rm -rf /' },
      { path: '/a', other: 1 },
      // an edit is of a build's files, inside its folder, one line
      { path: '/a', fix: 'docker rm -f c', edit: { file: 'Dockerfile', line: 'VOLUME /v' } },
      { path: '/a', fix: 'docker build -t x ./', edit: { file: '../Dockerfile', line: 'VOLUME /v' } },
      { path: '/a', fix: 'docker build -t x ./', edit: { file: '/etc/passwd', line: 'x' } },
      { path: '/a', fix: 'docker build -t x ./', edit: { file: 'Dockerfile', line: 'a\nb' } },
    ])
      expect([bad, ok(bad)]).toEqual([bad, false]);
  });
});
