import { defineExercise } from '../../grader/check/define.js';
import { startOrder } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { runWordpress, wordpress } from '../2.2.5-wordpress/index.js';
import { wordpressdb } from '../2.2.5-wordpressdb/index.js';

/**
 * The link dependency, as the learner lived it: Docker enforces it only when the dependant starts, so
 * the state cannot show it (the link, and both running, are 2.2.5/wordpress's and 2.2.5/wordpressdb's
 * points, not paid again here). The engine's events can: both stopped, then wordpressdb started before
 * wordpress. The failed `docker start wordpress` leaves no event; while it is the last word,
 * `State.Error` carries it and wordpress's running check explains it. When the engine no longer
 * remembers the starts, the check says so; a pass `dockgrade check` saw earlier counts from the journal.
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
  checks: [startOrder(wordpress, wordpressdb, { points: 4 })],
  solution: (n) => [
    ...runWordpress(n),
    ['stop', '-t', '1', n.name('wordpress'), n.name('wordpressdb')],
    // (docker start wordpress fails here, as the book shows)
    ['start', n.name('wordpressdb')],
    ['start', n.name('wordpress')],
  ],
  mutations: [
    {
      check: 'start-order',
      description: msg('wordpress가 실행 중인 채로 wordpressdb만 다시 시작', 'wordpressdb restarted under a running wordpress'),
      steps: (n) => [...runWordpress(n), ['restart', '-t', '1', n.name('wordpressdb')]],
    },
  ],
  creates: ['wordpressdb', 'wordpress'],
  // graded from the engine's events: the containers' run commands are 2.2.5/wordpressdb's and wordpress's
  commandView: false,
});
