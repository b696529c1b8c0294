import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { describeEndpoint, parseHost, probeHost, resolveEndpoints } from './endpoint.js';

function home(): string {
  return mkdtempSync(join(tmpdir(), 'dockgrade-home-'));
}

function addContext(dir: string, name: string, host: string): void {
  const digest = createHash('sha256').update(name).digest('hex');
  mkdirSync(join(dir, '.docker', 'contexts', 'meta', digest), { recursive: true });
  writeFileSync(join(dir, '.docker', 'contexts', 'meta', digest, 'meta.json'), JSON.stringify({ Name: name, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }));
}

describe('resolveEndpoints', () => {
  it('takes --host first, over DOCKER_HOST', () => {
    const r = resolveEndpoints({ host: 'tcp://10.0.0.5:2375', env: { DOCKER_HOST: 'unix:///x.sock' }, home: home() });
    expect(r.explicit).toBe(true);
    expect(describeEndpoint(r.candidates[0])).toBe('tcp://10.0.0.5:2375');
    expect(r.candidates[0].source).toBe('--host');
  });

  it('takes DOCKER_HOST over a context', () => {
    const h = home();
    addContext(h, 'lab', 'tcp://lab-07:2376');
    const r = resolveEndpoints({ env: { DOCKER_HOST: 'unix:///run/docker.sock', DOCKER_CONTEXT: 'lab' }, home: h });
    expect(describeEndpoint(r.candidates[0])).toBe('unix:///run/docker.sock');
  });

  it('resolves DOCKER_CONTEXT through contexts/meta', () => {
    const h = home();
    addContext(h, 'lab', 'ssh://student@lab-07');
    const r = resolveEndpoints({ env: { DOCKER_CONTEXT: 'lab' }, home: h });
    expect(r.candidates[0]).toMatchObject({ kind: 'ssh', host: 'lab-07', username: 'student' });
    // no port in the URL: ~/.ssh/config (or ssh's own default) decides, as for the docker CLI
    expect(r.candidates[0]).not.toHaveProperty('port');
  });

  it('resolves currentContext from config.json', () => {
    const h = home();
    addContext(h, 'remote', 'tcp://build-host:2375');
    writeFileSync(join(h, '.docker', 'config.json'), JSON.stringify({ currentContext: 'remote' }));
    expect(describeEndpoint(resolveEndpoints({ env: {}, home: h }).candidates[0])).toBe('tcp://build-host:2375');
  });

  it('falls back to the default socket, then Docker Desktop', () => {
    const h = home();
    const r = resolveEndpoints({ env: {}, home: h });
    expect(r.explicit).toBe(false);
    expect(r.candidates.map(describeEndpoint)).toEqual(['unix:///var/run/docker.sock', `unix://${h}/.docker/run/docker.sock`]);
  });

  it('names an unknown context', () => {
    expect(() => resolveEndpoints({ env: { DOCKER_CONTEXT: 'nope' }, home: home() })).toThrow(/context 'nope' not found/);
  });

  it('treats the default context as no context', () => {
    expect(resolveEndpoints({ env: { DOCKER_CONTEXT: 'default' }, home: home() }).explicit).toBe(false);
  });
});

describe('parseHost', () => {
  it('reads TLS material when DOCKER_TLS_VERIFY is set', () => {
    const certs = mkdtempSync(join(tmpdir(), 'dockgrade-certs-'));
    writeFileSync(join(certs, 'ca.pem'), 'CA');
    const e = parseHost('tcp://lab:2376', 'DOCKER_HOST', { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
    expect(e).toMatchObject({ kind: 'tcp', host: 'lab', port: 2376 });
    expect(e.kind === 'tcp' && e.tls?.verify).toBe(true);
    expect(e.kind === 'tcp' && e.tls?.ca?.toString()).toBe('CA');
  });

  it('defaults ports by TLS', () => {
    expect(parseHost('tcp://lab', 'x', {})).toMatchObject({ port: 2375, tls: null });
  });

  it('rejects junk with a usage error naming the source', () => {
    expect(() => parseHost('lab:2375', 'DOCKER_HOST', {})).toThrow(UsageError);
    expect(() => parseHost('npipe:////./pipe/docker', '--host', {})).toThrow(/--host: unsupported scheme 'npipe'/);
  });

  it('probes loopback for a local socket and the engine host for tcp', () => {
    expect(probeHost(parseHost('unix:///var/run/docker.sock', 'x', {}))).toBe('127.0.0.1');
    expect(probeHost(parseHost('tcp://lab-07:2375', 'x', {}))).toBe('lab-07');
  });
});
