import { bookCommand, reviseRun } from '../../grader/check/book-command.js';
import { defineExercise } from '../../grader/check/define.js';
import { mysqlLists } from '../../grader/check/kinds/index.js';
import type { DockerStep, Names } from '../../grader/check/types.js';
import { detached, env, exists, image, named, running } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';

const BOOK = bookCommand('docker run -d --name wordpressdb -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress mysql:5.7');

/** The database container of 2.2.5, shared by the exercises that build on it. */
export const wordpressdb = named('wordpressdb', { create: BOOK.line });

/** The book's `docker run` for wordpressdb as steps, with `changes` to its arguments for mutations. */
export function runWordpressdb(n: Names, changes: { detach?: boolean; env?: string[]; image?: string } = {}): DockerStep[] {
  const step = reviseRun(BOOK.step(n), { options: { ...(changes.env ? { '-e': changes.env } : {}), ...(changes.detach === false ? { '-d': null } : {}) }, ...(changes.image ? { image: [changes.image] } : {}) });
  // Without -d the CLI would attach; create + start leaves the same attached configuration, without blocking.
  return changes.detach === false ? [['create', ...step.slice(1)], ['start', n.name('wordpressdb')]] : [step];
}

export default defineExercise({
  id: '2.2.5/wordpressdb',
  section: '2.2.5',
  title: msg('데이터베이스 컨테이너 wordpressdb', 'The database container wordpressdb'),
  goal: msg(
    'mysql:5.7 이미지로 wordpressdb 컨테이너를 -d로 실행하면서 -e로 root 비밀번호와 wordpress 데이터베이스를 설정합니다. 컨테이너 안의 mysql에 wordpress 데이터베이스가 있어야 합니다.',
    'Run the container wordpressdb from mysql:5.7 detached (-d), setting the root password and the database wordpress with -e. The mysql inside lists the database wordpress.',
  ),
  commands: [BOOK.text],
  checks: [
    exists(wordpressdb),
    image(wordpressdb, 'mysql:5.7'),
    env(wordpressdb, 'MYSQL_ROOT_PASSWORD', 'password'),
    env(wordpressdb, 'MYSQL_DATABASE', 'wordpress'),
    detached(wordpressdb),
    running(wordpressdb),
    // The database's own word, once the configuration is right.
    mysqlLists(wordpressdb, { user: 'root', password: 'password', database: 'wordpress' }, { points: 2, requires: ['running', 'env-MYSQL_ROOT_PASSWORD', 'env-MYSQL_DATABASE'] }),
  ],
  solution: (n) => runWordpressdb(n),
  mutations: [
    {
      check: 'exists',
      description: msg('밑줄을 넣은 이름 wordpress_db', 'named wordpress_db, with an underscore'),
      steps: (n) => [reviseRun(BOOK.step(n), { options: { '--name': [n.name('wordpress_db')] } })],
    },
    {
      check: 'image',
      description: msg('태그 없이 mysql (= mysql:latest)', 'mysql without a tag (= mysql:latest)'),
      steps: (n) => runWordpressdb(n),
      // mysql:latest is not one of the book's images, so a lab machine may lack it (selftest needs only
      // what doctor lists): the engine records the image as typed, `mysql`, which is what this writes.
      edit: (snapshot, n) => ({ ...snapshot, containers: snapshot.containers.map((c) => (c.name === n.name('wordpressdb') ? { ...c, image: 'mysql' } : c)) }),
    },
    {
      check: 'env-MYSQL_ROOT_PASSWORD',
      description: msg('다른 root 비밀번호', 'another root password'),
      steps: (n) => runWordpressdb(n, { env: ['MYSQL_ROOT_PASSWORD=s3cr3t-Other', 'MYSQL_DATABASE=wordpress'] }),
    },
    { check: 'env-MYSQL_DATABASE', description: msg('MYSQL_DATABASE 없음', 'no MYSQL_DATABASE'), steps: (n) => runWordpressdb(n, { env: ['MYSQL_ROOT_PASSWORD=password'] }) },
    { check: 'detached', description: msg('-d 없이 실행', 'run without -d'), steps: (n) => runWordpressdb(n, { detach: false }) },
    { check: 'running', description: msg('멈춤', 'stopped'), steps: (n) => [...runWordpressdb(n), ['stop', '-t', '1', n.name('wordpressdb')]] },
    {
      check: 'mysql-wordpress',
      description: msg(
        '데이터베이스 없이 초기화된 서버 (이전 볼륨 재사용): show databases에 wordpress가 없음',
        'a server initialised earlier without the database (a reused volume): show databases lacks wordpress',
      ),
      // The stand-in mysql answers from its env; this replaces its client in our own test container with
      // one that answers like a server whose data directory never got the database.
      steps: (n) => [
        ...runWordpressdb(n),
        ['exec', n.name('wordpressdb'), 'sh', '-c', `printf '#!/bin/sh\\nprintf "Database\\\\ninformation_schema\\\\nmysql\\\\nperformance_schema\\\\nsys\\\\n"\\n' > /usr/bin/mysql`],
      ],
    },
  ],
  creates: ['wordpressdb', 'wordpress_db'],
});
