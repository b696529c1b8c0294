import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../engine/engine-client.js';
import type { Endpoint } from '../engine/endpoint.js';
import { ENGINE_FACTS_MAX_AGE_MS, engineFacts } from './engine-facts.js';

function fakeClient(endpoint: Endpoint, id = 'ENGINE-A') {
  const calls = { info: 0, version: 0 };
  const client = {
    endpoint,
    info: async () => {
      calls.info += 1;
      return { ID: id, Name: 'lab', ServerVersion: '27.1', OperatingSystem: 'Debian', OSType: 'linux', Architecture: 'x86_64', KernelVersion: '6.1', RegistryConfig: { big: true }, NCPU: 2, MemTotal: 1024, LoggingDriver: 'json-file', SecurityOptions: ['name=seccomp,profile=default'], SwapLimit: false, Plugins: { Volume: ['local'] } };
    },
    version: async () => {
      calls.version += 1;
      return { Version: '27.1', ApiVersion: '1.46', Components: [] };
    },
  } as unknown as EngineClient;
  return { client, calls };
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'dockgrade-facts-'));
  const socketPath = join(dir, 'docker.sock');
  writeFileSync(socketPath, '');
  return { env: { DOCKGRADE_CACHE_DIR: join(dir, 'cache') }, socketPath, endpoint: { kind: 'unix', socketPath, source: 'test' } as Endpoint };
}

describe('engineFacts', () => {
  it('asks a local engine once, then answers from the cache with the fields the snapshot keeps', async () => {
    const { env, endpoint } = setup();
    const { client, calls } = fakeClient(endpoint);
    const first = await engineFacts(client, { env });
    const second = await engineFacts(client, { env });
    expect(calls).toEqual({ info: 1, version: 1 });
    expect(second).toEqual(first);
    // strings, numbers, booleans and string lists the snapshot keeps; nested objects never
    expect(second.info).toEqual({ ID: 'ENGINE-A', Name: 'lab', ServerVersion: '27.1', OperatingSystem: 'Debian', OSType: 'linux', Architecture: 'x86_64', KernelVersion: '6.1', NCPU: 2, MemTotal: 1024, LoggingDriver: 'json-file', SecurityOptions: ['name=seccomp,profile=default'], SwapLimit: false });
    expect(second.version).toEqual({ Version: '27.1', ApiVersion: '1.46' });
  });

  it('asks again when the socket was re-created (a daemon restart)', async () => {
    const { env, endpoint, socketPath } = setup();
    await engineFacts(fakeClient(endpoint).client, { env });
    rmSync(socketPath);
    writeFileSync(socketPath, '');
    const { client, calls } = fakeClient(endpoint, 'ENGINE-B');
    expect((await engineFacts(client, { env })).info.ID).toBe('ENGINE-B');
    expect(calls.info).toBe(1);
  });

  it('asks again when the cache holds an entry of the older format (without NCPU, MemTotal, …)', async () => {
    const { env, endpoint } = setup();
    await engineFacts(fakeClient(endpoint).client, { env });
    const dir = env.DOCKGRADE_CACHE_DIR;
    const file = join(dir, readdirSync(dir).find((f) => f.startsWith('engine'))!);
    const { format: _format, ...older } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...older, facts: { info: { ID: 'OLD' }, version: {} } }));
    const { client, calls } = fakeClient(endpoint);
    expect((await engineFacts(client, { env })).info.NCPU).toBe(2);
    expect(calls.info).toBe(1);
  });

  it('asks again once the entry is a day old', async () => {
    const { env, endpoint } = setup();
    await engineFacts(fakeClient(endpoint).client, { env, now: 1_000 });
    const { client, calls } = fakeClient(endpoint);
    await engineFacts(client, { env, now: 1_000 + ENGINE_FACTS_MAX_AGE_MS });
    expect(calls.info).toBe(1);
  });

  it('always asks tcp and ssh engines', async () => {
    const { env } = setup();
    const { client, calls } = fakeClient({ kind: 'tcp', host: 'lab', port: 2376, tls: null, source: 'test' });
    await engineFacts(client, { env });
    await engineFacts(client, { env });
    expect(calls.info).toBe(2);
  });

  it('works without a usable cache directory', async () => {
    const { endpoint } = setup();
    const blocked = join(mkdtempSync(join(tmpdir(), 'dockgrade-facts-')), 'file');
    writeFileSync(blocked, 'not a directory');
    const { client, calls } = fakeClient(endpoint);
    await engineFacts(client, { env: { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') } });
    expect((await engineFacts(client, { env: { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') } })).info.ID).toBe('ENGINE-A');
    expect(calls.info).toBe(2);
  });
});
