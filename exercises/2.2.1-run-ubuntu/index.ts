import { bookCommand, reviseRun } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { withAnotherTag } from '../../grader/check/names.js';
import { image, interactive, matching, repositoryOf, running, tty } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';

// Under a prefix the container needs a name carrying it, or the prefixed run would not see it.
const BOOK = bookCommand('docker run -i -t ubuntu:14.04', { unnamed: 'run-ubuntu' });

// The book's command gives no name and no port: a container with published ports is another exercise's
// (2.2.4's publish-multi, mywebserver), and names other exercises claim are never picked (grade's `claimed`).
const ubuntu = matching((c) => repositoryOf(c.image) === 'ubuntu' && Object.keys(c.portBindings).length === 0 && !c.publishAllPorts, {
  describe: msg('ubuntu 이미지로 만든 컨테이너', 'container made from an ubuntu image'),
  create: BOOK.line,
});

export default defineExercise({
  id: '2.2.1/run-ubuntu',
  section: '2.2.1',
  title: msg('첫 번째 컨테이너 실행', 'Run your first container'),
  goal: msg(
    'ubuntu:14.04 이미지로 -i -t 옵션을 주어 컨테이너를 실행하고, Ctrl+P, Q로 컨테이너를 멈추지 않고 빠져나옵니다.',
    'Run a container from ubuntu:14.04 with -i -t, then leave it with Ctrl+P, Q so it keeps running.',
  ),
  commands: [BOOK.text],
  checks: [image(ubuntu, 'ubuntu:14.04', { points: 2 }), interactive(ubuntu), tty(ubuntu), running(ubuntu)],
  solution: (n) => [BOOK.step(n)],
  mutations: [
    { check: 'image', description: msg('다른 태그', 'another tag'), steps: (n) => withAnotherTag(n, 'ubuntu:14.04', 'ubuntu:16.04', (other) => [reviseRun(BOOK.step(n), { image: [other] })]) },
    { check: 'stdin', description: msg('-i 없음', 'no -i'), steps: (n) => [reviseRun(BOOK.step(n), { options: { '-i': null } })] },
    { check: 'tty', description: msg('-t 없음', 'no -t'), steps: (n) => [reviseRun(BOOK.step(n), { options: { '-t': null } })] },
    {
      check: 'running',
      description: msg('exit로 빠져나와 멈춤', 'left with exit, so it stopped'),
      steps: (n) => [reviseRun(BOOK.step(n), { options: { '--name': [n.name('run-ubuntu')] } }), ['stop', '-t', '1', n.name('run-ubuntu')]],
    },
  ],
  creates: ['run-ubuntu'],
});
