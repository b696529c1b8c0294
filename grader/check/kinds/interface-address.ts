/**
 * Probe kind `interface-address`: `ifconfig` inside the running container lists an interface (`eth0`)
 * with an address the engine gave the container on one of its networks (172.17.0.x on the default
 * bridge): what a learner who typed ifconfig inside saw, seen again by the same read-only command.
 */
import { msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import type { Container } from '../../model/snapshot-schema.js';
import type { ContainerTarget, ProbeCheck } from '../types.js';
import { fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { execProbe } from './exec-probe.js';
import { defineKind } from './kind.js';

/** The addresses the engine gave the container on its networks (172.17.0.x on the default bridge). */
function addresses(c: Container): string[] {
  return Object.values(c.networks).map((n) => n.ipAddress).filter(Boolean);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `ifconfig` inside lists `iface` (default `eth0`) with an address the engine gave the container. */
export function interfaceAddress(target: ContainerTarget, iface = 'eth0', options: CheckOptions = {}): ProbeCheck {
  return execProbe(
    target,
    {
      id: 'ifconfig',
      title: msg(`ifconfig에 ${josa(iface, '와/과')} 가상 IP`, `ifconfig shows ${iface} and its virtual address`),
      cmd: ['ifconfig'],
      shown: 'ifconfig',
      explain: (n) =>
        msg(
          `컨테이너 안의 ifconfig에 도커가 할당한 IP를 가진 ${josa(iface, '이/가')} 보여야 합니다: docker attach ${target.name ? n.name(target.name) : '<이름>'} 후 ifconfig`,
          `ifconfig inside the container shows ${iface} with the address Docker gave it: docker attach ${target.name ? n.name(target.name) : '<name>'}, then ifconfig`,
        ),
      judge: (run, c, ctx) => {
        const ips = addresses(c);
        const expected = `${iface} ${ips.join(', ') || '172.17.0.x'}`;
        // ifconfig prints an interface's block from its name at the start of a line (`eth0      Link…`, `eth0: flags…`).
        const listed = new RegExp(`^${escape(iface)}\\b`, 'm').test(run.raw);
        const seen = ips.find((ip) => new RegExp(`inet (addr:)?${escape(ip)}\\b`).test(run.raw));
        if (run.ok && listed && seen) {
          return pass(msg(`ifconfig에서 ${josa(iface, '와/과')} 도커가 할당한 주소를 확인했습니다: ${seen}`, `ifconfig shows ${iface} with the address Docker gave it: ${seen}`), { expected, actual: `${iface} ${seen}` });
        }
        const interfaces = [...run.raw.matchAll(/^(\S+?):?\s/gm)].map((m) => m[1]).join(', ') || '(none)';
        return fail(msg(`ifconfig에 가상 IP를 가진 ${josa(iface, '이/가')} 없습니다 (인터페이스: ${interfaces})`, `ifconfig shows no ${iface} with a virtual address (interfaces: ${interfaces})`), {
          expected,
          actual: interfaces,
          hint: msg(`--net 없이 기본 브리지에 연결해 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it on the default bridge, without --net: ${recreate(c, target, ctx)}`),
        });
      },
    },
    options,
  );
}

export const interfaceAddressKind = defineKind({
  name: 'interface-address',
  code: 'DG304',
  target: 'container',
  docs: msg(
    '컨테이너 안의 ifconfig에 도커가 할당한 주소를 가진 인터페이스(eth0)가 보임',
    'ifconfig inside the running container lists the interface (eth0) with an address Docker gave the container',
  ),
  params: (z) => z.object({ interface: z.string().regex(/^[a-z][a-z0-9@.-]*$/).optional().describe('the interface ifconfig must list (default eth0)') }).strict(),
  build: ({ target, params, options }) => interfaceAddress(target!, params.interface, options),
});
