import { defineExercise } from '../../grader/check/define.js';
import { withAnotherTag } from '../../grader/check/names.js';
import { image, interactive, matching, repositoryOf, running, tty } from '../../grader/check/vocabulary.js';
import { msg } from '../../grader/core/i18n.js';

const ubuntu = matching((c) => repositoryOf(c.image) === 'ubuntu', {
  describe: msg('ubuntu 이미지로 만든 컨테이너', 'container made from an ubuntu image'),
  // Under a prefix the container needs a name carrying it, or the prefixed run would not see it.
  create: (n) => ['docker run -i -t', ...n.nameFlag('run-ubuntu'), 'ubuntu:14.04'].join(' '),
});

export default defineExercise({
  id: '2.2.1/run-ubuntu',
  section: '2.2.1',
  title: msg('첫 번째 컨테이너 실행', 'Run your first container'),
  goal: msg(
    'ubuntu:14.04 이미지로 -i -t 옵션을 주어 컨테이너를 실행하고, Ctrl+P, Q로 컨테이너를 멈추지 않고 빠져나옵니다.',
    'Run a container from ubuntu:14.04 with -i -t, then leave it with Ctrl+P, Q so it keeps running.',
  ),
  commands: ['docker run -i -t ubuntu:14.04'],
  checks: [image(ubuntu, 'ubuntu:14.04', { points: 2 }), interactive(ubuntu), tty(ubuntu), running(ubuntu)],
  solution: (n) => [['run', '-d', '-i', '-t', ...n.nameFlag('run-ubuntu'), 'ubuntu:14.04']],
  mutations: [
    { check: 'image', description: msg('다른 태그', 'another tag'), steps: (n) => withAnotherTag(n, 'ubuntu:14.04', 'ubuntu:16.04', (other) => [['run', '-d', '-i', '-t', ...n.nameFlag('run-ubuntu'), other]]) },
    { check: 'stdin', description: msg('-i 없음', 'no -i'), steps: (n) => [['run', '-d', '-t', ...n.nameFlag('run-ubuntu'), 'ubuntu:14.04']] },
    { check: 'tty', description: msg('-t 없음', 'no -t'), steps: (n) => [['run', '-d', '-i', ...n.nameFlag('run-ubuntu'), 'ubuntu:14.04']] },
    {
      check: 'running',
      description: msg('exit로 빠져나와 멈춤', 'left with exit, so it stopped'),
      steps: (n) => [['run', '-d', '-i', '-t', '--name', n.name('run-ubuntu'), 'ubuntu:14.04'], ['stop', '-t', '1', n.name('run-ubuntu')]],
    },
  ],
  creates: ['run-ubuntu'],
});
