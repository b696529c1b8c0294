/**
 * The TLS host probe (2.5.3.3) against a Node HTTPS server on 127.0.0.1 that requires a client
 * certificate (as dockerd --tlsverify does), with throwaway certificates made by openssl: the learner's
 * certificate gets in and is verified against their ca.pem, a client without one is refused in the
 * handshake, a folder without certificates asks nothing, and the records replay under keys of their own.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certPath, issue, makeAuthority } from '../../fixtures/tls-certs.js';
import type { EngineClient } from '../engine/engine-client.js';
import { LiveProbe, readClientCertificates, ReplayProbe } from './probe.js';

let server: Server;
let plain: import('node:http').Server;
let port: number;
let plainPort: number;
let learner: string;
let stranger: string;
const asked: string[] = [];

beforeAll(async () => {
  const ca = makeAuthority('learner');
  const other = makeAuthority('other');
  const serverCert = issue(ca, 'server', 'IP:127.0.0.1', 'serverAuth');
  learner = certPath(ca, issue(ca, 'client', '', 'clientAuth'));
  // trusts the learner's CA but holds a client certificate of another CA
  stranger = certPath(ca, issue(other, 'client', '', 'clientAuth'));
  server = createServer({ cert: serverCert.cert, key: serverCert.key, ca: readFileSync(ca.cert), requestCert: true, rejectUnauthorized: true }, (req, res) => {
    asked.push(`${req.method} ${req.url}`);
    res.end(req.url === '/_ping' ? 'OK' : '{"ID":"ENGINE:ID"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  const { createServer: createPlain } = await import('node:http');
  plain = createPlain((_req, res) => res.end('OK'));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  plainPort = (plain.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => plain.close(() => resolve()));
});

describe('the TLS host probe', () => {
  it("GETs with the learner's client certificate, trusting their ca.pem, and records the folder", async () => {
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1', learner);
    const record = await probe.request({ kind: 'http', host: '127.0.0.1', port, path: '/_ping', tls: 'client' });
    expect(record).toMatchObject({ key: `http:@127.0.0.1:${port}/_ping tls=client`, outcome: 'ok', code: 200, output: 'OK', certificates: { folder: learner } });
    await expect(new ReplayProbe(probe.records).request({ kind: 'http', host: '127.0.0.1', port, path: '/_ping', tls: 'client' })).resolves.toEqual(record);
  });

  it('is refused in the handshake without a client certificate, and the server never reads the GET', async () => {
    const before = asked.length;
    const probe = new LiveProbe({} as EngineClient, '127.0.0.1', learner);
    const record = await probe.request({ kind: 'http', host: '127.0.0.1', port, path: '/_ping', tls: 'none' });
    expect(record).toMatchObject({ key: `http:@127.0.0.1:${port}/_ping tls=none`, outcome: 'failed', code: null });
    expect(record.detail).toMatch(/ALERT|ECONNRESET/);
    expect(record.certificates).toBeUndefined();
    expect(asked.length).toBe(before);
  });

  it('is refused with a client certificate of another CA', async () => {
    const record = await new LiveProbe({} as EngineClient, '127.0.0.1', stranger).request({ kind: 'http', host: '127.0.0.1', port, path: '/_ping', tls: 'client' });
    expect([record.outcome, record.code]).toEqual(['failed', null]);
    expect(record.detail).toMatch(/ALERT|ECONNRESET/);
  });

  it('does not trust a server its ca.pem did not sign', async () => {
    // the stranger folder trusts the learner CA; a server of another CA: swap roles with a fresh folder
    const otherCa = makeAuthority('elsewhere');
    const folder = certPath(otherCa, issue(otherCa, 'client', '', 'clientAuth'));
    const record = await new LiveProbe({} as EngineClient, '127.0.0.1', folder).request({ kind: 'http', host: '127.0.0.1', port, path: '/_ping', tls: 'client' });
    expect([record.outcome, record.code]).toEqual(['failed', null]);
    expect(record.detail).toMatch(/CERT|SELF_SIGNED|UNABLE_TO/);
  });

  it('says a port without TLS speaks plain TCP (the reason of the protocol error)', async () => {
    const record = await new LiveProbe({} as EngineClient, '127.0.0.1', learner).request({ kind: 'http', host: '127.0.0.1', port: plainPort, path: '/_ping', tls: 'client' });
    expect([record.outcome, record.code]).toEqual(['failed', null]);
    expect(record.detail).toMatch(/wrong version number|packet length too long|WRONG_VERSION_NUMBER/i);
  });

  it('asks nothing when the folder has no certificates, and names what is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dockgrade-nocerts-'));
    const before = asked.length;
    const record = await new LiveProbe({} as EngineClient, '127.0.0.1', empty).request({ kind: 'http', host: '127.0.0.1', port, path: '/_ping', tls: 'client' });
    expect(record).toMatchObject({ outcome: 'unavailable', code: null, detail: `no ca.pem, cert.pem, key.pem in ${empty}`, certificates: { folder: empty, missing: ['ca.pem', 'cert.pem', 'key.pem'] } });
    expect(asked.length).toBe(before);
    expect(readClientCertificates(certPath(makeAuthority('only-ca'), null)).missing).toEqual(['cert.pem', 'key.pem']);
  });
});
