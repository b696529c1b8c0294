import { defineExercise } from '../../grader/check/define.js';
import { link, linkTargetRunning, running } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { runWordpress, wordpress } from '../2.2.5-wordpress/index.js';

/**
 * The link dependency, observed honestly: Docker enforces it only when the dependant starts, so what a
 * state can show is (1) the link, (2) that the target runs whenever the dependant runs (a target stopped
 * under a running dependant breaks its next start), and (3) that the learner got wordpress running again
 * after stopping both (target first). Whether the learner saw the error itself leaves no trace once a
 * later start succeeds; while it has not, `State.Error` carries it and the running check explains it.
 */
export default defineExercise({
  id: '2.2.5/link-dependency',
  section: '2.2.5',
  title: msg('--link의 의존성: 링크 대상이 먼저 실행', 'The link dependency: the target must run first'),
  goal: msg(
    'wordpress와 wordpressdb를 멈춘 뒤 docker start wordpress가 "Cannot link to a non running container"로 실패하는 것을 보고, wordpressdb를 먼저 시작한 다음 wordpress를 시작합니다.',
    'Stop wordpress and wordpressdb, see docker start wordpress fail with "Cannot link to a non running container", then start wordpressdb first and wordpress after it.',
  ),
  commands: ['docker stop wordpress wordpressdb', 'docker start wordpress', 'docker start wordpressdb', 'docker start wordpress'],
  checks: [
    link(wordpress, 'wordpressdb', 'mysql', { points: 1 }),
    linkTargetRunning(wordpress, 'wordpressdb', { points: 2 }),
    running(wordpress, { id: 'dependant-running', points: 1 }),
  ],
  solution: (n) => [
    ...runWordpress(n),
    ['stop', '-t', '1', n.name('wordpress'), n.name('wordpressdb')],
    // (docker start wordpress fails here, as the book shows)
    ['start', n.name('wordpressdb')],
    ['start', n.name('wordpress')],
  ],
  mutations: [
    {
      check: 'link',
      description: msg('--link 없이 만든 wordpress', 'wordpress made without --link'),
      steps: (n) => [...runWordpress(n, { link: null, env: ['WORDPRESS_DB_HOST=mysql'] })],
    },
    {
      check: 'target-running',
      description: msg('wordpress가 실행 중인데 wordpressdb만 멈춤', 'wordpressdb stopped under a running wordpress'),
      steps: (n) => [...runWordpress(n), ['stop', '-t', '1', n.name('wordpressdb')]],
    },
    {
      check: 'dependant-running',
      description: msg('둘 다 멈춘 채로 둠 (wordpress를 먼저 시작해 실패)', 'both left stopped (wordpress started first, and failed)'),
      steps: (n) => [...runWordpress(n), ['stop', '-t', '1', n.name('wordpress'), n.name('wordpressdb')]],
    },
  ],
  creates: ['wordpressdb', 'wordpress'],
});
