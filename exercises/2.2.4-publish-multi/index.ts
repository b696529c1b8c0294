import { bookCommand, reviseRun } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { withAnotherTag } from '../../grader/check/names.js';
import type { Names } from '../../grader/check/types.js';
import { image, matching, portPublished, repositoryOf, running } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';

const BLOG_POST = msg('블로그 글', 'the blog post');

const BOOK = bookCommand('docker run -i -t -p 3306:3306 -p 192.168.0.100:7777:80 ubuntu:14.04', { unnamed: 'publish-multi' });

/** The book's command with its ports; any specific address is right, and tests use 127.0.0.1, which every host has. */
const publish = (n: Names, ports = ['3306:3306', '127.0.0.1:7777:80'], image?: string) => reviseRun(BOOK.step(n), { options: { '-p': ports }, ...(image ? { image: [image] } : {}) });

// The book leaves it unnamed: any ubuntu container that publishes ports is a candidate.
const multi = matching((c) => repositoryOf(c.image) === 'ubuntu' && Object.keys(c.portBindings).length > 0, {
  describe: msg('포트를 연결한 ubuntu 컨테이너', 'ubuntu container with published ports'),
  create: BOOK.line,
});

export default defineExercise({
  id: '2.2.4/publish-multi',
  section: '2.2.4',
  title: msg('여러 포트와 특정 호스트 IP에 연결', 'Publish several ports, one on a specific host address'),
  goal: msg(
    '-p를 여러 번 써서 호스트 3306 포트를 컨테이너 3306에, 호스트의 특정 IP의 7777 포트를 컨테이너 80에 연결합니다. IP는 호스트에 실제로 있는 주소여야 합니다 (책: 192.168.0.100).',
    'Use -p twice: host port 3306 to container 3306, and port 7777 of one specific host address to container port 80. The address must exist on your host (the book uses 192.168.0.100).',
  ),
  commands: [BOOK.text],
  checks: [
    image(multi, 'ubuntu:14.04'),
    portPublished(multi, '3306', { hostPort: '3306', variant: { hostPort: '8080', containerPort: '8080', source: BLOG_POST } }, { id: 'port-3306', points: 2 }),
    portPublished(multi, '80', { hostPort: '7777', hostIp: 'specific', variant: { hostPort: '6666', containerPort: '80', source: BLOG_POST } }, { id: 'port-ip-7777', points: 2 }),
    running(multi),
  ],
  solution: (n) => [publish(n)],
  mutations: [
    {
      check: 'image',
      description: msg('다른 태그 ubuntu:16.04', 'another tag, ubuntu:16.04'),
      steps: (n) => withAnotherTag(n, 'ubuntu:14.04', 'ubuntu:16.04', (other) => [publish(n, undefined, other)]),
    },
    {
      check: 'port-3306',
      description: msg('블로그 글의 -p 8080:8080', "the blog post's -p 8080:8080"),
      steps: (n) => [publish(n, ['8080:8080', '127.0.0.1:7777:80'])],
    },
    {
      check: 'port-ip-7777',
      description: msg('IP 없이 -p 7777:80', '-p 7777:80 without an address'),
      steps: (n) => [publish(n, ['3306:3306', '7777:80'])],
    },
    {
      check: 'running',
      description: msg('exit로 빠져나와 멈춤', 'left with exit, so it stopped'),
      steps: (n) => [
        reviseRun(publish(n), { options: { '--name': [n.name('publish-multi')] } }),
        ['stop', '-t', '1', n.name('publish-multi')],
      ],
    },
  ],
  creates: ['publish-multi'],
});
