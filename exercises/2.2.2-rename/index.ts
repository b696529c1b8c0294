import { defineExercise } from '../../grader/check/define.js';
import { exists, named } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';

const myContainer = named('my_container', {
  create: (n) => `docker rename angry_morse ${n.name('my_container')}`,
  describe: msg('컨테이너 my_container', 'container my_container'),
});

export default defineExercise({
  id: '2.2.2/rename',
  section: '2.2.2',
  title: msg('컨테이너 목록 보기와 이름 바꾸기', 'List containers and rename one'),
  goal: msg(
    'docker ps와 docker ps -a로 컨테이너 목록을 보고, 엔진이 붙인 임의의 이름(예: angry_morse)을 docker rename으로 my_container로 바꿉니다.',
    'List containers with docker ps and docker ps -a, then rename one with an engine-given name (such as angry_morse) to my_container with docker rename.',
  ),
  commands: ['docker ps', 'docker ps -a', 'docker rename angry_morse my_container'],
  // docker ps leaves no trace; the rename leaves the name, and a typo'd name is found and named.
  checks: [exists(myContainer, { points: 2 })],
  solution: (n) => [
    ['run', '-d', '-i', '-t', '--name', n.name('angry_morse'), 'ubuntu:14.04'],
    ['rename', n.name('angry_morse'), n.name('my_container')],
  ],
  mutations: [
    {
      check: 'exists',
      description: msg('하이픈으로 잘못 쓴 이름 my-container', 'renamed with a hyphen, my-container'),
      steps: (n) => [
        ['run', '-d', '-i', '-t', '--name', n.name('angry_morse'), 'ubuntu:14.04'],
        ['rename', n.name('angry_morse'), n.name('my-container')],
      ],
    },
  ],
  creates: ['my_container', 'angry_morse'],
});
