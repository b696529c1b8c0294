import { bookCommand, reviseRun } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { withAnotherTag } from '../../grader/check/names.js';
import { httpAnswers } from '../../grader/check/kinds/index.js';
import { exists, image, named, portPublished, running } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';

const BOOK = bookCommand('docker run -i -t --name mywebserver -p 80:80 ubuntu:14.04');

const mywebserver = named('mywebserver', {
  // The blog post names it kms_webServer: recognised, and named as a near miss.
  aliases: ['kms_webServer'],
  create: BOOK.line,
});

export default defineExercise({
  id: '2.2.4/publish-80',
  section: '2.2.4',
  title: msg('컨테이너를 외부에 노출 (-p 80:80)', 'Publish a container on port 80'),
  goal: msg(
    'mywebserver 컨테이너의 80 포트를 호스트의 80 포트에 연결하고, 컨테이너 안에 apache2를 설치해 시작합니다. 호스트의 80 포트로 웹 서버에 접속할 수 있어야 합니다.',
    'Bind port 80 of the container mywebserver to host port 80, install apache2 inside and start it: the web server answers on the host port 80.',
  ),
  commands: [BOOK.text, 'apt-get update', 'apt-get install apache2 -y', 'service apache2 start'],
  checks: [
    exists(mywebserver),
    image(mywebserver, 'ubuntu:14.04'),
    portPublished(mywebserver, '80', { hostPort: '80' }, { id: 'port-80', points: 2 }),
    running(mywebserver),
    httpAnswers(mywebserver, '80', {
      points: 2,
      requires: ['port-80', 'running'],
      refusedHint: (c) =>
        msg(
          `컨테이너 안에서 apache2가 실행 중이지 않습니다: docker exec -it ${c.name} service apache2 start (설치 전이면 apt-get install apache2 -y 먼저)`,
          `apache2 is not running inside the container: docker exec -it ${c.name} service apache2 start (install it first with apt-get install apache2 -y)`,
        ),
    }),
  ],
  solution: (n) => [
    BOOK.step(n),
    ['exec', n.name('mywebserver'), 'apt-get', 'update'],
    ['exec', n.name('mywebserver'), 'apt-get', 'install', 'apache2', '-y'],
    ['exec', n.name('mywebserver'), 'service', 'apache2', 'start'],
  ],
  mutations: [
    {
      check: 'exists',
      description: msg('블로그 글의 이름 kms_webServer', "the blog post's name kms_webServer"),
      steps: (n) => [
        reviseRun(BOOK.step(n), { options: { '--name': [n.name('kms_webServer')] } }),
        ['exec', n.name('kms_webServer'), 'service', 'apache2', 'start'],
      ],
    },
    {
      check: 'image',
      description: msg('다른 태그 ubuntu:16.04', 'another tag, ubuntu:16.04'),
      steps: (n) =>
        withAnotherTag(n, 'ubuntu:14.04', 'ubuntu:16.04', (other) => [
          reviseRun(BOOK.step(n), { image: [other] }),
          ['exec', n.name('mywebserver'), 'service', 'apache2', 'start'],
        ]),
    },
    {
      check: 'port-80',
      description: msg('다른 호스트 포트 -p 8080:80', 'another host port, -p 8080:80'),
      steps: (n) => [
        reviseRun(BOOK.step(n), { options: { '-p': ['8080:80'] } }),
        ['exec', n.name('mywebserver'), 'service', 'apache2', 'start'],
      ],
    },
    {
      check: 'running',
      description: msg('exit로 빠져나와 멈춤', 'left with exit, so it stopped'),
      steps: (n) => [BOOK.step(n), ['stop', '-t', '1', n.name('mywebserver')]],
    },
    {
      check: 'http',
      description: msg('apache2를 시작하지 않음', 'apache2 never started'),
      steps: (n) => [BOOK.step(n)],
    },
  ],
  creates: ['mywebserver', 'kms_webServer'],
});
