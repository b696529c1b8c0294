import { bookCommand, reviseRun, type RunChanges } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { withAnotherTag } from '../../grader/check/names.js';
import { exists, image, interactive, named, running, started, tty } from '../../grader/check/kinds/index.js';
import type { DockerStep, Names } from '../../grader/check/types.js';
import { msg } from '../../grader/core/i18n.js';

/** The book's `docker create` for mycentos (2.2.3 removes the same container). */
export const CREATE_MYCENTOS = bookCommand('docker create -i -t --name mycentos centos:7');

const mycentos = named('mycentos', {
  // The blog post names it kmsCentos: recognised, and named as a near miss.
  aliases: ['kmsCentos'],
  create: CREATE_MYCENTOS.line,
});

/** mycentos as the book makes it, with `changes` for mutations, then started. */
const createAndStart = (n: Names, changes: RunChanges = {}, name = 'mycentos'): DockerStep[] => [reviseRun(CREATE_MYCENTOS.step(n), changes), ['start', n.name(name)]];

export default defineExercise({
  id: '2.2.1/create-mycentos',
  section: '2.2.1',
  title: msg('create, start, attach로 컨테이너 다루기', 'Create, start and attach a container'),
  goal: msg(
    'docker create로 mycentos 컨테이너를 만들고, docker start로 시작한 뒤 docker attach로 들어갑니다. Ctrl+P, Q로 빠져나와 실행 중인 채로 둡니다.',
    'Create the container mycentos with docker create, start it with docker start and enter it with docker attach; leave with Ctrl+P, Q so it keeps running.',
  ),
  commands: [CREATE_MYCENTOS.text, 'docker start mycentos', 'docker attach mycentos'],
  checks: [
    exists(mycentos),
    image(mycentos, 'centos:7'),
    interactive(mycentos),
    tty(mycentos),
    started(mycentos),
    running(mycentos, { requires: 'started' }),
  ],
  solution: (n) => createAndStart(n),
  mutations: [
    {
      check: 'exists',
      description: msg('블로그 글의 이름 kmsCentos', "the blog post's name kmsCentos"),
      steps: (n) => createAndStart(n, { options: { '--name': [n.name('kmsCentos')] } }, 'kmsCentos'),
    },
    { check: 'image', description: msg('다른 태그', 'another tag'), steps: (n) => withAnotherTag(n, 'centos:7', 'centos:8', (other) => createAndStart(n, { image: [other] })) },
    { check: 'stdin', description: msg('-i 없음', 'no -i'), steps: (n) => createAndStart(n, { options: { '-i': null } }) },
    { check: 'tty', description: msg('-t 없음', 'no -t'), steps: (n) => createAndStart(n, { options: { '-t': null } }) },
    { check: 'started', description: msg('만들기만 하고 시작하지 않음', 'created but never started'), steps: (n) => [CREATE_MYCENTOS.step(n)] },
    {
      check: 'running',
      description: msg('exit로 빠져나와 멈춤', 'left with exit, so it stopped'),
      steps: (n) => [...createAndStart(n), ['stop', '-t', '1', n.name('mycentos')]],
    },
  ],
  creates: ['mycentos', 'kmsCentos'],
});
