/**
 * Remote engines over TLS: with DOCKER_TLS_VERIFY the server certificate is verified (CA and host
 * name), a bad certificate is one clear line and exit 3, never a silent downgrade to plain HTTP or to
 * no verification. The "remote engine" is a TLS proxy on 127.0.0.1 in front of the real engine, with
 * throwaway certificates made at test time.
 */
import { removeByPrefix, uniquePrefix, applySteps } from '../../fixtures/docker-cli.js';
import { startEngineProxy, type EngineProxy } from '../../fixtures/engine-proxy.js';
import { runCli } from '../../fixtures/run-cli.js';
import { certPath, issue, makeAuthority, type Authority } from '../../fixtures/tls-certs.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';

const prefix = uniquePrefix('rl');
let goodCa: Authority;
let otherCa: Authority;
let client: { cert: string; key: string };
let proxy: EngineProxy;
let wrongNameProxy: EngineProxy;
let plainProxy: EngineProxy;
let cases = 0;

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.section === '2.2.1')) await applySteps(exercise.solution(makeNames(prefix)));
  goodCa = makeAuthority('good');
  otherCa = makeAuthority('other');
  const server = issue(goodCa, 'server', 'IP:127.0.0.1', 'serverAuth');
  const elsewhere = issue(goodCa, 'elsewhere', 'DNS:engine.example', 'serverAuth');
  client = issue(goodCa, 'client', '', 'clientAuth');
  proxy = await startEngineProxy({ tls: { ...server, ca: client.cert } });
  wrongNameProxy = await startEngineProxy({ tls: elsewhere });
  plainProxy = await startEngineProxy();
}, 120_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), wrongNameProxy?.close(), plainProxy?.close()]);
  await removeByPrefix(prefix);
  console.log(`[reliability] tls: ${cases} endpoint cases (1 trusted engine graded, bad CA / wrong name / no CA / plain server refused with exit 3)`);
});

function tlsEnv(url: string, path: string): NodeJS.ProcessEnv {
  return { DOCKER_HOST: url, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: path };
}

function expectRefused(run: { code: number; stdout: string; stderr: string }, url: string): void {
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 3, stdout: "", stderr: expect.stringMatching(/^[^\n]+\n$/) });
  expect(run.stderr).toContain(url.replace('tcp://', ''));
  cases++;
}

it('a certificate from the trusted CA: the engine is graded over TLS', async () => {
  const run = await runCli(['check', '2.2.1', '--prefix', prefix], tlsEnv(proxy.url, certPath(goodCa, client)));
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(proxy.requests.length).toBeGreaterThan(3);
  cases++;
});

it('a certificate signed by another CA: exit 3, one line naming TLS', async () => {
  const before = proxy.requests.length;
  const run = await runCli(['check', '2.2.1'], tlsEnv(proxy.url, certPath(otherCa, null)));
  expectRefused(run, proxy.url);
  expect(run.stderr).toMatch(/TLS .* failed: .*(self[- ]signed|unable to (get|verify)|certificate)/i);
  expect(proxy.requests.length).toBe(before); // no request got through on an unverified connection
});

it('a certificate for another host name: exit 3 (host name verified too)', async () => {
  const run = await runCli(['check', '2.2.1'], tlsEnv(wrongNameProxy.url, certPath(goodCa, client)));
  expectRefused(run, wrongNameProxy.url);
  expect(run.stderr).toMatch(/TLS .* failed: .*(altnames|Hostname\/IP does not match|IP: 127\.0\.0\.1 is not in the cert)/i);
  expect(wrongNameProxy.requests).toEqual([]);
});

it('DOCKER_TLS_VERIFY with no ca.pem: verified against the system CAs, so refused (no silent downgrade)', async () => {
  const empty = certPath(goodCa, client);
  const { rmSync } = await import('node:fs');
  rmSync(`${empty}/ca.pem`);
  const run = await runCli(['check', '2.2.1'], tlsEnv(proxy.url, empty));
  expectRefused(run, proxy.url);
});

it('DOCKER_TLS_VERIFY against a plain-HTTP engine: exit 3, never a fall back to plain HTTP', async () => {
  const run = await runCli(['check', '2.2.1'], tlsEnv(plainProxy.url, certPath(goodCa, client)));
  expectRefused(run, plainProxy.url);
  expect(plainProxy.requests).toEqual([]); // it never spoke HTTP to it
});
