import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { shellWords } from './docker-args.js';
import { canonicalLink, canonicalMount, canonicalPublish, compareRun, formatBytes, formatRun, parseBytes, parseRun, reconstructRun } from './run-command.js';
import type { Container } from '../model/snapshot-schema.js';

const ubuntu = makeImage(['ubuntu:14.04'], { id: 'sha256:ubuntu1404', config: { ...makeImage([]).config, cmd: ['/bin/bash'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] } });
const mysql = makeImage(['mysql:5.7'], {
  id: 'sha256:mysql57',
  config: { ...makeImage([]).config, cmd: ['mysqld'], entrypoint: ['docker-entrypoint.sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'MYSQL_VERSION=5.7'], volumes: ['/var/lib/mysql'] },
});

/** A container as `docker run -d` of ubuntu:14.04 leaves it, plus overrides. */
function container(overrides: Parameters<typeof makeContainer>[0] = {}): Container {
  const id = 'abcdef012345' + '0'.repeat(52);
  return makeContainer({ id, name: 'c', hostname: 'abcdef012345', image: 'ubuntu:14.04', imageId: 'sha256:ubuntu1404', env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }, cmd: ['/bin/bash'], ...overrides });
}

function learner(c: Container, extra: Container[] = []) {
  return formatRun(reconstructRun(c, makeSnapshot({ containers: [c, ...extra], images: [ubuntu, mysql] })));
}

describe('reconstructRun: every flag the chapter uses', () => {
  const cases: Array<[string, Parameters<typeof makeContainer>[0], string]> = [
    ['-d', {}, 'docker run -d --name c ubuntu:14.04'],
    ['-i -t (attached)', { openStdin: true, tty: true, attachStdin: true, attachStdout: true, attachStderr: true }, 'docker run -i -t --name c ubuntu:14.04'],
    ['-d -i -t', { openStdin: true, tty: true }, 'docker run -d -i -t --name c ubuntu:14.04'],
    ['-p host:container', { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '80' }] } }, 'docker run -d --name c -p 80:80 ubuntu:14.04'],
    ['-p container (random host port)', { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] } }, 'docker run -d --name c -p 80 ubuntu:14.04'],
    ['-p ip:host:container', { portBindings: { '80/tcp': [{ hostIp: '192.168.0.100', hostPort: '7777' }] } }, 'docker run -d --name c -p 192.168.0.100:7777:80 ubuntu:14.04'],
    ['-p ip::container', { portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '' }] } }, 'docker run -d --name c -p 127.0.0.1::80 ubuntu:14.04'],
    ['-p udp, two bindings of one port', { portBindings: { '53/udp': [{ hostIp: '', hostPort: '53' }], '80/tcp': [{ hostIp: '', hostPort: '8080' }, { hostIp: '', hostPort: '8081' }] } }, 'docker run -d --name c -p 53:53/udp -p 8080:80 -p 8081:80 ubuntu:14.04'],
    ['-P', { publishAllPorts: true }, 'docker run -d --name c -P ubuntu:14.04'],
    ['-e (image env left out)', { env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', test: 'myvalue' } }, 'docker run -d --name c -e test=myvalue ubuntu:14.04'],
    ['-e with spaces', { env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', GREETING: 'hello world' } }, "docker run -d --name c -e 'GREETING=hello world' ubuntu:14.04"],
    ['--link', { links: ['/wordpressdb:/c/mysql'] }, 'docker run -d --name c --link wordpressdb:mysql ubuntu:14.04'],
    ['--link without alias', { links: ['/db:/c/db'] }, 'docker run -d --name c --link db ubuntu:14.04'],
    ['-v host bind', { binds: ['/home/wordpress_db:/var/lib/mysql'], mounts: [{ type: 'bind', source: '/home/wordpress_db', destination: '/var/lib/mysql', mode: '', rw: true }] }, 'docker run -d --name c -v /home/wordpress_db:/var/lib/mysql ubuntu:14.04'],
    ['-v named volume', { binds: ['myvolume:/root/'], mounts: [{ type: 'volume', name: 'myvolume', source: '/var/lib/docker/volumes/myvolume/_data', destination: '/root', mode: 'z', rw: true }] }, 'docker run -d --name c -v myvolume:/root/ ubuntu:14.04'],
    ['-v anonymous volume', { mounts: [{ type: 'volume', name: 'f'.repeat(64), source: '/x', destination: '/root', mode: '', rw: true }] }, 'docker run -d --name c -v /root ubuntu:14.04'],
    ['--volumes-from', { volumesFrom: ['volume_overide'] }, 'docker run -d --name c --volumes-from volume_overide ubuntu:14.04'],
    ['--mount volume', { mountSpecs: [{ type: 'volume', source: 'myvolume', target: '/root', readOnly: false }] }, 'docker run -d --name c --mount type=volume,source=myvolume,target=/root ubuntu:14.04'],
    ['--mount bind readonly', { mountSpecs: [{ type: 'bind', source: '/home/wordpress_db', target: '/home/testdir', readOnly: true }] }, 'docker run -d --name c --mount type=bind,source=/home/wordpress_db,target=/home/testdir,readonly ubuntu:14.04'],
    ['--net', { networkMode: 'mybridge', networks: { mybridge: { networkId: 'n', ipAddress: '', gateway: '', aliases: [], dnsNames: [], links: [] } } }, 'docker run -d --name c --net mybridge ubuntu:14.04'],
    ['--net host', { networkMode: 'host', hostname: 'myhost' }, 'docker run -d --name c --net host ubuntu:14.04'],
    ['--net container:', { networkMode: 'container:network_container_1', hostname: 'other' }, 'docker run -d --name c --net container:network_container_1 ubuntu:14.04'],
    ['--net container: kept by id, named', { networkMode: `container:${'ab'.repeat(32)}`, networkContainer: 'network_container_1', hostname: 'other' }, 'docker run -d --name c --net container:network_container_1 ubuntu:14.04'],
    ['--net-alias (short id left out)', { networkMode: 'mybridge', networks: { mybridge: { networkId: 'n', ipAddress: '', gateway: '', aliases: ['alicek106', 'abcdef012345'], dnsNames: [], links: [] } } }, 'docker run -d --name c --net mybridge --net-alias alicek106 ubuntu:14.04'],
    ['--log-driver', { logConfig: { type: 'syslog', config: {} } }, 'docker run -d --name c --log-driver syslog ubuntu:14.04'],
    ['--log-opt', { logConfig: { type: 'json-file', config: { 'max-size': '10k', 'max-file': '3' } } }, 'docker run -d --name c --log-opt max-file=3 --log-opt max-size=10k ubuntu:14.04'],
    ['--memory --memory-swap', { resources: { ...makeContainer().resources, memory: 200 * 1024 ** 2, memorySwap: 500 * 1024 ** 2 } }, 'docker run -d --name c --memory 200m --memory-swap 500m ubuntu:14.04'],
    ['--cpus', { resources: { ...makeContainer().resources, nanoCpus: 500_000_000 } }, 'docker run -d --name c --cpus 0.5 ubuntu:14.04'],
    ['--cpu-shares', { resources: { ...makeContainer().resources, cpuShares: 1024 } }, 'docker run -d --name c --cpu-shares 1024 ubuntu:14.04'],
    ['--cpuset-cpus', { resources: { ...makeContainer().resources, cpusetCpus: '2' } }, 'docker run -d --name c --cpuset-cpus 2 ubuntu:14.04'],
    ['--cpu-period --cpu-quota', { resources: { ...makeContainer().resources, cpuPeriod: 100000, cpuQuota: 25000 } }, 'docker run -d --name c --cpu-period 100000 --cpu-quota 25000 ubuntu:14.04'],
    ['--restart', { restartPolicy: { name: 'always', maximumRetryCount: 0 } }, 'docker run -d --name c --restart always ubuntu:14.04'],
    ['--restart on-failure:N', { restartPolicy: { name: 'on-failure', maximumRetryCount: 3 } }, 'docker run -d --name c --restart on-failure:3 ubuntu:14.04'],
    ['--entrypoint with cmd', { entrypoint: ['echo'], cmd: ['hello'] }, 'docker run -d --name c --entrypoint echo ubuntu:14.04 hello'],
    ['cmd', { cmd: ['echo', 'syslogtest'] }, 'docker run -d --name c ubuntu:14.04 echo syslogtest'],
    ['-h, -w, -u, --rm', { hostname: 'web', workingDir: '/srv', user: 'nobody', autoRemove: true }, 'docker run -d --name c -h web --rm -w /srv -u nobody ubuntu:14.04'],
  ];
  it.each(cases)('%s', (_flag, overrides, expected) => {
    expect(learner(container(overrides))).toBe(expected);
  });

  it('leaves out what the image gives: env, cmd, entrypoint, VOLUME', () => {
    const db = container({
      image: 'mysql:5.7',
      imageId: 'sha256:mysql57',
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', MYSQL_VERSION: '5.7', MYSQL_DATABASE: 'wordpress' },
      cmd: ['mysqld'],
      entrypoint: ['docker-entrypoint.sh'],
      mounts: [{ type: 'volume', name: 'a'.repeat(64), source: '/x', destination: '/var/lib/mysql', mode: '', rw: true }],
    });
    expect(learner(db)).toBe('docker run -d --name c -e MYSQL_DATABASE=wordpress mysql:5.7');
  });

  it('leaves out the volumes --volumes-from brought', () => {
    const source = container({ name: 'src', mounts: [{ type: 'volume', name: 'b'.repeat(64), source: '/x', destination: '/data', mode: '', rw: true }] });
    const c = container({ volumesFrom: ['src'], mounts: [{ type: 'volume', name: 'b'.repeat(64), source: '/x', destination: '/data', mode: '', rw: true }] });
    expect(learner(c, [source])).toBe('docker run -d --name c --volumes-from src ubuntu:14.04');
  });

  it('masks secret-looking env values', () => {
    const text = learner(container({ env: { MYSQL_ROOT_PASSWORD: 'hunter2', API_TOKEN: 'tok-123', MYSQL_DATABASE: 'wordpress' } }));
    expect(text).toBe('docker run -d --name c -e MYSQL_ROOT_PASSWORD=(hidden) -e API_TOKEN=(hidden) -e MYSQL_DATABASE=wordpress ubuntu:14.04');
    expect(text).not.toMatch(/hunter2|tok-123/);
  });
});

describe('parseRun: the book commands', () => {
  it('reads every flag form and normalises it', () => {
    const parsed = parseRun(
      `docker run -dit --name=web -e A=1 --env B=2 -p 80 -p80:80 --publish 192.168.0.100:7777:80 --link db:mysql -v /h:/c --volumes-from x --mount type=volume,src=v,dst=/root --network=mybridge --net-alias alicek106 --log-driver=syslog --log-opt max-size=10k --memory="1g" --memory-swap=500m --cpus=0.5 --cpu-shares 1024 --cpuset-cpus=2 --restart=always -P --entrypoint="echo" --platform linux/amd64 ubuntu:14.04 echo 'hello world'`,
    );
    expect(formatRun(parsed)).toBe(
      "docker run -d -i -t --name web -e A=1 -e B=2 -p 80 -p 80:80 -p 192.168.0.100:7777:80 -P --link db:mysql -v /h:/c --volumes-from x --mount type=volume,source=v,target=/root --net mybridge --net-alias alicek106 --log-driver syslog --log-opt max-size=10k --memory 1g --memory-swap 500m --cpus 0.5 --cpu-shares 1024 --cpuset-cpus 2 --restart always --entrypoint echo ubuntu:14.04 echo 'hello world'",
    );
  });
  it('reads docker create and line continuations', () => {
    expect(formatRun(parseRun('docker create -i -t \\\n  --name mycentos centos:7'))).toBe('docker create -i -t --name mycentos centos:7');
  });
  it('reads flags with the one docker-args parser (parseStep): a value flag joined to booleans, -- before the image', () => {
    expect(formatRun(parseRun('docker container run -itp 8080:80 -- ubuntu:14.04'))).toBe('docker run -i -t -p 8080:80 ubuntu:14.04');
  });
  it('refuses what is not docker run', () => {
    expect(() => parseRun('docker pull centos:7')).toThrow(/not a docker run/);
    expect(() => parseRun('docker run --bogus x ubuntu')).toThrow(/unknown docker run option '--bogus'/);
    expect(() => parseRun('docker run -d')).toThrow(/no image/);
  });
  it('splits shell words', () => {
    expect(shellWords(`a "b c" 'd e' f\\ g "h\\"i"`)).toEqual(['a', 'b c', 'd e', 'f g', 'h"i']);
  });
  it('normalises values', () => {
    expect(canonicalPublish('0.0.0.0:80:80').text).toBe('80:80');
    expect(canonicalPublish('[::1]:80:80/udp').text).toBe('[::1]:80:80/udp');
    expect(canonicalLink('/wordpressdb:/wordpress/mysql')).toBe('wordpressdb:mysql');
    expect(canonicalLink('db')).toBe('db:db');
    expect(canonicalMount('type=bind,source=/a,destination=/b,ro')).toBe('type=bind,source=/a,target=/b,readonly');
    expect([parseBytes('1g'), parseBytes('200m'), parseBytes('-1'), parseBytes('512')]).toEqual([1024 ** 3, 200 * 1024 ** 2, -1, 512]);
    expect([formatBytes(1024 ** 3), formatBytes(1000)]).toEqual(['1g', '1000']);
  });
});

describe('compareRun: the differences, marked', () => {
  const book = parseRun('docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress');
  const wp = makeImage(['wordpress:latest'], { id: 'sha256:wp', config: { ...makeImage([]).config, cmd: ['apache2-foreground'], entrypoint: ['docker-entrypoint.sh'], env: ['PATH=/usr/bin'] } });
  function wordpress(overrides: Parameters<typeof makeContainer>[0]) {
    const c = makeContainer({
      name: 'wordpress',
      image: 'wordpress',
      imageId: 'sha256:wp',
      hostname: '000000000001',
      cmd: ['apache2-foreground'],
      entrypoint: ['docker-entrypoint.sh'],
      env: { PATH: '/usr/bin', WORDPRESS_DB_HOST: 'mysql', WORDPRESS_DB_USER: 'root', WORDPRESS_DB_PASSWORD: 'password' },
      links: ['/wordpressdb:/wordpress/mysql'],
      portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] },
      ...overrides,
    });
    return reconstructRun({ ...c, id: `${c.hostname}${'0'.repeat(52)}` }, makeSnapshot({ images: [wp] }));
  }
  it('finds nothing when the learner typed the book', () => {
    expect(compareRun(wordpress({}), book)).toMatchObject({ missing: [], extra: [] });
  });
  it('shows the missing --link at once', () => {
    const diff = compareRun(wordpress({ links: [] }), book);
    expect(diff.missing).toEqual(['--link wordpressdb:mysql']);
    expect(diff.extra).toEqual([]);
  });
  it('marks another value of a secret without printing either', () => {
    const diff = compareRun(wordpress({ env: { PATH: '/usr/bin', WORDPRESS_DB_HOST: 'mysql', WORDPRESS_DB_USER: 'root', WORDPRESS_DB_PASSWORD: 'hunter2' } }), book);
    expect(diff.missing).toEqual(['-e WORDPRESS_DB_PASSWORD=(hidden)']);
    expect(diff.extra).toEqual(['-e WORDPRESS_DB_PASSWORD=(hidden) (differs)']);
    expect(JSON.stringify(diff)).not.toMatch(/hunter2|=password/);
  });
  it("shows the learner's env in the book's order (the engine keeps its own)", () => {
    const diff = compareRun(wordpress({ env: { PATH: '/usr/bin', WORDPRESS_DB_PASSWORD: 'password', WORDPRESS_DB_USER: 'root', EXTRA: '1', WORDPRESS_DB_HOST: 'mysql' } }), book);
    expect(diff.learner).toBe('docker run -d --name wordpress -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=(hidden) -e EXTRA=1 -p 80 --link wordpressdb:mysql wordpress');
  });
  it('ignores the engine-given name of a container the book leaves unnamed', () => {
    const diff = compareRun(reconstructRun(container({ name: 'angry_morse', openStdin: true, tty: true, attachStdin: true, attachStdout: true, attachStderr: true }), makeSnapshot({ images: [ubuntu] })), parseRun('docker run -i -t ubuntu:14.04'));
    expect(diff).toMatchObject({ missing: [], extra: [] });
  });
  it('names another port and a wrong alias', () => {
    const diff = compareRun(wordpress({ links: ['/wordpressdb:/wordpress/db'], portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] } }), book);
    expect(diff.missing).toEqual(['-p 80', '--link wordpressdb:mysql']);
    expect(diff.extra).toEqual(['-p 8080:80', '--link wordpressdb:db']);
  });
});
