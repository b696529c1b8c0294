import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { msg } from '../core/i18n.js';
import { defineExercise } from './define.js';
import { gradeExercise } from './run.js';
import type { ContainerCheck, ExerciseDefinition } from './types.js';
import {
  containerAbsent,
  detached,
  env,
  exists,
  image,
  imagePresent,
  interactive,
  link,
  linkTargetRunning,
  matching,
  named,
  noStoppedContainers,
  normalizeReference,
  portPublished,
  repositoryOf,
  running,
  started,
  tty,
} from './vocabulary.js';

const web = named('web', { aliases: ['kmsWeb'], create: (n) => `docker run --name ${n.name('web')} ubuntu:14.04` });

function exercise(checks: ExerciseDefinition['checks']): ExerciseDefinition {
  return defineExercise({ id: '9.9/test', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: ['docker run'], checks, solution: () => [], mutations: [] });
}

async function statusOf(check: ExerciseDefinition['checks'][number], containers = [makeContainer({ name: 'web' })], prefix = '') {
  const result = await gradeExercise(exercise([check]), makeSnapshot({ containers }), { prefix });
  return result.checks[0];
}

describe('references', () => {
  it('normalises tags and registries', () => {
    expect(normalizeReference('ubuntu')).toBe('ubuntu:latest');
    expect(normalizeReference('docker.io/library/mysql:5.7')).toBe('mysql:5.7');
    expect(normalizeReference('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(repositoryOf('localhost:5000/app:1')).toBe('localhost:5000/app');
  });
});

describe('target resolution', () => {
  it('finds the exact name', async () => {
    expect((await statusOf(exists(web))).status).toBe('pass');
  });
  it('names a known other name as a near miss, with the rename command', async () => {
    const r = await statusOf(exists(web), [makeContainer({ name: 'kmsWeb' })]);
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toContain('docker rename kmsWeb web');
  });
  it('suggests the closest name for a typo', async () => {
    const r = await statusOf(exists(web), [makeContainer({ name: 'wbe' }), makeContainer({ name: 'database' })]);
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('no container web; did you mean wbe?');
  });
  it('fails with the creating command when nothing is close', async () => {
    const r = await statusOf(tty(web), [makeContainer({ name: 'database' })]);
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toContain('docker run --name web ubuntu:14.04');
  });
  it('sees only prefixed containers under a prefix', async () => {
    const containers = [makeContainer({ name: 'web' }), makeContainer({ name: 'alice-web', tty: true })];
    expect((await statusOf(tty(web), containers, 'alice')).status).toBe('pass');
    expect((await statusOf(tty(web), containers, '')).status).toBe('fail');
  });
  it('picks the unnamed candidate that passes most checks', async () => {
    const ubuntu = matching((c) => repositoryOf(c.image) === 'ubuntu', { describe: msg('u', 'an ubuntu container'), create: () => 'docker run -i -t ubuntu:14.04' });
    const good = makeContainer({ name: 'good', tty: true, openStdin: true });
    const bad = makeContainer({ name: 'bad' }); // newer, but passes less
    const result = await gradeExercise(exercise([tty(ubuntu), interactive(ubuntu)]), makeSnapshot({ containers: [good, bad, makeContainer({ name: 'c', image: 'centos:7', tty: true })] }));
    expect(result.status).toBe('pass');
  });
});

describe('check builders, both ways', () => {
  const cases: Array<[string, ContainerCheck, Parameters<typeof makeContainer>[0], Parameters<typeof makeContainer>[0]]> = [
    ['image', image(web, 'ubuntu:14.04'), { image: 'ubuntu:14.04' }, { image: 'ubuntu:16.04' }],
    ['tty', tty(web), { tty: true }, { tty: false }],
    ['stdin', interactive(web), { openStdin: true }, { openStdin: false }],
    ['detached', detached(web), { attachStdout: false }, { attachStdout: true }],
    ['running', running(web), {}, { state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['boom'] }],
    ['started', started(web), { state: { status: 'exited', running: false } }, { state: { status: 'created', running: false } }],
    ['env', env(web, 'MYSQL_DATABASE', 'wordpress'), { env: { MYSQL_DATABASE: 'wordpress' } }, { env: { MYSQL_DATABASE: 'other' } }],
    ['port', portPublished(web, '80', { hostPort: '80' }), { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '80' }] } }, { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] } }],
    ['random port', portPublished(web, '80', { hostPort: '' }), { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] } }, { portBindings: {} }],
    ['specific ip', portPublished(web, '80', { hostPort: '7777', hostIp: 'specific' }), { portBindings: { '80/tcp': [{ hostIp: '192.168.0.100', hostPort: '7777' }] } }, { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '7777' }] } }],
    ['link', link(web, 'db', 'mysql'), { links: ['/db:/web/mysql'] }, { links: ['/db:/web/db'] }],
  ];
  it.each(cases)('%s passes on the right state and fails on the wrong one', async (_name, check, good, bad) => {
    expect((await statusOf(check, [makeContainer({ name: 'web', ...good })])).status).toBe('pass');
    const failed = await statusOf(check, [makeContainer({ name: 'web', ...bad })]);
    expect(failed.status).toBe('fail');
    expect(failed.hint?.en || failed.message.en).toBeTruthy();
  });

  it('explains an exited container with its log tail', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['[ERROR] password option is not specified'] })]);
    expect(r.actual).toBe('exited (1)');
    expect(r.message.en).toContain('password option is not specified');
  });

  it('says created-but-never-started with docker start', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'created', running: false } })]);
    expect(r.hint?.en).toBe('start it: docker start web');
  });

  it('never prints a secret-looking value', async () => {
    const r = await statusOf(env(web, 'MYSQL_ROOT_PASSWORD', 'password'), [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2' } })]);
    expect(r.status).toBe('fail');
    expect(JSON.stringify({ ...r, hint: undefined })).not.toContain('hunter2');
    expect(r.message.en).toBe('MYSQL_ROOT_PASSWORD is set but differs from what the exercise asks');
  });

  it('names the link under the wrong alias', async () => {
    const r = await statusOf(link(web, 'db', 'mysql'), [makeContainer({ name: 'web', links: ['/db:/web/database'] })]);
    expect(r.message.en).toBe('linked to db under alias database, not mysql');
  });

  it('says a port bound only on 127.0.0.1', async () => {
    const r = await statusOf(portPublished(web, '80', { hostPort: '80' }), [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '80' }] } })]);
    expect(r.message.en).toBe('published only on 127.0.0.1, not on every address');
  });
});

describe('state checks', () => {
  it('imagePresent both ways, naming other tags of the repository', async () => {
    const present = await gradeExercise(exercise([imagePresent('centos:7')]), makeSnapshot());
    expect(present.status).toBe('pass');
    const absent = await gradeExercise(exercise([imagePresent('centos:7')]), makeSnapshot({ images: [makeImage(['centos:8'])] }));
    expect(absent.checks[0].message.en).toBe('no image centos:7 (found centos:8)');
  });
  it('containerAbsent both ways', async () => {
    expect((await gradeExercise(exercise([containerAbsent('web')]), makeSnapshot())).status).toBe('pass');
    const still = await gradeExercise(exercise([containerAbsent('web')]), makeSnapshot({ containers: [makeContainer({ name: 'web' })] }));
    expect(still.checks[0].hint?.en).toBe('remove it: docker stop web && docker rm web');
  });
});

describe('the runner', () => {
  it('skips a check whose required check failed, earning nothing', async () => {
    const result = await gradeExercise(exercise([started(web), running(web, { requires: 'started' })]), makeSnapshot({ containers: [makeContainer({ name: 'web', state: { status: 'created', running: false } })] }));
    expect(result.checks.map((c) => c.status)).toEqual(['fail', 'skip']);
    expect(result.points).toBe(0);
    expect(result.maxPoints).toBe(2);
    expect(result.status).toBe('fail');
  });
  it('turns a throwing check into an error of that exercise only', async () => {
    const broken: ContainerCheck = { ...tty(web), id: 'broken', test: () => { throw new Error('boom'); } };
    const result = await gradeExercise(exercise([broken, exists(web)]), makeSnapshot({ containers: [makeContainer({ name: 'web' })] }));
    expect(result.status).toBe('error');
    expect(result.error).toContain('boom');
    expect(result.checks[1].status).toBe('pass');
  });
  it('awards partial credit per check', async () => {
    const result = await gradeExercise(exercise([exists(web), tty(web, { points: 3 })]), makeSnapshot({ containers: [makeContainer({ name: 'web' })] }));
    expect([result.points, result.maxPoints]).toEqual([1, 4]);
  });
});

describe('defineExercise', () => {
  it('refuses duplicate check ids and unknown mutation targets', () => {
    expect(() => exercise([tty(web), tty(web)])).toThrow(/duplicate check id 'tty'/);
    expect(() => defineExercise({ ...exercise([tty(web)]), mutations: [{ check: 'nope', description: msg('', ''), steps: () => [] }] })).toThrow(/unknown check 'nope'/);
    expect(() => exercise([running(web, { requires: 'started' })])).toThrow(/requires 'started'/);
  });
});

describe('feedback that teaches (2.2.2–2.2.5)', () => {
  it('explains a known other env value', async () => {
    const check = env(web, 'WORDPRESS_DB_HOST', 'mysql', { nearMisses: { wordpressdb: msg('별명', 'use the alias') } });
    expect((await statusOf(check, [makeContainer({ name: 'web', env: { WORDPRESS_DB_HOST: 'wordpressdb' } })])).message.en).toBe('WORDPRESS_DB_HOST is wordpressdb, expected mysql. use the alias');
    expect((await statusOf(check, [makeContainer({ name: 'web', env: { WORDPRESS_DB_HOST: 'db' } })])).message.en).toBe('WORDPRESS_DB_HOST is db, expected mysql');
  });

  it('names a tagless image as :latest', async () => {
    const r = await statusOf(image(web, 'mysql:5.7'), [makeContainer({ name: 'web', image: 'mysql' })]);
    expect(r.message.en).toBe('wrong tag: mysql (= mysql:latest) is not mysql:5.7');
  });

  it("names the seed post's ports as a near miss", async () => {
    const check = portPublished(web, '3306', { hostPort: '3306', variant: { hostPort: '8080', containerPort: '8080', source: msg('시드 글', 'the seed post') } });
    expect((await statusOf(check, [makeContainer({ name: 'web', portBindings: { '3306/tcp': [{ hostIp: '', hostPort: '3306' }] } })])).status).toBe('pass');
    const r = await statusOf(check, [makeContainer({ name: 'web', portBindings: { '8080/tcp': [{ hostIp: '', hostPort: '8080' }] } })]);
    expect(r.message.en).toBe("found -p 8080:8080, the seed post's ports; the book uses -p 3306:3306");
  });

  it('accepts any specific host address, and says when the port went to another host port', async () => {
    const check = portPublished(web, '80', { hostPort: '7777', hostIp: 'specific' });
    expect((await statusOf(check, [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '7777' }] } })])).status).toBe('pass');
    const r = await statusOf(check, [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '6666' }] } })]);
    expect(r.message.en).toBe('published on another host port: 127.0.0.1:6666->80/tcp');
  });

  it('a created container bound to a missing address: says the address must exist', async () => {
    const r = await statusOf(running(web), [
      makeContainer({ name: 'web', state: { status: 'created', running: false, error: 'driver failed programming external connectivity: listen tcp4 192.168.0.100:7777: bind: cannot assign requested address' }, portBindings: { '80/tcp': [{ hostIp: '192.168.0.100', hostPort: '7777' }] } }),
    ]);
    expect(r.message.en).toContain('was created but never started (the engine refused to start it: driver failed');
    expect(r.hint?.en).toContain('192.168.0.100 is not an address of this host');
  });

  it('explains a start refused for a stopped link target, with the order that works', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false, exitCode: 0, error: 'Cannot link to a non running container: /db AS /web/mysql' } })]);
    expect(r.message.en).toBe('web is not running: exited (0) (the engine refused to start it: Cannot link to a non running container: /db AS /web/mysql; its --link target db must be running first)');
    expect(r.hint?.en).toBe('start the link target first: docker start db && docker start web');
  });

  it('masks secret values in a log tail', async () => {
    const r = await statusOf(running(web), [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2' }, state: { status: 'exited', running: false, exitCode: 1 }, logTail: ['login with hunter2 failed'] })]);
    expect(r.message.en).toContain('login with (hidden) failed');
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  it('linkTargetRunning both ways', async () => {
    const check = linkTargetRunning(web, 'db');
    const db = (running: boolean) => makeContainer({ name: 'db', state: running ? {} : { status: 'exited', running: false } });
    expect((await statusOf(check, [makeContainer({ name: 'web' }), db(true)])).status).toBe('pass');
    expect((await statusOf(check, [makeContainer({ name: 'web', state: { status: 'exited', running: false } }), db(false)])).status).toBe('pass');
    const r = await statusOf(check, [makeContainer({ name: 'web' }), db(false)]);
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toBe('start the link target again: docker start db');
    expect((await statusOf(check, [makeContainer({ name: 'web' })])).message.en).toBe('the link target db does not exist');
  });

  it('containerAbsent names the seed post name still there', async () => {
    const check = containerAbsent('mycentos', { aliases: ['kmsCentos'] });
    const r = await gradeExercise(exercise([check]), makeSnapshot({ containers: [makeContainer({ name: 'kmsCentos', state: { status: 'exited', running: false } })] }));
    expect(r.checks[0].message.en).toBe("container kmsCentos still exists (exited (0)) (the name used instead of the book's mycentos)");
    expect(r.checks[0].hint?.en).toBe('remove it: docker rm kmsCentos');
  });

  it('noStoppedContainers both ways; under a prefix only the learner\'s own, and no prune hint', async () => {
    const stopped = makeContainer({ name: 'alice-old', state: { status: 'exited', running: false } });
    expect((await gradeExercise(exercise([noStoppedContainers()]), makeSnapshot({ containers: [makeContainer({ name: 'up' })] }))).status).toBe('pass');
    const everyone = await gradeExercise(exercise([noStoppedContainers()]), makeSnapshot({ containers: [stopped, makeContainer({ name: 'created', state: { status: 'created', running: false } })] }));
    expect(everyone.checks[0].message.en).toBe('2 stopped container(s) left: alice-old (exited (0)), created (created)');
    expect(everyone.checks[0].hint?.en).toBe('remove the stopped containers: docker container prune');
    const alice = await gradeExercise(exercise([noStoppedContainers()]), makeSnapshot({ containers: [stopped, makeContainer({ name: 'bob-old', state: { status: 'exited', running: false } })] }), { prefix: 'alice' });
    expect(alice.checks[0].hint?.en).toBe('remove the stopped containers: docker rm alice-old');
  });

  it('requires several checks: skipped when any of them fails', async () => {
    const result = await gradeExercise(exercise([tty(web), interactive(web), exists(web, { requires: ['tty', 'stdin'] })]), makeSnapshot({ containers: [makeContainer({ name: 'web', tty: true })] }));
    expect(result.checks.map((c) => c.status)).toEqual(['pass', 'fail', 'skip']);
    expect(() => exercise([exists(web, { requires: ['tty'] })])).toThrow(/requires 'tty'/);
  });

  it('carries the learner\'s command beside the book\'s, secrets masked everywhere in the result', async () => {
    const wp = named('wordpress', { create: () => 'docker run -d -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress' });
    const container = makeContainer({ name: 'wordpress', image: 'wordpress', env: { WORDPRESS_DB_PASSWORD: 'hunter2' }, portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] }, cmd: null, hostname: '' });
    const result = await gradeExercise(exercise([env(wp, 'WORDPRESS_DB_PASSWORD', 'password'), link(wp, 'wordpressdb', 'mysql')]), makeSnapshot({ containers: [container] }));
    expect(result.command).toMatchObject({ container: 'wordpress', missing: ['-e WORDPRESS_DB_PASSWORD=(hidden)', '--link wordpressdb:mysql'], extra: ['-e WORDPRESS_DB_PASSWORD=(hidden) (differs)'] });
    expect(result.command?.learner).toBe('docker run -d --name wordpress -e WORDPRESS_DB_PASSWORD=(hidden) -p 80 wordpress');
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});
