import { bookCommand, reviseRun, type RunChanges } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { httpAnswers } from '../../grader/check/kinds/index.js';
import type { DockerStep, Names } from '../../grader/check/types.js';
import { detached, env, exists, image, link, named, portPublished, running } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';
import { runWordpressdb } from '../2.2.5-wordpressdb/index.js';
import { josa } from '../../grader/core/korean-particles.js';

const BOOK = bookCommand('docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress');

/** The web server container of 2.2.5, shared by the exercises that build on it. */
export const wordpress = named('wordpress', { create: BOOK.line });

/** wordpressdb, then the book's `docker run` for wordpress as steps, with `changes` for mutations. */
export function runWordpress(
  n: Names,
  changes: { env?: string[]; link?: string | null; publish?: string[] | null; image?: string[]; detach?: boolean; name?: string } = {},
): DockerStep[] {
  const name = n.name(changes.name ?? 'wordpress');
  const options: RunChanges['options'] = {
    ...(changes.env ? { '-e': changes.env } : {}),
    ...(changes.name ? { '--name': [name] } : {}),
    ...(changes.link !== undefined ? { '--link': changes.link === null ? null : [changes.link] } : {}),
    ...(changes.publish !== undefined ? { '-p': changes.publish } : {}),
    ...(changes.detach === false ? { '-d': null } : {}),
  };
  const step = reviseRun(BOOK.step(n), { options, ...(changes.image ? { image: changes.image } : {}) });
  const own: DockerStep[] = changes.detach === false ? [['create', ...step.slice(1)], ['start', name]] : [step];
  return [...runWordpressdb(n), ...own];
}

export default defineExercise({
  id: '2.2.5/wordpress',
  section: '2.2.5',
  title: msg('워드프레스 컨테이너와 --link', 'The wordpress container, linked to its database'),
  goal: msg(
    'wordpress 이미지로 wordpress 컨테이너를 -d로 실행합니다. -e로 데이터베이스 접속 정보를 주고, --link wordpressdb:mysql로 데이터베이스에 mysql이라는 별명으로 연결하고, -p 80으로 호스트의 임의 포트에 80 포트를 연결합니다. 그 포트로 워드프레스가 응답해야 합니다.',
    'Run the container wordpress from the wordpress image detached, give it the database settings with -e, link it to the database under the alias mysql with --link wordpressdb:mysql, and publish port 80 on a random host port with -p 80. WordPress answers on that port.',
  ),
  commands: [
    BOOK.text,
    'docker ps',
    'docker port wordpress',
  ],
  checks: [
    exists(wordpress),
    image(wordpress, 'wordpress'),
    env(wordpress, 'WORDPRESS_DB_HOST', 'mysql', {
      nearMisses: {
        wordpressdb: msg(
          '책은 컨테이너 이름이 아니라 --link wordpressdb:mysql이 준 별명 mysql로 데이터베이스에 접속합니다',
          'the book reaches the database by the alias --link wordpressdb:mysql gives it, mysql, not by the container name',
        ),
      },
    }),
    env(wordpress, 'WORDPRESS_DB_USER', 'root'),
    env(wordpress, 'WORDPRESS_DB_PASSWORD', 'password'),
    link(wordpress, 'wordpressdb', 'mysql', { points: 2 }),
    portPublished(wordpress, '80', { hostPort: '' }, { id: 'port-80' }),
    detached(wordpress),
    running(wordpress),
    httpAnswers(wordpress, '80', {
      points: 2,
      requires: ['port-80', 'running'],
      refusedHint: (c) => msg(`컨테이너 안의 웹 서버가 응답하지 않습니다: docker logs ${c.name}`, `the web server inside does not answer: docker logs ${c.name}`),
      serverErrorHint: (c, ctx) =>
        msg(
          `워드프레스는 데이터베이스에 연결하지 못하면 500을 냅니다: --link ${ctx.name('wordpressdb')}:mysql, WORDPRESS_DB_HOST=mysql, 비밀번호, 그리고 ${josa(ctx.name('wordpressdb'), '이/가')} 실행 중인지 확인하세요 (docker logs ${c.name})`,
          `WordPress answers 500 when it cannot reach its database: check --link ${ctx.name('wordpressdb')}:mysql, WORDPRESS_DB_HOST=mysql, the password, and that ${ctx.name('wordpressdb')} runs (docker logs ${c.name})`,
        ),
    }),
  ],
  solution: (n) => runWordpress(n),
  mutations: [
    { check: 'exists', description: msg('오타 wordpres', 'a typo, wordpres'), steps: (n) => runWordpress(n, { name: 'wordpres' }) },
    {
      check: 'image',
      description: msg('다른 이미지 (ubuntu:14.04의 웹 서버)', 'another image (a web server from ubuntu:14.04)'),
      steps: (n) => runWordpress(n, { image: ['ubuntu:14.04', 'httpd', '-f', '-p', '80', '-h', '/var/www/html'] }),
    },
    {
      check: 'env-WORDPRESS_DB_HOST',
      description: msg('별명 대신 컨테이너 이름 WORDPRESS_DB_HOST=wordpressdb', 'the container name instead of the alias, WORDPRESS_DB_HOST=wordpressdb'),
      steps: (n) => runWordpress(n, { env: ['WORDPRESS_DB_HOST=wordpressdb', 'WORDPRESS_DB_USER=root', 'WORDPRESS_DB_PASSWORD=password'] }),
    },
    { check: 'env-WORDPRESS_DB_USER', description: msg('WORDPRESS_DB_USER 없음', 'no WORDPRESS_DB_USER'), steps: (n) => runWordpress(n, { env: ['WORDPRESS_DB_HOST=mysql', 'WORDPRESS_DB_PASSWORD=password'] }) },
    {
      check: 'env-WORDPRESS_DB_PASSWORD',
      description: msg('다른 비밀번호', 'another password'),
      steps: (n) => runWordpress(n, { env: ['WORDPRESS_DB_HOST=mysql', 'WORDPRESS_DB_USER=root', 'WORDPRESS_DB_PASSWORD=hunter2-Other'] }),
    },
    { check: 'link', description: msg('잘못된 별명 --link wordpressdb:db', 'the wrong alias, --link wordpressdb:db'), steps: (n) => runWordpress(n, { link: `${n.name('wordpressdb')}:db` }) },
    { check: 'port-80', description: msg('-p 없음', 'no -p'), steps: (n) => runWordpress(n, { publish: null }) },
    { check: 'detached', description: msg('-d 없이 실행', 'run without -d'), steps: (n) => runWordpress(n, { detach: false }) },
    { check: 'running', description: msg('멈춤', 'stopped'), steps: (n) => [...runWordpress(n), ['stop', '-t', '1', n.name('wordpress')]] },
    {
      check: 'http',
      description: msg('웹 서버 없이 실행 (--entrypoint sleep)', 'run with no web server (--entrypoint sleep)'),
      steps: (n) => runWordpress(n, { image: ['--entrypoint', 'sleep', 'wordpress', '600'] }),
    },
  ],
  creates: ['wordpressdb', 'wordpress', 'wordpres'],
});
