/**
 * Probe kind `name-resolves`: from inside a running container, a name resolves (Docker's embedded DNS
 * on a user-defined network) to the address of a container that carries it as a network alias
 * (`--net-alias alicek106`) on that network: what the book's `ping -c 1 alicek106` shows, asked with a
 * read-only lookup instead (`getent hosts NAME`, which ubuntu:14.04 has; `nslookup NAME` where an image
 * has no getent, as busybox-based ones). Which addresses count is read from the snapshot: the
 * containers attached to the network (under the learner's prefix) with the name among their aliases.
 */
import { msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import type { Container, ProbeRecord } from '../../model/snapshot-schema.js';
import type { CheckContext, ContainerTarget, Names, ProbeCheck } from '../types.js';
import { fail, pass, probeCheck, recreate, unavailable, type CheckOptions } from './check-builder.js';
import { ownProbeCommand } from './exec-probe.js';
import { defineKind } from './kind.js';

/** A DNS name a lookup may be asked for (no options, no server). */
export const LOOKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** The lookups tried in turn: the first whose tool the image has answers. */
export function lookupCommands(name: string): string[][] {
  return [
    ['getent', 'hosts', name],
    ['nslookup', name],
  ];
}

/** The IPv4 addresses a lookup printed, without loopback ones (the embedded DNS server's own 127.0.0.11). */
export function resolvedAddresses(output: string): string[] {
  const found = output.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? [];
  return [...new Set(found.filter((ip) => !ip.startsWith('127.')))];
}

/** The containers on `network` that carry `name` as an alias, with their address there ('' when stopped). */
export function aliasHolders(containers: readonly Container[], network: string, name: string): Array<{ name: string; ip: string }> {
  return containers
    .filter((c) => c.networks[network]?.aliases.includes(name))
    .map((c) => ({ name: c.name, ip: c.networks[network].ipAddress }));
}

/** From inside `target`, `name` resolves to a container on the book's `network` that has it as an alias. */
export function nameResolves(target: ContainerTarget, name: string, network: string, options: CheckOptions = {}): ProbeCheck {
  const commands = lookupCommands(name);
  commands.forEach(ownProbeCommand);
  const explain = (n: Names) => {
    const who = target.name ? n.name(target.name) : '<name>';
    const look = `docker exec ${who} getent hosts ${name}`;
    const fallback = `docker exec ${who} nslookup ${name}`;
    return msg(
      `${who} 컨테이너 안에서 ${josa(name, '이/가')} ${n.name(network)} 네트워크에서 ${name} 별명을 가진 컨테이너의 IP로 풀려야 합니다 (읽기 전용 명령으로 확인: ${look} 또는 ${fallback}. 책에서는 ping -c 1 ${name})`,
      `inside ${who}, ${name} resolves to the address of a container with the alias ${name} on network ${n.name(network)} (checked read-only: ${look} (where the image has no getent: ${fallback}), the book pings it: ping -c 1 ${name})`,
    );
  };
  return probeCheck({ id: `resolves-${name}`, title: msg(`컨테이너 안에서 ${name} 이름 풀기`, `${name} resolves inside the container`), explain }, target, options, async (c: Container, ctx: CheckContext) => {
    let record: ProbeRecord | undefined;
    for (const cmd of commands) {
      record = await ctx.probe.exec(c, cmd);
      if (record.outcome !== 'unavailable' || !/not available in the container|not found|no such file/i.test(record.detail)) break;
    }
    if (!record || record.outcome === 'unavailable') return unavailable(record!);
    const wantedNetwork = ctx.name(network);
    const holders = aliasHolders(ctx.snapshot.containers, wantedNetwork, name);
    const addresses = holders.map((h) => h.ip).filter(Boolean);
    const found = record.outcome === 'ok' ? resolvedAddresses(record.output) : [];
    // The addresses it may resolve to; while none runs, the containers that hold the alias, or the flag that gives it.
    const expected = `${name} → ${addresses.join(' | ') || holders.map((h) => h.name).join(' | ') || `--net-alias ${name}`}`;
    const hit = found.find((ip) => addresses.includes(ip));
    if (hit) {
      const holder = holders.find((h) => h.ip === hit)!.name;
      return pass(msg(`${c.name} 안에서 ${josa(name, '이/가')} ${hit}(${holder})로 풀립니다`, `inside ${c.name}, ${name} resolves to ${hit} (${holder})`), { expected, actual: `${name} → ${found.join(', ')}` });
    }
    const actual = `${name} → ${found.join(', ') || '(none)'}`;
    const said = found.length ? msg(`${found.join(', ')}로 풀립니다`, `it resolves to ${found.join(', ')}`) : msg('풀리지 않습니다', 'it does not resolve');
    const message = msg(`${c.name} 안에서 ${name} 이름이 별명을 가진 컨테이너로 풀리지 않습니다: ${said.ko}`, `inside ${c.name}, ${name} does not resolve to a container with that alias: ${said.en}`);
    // Why, by what the snapshot shows: the probing container off the network, no holder running, or none at all.
    const hint = !c.networks[wantedNetwork]
      ? msg(`${wantedNetwork} 네트워크에 연결해 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it on network ${wantedNetwork}: ${recreate(c, target, ctx)}`)
      : holders.length === 0
        ? msg(`${wantedNetwork} 네트워크에 --net-alias ${josa(name, '을/를')} 가진 컨테이너가 없습니다: docker run -i -t -d --net ${wantedNetwork} --net-alias ${name} ubuntu:14.04`, `no container on ${wantedNetwork} has --net-alias ${name}: docker run -i -t -d --net ${wantedNetwork} --net-alias ${name} ubuntu:14.04`)
        : addresses.length === 0
          ? msg(`별명을 가진 컨테이너가 모두 멈춰 있습니다. 시작하세요: docker start ${holders.map((h) => h.name).join(' ')}`, `every container with the alias is stopped; start them: docker start ${holders.map((h) => h.name).join(' ')}`)
          : msg(`확인하세요: docker exec ${c.name} getent hosts ${name}`, `look: docker exec ${c.name} getent hosts ${name}`);
    return fail(message, { expected, actual, hint });
  });
}

export const nameResolvesKind = defineKind({
  name: 'name-resolves',
  code: 'DG305',
  target: 'container',
  docs: msg(
    '실행 중인 컨테이너 안에서 이름(--net-alias)이 네트워크에서 그 별명을 가진 컨테이너의 IP로 풀림 (getent hosts 또는 nslookup)',
    'inside the running container a name (a --net-alias) resolves to the address of a container with that alias on the network (getent hosts, or nslookup)',
  ),
  params: (z) =>
    z
      .object({
        name: z.string().regex(LOOKUP_NAME, 'a DNS name').describe('the name to resolve, as the book pings it (alicek106)'),
        network: z.string().min(1).describe("the book's name of the network whose containers carry the alias (under the learner's prefix)"),
      })
      .strict(),
  build: ({ target, params, options }) => nameResolves(target!, params.name, params.network, options),
});
