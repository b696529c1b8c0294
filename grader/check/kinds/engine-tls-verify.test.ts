import { defineExercise } from '../define.js';
import { gradeExercise } from '../run.js';
import { msg } from '../../core/i18n.js';
import { probeRequestKey } from '../../model/probe-request.js';
import type { ProbeRecord } from '../../model/snapshot-schema.js';
import { ReplayProbe } from '../../probe/probe.js';
import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { engineTlsVerify } from './engine-tls-verify.js';

const PING = probeRequestKey({ kind: 'http', host: '127.0.0.1', port: 2376, path: '/_ping', tls: 'none' });
const record = (r: Partial<ProbeRecord>): ProbeRecord => ({ key: PING, kind: 'http', takenAt: '2026-01-01T00:00:00Z', outcome: 'failed', code: null, output: '', detail: '127.0.0.1:2376', ...r });
const fix = (n: { name: (s: string) => string }) =>
  `docker run -d --name ${n.name('dockerd_tls')} -p 127.0.0.1:2376:2376 -v /var/run/docker.sock:/var/run/docker.sock -v .:/certs:ro -w /certs alpine/socat openssl-listen:2376,fork,reuseaddr,cert=server-cert.pem,key=server-key.pem,cafile=ca.pem,verify=1 unix-connect:/var/run/docker.sock`;

async function grade(records: ProbeRecord[], options: { containers?: string[]; probes?: boolean } = {}) {
  const check = engineTlsVerify(2376, { fix });
  const exercise = defineExercise({ id: '9.9/tlsverify', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: ['x'], checks: [check], solution: () => [], mutations: [] });
  const snapshot = makeSnapshot({ containers: (options.containers ?? []).map((name) => makeContainer({ name })) });
  const probe = options.probes === false ? Object.assign(new ReplayProbe(records), { enabled: false }) : new ReplayProbe(records);
  return (await gradeExercise(exercise, snapshot, { probe })).checks[0];
}

describe('engine-tls-verify', () => {
  it.each([
    ['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', '클라이언트 인증서를 요구하며 거부됨', 'refused: a client certificate is required'],
    ['ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', '클라이언트 인증서를 거부함', 'refused: bad client certificate'],
    ['ECONNRESET', '연결이 끊김', 'connection reset'],
  ])('passes when a client without a certificate is refused in the handshake (%s), saying so in words', async (code, ko, en) => {
    const r = await grade([record({ detail: `127.0.0.1:2376: ${code}` })]);
    expect([r.id, r.status, r.expected, r.actual]).toEqual(['engine-tlsverify', 'pass', 'refused without a client certificate', `127.0.0.1:2376: ${code}`]);
    expect(r.message).toEqual(
      msg(`127.0.0.1:2376의 TLS 포트가 인증서 없는 클라이언트를 거부했습니다 (127.0.0.1:2376: ${ko} (${code}))`, `the TLS port on 127.0.0.1:2376 refused a client without a certificate (127.0.0.1:2376: ${en} (${code}))`),
    );
    expect(r.title.en).toBe('refuses a client without a certificate (127.0.0.1:2376, --tlsverify)');
  });
  it('fails when the port answers a client without a certificate (--tls, not --tlsverify), with the verifying forwarder as the hint', async () => {
    const r = await grade([record({ outcome: 'ok', code: 200, output: 'OK' })], { containers: ['dockerd_tls'] });
    expect([r.status, r.actual]).toEqual(['fail', 'HTTP 200: OK']);
    expect(r.message.en).toBe('the TLS port on 127.0.0.1:2376 answered a client without a certificate (HTTP 200: OK): it was opened with --tls, not --tlsverify, so anyone who reaches it can use the daemon');
    expect(r.message.ko).toBe('127.0.0.1:2376의 TLS 포트가 인증서 없는 클라이언트에게도 응답했습니다 (HTTP 200: OK): --tlsverify 없이 --tls만으로 열려 있어 그 포트에 닿는 누구나 데몬을 쓸 수 있습니다');
    // the forwarder without verify holds the name: removed first
    expect(r.hint?.en).toContain('1. docker rm -f dockerd_tls');
    expect(r.hint?.en).toContain(`2. ${fix({ name: (s) => s })}`);
    expect(r.hint?.ko).toContain('--tls가 아니라 --tlsverify로');
  });
  it('fails when no TLS port answers there at all', async () => {
    const r = await grade([record({ detail: '127.0.0.1:2376: ECONNREFUSED' })]);
    expect([r.status, r.message.en]).toEqual(['fail', 'no TLS port answers on 127.0.0.1:2376 (127.0.0.1:2376: connection refused (ECONNREFUSED))']);
    expect(r.message.ko).toBe('127.0.0.1:2376에서 TLS로 응답하는 포트가 없습니다 (127.0.0.1:2376: 연결이 거부됨 (ECONNREFUSED))');
  });
  it('skips when the probe was not recorded, and is left out of the maximum with probes off', async () => {
    expect((await grade([])).status).toBe('skip');
    const off = await grade([], { probes: false });
    expect([off.status, off.excluded]).toEqual(['skip', true]);
  });
});
