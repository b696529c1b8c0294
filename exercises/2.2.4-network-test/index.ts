import { bookCommand, reviseRun } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { withAnotherTag } from '../../grader/check/names.js';
import { fail, pass, recreate } from '../../grader/check/kinds/check-builder.js';
import { execProbe, exists, image, interactive, named, running, tty } from '../../grader/check/kinds/index.js';
import type { Container } from '../../grader/model/snapshot-schema.js';
import { msg } from '../../grader/core/i18n.js';

const BOOK = bookCommand('docker run -i -t --name network_test ubuntu:14.04');

const networkTest = named('network_test', {
  // The blog post names it kms_network_test: recognised, and named as a near miss.
  aliases: ['kms_network_test'],
  create: BOOK.line,
});

/** The addresses the engine gave the container on its networks (172.17.0.x on the default bridge). */
function addresses(c: Container): string[] {
  return Object.values(c.networks).map((n) => n.ipAddress).filter(Boolean);
}

export default defineExercise({
  id: '2.2.4/network-test',
  section: '2.2.4',
  title: msg('컨테이너의 네트워크 인터페이스 보기 (ifconfig)', "See a container's network interfaces (ifconfig)"),
  goal: msg(
    'ubuntu:14.04 이미지로 network_test 컨테이너를 -i -t로 실행하고, 안에서 ifconfig로 도커가 할당한 가상 IP(172.17.0.x)를 가진 eth0과 lo 인터페이스를 확인합니다. Ctrl+P, Q로 빠져나와 실행 중인 채로 둡니다.',
    'Run the container network_test from ubuntu:14.04 with -i -t and see with ifconfig inside the eth0 interface with the virtual address Docker gave it (172.17.0.x) and lo; leave with Ctrl+P, Q so it keeps running.',
  ),
  commands: [BOOK.text, 'ifconfig'],
  checks: [
    exists(networkTest),
    image(networkTest, 'ubuntu:14.04'),
    interactive(networkTest),
    tty(networkTest),
    running(networkTest),
    // What the learner saw, seen again: ifconfig inside lists eth0 with the address the engine gave it.
    execProbe(
      networkTest,
      {
        id: 'ifconfig',
        title: msg('ifconfig에 eth0과 가상 IP', 'ifconfig shows eth0 and its virtual address'),
        cmd: ['ifconfig'],
        shown: 'ifconfig',
        explain: (n) =>
          msg(
            `컨테이너 안의 ifconfig에 도커가 할당한 IP를 가진 eth0이 보여야 합니다: docker attach ${n.name('network_test')} 후 ifconfig`,
            `ifconfig inside the container shows eth0 with the address Docker gave it: docker attach ${n.name('network_test')}, then ifconfig`,
          ),
        judge: (run, c, ctx) => {
          const ips = addresses(c);
          const expected = `eth0 ${ips.join(', ') || '172.17.0.x'}`;
          const eth0 = /^eth0\b/m.test(run.raw);
          const seen = ips.find((ip) => new RegExp(`inet (addr:)?${ip.replace(/\./g, '\\.')}\\b`).test(run.raw));
          if (run.ok && eth0 && seen) {
            return pass(msg(`ifconfig에서 eth0과 도커가 할당한 주소를 확인했습니다: ${seen}`, `ifconfig shows eth0 with the address Docker gave it: ${seen}`), { expected, actual: `eth0 ${seen}` });
          }
          const interfaces = [...run.raw.matchAll(/^(\S+?):?\s/gm)].map((m) => m[1]).join(', ') || '(none)';
          return fail(
            msg(`ifconfig에 가상 IP를 가진 eth0이 없습니다 (인터페이스: ${interfaces})`, `ifconfig shows no eth0 with a virtual address (interfaces: ${interfaces})`),
            {
              expected,
              actual: interfaces,
              hint: msg(`--net 없이 기본 브리지에 연결해 다시 만드세요: ${recreate(c, networkTest, ctx)}`, `recreate it on the default bridge, without --net: ${recreate(c, networkTest, ctx)}`),
            },
          );
        },
      },
      { points: 2, requires: 'running' },
    ),
  ],
  solution: (n) => [BOOK.step(n)],
  mutations: [
    { check: 'exists', description: msg('블로그 글의 이름 kms_network_test', "the blog post's name kms_network_test"), steps: (n) => [reviseRun(BOOK.step(n), { options: { '--name': [n.name('kms_network_test')] } })] },
    { check: 'image', description: msg('다른 태그 ubuntu:16.04', 'another tag, ubuntu:16.04'), steps: (n) => withAnotherTag(n, 'ubuntu:14.04', 'ubuntu:16.04', (other) => [reviseRun(BOOK.step(n), { image: [other] })]) },
    { check: 'stdin', description: msg('-i 없음', 'no -i'), steps: (n) => [reviseRun(BOOK.step(n), { options: { '-i': null } })] },
    { check: 'tty', description: msg('-t 없음', 'no -t'), steps: (n) => [reviseRun(BOOK.step(n), { options: { '-t': null } })] },
    { check: 'running', description: msg('exit로 빠져나와 멈춤', 'left with exit, so it stopped'), steps: (n) => [BOOK.step(n), ['stop', '-t', '1', n.name('network_test')]] },
    { check: 'ifconfig', description: msg('네트워크 없이 실행 (--net none): eth0이 없음', 'run without a network (--net none): no eth0'), steps: (n) => [reviseRun(BOOK.step(n), { options: { '--net': ['none'] } })] },
  ],
  creates: ['network_test', 'kms_network_test'],
});
