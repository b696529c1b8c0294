import { defineExercise } from '../../grader/check/define.js';
import { exists, named, renamed } from '../../grader/check/kinds/index.js';
import { compareText } from '../../grader/core/compare-text.js';
import { msg } from '../../grader/core/i18n.js';

/** Names the engine gives a container run without --name (`angry_morse`, `angry_morse1`). */
const ENGINE_GIVEN = /^[a-z]+_[a-z]+\d*$/;

const myContainer = named('my_container', {
  create: (n) => `docker rename angry_morse ${n.name('my_container')}`,
  describe: msg('컨테이너 my_container', 'container my_container'),
  // The book renames the container 2.2.1 ran: it is that exercise's container too.
  shared: true,
  // Nothing to create: the learner renames their own container, found by the name the engine gave it.
  missingHint: (ctx) => {
    const start = ctx.name('');
    const own = [...ctx.containers].filter((c) => ENGINE_GIVEN.test(c.name.slice(start.length))).sort((a, b) => compareText(b.created, a.created))[0];
    const wanted = ctx.name('my_container');
    return own
      ? msg(`엔진이 붙인 이름의 컨테이너 ${own.name}의 이름을 바꾸세요: docker rename ${own.name} ${wanted}`, `rename your container ${own.name}, named by the engine: docker rename ${own.name} ${wanted}`)
      : msg(
          `docker ps -a로 여러분의 컨테이너가 지금 가진 이름을 찾아 바꾸세요: docker rename 그_이름 ${wanted}`,
          `find the name your container has now with docker ps -a, then rename it: docker rename THAT_NAME ${wanted}`,
        );
  },
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
  // docker ps leaves no trace; the rename leaves the name (a typo'd name is found and named) and the
  // engine's `rename` event. What a teacher expects is the step itself: a container run with
  // --name my_container was never renamed, so the second point needs the rename the engine saw. When the
  // engine no longer remembers it (restarted, or its last ~256 events are newer), the check says so and
  // how to rename where it sees it; a pass `dockgrade check` saw earlier still counts from the journal.
  checks: [exists(myContainer, { points: 1 }), renamed(myContainer, { points: 1, requires: 'exists', from: 'angry_morse' })],
  solution: (n) => [
    ['run', '-d', '-i', '-t', '--name', n.name('angry_morse'), 'ubuntu:14.04'],
    ['rename', n.name('angry_morse'), n.name('my_container')],
  ],
  mutations: [
    {
      check: 'renamed',
      description: msg('처음부터 --name my_container로 실행 (이름 바꾸기 없음)', 'run with --name my_container from the start (never renamed)'),
      steps: (n) => [['run', '-d', '-i', '-t', '--name', n.name('my_container'), 'ubuntu:14.04']],
    },
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
