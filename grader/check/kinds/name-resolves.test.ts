import { z } from 'zod';
import { makeAttachment, makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { defineExercise } from '../define.js';
import { gradeExercise } from '../run.js';
import { named } from '../targets.js';
import { msg } from '../../core/i18n.js';
import type { Container, ProbeRecord } from '../../model/snapshot-schema.js';
import { isReadOnlyCommand, probeKey, ReplayProbe } from '../../probe/probe.js';
import { isOwnProbeCommand } from './exec-probe.js';
import { lookupCommands, nameResolves, nameResolvesKind, resolvedAddresses } from './name-resolves.js';

const ping = named('network_alias_ping', { create: (n) => `docker run -i -t --name ${n.name('network_alias_ping')} --net ${n.name('mybridge')} ubuntu:14.04` });
const on = (network: string, ip: string, aliases: string[] = []) => ({ [network]: makeAttachment({ networkId: 'n1', ipAddress: ip, aliases }) });
const holder = (name: string, ip: string, network = 'alice-mybridge') => makeContainer({ name, networks: on(network, ip, ['alicek106', name.slice(-12)]) });
const pinger = (network = 'alice-mybridge') => makeContainer({ name: 'alice-network_alias_ping', networks: on(network, '172.18.0.5') });
const GETENT = ['getent', 'hosts', 'alicek106'];
const NSLOOKUP = ['nslookup', 'alicek106'];

type Answer = Partial<ProbeRecord> & Pick<ProbeRecord, 'outcome'>;
async function grade(containers: Container[], answers: Array<[string[], Answer]>, prefix = 'alice') {
  const probing = containers.find((c) => c.name.endsWith('network_alias_ping'))!;
  const probe = new ReplayProbe(answers.map(([cmd, a]) => ({ key: probeKey('exec', probing, JSON.stringify(cmd)), kind: 'exec' as const, takenAt: '2026-01-01T00:00:00Z', code: a.outcome === 'ok' ? 0 : 1, output: '', detail: '', ...a })));
  const exercise = defineExercise({ id: '9.9/probe', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: ['x'], checks: [nameResolves(ping, 'alicek106', 'mybridge')], solution: () => [], mutations: [] });
  return (await gradeExercise(exercise, makeSnapshot({ containers }), { probe, prefix })).checks[0];
}
const three = [holder('alice-network_alias_container1', '172.18.0.2'), holder('alice-network_alias_container2', '172.18.0.3'), holder('alice-network_alias_container3', '172.18.0.4')];
const nslookupSays = (...ips: string[]) => `Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n${ips.map((ip) => `Name:\talicek106\nAddress: ${ip}\n`).join('')}`;

describe('kind name-resolves', () => {
  it('runs only read-only lookups, counted as its own probes', () => {
    nameResolves(ping, 'alicek106', 'mybridge');
    for (const cmd of lookupCommands('alicek106')) expect([cmd, isReadOnlyCommand(cmd), isOwnProbeCommand(cmd.join(' '))]).toEqual([cmd, true, true]);
    expect(resolvedAddresses(nslookupSays('172.18.0.2', '172.18.0.3'))).toEqual(['172.18.0.2', '172.18.0.3']);
  });

  it('passes when getent resolves the name to a container with the alias on the network (prefixed), naming it', async () => {
    const r = await grade([...three, pinger()], [[GETENT, { outcome: 'ok', output: '172.18.0.3      alicek106\n' }]]);
    expect([r.status, r.message.en, r.message.ko]).toEqual(['pass', 'inside alice-network_alias_ping, alicek106 resolves to 172.18.0.3 (alice-network_alias_container2)', 'alice-network_alias_ping 안에서 alicek106이 172.18.0.3(alice-network_alias_container2)로 풀립니다']);
    expect(r.expected).toBe('alicek106 → 172.18.0.2 | 172.18.0.3 | 172.18.0.4');
  });

  it('falls back to nslookup where the image has no getent (busybox)', async () => {
    const r = await grade([...three, pinger()], [
      [GETENT, { outcome: 'unavailable', code: 127, detail: 'getent is not available in the container' }],
      [NSLOOKUP, { outcome: 'ok', output: nslookupSays('172.18.0.4', '172.18.0.2') }],
    ]);
    expect([r.status, r.actual]).toEqual(['pass', 'alicek106 → 172.18.0.4, 172.18.0.2']);
  });

  it('fails with why: off the network, every holder stopped, none at all, another address; in both languages', async () => {
    const unresolved: Array<[string[], Answer]> = [[GETENT, { outcome: 'failed', code: 2, output: '' }]];
    const off = await grade([...three, pinger('bridge')], unresolved);
    expect([off.status, off.actual, off.message.en]).toEqual(['fail', 'alicek106 → (none)', 'inside alice-network_alias_ping, alicek106 does not resolve to a container with that alias: it does not resolve']);
    expect(off.message.ko).toBe('alice-network_alias_ping 안에서 alicek106 이름이 별명을 가진 컨테이너로 풀리지 않습니다: 풀리지 않습니다');
    expect(off.hint?.en).toBe('recreate it on network alice-mybridge:\n1. docker rm -f alice-network_alias_ping\n2. docker run -i -t --name alice-network_alias_ping --net alice-mybridge ubuntu:14.04');
    const stopped = three.map((c) => ({ ...c, networks: on('alice-mybridge', '', ['alicek106']) }));
    expect((await grade([...stopped, pinger()], unresolved)).expected).toBe('alicek106 → alice-network_alias_container1 | alice-network_alias_container2 | alice-network_alias_container3');
    expect((await grade([...stopped, pinger()], unresolved)).hint?.en).toBe('every container with the alias is stopped; start them: docker start alice-network_alias_container1 alice-network_alias_container2 alice-network_alias_container3');
    const none = await grade([pinger()], unresolved);
    expect([none.expected, none.hint?.ko]).toEqual(['alicek106 → --net-alias alicek106', 'alice-mybridge 네트워크에 --net-alias alicek106을 가진 컨테이너가 없습니다: docker run -i -t -d --net alice-mybridge --net-alias alicek106 ubuntu:14.04']);
    // the alias on another learner's network is not this learner's
    expect((await grade([holder('bob-network_alias_container1', '172.19.0.2', 'bob-mybridge'), pinger()], [[GETENT, { outcome: 'ok', output: '172.19.0.2 alicek106\n' }]])).status).toBe('fail');
    const elsewhere = await grade([...three, pinger()], [[GETENT, { outcome: 'ok', output: '10.0.0.9 alicek106\n' }]]);
    expect([elsewhere.status, elsewhere.message.en]).toEqual(['fail', 'inside alice-network_alias_ping, alicek106 does not resolve to a container with that alias: it resolves to 10.0.0.9']);
  });

  it('is skip when the container is not running or neither tool is there', async () => {
    expect((await grade([...three, pinger()], [[GETENT, { outcome: 'unavailable', detail: 'container is not running' }]])).status).toBe('skip');
    const neither = await grade([...three, pinger()], [
      [GETENT, { outcome: 'unavailable', detail: 'getent is not available in the container' }],
      [NSLOOKUP, { outcome: 'unavailable', detail: 'nslookup is not available in the container' }],
    ]);
    expect(neither.status).toBe('skip');
  });

  it('takes a DNS name and a network in an exercise file, nothing else', () => {
    const params = (p: unknown) => nameResolvesKind.params(z).safeParse(p).success;
    expect(params({ name: 'alicek106', network: 'mybridge' })).toBe(true);
    for (const bad of [{ name: '-type=any', network: 'mybridge' }, { name: 'a b', network: 'mybridge' }, { name: 'alicek106' }, { name: 'alicek106', network: 'mybridge', server: '8.8.8.8' }]) expect([bad, params(bad)]).toEqual([bad, false]);
  });
});
