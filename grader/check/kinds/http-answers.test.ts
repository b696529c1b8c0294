import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { web, recorded, run } from '../../../fixtures/probe-kind-tester.js';
import { ReplayProbe } from '../../probe/probe.js';
import { msg } from '../../core/i18n.js';
import { httpAnswers } from './http-answers.js';
import { probeRequestKey } from '../../model/probe-request.js';
import type { ProbeRecord } from '../../model/snapshot-schema.js';

describe('httpAnswers', () => {
  const c = makeContainer({ name: 'web', ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: '32768' }] } });
  const check = httpAnswers(web, '80', { refusedHint: (x) => msg(`ko ${x.name}`, `apache2 is not running inside the container: docker exec -it ${x.name} service apache2 start`) });
  it('passes on an HTTP answer', async () => {
    const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'ok', code: 200, detail: '127.0.0.1:32768' }, '80/tcp'));
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('127.0.0.1:32768 answered HTTP 200');
  });
  it('fails on a refused or reset connection, with the exercise hint', async () => {
    for (const error of ['ECONNREFUSED', 'ECONNRESET']) {
      const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'failed', detail: `127.0.0.1:32768: ${error}` }, '80/tcp'));
      expect(r.status).toBe('fail');
      expect(r.message.en).toBe('nothing answers on 127.0.0.1:32768: no server listens inside the container');
      expect(r.hint?.en).toBe('apache2 is not running inside the container: docker exec -it web service apache2 start');
    }
  });
  it('fails on a timeout and on a 5xx', async () => {
    expect((await run(check, c, recorded(c, { kind: 'http', outcome: 'failed', detail: '127.0.0.1:32768: ETIMEDOUT' }, '80/tcp'))).message.en).toBe('127.0.0.1:32768 did not answer in time');
    const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'ok', code: 500, detail: '127.0.0.1:32768' }, '80/tcp'));
    expect([r.status, r.actual]).toEqual(['fail', 'HTTP 500']);
  });
  it("accept page: a 404 from some other server fails (WordPress answers 200 or a redirect); the default takes any answer below 500", async () => {
    const page = httpAnswers(web, '80', { accept: 'page' });
    const answer = (code: number) => recorded(c, { kind: 'http', outcome: 'ok', code, detail: '127.0.0.1:32768' }, '80/tcp');
    const r = await run(page, c, answer(404));
    expect([r.status, r.expected, r.actual]).toEqual(['fail', 'HTTP < 400', 'HTTP 404']);
    expect(r.message.ko).toBe('127.0.0.1:32768의 서버가 HTTP 404로 응답했습니다: 서버는 있지만 책의 페이지가 아닙니다');
    for (const code of [200, 302]) expect((await run(page, c, answer(code))).status).toBe('pass');
    expect((await run(page, c, answer(500))).status).toBe('fail');
    expect((await run(check, c, answer(404))).status).toBe('pass');
  });
  it('skips, with the reason, when the probe cannot run (not published, not recorded)', async () => {
    const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'unavailable', detail: '80/tcp is not published' }, '80/tcp'));
    expect([r.status, r.message.en]).toEqual(['skip', 'skipped, cannot probe: 80/tcp is not published']);
    const empty = await run(check, c, new ReplayProbe([]));
    expect([empty.status, empty.message.en]).toEqual(['skip', 'skipped, cannot probe: not recorded in the snapshot']);
  });

  describe('a path, and texts the answer holds (the private registry\'s catalog)', () => {
    const registry = makeContainer({ name: 'web', ports: { '5000/tcp': [{ hostIp: '0.0.0.0', hostPort: '5000' }] } });
    const catalog = httpAnswers(web, '5000', { path: '/v2/_catalog', includes: ['"my-image-name"'], absentHint: (x) => msg(`푸시하세요 ${x.name}`, `push it ${x.name}`) });
    const answer = (record: Partial<ProbeRecord>) =>
      new ReplayProbe([{ key: probeRequestKey({ kind: 'http', container: registry, port: '5000', path: '/v2/_catalog', expect: { includes: ['"my-image-name"'] } }), kind: 'http', takenAt: '2026-01-01T00:00:00Z', outcome: 'ok', code: 200, output: '', detail: '127.0.0.1:5000', ...record }]);
    it('asks the path with the expectation, and passes when the answer holds the texts', async () => {
      const r = await run(catalog, registry, answer({ output: '{"repositories":["my-image-name"]}\n', matched: true }));
      expect([r.status, r.expected, r.actual]).toEqual(['pass', '"my-image-name"', '{"repositories":["my-image-name"]}']);
      expect(r.message).toEqual(msg('127.0.0.1:5000 /v2/_catalog의 응답에 "my-image-name"이 있습니다', '127.0.0.1:5000 /v2/_catalog answered HTTP 200, holding "my-image-name"'));
      expect(r.title).toEqual(msg('HTTP 응답 (5000번 포트 /v2/_catalog)', 'answers HTTP (port 5000 /v2/_catalog)'));
    });
    it('fails when it answers without them, saying what it holds, with the exercise hint', async () => {
      const r = await run(catalog, registry, answer({ output: '{"repositories":[]}', matched: false }));
      expect([r.status, r.expected, r.actual]).toEqual(['fail', '"my-image-name"', '{"repositories":[]}']);
      expect(r.message).toEqual(msg('127.0.0.1:5000 /v2/_catalog의 응답에 "my-image-name"이 없습니다: {"repositories":[]}', '127.0.0.1:5000 /v2/_catalog answered without "my-image-name": {"repositories":[]}'));
      expect(r.hint).toEqual(msg('푸시하세요 web', 'push it web'));
    });
    it('fails on a 4xx however its body reads (a web server that is not the registry), and when nothing listens', async () => {
      const r = await run(catalog, registry, answer({ code: 404, output: 'not found "my-image-name"', matched: true }));
      expect([r.status, r.actual]).toEqual(['fail', 'HTTP 404']);
      expect((await run(catalog, registry, answer({ outcome: 'failed', code: null, detail: '127.0.0.1:5000: ECONNREFUSED' }))).status).toBe('fail');
    });
    it('the default (GET /, no texts) keeps the record key of older snapshots', async () => {
      expect(probeRequestKey({ kind: 'http', container: registry, port: '5000' })).toBe('http:web:5000/tcp');
    });
  });
});
