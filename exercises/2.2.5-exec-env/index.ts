import { defineExercise } from '../../grader/check/define.js';
import type { DockerStep, Names } from '../../grader/check/types.js';
import { execSeen } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { runWordpress } from '../2.2.5-wordpress/index.js';
import { runWordpressdb, wordpressdb } from '../2.2.5-wordpressdb/index.js';

/** The book's two ways into a running container, as steps a machine can run (no TTY). */
const execDb = (n: Names): DockerStep => ['exec', n.name('wordpressdb'), 'sh', '-c', 'echo $MYSQL_ROOT_PASSWORD'];
const execWordpress = (n: Names): DockerStep => ['exec', n.name('wordpress'), 'ls', '/'];

/**
 * Points for what the learner did in this step, the docker exec itself: the containers' state (the
 * env, running) is graded by 2.2.5/wordpressdb and 2.2.5/wordpress and is not paid again here. A docker
 * exec leaves no state; the engine's `exec_start` events show it while the engine remembers them
 * (dockgrade's own read-only probes excluded by their exact command lines). When it no longer does,
 * the checks say so; a pass `dockgrade check` (or `--watch`) saw earlier still counts from the journal.
 */
export default defineExercise({
  id: '2.2.5/exec-env',
  section: '2.2.5',
  title: msg('docker exec으로 컨테이너 안의 환경 변수 보기', 'See the environment inside a container with docker exec'),
  goal: msg(
    'docker exec -i -t wordpressdb /bin/bash로 실행 중인 wordpressdb에 들어가 echo $MYSQL_ROOT_PASSWORD로 -e로 준 환경 변수를 확인합니다. docker exec wordpress ls /처럼 결과만 받을 수도 있습니다.',
    'Enter the running wordpressdb with docker exec -i -t wordpressdb /bin/bash and print the variable given with -e (echo $MYSQL_ROOT_PASSWORD). docker exec wordpress ls / returns just the output.',
  ),
  commands: ['docker exec -i -t wordpressdb /bin/bash', 'echo $MYSQL_ROOT_PASSWORD', 'docker exec wordpress ls /'],
  // The book's first way into wordpressdb (bash, then echo) is the step; its second way, `docker exec
  // wordpress ls /`, shows how exec returns output but not the env this step is about, so it earns
  // nothing on its own.
  checks: [execSeen(wordpressdb, { points: 4, command: (n) => `docker exec -i -t ${n.name('wordpressdb')} /bin/bash` })],
  solution: (n) => [...runWordpressdb(n), execDb(n)],
  mutations: [
    {
      check: 'exec-wordpressdb',
      description: msg('wordpress 안에서만 docker exec (wordpressdb 안에서는 하지 않음)', 'docker exec only in wordpress, none in wordpressdb'),
      steps: (n) => [...runWordpress(n), execWordpress(n)],
    },
  ],
  creates: ['wordpressdb', 'wordpress'],
  // graded from the engine's events: the containers' run commands are 2.2.5/wordpressdb's and wordpress's
  commandView: false,
});
