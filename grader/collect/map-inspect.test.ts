import { readFileSync } from 'node:fs';
import { ContainerSchema, ImageSchema, NetworkSchema, SnapshotEngineSchema, VolumeSchema } from '../model/snapshot-schema.js';
import { engineIdentity } from '../model/snapshot-links.js';
import { mapContainer, mapEngine, mapHistory, mapImage, mapNetwork, mapVolume, parseEnv, shortReference } from './map-inspect.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/inspect/${name}`, import.meta.url), 'utf8'));

describe('mapContainer on recorded inspect output', () => {
  // Recorded from: docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_PASSWORD=password --name dgrec-wp
  //   --link dgrec-db:mysql -p 80 -p 127.0.0.1:7777:8080 -v /tmp:/host-tmp:ro --memory 200m --cpus 0.5
  //   --restart=always --log-opt max-size=10k wordpress; docker network connect --alias alicek106 dgrec-net dgrec-wp
  const container = mapContainer(load('container-wordpress.json'));

  it('validates against the snapshot schema', () => {
    expect(ContainerSchema.safeParse(container).success).toBe(true);
  });

  it('maps names, image, state and flags', () => {
    expect(container.name).toBe('dgrec-wp');
    expect(container.image).toBe('wordpress');
    expect(container.state.status).toBe('running');
    expect(container.state.running).toBe(true);
    expect(container.tty).toBe(false);
    expect(container.attachStdout).toBe(false);
    expect(container.env.WORDPRESS_DB_HOST).toBe('mysql');
  });

  it('keeps configured and published bindings apart', () => {
    expect(container.portBindings['80/tcp']).toEqual([{ hostIp: '', hostPort: '' }]);
    expect(container.portBindings['8080/tcp']).toEqual([{ hostIp: '127.0.0.1', hostPort: '7777' }]);
    expect(Number(container.ports['80/tcp'][0].hostPort)).toBeGreaterThan(0);
  });

  it('maps links, binds, networks with aliases, limits, restart and log config', () => {
    expect(container.links).toEqual(['/dgrec-db:/dgrec-wp/mysql']);
    expect(container.binds).toEqual(['/tmp:/host-tmp:ro']);
    expect(container.mounts[0]).toMatchObject({ type: 'bind', source: '/tmp', destination: '/host-tmp', rw: false });
    expect(container.networks['dgrec-net'].aliases).toContain('alicek106');
    expect(container.resources.memory).toBe(200 * 1024 * 1024);
    expect(container.resources.nanoCpus).toBe(500_000_000);
    expect(container.restartPolicy.name).toBe('always');
    expect(container.logConfig).toEqual({ type: 'json-file', config: { 'max-size': '10k' } });
  });

  it('survives a sparse or odd inspect document', () => {
    const odd = mapContainer({ Id: 'x', Name: '/odd', State: { Status: 'weird' }, Config: { Env: ['A=1=2', 'B'] } });
    expect(ContainerSchema.safeParse(odd).success).toBe(true);
    expect(odd.state.status).toBe('exited');
    expect(odd.env).toEqual({ A: '1=2', B: '' });
  });
});

describe('mapImage', () => {
  it('maps tags, labels, config and layers of a stand-in image', () => {
    const image = mapImage(load('image-centos7.json'));
    expect(ImageSchema.safeParse(image).success).toBe(true);
    expect(image.tags).toContain('centos:7');
    expect(image.labels['dockgrade.stand-in']).toBe('true');
    expect(image.config.cmd).toEqual(['/bin/bash']);
    expect(image.layers).toBe(1);
  });
});

describe('mapHistory', () => {
  // GET /images/{id}/history of `docker build --label dockgrade.solve=2.3.2/dangling --label dockgrade.prefix=p- -t …` (legacy builder, newest first)
  const step = (createdBy: string, created = 1_700_000_000) => ({ Created: created, CreatedBy: createdBy, Size: 0, Comment: '' });
  const built = [
    step('/bin/sh -c #(nop)  LABEL dockgrade.solve=2.3.2/dangling'),
    step('/bin/sh -c #(nop)  LABEL dockgrade.prefix=p-'),
    step('/bin/sh -c echo second > /build'),
    step('/bin/sh -c #(nop)  LABEL purpose=dangling dockgrade.prefix=p-'),
    step('/bin/sh -c #(nop) ADD file:abc in / ', 1_600_000_000),
  ];

  it("leaves out the label steps solve's --label adds on top, oldest step first", () => {
    expect(mapHistory(built).map((s) => s.createdBy)).toEqual([
      '/bin/sh -c #(nop) ADD file:abc in / ',
      '/bin/sh -c #(nop)  LABEL purpose=dangling dockgrade.prefix=p-',
      '/bin/sh -c echo second > /build',
    ]);
  });

  it('leaves them out after a SHELL line too: the builder writes them with that shell', () => {
    const shelled = [step('/usr/local/bin/node #(nop)  LABEL dockgrade.prefix=p-'), step('/bin/bash -c #(nop)  LABEL dockgrade.solve=2.4.4/shell'), step('/usr/local/bin/node -v'), step('/bin/sh -c #(nop)  SHELL [/usr/local/bin/node]')];
    expect(mapHistory(shelled).map((s) => s.createdBy)).toEqual(['/bin/sh -c #(nop)  SHELL [/usr/local/bin/node]', '/usr/local/bin/node -v']);
  });

  it("keeps the learner's own steps: a dockgrade label below another step, or among other labels, stays", () => {
    const own = [step('/bin/sh -c echo last'), step('/bin/sh -c #(nop)  LABEL dockgrade.solve=x'), step('/bin/sh -c #(nop)  LABEL a=b dockgrade.prefix=p-')];
    expect(mapHistory(own)).toHaveLength(3);
    expect(mapHistory(built.slice(2)).map((s) => s.createdBy)).toHaveLength(3);
  });
});

describe('helpers', () => {
  it('parses env entries at the first =', () => {
    expect(parseEnv(['X=a=b', 'Y=', 'Z'])).toEqual({ X: 'a=b', Y: '', Z: '' });
  });
  it('shortens docker.io references', () => {
    expect(shortReference('docker.io/library/ubuntu:14.04')).toBe('ubuntu:14.04');
    expect(shortReference('docker.io/alicek106/stress:latest')).toBe('alicek106/stress:latest');
  });
});

describe('snapshot version 2: what the rest of chapter 2 observes', () => {
  const container = mapContainer({
    Id: 'c1',
    Name: '/limits',
    RestartCount: 2,
    State: { Status: 'running', Running: true, OOMKilled: true, Health: { Status: 'unhealthy', FailingStreak: 3 } },
    Config: { Image: 'nginx', StopSignal: 'SIGQUIT', Healthcheck: { Test: ['CMD-SHELL', 'curl -f localhost'], Interval: 1e9, Timeout: 2e9, StartPeriod: 0, Retries: 3 } },
    HostConfig: {
      Memory: 1073741824,
      MemorySwap: 524288000,
      MemoryReservation: 1000,
      MemorySwappiness: 10,
      CpuShares: 512,
      CpusetCpus: '1',
      CpusetMems: '0',
      CpuPeriod: 100000,
      CpuQuota: 25000,
      NanoCpus: 0,
      BlkioWeight: 300,
      BlkioWeightDevice: [{ Path: '/dev/sda', Weight: 200 }],
      BlkioDeviceReadBps: [{ Path: '/dev/sda', Rate: 1048576 }],
      BlkioDeviceWriteBps: [{ Path: '/dev/xvda', Rate: 1048576 }],
      BlkioDeviceReadIOps: [{ Path: '/dev/sda', Rate: 10 }],
      BlkioDeviceWriteIOps: [{ Path: '/dev/sda', Rate: 5 }],
      Devices: [{ PathOnHost: '/dev/snd', PathInContainer: '/dev/snd', CgroupPermissions: 'rwm' }],
      PidsLimit: 100,
      OomKillDisable: true,
      Privileged: true,
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 5 },
      Mounts: [{ Type: 'bind', Source: '/home/wordpress_db', Target: '/home/testdir', ReadOnly: true, BindOptions: { Propagation: 'rshared' } }],
      VolumesFrom: ['volume_overide:ro'],
      NetworkMode: 'mybridge',
      LogConfig: { Type: 'syslog', Config: { tag: 'x' } },
    },
    NetworkSettings: { Networks: { mybridge: { NetworkID: 'n1', IPAddress: '172.72.0.5', IPAMConfig: { IPv4Address: '172.72.0.5' }, MacAddress: '02:42:ac:48:00:05', Aliases: ['alicek106'], DNSNames: ['limits', 'alicek106'] } } },
    Mounts: [{ Type: 'bind', Source: '/home/wordpress_db', Destination: '/home/testdir', Mode: '', RW: false, Propagation: 'rshared' }],
  });

  it('validates, and maps every resource limit and device', () => {
    expect(ContainerSchema.safeParse(container).success).toBe(true);
    expect(container.resources).toEqual({
      memory: 1073741824,
      memorySwap: 524288000,
      memoryReservation: 1000,
      memorySwappiness: 10,
      nanoCpus: 0,
      cpuShares: 512,
      cpusetCpus: '1',
      cpusetMems: '0',
      cpuPeriod: 100000,
      cpuQuota: 25000,
      blkioWeight: 300,
      blkioWeightDevice: [{ path: '/dev/sda', weight: 200 }],
      blkioDeviceReadBps: [{ path: '/dev/sda', rate: 1048576 }],
      blkioDeviceWriteBps: [{ path: '/dev/xvda', rate: 1048576 }],
      blkioDeviceReadIOps: [{ path: '/dev/sda', rate: 10 }],
      blkioDeviceWriteIOps: [{ path: '/dev/sda', rate: 5 }],
      devices: [{ pathOnHost: '/dev/snd', pathInContainer: '/dev/snd', cgroupPermissions: 'rwm' }],
      pidsLimit: 100,
      oomKillDisable: true,
    });
  });

  it('maps health, OOM, restarts, healthcheck, stop signal, mounts with propagation, network addresses', () => {
    expect(container.state).toMatchObject({ health: 'unhealthy', healthFailingStreak: 3, oomKilled: true });
    expect([container.restartCount, container.restartPolicy, container.privileged, container.stopSignal]).toEqual([2, { name: 'on-failure', maximumRetryCount: 5 }, true, 'SIGQUIT']);
    expect(container.healthcheck).toEqual({ test: ['CMD-SHELL', 'curl -f localhost'], interval: 1e9, timeout: 2e9, startPeriod: 0, retries: 3 });
    expect(container.mounts).toEqual([{ type: 'bind', source: '/home/wordpress_db', destination: '/home/testdir', mode: '', rw: false, propagation: 'rshared' }]);
    expect(container.mountSpecs).toEqual([{ type: 'bind', source: '/home/wordpress_db', target: '/home/testdir', readOnly: true, propagation: 'rshared' }]);
    expect([container.volumesFrom, container.networkMode, container.logConfig]).toEqual([['volume_overide:ro'], 'mybridge', { type: 'syslog', config: { tag: 'x' } }]);
    expect(container.networks.mybridge).toMatchObject({ ipAddress: '172.72.0.5', ipv4Address: '172.72.0.5', macAddress: '02:42:ac:48:00:05', aliases: ['alicek106'], dnsNames: ['limits', 'alicek106'] });
  });

  it('a container without limits or healthcheck maps to "not set"', () => {
    const plain = mapContainer({ Id: 'x', Name: '/plain', HostConfig: { PidsLimit: null, MemorySwappiness: null } });
    expect(plain.resources).toMatchObject({ memory: 0, memorySwappiness: null, pidsLimit: null, devices: [], blkioWeightDevice: [] });
    expect([plain.healthcheck, plain.state.oomKilled, plain.restartCount]).toEqual([null, false, 0]);
  });

  it("maps an image's history oldest first, its shell, healthcheck timing, parent and platform; dangling without tags", () => {
    const image = mapImage(
      {
        Id: 'sha256:c',
        RepoTags: [],
        Parent: 'sha256:p',
        Architecture: 'amd64',
        Os: 'linux',
        Author: 'alicek106',
        Comment: 'my first commit',
        Config: { Shell: ['/bin/bash', '-c'], Healthcheck: { Test: ['CMD', 'true'], Interval: 5e9, Retries: 2 }, OnBuild: ['RUN echo onbuild'], StopSignal: 'SIGKILL' },
        RootFS: { Layers: ['a', 'b', 'c'] },
      },
      [
        { Created: 1_767_225_660, CreatedBy: 'bash', Size: 20, Comment: 'my first commit' },
        { Created: 1_767_225_600, CreatedBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', Size: 0, Comment: '' },
      ],
    );
    expect(ImageSchema.safeParse(image).success).toBe(true);
    expect(image.history).toEqual([
      { created: '2026-01-01T00:00:00.000Z', createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', size: 0, comment: '' },
      { created: '2026-01-01T00:01:00.000Z', createdBy: 'bash', size: 20, comment: 'my first commit' },
    ]);
    expect([image.dangling, image.parent, image.architecture, image.os, image.layers]).toEqual([true, 'sha256:p', 'amd64', 'linux', 3]);
    // the layers themselves, oldest first, so a commit can be compared with the image it was made from
    expect(image.layerIds).toEqual(['a', 'b', 'c']);
    expect(mapImage({ Id: 'sha256:d', RepoTags: ['a:1'] }).layerIds).toEqual([]);
    expect(image.config).toMatchObject({ shell: ['/bin/bash', '-c'], healthcheck: { test: ['CMD', 'true'], interval: 5e9, timeout: 0, startPeriod: 0, retries: 2 }, onBuild: ['RUN echo onbuild'], stopSignal: 'SIGKILL' });
    expect(mapImage({ Id: 'sha256:d', RepoTags: ['a:1'] }).history).toEqual([]);
    expect(mapImage({ Id: 'sha256:d', RepoTags: ['a:1'] }).dangling).toBe(false);
  });

  it('maps a network (IPAM, macvlan parent, its containers) and a volume (anonymous, its users)', () => {
    const network = mapNetwork(
      { Id: 'n1', Name: 'my_custom_network', Driver: 'macvlan', Created: '2026-01-01T00:00:00Z', EnableIPv6: false, IPAM: { Driver: 'default', Config: [{ Subnet: '172.72.0.0/16', IPRange: '172.72.0.0/24', Gateway: '172.72.0.1' }] }, Options: { parent: 'eth0' } },
      ['a', 'b'],
    );
    expect(NetworkSchema.safeParse(network).success).toBe(true);
    expect(network).toMatchObject({ driver: 'macvlan', options: { parent: 'eth0' }, containers: ['a', 'b'], ipam: { config: [{ subnet: '172.72.0.0/16', ipRange: '172.72.0.0/24', gateway: '172.72.0.1' }] } });
    const anonymous = mapVolume({ Name: 'f'.repeat(64), Driver: 'local', CreatedAt: '2026-01-01T00:00:00Z' }, ['volume_auto']);
    expect(VolumeSchema.safeParse(anonymous).success).toBe(true);
    expect(anonymous).toMatchObject({ anonymous: true, usedBy: ['volume_auto'], createdAt: '2026-01-01T00:00:00Z' });
    expect(mapVolume({ Name: 'myvolume', Labels: null }).anonymous).toBe(false);
    expect(mapVolume({ Name: 'x', Labels: { 'com.docker.volume.anonymous': '' } }).anonymous).toBe(true);
  });

  it("maps the engine's host facts, and the result keeps only its identity", () => {
    const engine = mapEngine(
      { ID: 'E', NCPU: 2, MemTotal: 25276157952, LoggingDriver: 'json-file', SecurityOptions: ['name=seccomp,profile=default'], CgroupVersion: '2', CgroupDriver: 'systemd', MemoryLimit: true, SwapLimit: false, CpuCfsPeriod: true, CpuCfsQuota: true, CPUShares: true, CPUSet: true, PidsLimit: true },
      { Version: '20.10', ApiVersion: '1.41' },
      'unix:///var/run/docker.sock',
    );
    expect(SnapshotEngineSchema.safeParse(engine).success).toBe(true);
    expect(engine).toMatchObject({ ncpu: 2, memTotal: 25276157952, loggingDriver: 'json-file', securityOptions: ['name=seccomp,profile=default'], cgroupVersion: '2', limits: { memory: true, swap: false, cpuSet: true } });
    expect(Object.keys(engineIdentity(engine))).toEqual(['id', 'name', 'serverVersion', 'apiVersion', 'os', 'osType', 'arch', 'kernelVersion', 'endpoint']);
  });
});
