import { defineExercise } from '../../grader/check/define.js';
import { containerAbsent, noStoppedContainers } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { bookCommand } from '../../grader/check/book-command.js';

/** 2.2.1's `docker create` for mycentos, the container this exercise removes. */
const CREATE_MYCENTOS = bookCommand('docker create -i -t --name mycentos centos:7');

export default defineExercise({
  id: '2.2.3/remove',
  section: '2.2.3',
  title: msg('컨테이너 삭제', 'Remove containers'),
  goal: msg(
    'mycentos 컨테이너를 docker stop으로 멈춘 뒤 docker rm으로 지우고(실행 중이면 docker rm -f), docker container prune으로 정지된 컨테이너를 모두 지웁니다.',
    'Stop the container mycentos with docker stop and remove it with docker rm (docker rm -f while it runs), then remove every stopped container with docker container prune.',
  ),
  commands: ['docker stop mycentos', 'docker rm mycentos', 'docker rm -f mycentos', 'docker container prune'],
  checks: [
    // The blog post removes kmsCentos, its name for mycentos: still there counts as not removed.
    containerAbsent('mycentos', { id: 'removed', points: 2, aliases: ['kmsCentos'] }),
    noStoppedContainers({ id: 'no-stopped' }),
  ],
  // Tests never run prune: it would remove other people's stopped containers on a shared engine.
  solution: (n) => [
    CREATE_MYCENTOS.step(n),
    ['start', n.name('mycentos')],
    ['stop', '-t', '1', n.name('mycentos')],
    ['rm', n.name('mycentos')],
  ],
  mutations: [
    {
      check: 'removed',
      description: msg('mycentos를 지우지 않음 (실행 중)', 'mycentos left in place (running)'),
      steps: (n) => [CREATE_MYCENTOS.step(n), ['start', n.name('mycentos')]],
    },
    {
      check: 'no-stopped',
      description: msg('prune하지 않아 정지된 컨테이너가 남음', 'no prune: a stopped container is left'),
      steps: (n) => [['run', '--name', n.name('stopped'), 'ubuntu:14.04', 'true']],
    },
  ],
  creates: ['mycentos', 'stopped'],
});
