/** `--prefix` applies everywhere a check looks: names, aliases, links, networks, volumes, unnamed targets. */
import { makeContainer, makeEvent, makeNetwork, makeSnapshot, makeVolume } from '../../fixtures/snapshot-factory.js';
import { msg } from '../core/i18n.js';
import type { Network, Snapshot, Volume } from '../model/snapshot-schema.js';
import { defineExercise } from './define.js';
import { makeNames, prefixed, PREFIX_PATTERN } from './names.js';
import { gradeExercise, visibleContainers } from './run.js';
import type { CheckSpec } from './types.js';
import { containerAbsent, exists, link, matching, named, networkExists, repositoryOf, running, tty, volumeExists } from './kinds/index.js';

const wordpress = named('wordpress', { create: (n) => `docker run -d --name ${n.name('wordpress')} --link ${n.name('wordpressdb')}:mysql wordpress` });
const mycentos = named('mycentos', { aliases: ['kmsCentos'], create: (n) => `docker create -i -t --name ${n.name('mycentos')} centos:7` });

async function check(spec: CheckSpec, snapshot: Snapshot, prefix: string) {
  const exercise = defineExercise({ id: '9.9/prefix', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: [], checks: [spec], solution: () => [], mutations: [] });
  return (await gradeExercise(exercise, snapshot, { prefix })).checks[0];
}

function network(name: string): Network {
  return makeNetwork(name, { id: `id-${name}` });
}
function volume(name: string): Volume {
  return makeVolume(name);
}

describe('prefixed names', () => {
  it('joins with a dash unless the prefix already ends in a separator', () => {
    expect(prefixed('alice', 'wordpressdb')).toBe('alice-wordpressdb');
    expect(prefixed('dgt-jr-1-', 'web')).toBe('dgt-jr-1-web');
    expect(prefixed('bob_', 'web')).toBe('bob_web');
    expect(prefixed('', 'web')).toBe('web');
    expect(makeNames('alice').nameFlag('x')).toEqual(['--name', 'alice-x']);
    expect(makeNames('').nameFlag('x')).toEqual([]);
  });
  it('accepts what Docker accepts at the start of a name', () => {
    expect(PREFIX_PATTERN.test('alice')).toBe(true);
    expect(PREFIX_PATTERN.test('')).toBe(true);
    expect(PREFIX_PATTERN.test('-alice')).toBe(false);
    expect(PREFIX_PATTERN.test('al ice')).toBe(false);
    expect(PREFIX_PATTERN.test('a/b')).toBe(false);
  });
});

describe('--prefix alice', () => {
  const mine = makeContainer({ name: 'alice-mycentos' });
  const bobs = makeContainer({ name: 'bob-mycentos', state: { running: false, status: 'exited' } });
  const bare = makeContainer({ name: 'mycentos' });

  it('sees only the containers named with the prefix', () => {
    expect(visibleContainers(makeSnapshot({ containers: [mine, bobs, bare] }), 'alice').map((c) => c.name)).toEqual(['alice-mycentos']);
    expect(visibleContainers(makeSnapshot({ containers: [mine, bobs, bare] }), '')).toHaveLength(3);
  });

  it('finds alice-mycentos and ignores the unprefixed mycentos', async () => {
    expect((await check(exists(mycentos), makeSnapshot({ containers: [mine, bare] }), 'alice')).status).toBe('pass');
    const onlyBare = await check(exists(mycentos), makeSnapshot({ containers: [bare, bobs] }), 'alice');
    expect(onlyBare.status).toBe('fail');
    expect(onlyBare.hint?.en).toContain('docker create -i -t --name alice-mycentos centos:7');
  });

  it("does not grade bob's stopped container as alice's", async () => {
    expect((await check(running(mycentos), makeSnapshot({ containers: [bobs, mine] }), 'alice')).status).toBe('pass');
    expect((await check(running(mycentos), makeSnapshot({ containers: [bobs] }), 'bob')).status).toBe('fail');
  });

  it('applies the prefix to known other names (alice-kmsCentos)', async () => {
    const r = await check(exists(mycentos), makeSnapshot({ containers: [makeContainer({ name: 'alice-kmsCentos' })] }), 'alice');
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toContain('docker rename alice-kmsCentos alice-mycentos');
  });

  it('wants the link to alice-wordpressdb under the alias mysql', async () => {
    const linked = (target: string) => makeContainer({ name: 'alice-wordpress', image: 'wordpress:latest', links: [`/${target}:/alice-wordpress/mysql`] });
    const good = await check(link(wordpress, 'wordpressdb', 'mysql'), makeSnapshot({ containers: [linked('alice-wordpressdb')] }), 'alice');
    expect(good.status).toBe('pass');
    expect(good.expected).toBe('--link alice-wordpressdb:mysql');
    const unprefixed = await check(link(wordpress, 'wordpressdb', 'mysql'), makeSnapshot({ containers: [linked('wordpressdb')] }), 'alice');
    expect(unprefixed.status).toBe('fail');
    expect(unprefixed.hint?.en).toContain('--link alice-wordpressdb:mysql');
  });

  it('looks for alice-mynetwork and alice-myvolume', async () => {
    const snapshot = { ...makeSnapshot(), networks: [network('mynetwork'), network('alice-mynetwork')], volumes: [volume('myvolume')] };
    expect((await check(networkExists('mynetwork'), snapshot, 'alice')).status).toBe('pass');
    expect((await check(networkExists('mynetwork'), { ...snapshot, networks: [network('mynetwork')] }, 'alice')).status).toBe('fail');
    const vol = await check(volumeExists('myvolume'), snapshot, 'alice');
    expect(vol.status).toBe('fail');
    expect(vol.expected).toBe('alice-myvolume');
    expect(vol.hint?.en).toBe('create it: docker volume create --name alice-myvolume');
    expect((await check(volumeExists('myvolume'), { ...snapshot, volumes: [volume('alice-myvolume')] }, 'alice')).status).toBe('pass');
    expect((await check(volumeExists('myvolume'), snapshot, '')).status).toBe('pass');
  });

  it('names a near-miss network', async () => {
    const r = await check(networkExists('mybridge'), { ...makeSnapshot(), networks: [network('alice-mybrige')] }, 'alice');
    expect(r.message.en).toBe('no network alice-mybridge; did you mean alice-mybrige?');
  });

  it('checks that alice-mycentos is gone, not mycentos', async () => {
    // gone counts when the engine saw alice-mycentos removed; another learner's mycentos removed is no evidence
    const removal = (name: string) => makeEvent({ action: 'destroy', name, id: `gone-${name}` });
    expect((await check(containerAbsent('mycentos'), makeSnapshot({ containers: [bare], events: [removal('alice-mycentos')] }), 'alice')).status).toBe('pass');
    expect((await check(containerAbsent('mycentos'), makeSnapshot({ containers: [], events: [removal('mycentos')] }), 'alice')).status).toBe('skip');
    const r = await check(containerAbsent('mycentos'), makeSnapshot({ containers: [mine] }), 'alice');
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toContain('1. docker stop alice-mycentos\n2. docker rm alice-mycentos');
  });

  it('picks an unnamed target only among prefixed containers', async () => {
    const ubuntu = matching((c) => repositoryOf(c.image) === 'ubuntu', { describe: msg('u', 'an ubuntu container'), create: (n) => ['docker run -i -t', ...n.nameFlag('run-ubuntu'), 'ubuntu:14.04'].join(' ') });
    const withTty = makeContainer({ name: 'other', tty: true });
    const mineNoTty = makeContainer({ name: 'alice-x', tty: false });
    expect((await check(tty(ubuntu), makeSnapshot({ containers: [withTty, mineNoTty] }), 'alice')).status).toBe('fail');
    const none = await check(tty(ubuntu), makeSnapshot({ containers: [withTty] }), 'alice');
    expect(none.hint?.en).toContain('docker run -i -t --name alice-run-ubuntu ubuntu:14.04');
  });

  it('puts the prefix into every static explanation', () => {
    const n = makeNames('alice');
    expect(link(wordpress, 'wordpressdb', 'mysql').explain?.(n).en).toContain('--link alice-wordpressdb:mysql');
    expect(exists(mycentos).explain?.(n).en).toContain('alice-mycentos');
    expect(networkExists('net').explain?.(n).en).toContain('docker network create alice-net');
    expect(containerAbsent('mycentos').explain?.(n).ko).toContain('docker rm alice-mycentos');
  });
});
