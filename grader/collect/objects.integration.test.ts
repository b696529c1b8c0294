/**
 * Objects beyond containers on the real engine: a network with custom IPAM, a named volume, a container
 * with limits of every kind the host supports (the blkio weight it may not: unit-tested), log options, restart policy, healthcheck and mounts, a committed and tagged
 * image with author and comment; one collection reads them all, and the richer probes (a path with an
 * expected status and text, the engine host's loopback, an exec with expected output) answer. Names
 * under `dgt-obj-`, host port 18300 on loopback; removes only what it made.
 */
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { connect, type EngineClient } from '../engine/engine-client.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { SnapshotSchema } from '../model/snapshot-schema.js';
import { LiveProbe } from '../probe/probe.js';
import { collectSnapshot } from './collect.js';

const prefix = uniquePrefix('obj');
const HOST_PORT = 18300;
// a /24 of 10.183.0.0/16 of our own (another test's network on the shared engine could hold one)
const third = 1 + Math.floor(Math.random() * 250);
const subnet = `10.183.${third}.0/24`;
const ipRange = `10.183.${third}.0/25`;
const gateway = `10.183.${third}.1`;
const fixedIp = `10.183.${third}.10`;
const n = (name: string) => `${prefix}${name}`;

let client: EngineClient;
let snapshot: Snapshot;

beforeAll(async () => {
  await removeByPrefix(prefix);
  await docker(['network', 'create', '--driver', 'bridge', '--subnet', subnet, '--ip-range', ipRange, '--gateway', gateway, '--label', 'purpose=practice', n('net')]);
  await docker(['volume', 'create', '--label', 'owner=objects', n('vol')]);
  await docker([
    'run', '-d', '--name', n('limits'),
    '--net', n('net'), '--net-alias', 'alicek106', '--ip', fixedIp,
    '-p', `127.0.0.1:${HOST_PORT}:80`,
    '-v', `${n('vol')}:/root`, '--mount', 'type=bind,source=/tmp,target=/hosttmp,readonly',
    '--memory', '64m', '--memory-swap', '128m', '--memory-reservation', '32m',
    '--cpu-shares', '512', '--cpuset-cpus', '0', '--cpu-period', '100000', '--cpu-quota', '25000',
    '--device-write-bps', '/dev/loop0:1mb', '--device-read-iops', '/dev/loop0:100',
    '--device', '/dev/fuse:/dev/fuse:rwm', '--pids-limit', '50',
    '--log-opt', 'max-size=10k', '--log-opt', 'max-file=3', '--restart', 'on-failure:3',
    '--health-cmd', 'cat /etc/hostname', '--health-interval', '1s', '--stop-signal', 'SIGQUIT',
    '--label', 'purpose=limits',
    'wordpress:latest',
  ]);
  await docker(['exec', n('limits'), 'sh', '-c', 'echo hello-from-limits > /root/volume']);
  await docker(['run', '-d', '--name', n('reader'), '--volumes-from', n('limits'), '-v', '/data', '--cpus', '0.5', 'ubuntu:14.04', 'sleep', '600']);
  await docker(['network', 'connect', n('net'), n('reader')]);
  await docker(['network', 'disconnect', n('net'), n('reader')]);
  await docker(['update', '--cpu-shares', '256', n('reader')]);
  await docker(['commit', '-a', 'alicek106', '-m', 'my first commit', n('limits'), `${n('img')}:first`]);
  await docker(['tag', `${n('img')}:first`, `${n('img')}:second`]);
  client = await connect();
  // the healthcheck runs every second: wait for its first verdict
  for (let i = 0; i < 40; i++) {
    snapshot = await collectSnapshot(client, { imageCache: false });
    if (snapshot.containers.find((c) => c.name === n('limits'))?.state.health === 'healthy') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 180_000);

afterAll(async () => {
  client?.close?.();
  await removeByPrefix(prefix);
  // removeByPrefix removes tags that start with the prefix (`ubuntu:dgt-…`), not repositories named with it
  const tags = (await docker(['images', '--format', '{{.Repository}}:{{.Tag}}'])).split('\n').filter((ref) => ref.startsWith(n('img')));
  if (tags.length) await docker(['rmi', ...tags]);
});

const container = (name: string) => snapshot.containers.find((c) => c.name === n(name))!;

describe('one collection reads objects beyond containers', () => {
  it('is a valid snapshot of the current version', () => {
    expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.version).toBe(2);
    expect(snapshot.migratedFrom).toBeUndefined();
  });

  it('the network: driver, custom IPAM, labels, and its containers', () => {
    expect(snapshot.networks.find((x) => x.name === n('net'))).toMatchObject({
      driver: 'bridge',
      internal: false,
      ipam: { config: [{ subnet, ipRange, gateway }] },
      labels: { purpose: 'practice' },
      containers: [n('limits')],
    });
  });

  it('the volumes: the named one with its label and both users, the anonymous one of -v /data', () => {
    const vol = snapshot.volumes.find((v) => v.name === n('vol'))!;
    expect(vol).toMatchObject({ driver: 'local', labels: { owner: 'objects' }, anonymous: false, usedBy: [n('limits'), n('reader')] });
    expect(vol.mountpoint).toContain(n('vol'));
    const data = container('reader').mounts.find((m) => m.destination === '/data')!;
    expect(snapshot.volumes.find((v) => v.name === data.name)).toMatchObject({ anonymous: true, usedBy: [n('reader')] });
  });

  it('the container: every limit, device, log option, restart policy, healthcheck and stop signal', () => {
    const c = container('limits');
    expect(c.resources).toMatchObject({
      memory: 64 * 1024 ** 2,
      memorySwap: 128 * 1024 ** 2,
      memoryReservation: 32 * 1024 ** 2,
      cpuShares: 512,
      cpusetCpus: '0',
      cpuPeriod: 100000,
      cpuQuota: 25000,
      blkioDeviceWriteBps: [{ path: '/dev/loop0', rate: 1024 ** 2 }],
      blkioDeviceReadIOps: [{ path: '/dev/loop0', rate: 100 }],
      devices: [{ pathOnHost: '/dev/fuse', pathInContainer: '/dev/fuse', cgroupPermissions: 'rwm' }],
      pidsLimit: 50,
    });
    expect(c.logConfig).toEqual({ type: 'json-file', config: { 'max-size': '10k', 'max-file': '3' } });
    expect(c.restartPolicy).toEqual({ name: 'on-failure', maximumRetryCount: 3 });
    expect(c.healthcheck).toMatchObject({ test: ['CMD-SHELL', 'cat /etc/hostname'], interval: 1e9 });
    expect(c.state.health).toBe('healthy');
    expect(c.stopSignal).toBe('SIGQUIT');
    expect(c.labels.purpose).toBe('limits');
    expect(container('reader').resources.nanoCpus).toBe(5e8);
  });

  it('the container: mounts (volume, bind with propagation), --mount, --volumes-from, network mode, alias and fixed address', () => {
    const c = container('limits');
    expect(c.mounts.find((m) => m.destination === '/root')).toMatchObject({ type: 'volume', name: n('vol'), rw: true });
    expect(c.mounts.find((m) => m.destination === '/hosttmp')).toMatchObject({ type: 'bind', source: '/tmp', rw: false, propagation: 'rprivate' });
    expect(c.mountSpecs).toEqual([{ type: 'bind', source: '/tmp', target: '/hosttmp', readOnly: true, propagation: '' }]);
    expect(container('reader').volumesFrom).toEqual([n('limits')]);
    // --volumes-from brings every mount of limits (its image's VOLUME /var/www/html too), and -v /data its own
    expect(container('reader').mounts.map((m) => m.destination).sort()).toEqual(['/data', '/hosttmp', '/root', '/var/www/html']);
    expect(c.networkMode).toBe(n('net'));
    expect(c.networks[n('net')].aliases).toContain('alicek106');
    expect(c.networks[n('net')]).toMatchObject({ ipAddress: fixedIp, ipv4Address: fixedIp, gateway });
    expect(Object.keys(container('reader').networks)).toEqual(['bridge']);
  });

  it('the committed image: author, comment, two tags on one id, one layer more than its base, its history', () => {
    const image = snapshot.images.find((i) => i.tags.includes(`${n('img')}:first`))!;
    const base = snapshot.images.find((i) => i.id === container('limits').imageId)!;
    expect(image.tags.sort()).toEqual([`${n('img')}:first`, `${n('img')}:second`]);
    expect(image).toMatchObject({ author: 'alicek106', comment: 'my first commit', dangling: false, parent: base.id });
    expect(image.layers).toBe(base.layers + 1);
    expect(image.history.length).toBe(base.history.length + 1);
    expect(image.history.at(-1)).toMatchObject({ comment: 'my first commit' });
    expect(image.config.stopSignal).toBe('SIGQUIT');
    expect(image.config.healthcheck?.test).toEqual(['CMD-SHELL', 'cat /etc/hostname']);
  });

  it("the engine's host: CPUs, memory, log driver, security options, supported limits", () => {
    expect(snapshot.engine.ncpu).toBeGreaterThan(0);
    expect(snapshot.engine.memTotal).toBeGreaterThan(0);
    expect(snapshot.engine.loggingDriver).toBe('json-file');
    expect(snapshot.engine.securityOptions.length).toBeGreaterThan(0);
    expect(snapshot.engine.limits.memory).toBe(true);
  });

  it('the events of update, commit, tag, network create/connect/disconnect and volume create', () => {
    const items = snapshot.events!.items;
    const image = snapshot.images.find((i) => i.tags.includes(`${n('img')}:first`))!;
    const net = snapshot.networks.find((x) => x.name === n('net'))!;
    const mine = (e: (typeof items)[number]) => [e.type, e.action];
    expect(items.filter((e) => e.containerId === container('reader').id).map(mine)).toEqual(
      expect.arrayContaining([['container', 'update'], ['network', 'connect'], ['network', 'disconnect']]),
    );
    expect(items.find((e) => e.action === 'commit' && e.containerId === container('limits').id)).toMatchObject({ imageId: image.id, comment: 'my first commit' });
    expect(items.filter((e) => e.type === 'image' && e.id === image.id).map((e) => [e.action, e.name])).toEqual(
      expect.arrayContaining([['tag', `${n('img')}:first`], ['tag', `${n('img')}:second`]]),
    );
    expect(items.find((e) => e.type === 'network' && e.action === 'create' && e.id === net.id)?.name).toBe(n('net'));
    expect(items.some((e) => e.type === 'volume' && e.action === 'create' && e.name === n('vol'))).toBe(true);
    // and a container's own life is still told apart from its network's events
    expect(items.filter((e) => e.type === 'container' && e.containerId === container('reader').id).map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'start', 'update']));
  });
});

describe('probes that say more, on the real engine', () => {
  it("GET a path on a container's published port, with an expected status and text", async () => {
    const probe = new LiveProbe(client, '127.0.0.1');
    expect(await probe.request({ kind: 'http', container: container('limits'), port: '80/tcp', path: '/', expect: { status: 200, includes: 'WordPress' } })).toMatchObject({
      outcome: 'ok',
      code: 200,
      matched: true,
    });
    expect(await probe.request({ kind: 'http', container: container('limits'), port: '80', path: '/v2/_catalog', expect: { status: 200 } })).toMatchObject({ code: 404, matched: false });
  });

  it("GET on the engine host's loopback, as a registry catalog or an engine _ping would be asked", async () => {
    const probe = new LiveProbe(client, '127.0.0.1');
    expect(await probe.request({ kind: 'http', host: '127.0.0.1', port: HOST_PORT, path: '/', expect: { includes: 'dockgrade stand-in' } })).toMatchObject({
      key: `http:@127.0.0.1:${HOST_PORT}/ expect={"includes":["dockgrade stand-in"]}`,
      outcome: 'ok',
      matched: true,
      detail: `127.0.0.1:${HOST_PORT}`,
    });
  });

  it('exec with expected output: what one container wrote, another reads through the volume', async () => {
    const probe = new LiveProbe(client, '127.0.0.1');
    expect(await probe.request({ kind: 'exec', container: container('reader'), cmd: ['cat', '/root/volume'], expect: { exitCode: 0, includes: 'hello-from-limits' } })).toMatchObject({
      outcome: 'ok',
      matched: true,
    });
    expect(await probe.request({ kind: 'exec', container: container('reader'), cmd: ['cat', '/root/volume'], expect: { includes: 'someone else' } })).toMatchObject({ matched: false });
  });
});
