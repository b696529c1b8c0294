import { defineExercise } from '../define.js';
import { gradeExercise } from '../run.js';
import { msg } from '../../core/i18n.js';
import { probeRequestKey } from '../../model/probe-request.js';
import type { ProbeRecord } from '../../model/snapshot-schema.js';
import { ReplayProbe } from '../../probe/probe.js';
import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { engineAnswers, engineIdIn } from './engine-answers.js';

const ID = 'Q2R4:NY62:IUWN';
const PING = probeRequestKey({ kind: 'http', host: '127.0.0.1', port: 2375, path: '/_ping' });
const INFO = probeRequestKey({ kind: 'http', host: '127.0.0.1', port: 2375, path: '/info', expect: { status: 200, includes: `"ID":"${ID}"` } });
const record = (key: string, r: Partial<ProbeRecord>): ProbeRecord => ({ key, kind: 'http', takenAt: '2026-01-01T00:00:00Z', outcome: 'ok', code: 200, output: '', detail: '127.0.0.1:2375', ...r });
const fix = (n: { name: (s: string) => string }) => `docker run -d --name ${n.name('dockerd_tcp')} -p 127.0.0.1:2375:2375 -v /var/run/docker.sock:/var/run/docker.sock alpine/socat tcp-listen:2375,fork,reuseaddr unix-connect:/var/run/docker.sock`;

async function grade(records: ProbeRecord[], options: { id?: string; containers?: string[]; probes?: boolean; prefix?: string } = {}) {
  const check = engineAnswers(2375, { fix });
  const exercise = defineExercise({ id: '9.9/tcp', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: ['x'], checks: [check], solution: () => [], mutations: [] });
  const snapshot = makeSnapshot({ engine: { id: options.id ?? ID }, containers: (options.containers ?? []).map((name) => makeContainer({ name })) });
  const probe = options.probes === false ? Object.assign(new ReplayProbe(records), { enabled: false }) : new ReplayProbe(records);
  const result = await gradeExercise(exercise, snapshot, { probe, ...(options.prefix ? { prefix: options.prefix } : {}) });
  return result.checks[0];
}

describe('engine-answers', () => {
  it('passes when /_ping answers OK and /info names the graded engine', async () => {
    const r = await grade([record(PING, { output: 'OK' }), record(INFO, { output: `{"ID":"${ID}","Containers":1}`, matched: true })]);
    expect([r.status, r.expected, r.actual]).toEqual(['pass', `ID ${ID}`, `ID ${ID}`]);
    expect(r.message).toEqual(msg(`127.0.0.1:2375에서 이 도커 데몬(ID ${ID})이 응답했습니다`, `127.0.0.1:2375 answers as this Docker daemon (ID ${ID})`));
    expect(r.title).toEqual(msg('원격 API 응답 (127.0.0.1:2375)', 'answers the remote API (127.0.0.1:2375)'));
  });
  it('fails when nothing answers, with the dockerd line, the warning and the forwarder that needs no restart', async () => {
    const r = await grade([record(PING, { outcome: 'failed', code: null, detail: '127.0.0.1:2375: ECONNREFUSED' })]);
    expect([r.status, r.expected, r.actual]).toEqual(['fail', '127.0.0.1:2375/_ping → OK', '127.0.0.1:2375: ECONNREFUSED']);
    expect(r.message.en).toBe('nothing answers on 127.0.0.1:2375: the Docker daemon listens on its unix socket only (127.0.0.1:2375: ECONNREFUSED)');
    expect(r.message.ko).toBe('127.0.0.1:2375에서 응답하는 것이 없습니다: 도커 데몬이 유닉스 소켓에서만 듣고 있습니다 (127.0.0.1:2375: ECONNREFUSED)');
    expect(r.hint?.en).toBe(
      'restart the Docker daemon with -H, as dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:2375 (open an unauthenticated TCP port on 127.0.0.1 only), or forward its socket to the port without restarting it: ' +
        fix({ name: (s) => s }),
    );
    expect(r.hint?.ko).toContain('127.0.0.1에만 여세요');
    expect(r.hint?.ko).toContain(fix({ name: (s) => s }));
  });
  it("removes a forwarder of the fix's name first (one on another port holds the name), under the learner's prefix", async () => {
    const r = await grade([record(PING, { outcome: 'failed', code: null, detail: '127.0.0.1:2375: ECONNREFUSED' })], { prefix: 'alice-', containers: ['alice-dockerd_tcp'] });
    expect(r.hint?.en).toContain('1. docker rm -f alice-dockerd_tcp');
    expect(r.hint?.en).toContain(`2. ${fix({ name: (s) => `alice-${s}` })}`);
  });
  it('fails when another server answers the port (not OK), saying what it answered', async () => {
    const r = await grade([record(PING, { code: 404, output: '<html>404 Not Found</html>' })]);
    expect([r.status, r.actual]).toEqual(['fail', 'HTTP 404: <html>404 Not Found</html>']);
    expect(r.message.en).toBe('the server answering on 127.0.0.1:2375 is not the Docker daemon (HTTP 404: <html>404 Not Found</html>)');
    expect(r.message.ko).toBe('127.0.0.1:2375에서 응답하는 서버가 도커 데몬이 아닙니다 (HTTP 404: <html>404 Not Found</html>)');
  });
  it('fails when another engine answers there (its ID is not the graded one), naming both', async () => {
    const r = await grade([record(PING, { output: 'OK' }), record(INFO, { output: '{"ID":"OTHER:ENGINE","Containers":0}', matched: false })]);
    expect([r.status, r.expected, r.actual]).toEqual(['fail', `ID ${ID}`, 'ID OTHER:ENGINE']);
    expect(r.message.en).toBe(`a Docker daemon answers on 127.0.0.1:2375, but not the one graded: ID OTHER:ENGINE (the graded daemon is ${ID})`);
    expect(r.message.ko).toBe(`127.0.0.1:2375에서 도커 데몬이 응답하지만 채점한 데몬이 아닙니다: ID OTHER:ENGINE이 다릅니다 (채점한 데몬은 ${ID})`);
    expect(r.hint?.en).toContain('docker -H tcp://127.0.0.1:2375 info');
  });
  it('fails when something answers OK to /_ping but /info is no engine information', async () => {
    const r = await grade([record(PING, { output: 'OK' }), record(INFO, { code: 404, output: 'no such page', matched: false })]);
    expect([r.status, r.actual]).toEqual(['fail', 'HTTP 404: no such page']);
  });
  it('passes on the ping alone for a snapshot that names no engine (older files)', async () => {
    const r = await grade([record(PING, { output: 'OK' })], { id: '' });
    expect([r.status, r.message.en]).toEqual(['pass', '127.0.0.1:2375/_ping answered OK']);
  });
  it('skips when the probe was not recorded, and is left out of the maximum with probes off', async () => {
    const r = await grade([]);
    expect([r.status, r.message.en]).toEqual(['skip', 'skipped, cannot probe: not recorded in the snapshot']);
    const off = await grade([], { probes: false });
    expect([off.status, off.excluded]).toEqual(['skip', true]);
  });
  it('reads the engine ID at the start of /info', () => {
    expect(engineIdIn('{"ID":"a-b-c","Containers":0}')).toBe('a-b-c');
    expect(engineIdIn('<html>')).toBeUndefined();
  });
});

describe('engine-answers over TLS (2.5.3.3)', () => {
  const TPING = probeRequestKey({ kind: 'http', host: '127.0.0.1', port: 2376, path: '/_ping', tls: 'client' });
  const TINFO = probeRequestKey({ kind: 'http', host: '127.0.0.1', port: 2376, path: '/info', expect: { status: 200, includes: `"ID":"${ID}"` }, tls: 'client' });
  const certificates = { folder: '/home/me/.docker' };
  const tlsFix = (n: { name: (s: string) => string }) =>
    `docker run -d --name ${n.name('dockerd_tls')} -p 127.0.0.1:2376:2376 -v /var/run/docker.sock:/var/run/docker.sock -v .:/certs:ro -w /certs alpine/socat openssl-listen:2376,fork,reuseaddr,cert=server-cert.pem,key=server-key.pem,cafile=ca.pem,verify=1 unix-connect:/var/run/docker.sock`;
  async function gradeTls(records: ProbeRecord[]) {
    const check = engineAnswers(2376, { fix: tlsFix, tls: true });
    const exercise = defineExercise({ id: '9.9/tls', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: ['x'], checks: [check], solution: () => [], mutations: [] });
    return (await gradeExercise(exercise, makeSnapshot({ engine: { id: ID } }), { probe: new ReplayProbe(records) })).checks[0];
  }
  const failed = (detail: string) => record(TPING, { outcome: 'failed', code: null, detail: `127.0.0.1:2376: ${detail}`, certificates });

  it('passes when /_ping answers OK over TLS with the client certificate and /info names the graded engine', async () => {
    const r = await gradeTls([record(TPING, { output: 'OK', certificates }), record(TINFO, { output: `{"ID":"${ID}"}`, matched: true, certificates })]);
    expect([r.id, r.status, r.actual]).toEqual(['engine-tls', 'pass', `ID ${ID}`]);
    expect(r.message).toEqual(msg(`127.0.0.1:2376에서 이 도커 데몬(ID ${ID})이 TLS로 응답했습니다`, `127.0.0.1:2376 answers over TLS as this Docker daemon (ID ${ID})`));
    expect(r.title.en).toBe('answers the remote API over TLS (127.0.0.1:2376, client certificate)');
  });
  it('fails in one line when the certificate folder holds none, saying where and what to make', async () => {
    const r = await gradeTls([record(TPING, { outcome: 'unavailable', code: null, detail: 'no cert.pem, key.pem in /home/me/.docker', certificates: { folder: '/home/me/.docker', missing: ['cert.pem', 'key.pem'] } })]);
    expect([r.status, r.expected, r.actual]).toEqual(['fail', 'ca.pem, cert.pem, key.pem', '/home/me/.docker: no cert.pem, key.pem']);
    expect(r.message.en).toBe('no client certificate in /home/me/.docker (cert.pem, key.pem): no TLS connection could be tried');
    expect(r.message.ko).toBe('/home/me/.docker에 클라이언트 인증서가 없습니다 (cert.pem, key.pem): TLS로 접속해 볼 수 없습니다');
    expect(r.hint?.en).toContain('export DOCKER_CERT_PATH=');
  });
  it.each([
    ['ECONNREFUSED', 'nothing answers on 127.0.0.1:2376', '127.0.0.1:2376에서 응답하는 것이 없습니다'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'the daemon on 127.0.0.1:2376 answers without TLS: it was opened on plain TCP, without --tlsverify (127.0.0.1:2376: not a TLS answer (ERR_SSL_WRONG_VERSION_NUMBER))', 'TLS 없이 응답합니다: --tlsverify 없이 TCP로만 열었습니다 (127.0.0.1:2376: TLS가 아닌 응답 (ERR_SSL_WRONG_VERSION_NUMBER))'],
    ['ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'the daemon on 127.0.0.1:2376 refused your client certificate (cert.pem in /home/me/.docker)', '클라이언트 인증서(cert.pem)를 받아들이지 않았습니다'],
    ['INVALID_PURPOSE', 'the server certificate on 127.0.0.1:2376 does not check out against /home/me/.docker/ca.pem', '127.0.0.1을 이름으로 가진(subjectAltName) 서버 인증서'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'must be a server certificate (server-cert.pem', 'server-cert.pem'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'signed by that CA', '그 CA가 서명하고'],
    ['ETIMEDOUT', 'no TLS answer on 127.0.0.1:2376', 'TLS로 응답을 받지 못했습니다'],
  ])('fails on %s with its own reason, and the forwarder run in the certificates folder as the hint', async (detail, en, ko) => {
    const r = await gradeTls([failed(detail)]);
    expect([r.status, r.actual]).toEqual(['fail', `127.0.0.1:2376: ${detail}`]);
    expect(r.message.en).toContain(en);
    expect(r.message.ko).toContain(ko);
    expect(r.hint?.en).toBe(
      'restart the Docker daemon, as dockerd --tlsverify --tlscacert=ca.pem --tlscert=server-cert.pem --tlskey=server-key.pem -H tcp://127.0.0.1:2376 -H unix:///var/run/docker.sock (in the folder holding ca.pem, server-cert.pem and server-key.pem), or forward its socket to the port without restarting it: ' +
        tlsFix({ name: (s) => s }),
    );
    expect(r.hint?.ko).toContain(tlsFix({ name: (s) => s }));
  });
  it('fails when another engine answers over TLS, pointing at docker --tlsverify info', async () => {
    const r = await gradeTls([record(TPING, { output: 'OK', certificates }), record(TINFO, { output: '{"ID":"OTHER"}', matched: false, certificates })]);
    expect([r.status, r.actual]).toEqual(['fail', 'ID OTHER']);
    expect(r.hint?.en).toContain('docker -H tcp://127.0.0.1:2376 --tlsverify info');
  });
});
