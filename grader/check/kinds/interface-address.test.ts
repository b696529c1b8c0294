import { makeAttachment, makeContainer } from '../../../fixtures/snapshot-factory.js';
import { recorded, run } from '../../../fixtures/probe-kind-tester.js';
import { named } from '../targets.js';
import { interfaceAddress, interfaceAddressKind } from './interface-address.js';
import { z } from 'zod';

describe('interfaceAddress', () => {
  const box = named('box', { create: (n) => `docker run -i -t --name ${n.name('box')} ubuntu:14.04` });
  const c = makeContainer({ name: 'box', networks: { bridge: makeAttachment({ networkId: 'n1', ipAddress: '172.17.0.5', gateway: '172.17.0.1' }) } });
  const ifconfig = (output: string, outcome: 'ok' | 'failed' = 'ok') => recorded(c, { kind: 'exec', outcome, code: outcome === 'ok' ? 0 : 1, output }, JSON.stringify(['ifconfig']));
  const eth0 = (ip: string) => `eth0      Link encap:Ethernet  HWaddr 02:42:ac:11:00:05\n          inet addr:${ip}  Bcast:172.17.255.255  Mask:255.255.0.0\n\nlo        Link encap:Local Loopback\n          inet addr:127.0.0.1  Mask:255.0.0.0\n`;

  it('passes when ifconfig lists eth0 with the address the engine gave (old and new ifconfig output)', async () => {
    const r = await run(interfaceAddress(box), c, ifconfig(eth0('172.17.0.5')));
    expect([r.status, r.message.en, r.message.ko]).toEqual(['pass', 'ifconfig shows eth0 with the address Docker gave it: 172.17.0.5', 'ifconfig에서 eth0과 도커가 할당한 주소를 확인했습니다: 172.17.0.5']);
    const modern = 'eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet 172.17.0.5  netmask 255.255.0.0\n';
    expect((await run(interfaceAddress(box), c, ifconfig(modern))).status).toBe('pass');
  });

  it('fails, naming the interfaces it saw, without eth0 or with another address, in both languages', async () => {
    const none = await run(interfaceAddress(box), c, ifconfig('lo        Link encap:Local Loopback\n          inet addr:127.0.0.1  Mask:255.0.0.0\n'));
    expect([none.status, none.actual, none.expected]).toEqual(['fail', 'lo', 'eth0 172.17.0.5']);
    expect(none.message).toEqual({ ko: 'ifconfig에 가상 IP를 가진 eth0이 없습니다 (인터페이스: lo)', en: 'ifconfig shows no eth0 with a virtual address (interfaces: lo)' });
    expect(none.hint).toEqual({
      ko: '--net 없이 기본 브리지에 연결해 다시 만드세요:\n1. docker rm -f box\n2. docker run -i -t --name box ubuntu:14.04',
      en: 'recreate it on the default bridge, without --net:\n1. docker rm -f box\n2. docker run -i -t --name box ubuntu:14.04',
    });
    // 172.17.0.50 is not 172.17.0.5: the address is matched whole.
    expect((await run(interfaceAddress(box), c, ifconfig(eth0('172.17.0.50')))).status).toBe('fail');
    // An address in the output on another interface does not make eth0 appear.
    expect((await run(interfaceAddress(box), c, ifconfig('eth1      Link encap:Ethernet\n          inet addr:172.17.0.5  Mask:255.255.0.0\n'))).status).toBe('fail');
    // ifconfig that failed does not count, whatever it printed.
    expect((await run(interfaceAddress(box), c, ifconfig(eth0('172.17.0.5'), 'failed'))).status).toBe('fail');
  });

  it('checks another interface when the file names one, with its particles', async () => {
    const on = (output: string) => recorded(c, { kind: 'exec', outcome: 'ok', code: 0, output }, JSON.stringify(['ifconfig']));
    const check = interfaceAddressKind.build({ target: box, params: interfaceAddressKind.params(z).parse({ interface: 'eth1' }), options: {}, targetOf: () => box, line: () => () => '', fileLine: () => () => '' });
    expect(check.title).toEqual({ ko: 'ifconfig에 eth1과 가상 IP', en: 'ifconfig shows eth1 and its virtual address' });
    expect((await run(check, c, on('eth1      Link encap:Ethernet\n          inet addr:172.17.0.5  Mask:255.255.0.0\n'))).status).toBe('pass');
    expect((await run(check, c, on(eth0('172.17.0.5')))).status).toBe('fail');
    expect(interfaceAddressKind.params(z).safeParse({ interface: 'eth0; rm -rf /' }).success).toBe(false);
  });

  it('is skip when the image has no ifconfig', async () => {
    const probe = recorded(c, { kind: 'exec', outcome: 'unavailable', code: 127, detail: 'ifconfig is not available in the container' }, JSON.stringify(['ifconfig']));
    expect((await run(interfaceAddress(box), c, probe)).status).toBe('skip');
  });
});
