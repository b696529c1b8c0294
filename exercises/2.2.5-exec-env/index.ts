import { defineExercise } from '../../grader/check/define.js';
import { envInside } from '../../grader/check/kinds/index.js';
import { running } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { runWordpressdb, wordpressdb } from '../2.2.5-wordpressdb/index.js';

export default defineExercise({
  id: '2.2.5/exec-env',
  section: '2.2.5',
  title: msg('docker exec으로 컨테이너 안의 환경 변수 보기', 'See the environment inside a container with docker exec'),
  goal: msg(
    'docker exec -i -t wordpressdb /bin/bash로 실행 중인 wordpressdb에 들어가 echo $MYSQL_ROOT_PASSWORD로 -e로 준 환경 변수를 확인합니다. docker exec wordpress ls /처럼 결과만 받을 수도 있습니다.',
    'Enter the running wordpressdb with docker exec -i -t wordpressdb /bin/bash and print the variable given with -e (echo $MYSQL_ROOT_PASSWORD). docker exec wordpress ls / returns just the output.',
  ),
  commands: ['docker exec -i -t wordpressdb /bin/bash', 'echo $MYSQL_ROOT_PASSWORD', 'docker exec wordpress ls /'],
  // What the learner saw with exec, seen again by exec (read-only printenv); exec itself leaves no trace.
  checks: [
    running(wordpressdb, { points: 1 }),
    envInside(wordpressdb, 'MYSQL_ROOT_PASSWORD', 'password', { requires: 'running', points: 2 }),
    envInside(wordpressdb, 'MYSQL_DATABASE', 'wordpress', { requires: 'running', points: 1 }),
  ],
  solution: (n) => runWordpressdb(n),
  mutations: [
    { check: 'running', description: msg('wordpressdb가 멈춤: exec할 수 없음', 'wordpressdb stopped: nothing to exec into'), steps: (n) => [...runWordpressdb(n), ['stop', '-t', '1', n.name('wordpressdb')]] },
    {
      check: 'inside-MYSQL_ROOT_PASSWORD',
      description: msg('다른 root 비밀번호', 'another root password'),
      steps: (n) => runWordpressdb(n, { env: ['MYSQL_ROOT_PASSWORD=Tr0ub4dor-Other', 'MYSQL_DATABASE=wordpress'] }),
    },
    { check: 'inside-MYSQL_DATABASE', description: msg('MYSQL_DATABASE 없음', 'no MYSQL_DATABASE'), steps: (n) => runWordpressdb(n, { env: ['MYSQL_ROOT_PASSWORD=password'] }) },
  ],
  creates: ['wordpressdb'],
});
