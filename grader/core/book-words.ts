/**
 * The words of the book's commands (every exercise's `commands`, split as publicText splits them): the
 * book's own example values (`-e MYSQL_ROOT_PASSWORD=password`, `MYSQL_DATABASE=wordpress`) are printed
 * in every copy of the book, so they are not secrets and are never hidden. A learner's own other values
 * stay hidden everywhere.
 *
 * A list here, not computed from exercises/: the reporters and the check kinds need it and may not
 * import the exercises (lint rules and import cycles). book-words.test.ts checks that it equals
 * publicText(EXERCISES), so an exercise whose commands change fails that test until this list follows.
 */
export const BOOK_WORDS: ReadonlySet<string> = new Set([
  '$MYSQL_ROOT_PASSWORD', '--link', '--name', '-a', '-d', '-e', '-f', '-i', '-p', '-t', '-y', '/', '/bin/bash', '14.04',
  '192.168.0.100', '3306', '5.7', '7', '7777', '80', 'MYSQL_DATABASE', 'MYSQL_ROOT_PASSWORD', 'WORDPRESS_DB_HOST',
  'WORDPRESS_DB_PASSWORD', 'WORDPRESS_DB_USER', 'angry_morse', 'apache2', 'apt-get', 'attach', 'centos', 'container',
  'create', 'docker', 'echo', 'exec', 'ifconfig', 'images', 'install', 'ls', 'my_container', 'mycentos', 'mysql',
  'mywebserver', 'network_test', 'password', 'port', 'prune', 'ps', 'pull', 'rename', 'rm', 'root', 'run', 'service',
  'start', 'stop', 'ubuntu', 'update', 'wordpress', 'wordpressdb',
]);
