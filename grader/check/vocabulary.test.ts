import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { msg } from '../i18n.js';
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
  matching,
  named,
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
