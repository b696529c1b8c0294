import { defineExercise } from '../../grader/check/define.js';
import type { DockerStep, Names } from '../../grader/check/types.js';
import { execSeen } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { runWordpress, wordpress } from '../2.2.5-wordpress/index.js';
import { wordpressdb } from '../2.2.5-wordpressdb/index.js';

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
  title: msg('docker exec로 컨테이너 안의 환경 변수 보기', 'See the environment inside a container with docker exec'),
  goal: msg(
    'docker exec -i -t wordpressdb /bin/bash로 실행 중인 wordpressdb에 들어가 echo $MYSQL_ROOT_PASSWORD로 -e로 준 환경 변수를 확인합니다. docker exec wordpress ls /처럼 결과만 받을 수도 있습니다.',
    'Enter the running wordpressdb with docker exec -i -t wordpressdb /bin/bash and print the variable given with -e (echo $MYSQL_ROOT_PASSWORD). docker exec wordpress ls / returns just the output.',
  ),
  commands: ['docker exec -i -t wordpressdb /bin/bash', 'echo $MYSQL_ROOT_PASSWORD', 'docker exec wordpress ls /'],
  checks: [
    execSeen(wordpressdb, { points: 3, command: (n) => `docker exec -i -t ${n.name('wordpressdb')} /bin/bash` }),
    execSeen(wordpress, { points: 1, command: (n) => `docker exec ${n.name('wordpress')} ls /` }),
  ],
  solution: (n) => [...runWordpress(n), execDb(n), execWordpress(n)],
  mutations: [
    { check: 'exec-wordpressdb', description: msg('wordpressdb 안에서는 docker exec를 하지 않음', 'no docker exec in wordpressdb'), steps: (n) => [...runWordpress(n), execWordpress(n)] },
    { check: 'exec-wordpress', description: msg('wordpress 안에서는 docker exec를 하지 않음', 'no docker exec in wordpress'), steps: (n) => [...runWordpress(n), execDb(n)] },
  ],
  creates: ['wordpressdb', 'wordpress'],
});
