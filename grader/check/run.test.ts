import { exercise, statusOf, web } from '../../fixtures/check-kind-tester.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { msg } from '../core/i18n.js';
import { defineExercise } from './define.js';
import { repositoryOf } from './image-reference.js';
import { env, exists, interactive, link, running, started, tty } from './kinds/index.js';
import { gradeExercise } from './run.js';
import { matching, named } from './targets.js';
import type { ContainerCheck } from './types.js';

describe('target resolution', () => {
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
  it('requires several checks: skipped when any of them fails', async () => {
    const result = await gradeExercise(exercise([tty(web), interactive(web), exists(web, { requires: ['tty', 'stdin'] })]), makeSnapshot({ containers: [makeContainer({ name: 'web', tty: true })] }));
    expect(result.checks.map((c) => c.status)).toEqual(['pass', 'fail', 'skip']);
    expect(() => exercise([exists(web, { requires: ['tty'] })])).toThrow(/requires 'tty'/);
  });
  it("carries the learner's command beside the book's, secrets masked everywhere in the result", async () => {
    const wp = named('wordpress', { create: () => 'docker run -d -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress' });
    const container = makeContainer({ name: 'wordpress', image: 'wordpress', env: { WORDPRESS_DB_PASSWORD: 'hunter2' }, portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] }, cmd: null, hostname: '' });
    const result = await gradeExercise(exercise([env(wp, 'WORDPRESS_DB_PASSWORD', 'password'), link(wp, 'wordpressdb', 'mysql')]), makeSnapshot({ containers: [container] }));
    expect(result.command).toMatchObject({ container: 'wordpress', missing: ['-e WORDPRESS_DB_PASSWORD=(hidden)', '--link wordpressdb:mysql'], extra: ['-e WORDPRESS_DB_PASSWORD=(hidden) (differs)'] });
    expect(result.command?.learner).toBe('docker run -d --name wordpress -e WORDPRESS_DB_PASSWORD=(hidden) -p 80 wordpress');
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('defineExercise', () => {
  it('refuses duplicate check ids and unknown mutation targets', () => {
    expect(() => exercise([tty(web), tty(web)])).toThrow(/duplicate check id 'tty'/);
    expect(() => defineExercise({ ...exercise([tty(web)]), mutations: [{ check: 'nope', description: msg('', ''), steps: () => [] }] })).toThrow(/unknown check 'nope'/);
    expect(() => exercise([running(web, { requires: 'started' })])).toThrow(/requires 'started'/);
  });
});
