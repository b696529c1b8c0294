/**
 * The engine changes between list and inspect: a container removed, renamed or restarted in that gap
 * is graded as what it now is (or not at all), never a crash.
 */
import type { ContainerInspectInfo, ImageInspectInfo } from 'dockerode';
import type { EngineClient } from '../engine/engine-client.js';
import type { EventFilters } from '../engine/engine-api.js';
import { collectSnapshot } from './collect.js';

function rawContainer(id: string, name: string, state: Partial<{ Status: string; Running: boolean; ExitCode: number; StartedAt: string }> = {}, networkMode = ''): ContainerInspectInfo {
  return {
    Id: id,
    Name: `/${name}`,
    Image: 'sha256:img',
    Created: '2026-01-01T00:00:00Z',
    State: { Status: 'running', Running: true, Paused: false, Restarting: false, ExitCode: 0, Error: '', StartedAt: '2026-01-01T00:00:01Z', FinishedAt: '', ...state },
    Config: { Image: 'centos:7', Env: [], Tty: true, OpenStdin: true, Labels: {} },
    HostConfig: networkMode ? { NetworkMode: networkMode } : {},
    NetworkSettings: { Networks: {} },
    Mounts: [],
  } as unknown as ContainerInspectInfo;
}

/** A client whose list shows `listed`, and whose inspect answers from `now` (the engine a moment later). */
function fakeClient(listed: string[], now: Map<string, ContainerInspectInfo>, logs: string[] = []): EngineClient {
  return {
    endpoint: { kind: 'unix', socketPath: '/fake.sock', source: 'test' },
    location: 'unix:///fake.sock',
    info: async () => ({ ID: 'E', Name: 'fake' }),
    version: async () => ({ Version: '20.10', ApiVersion: '1.41' }),
    listContainerIds: async () => listed,
    inspectContainer: async (id: string) => now.get(id) ?? null,
    listImages: async () => [{ Id: 'sha256:gone' }],
    inspectImage: async () => null as ImageInspectInfo | null,
    imageHistory: async () => null,
    listNetworks: async () => [],
    listVolumes: async () => [],
    logs: async () => logs,
    exec: async () => {
      throw new Error('collect must not exec');
    },
    listContainers: async () => {
      throw new Error('collect must not need the container summaries');
    },
    events: async () => {
      throw new Error('collect must not follow events');
    },
    distribution: async () => {
      throw new Error('collect must not ask the registry');
    },
  };
}

describe('collectSnapshot when the engine changes between list and inspect', () => {
  it('drops a container removed in between, and an image removed in between', async () => {
    const snapshot = await collectSnapshot(fakeClient(['a', 'b'], new Map([['b', rawContainer('b', 'mycentos')]])));
    expect(snapshot.containers.map((c) => c.name)).toEqual(['mycentos']);
    expect(snapshot.images).toEqual([]);
  });

  it('grades a container renamed in between under its new name', async () => {
    const snapshot = await collectSnapshot(fakeClient(['a'], new Map([['a', rawContainer('a', 'renamed')]])));
    expect(snapshot.containers.map((c) => [c.id, c.name])).toEqual([['a', 'renamed']]);
  });

  it('sees a container restarted or stopped in between in its state now, with its log tail', async () => {
    const now = new Map([
      ['a', rawContainer('a', 'restarted', { StartedAt: '2026-01-01T09:00:00Z' })],
      ['b', rawContainer('b', 'stopped', { Status: 'exited', Running: false, ExitCode: 137 })],
    ]);
    const snapshot = await collectSnapshot(fakeClient(['a', 'b'], now, ['killed']));
    const byName = Object.fromEntries(snapshot.containers.map((c) => [c.name, c]));
    expect(byName.restarted.state.startedAt).toBe('2026-01-01T09:00:00Z');
    expect(byName.stopped.state).toMatchObject({ status: 'exited', running: false, exitCode: 137 });
    expect(byName.stopped.logTail).toEqual(['killed']);
  });

  it('names the container whose network one shares (--net container:NAME, which the engine keeps by id)', async () => {
    const first = 'a'.repeat(64);
    const now = new Map([
      [first, rawContainer(first, 'network_container_1')],
      ['b', rawContainer('b', 'network_container_2', {}, `container:${first}`)],
      ['c', rawContainer('c', 'orphan', {}, `container:${'c'.repeat(64)}`)],
    ]);
    const byName = Object.fromEntries((await collectSnapshot(fakeClient([first, 'b', 'c'], now))).containers.map((c) => [c.name, c]));
    expect([byName.network_container_2.networkMode, byName.network_container_2.networkContainer]).toEqual([`container:${first}`, 'network_container_1']);
    expect(['networkContainer' in byName.network_container_1, 'networkContainer' in byName.orphan]).toEqual([false, false]);
  });

  it('an inspect that fails with something else than "gone" fails the collection (never a partial snapshot)', async () => {
    const client = fakeClient(['a'], new Map());
    client.inspectContainer = async () => {
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };
    await expect(collectSnapshot(client)).rejects.toThrow('socket hang up');
  });
});

describe('collectSnapshot with the events filters given later (check builds its exercises meanwhile)', () => {
  it('asks for everything else at once and for the events once the filters come, with those filters', async () => {
    const asked: string[] = [];
    const base = fakeClient(['a'], new Map([['a', rawContainer('a', 'web')]]));
    const client: EngineClient = {
      ...base,
      listContainerIds: async () => (asked.push('containers'), ['a']),
      listImages: async () => (asked.push('images'), []),
      listNetworks: async () => (asked.push('networks'), []),
      listVolumes: async () => (asked.push('volumes'), []),
      pastEvents: async (until: Date, filters?: EventFilters) => (asked.push(`events ${JSON.stringify(filters)} until ${until.getTime() > before ? 'after the filters' : 'before them'}`), []),
    };
    let give!: (filters: EventFilters | undefined) => void;
    const collecting = collectSnapshot(client, { events: new Promise((resolve) => (give = resolve)), imageCache: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect(asked.sort()).toEqual(['containers', 'images', 'networks', 'volumes']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const before = Date.now();
    give({ type: ['container'], event: ['start'] });
    const snapshot = await collecting;
    expect(asked.at(-1)).toBe('events {"type":["container"],"event":["start"]} until after the filters');
    expect(snapshot.containers.map((c) => c.name)).toEqual(['web']);
    expect(Date.parse(snapshot.events!.readAt)).toBeGreaterThanOrEqual(before);
  });
});
