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
  it('scores a candidate only while it can still win: ties go to the newest, a full score ends the search', async () => {
    const ubuntu = matching((c) => repositoryOf(c.image) === 'ubuntu', { describe: msg('u', 'an ubuntu container'), create: () => 'docker run -i -t ubuntu:14.04' });
    const seen: string[] = [];
    const spy = (id: string, passes: (name: string) => boolean): ContainerCheck => ({
      kind: 'container',
      id,
      title: msg(id, id),
      points: 1,
      target: ubuntu,
      test: (c) => {
        seen.push(`${id}:${c.name}`);
        return passes(c.name) ? { status: 'pass', message: msg('p', 'p') } : { status: 'fail', message: msg('f', 'f') };
      },
    });
    // made oldest first: old passes both, mid and new only a
    const containers = ['old', 'mid', 'new'].map((name) => makeContainer({ name }));
    const checks = [spy('b', (n) => n === 'old'), spy('a', () => true)];
    const result = await gradeExercise(exercise(checks), makeSnapshot({ containers }));
    expect(result.status).toBe('pass');
    // new scores 1; mid, failing b, can reach 1 at most (a tie keeps new): a is not asked; old wins with 2
    expect(seen).toEqual(['b:new', 'a:new', 'b:mid', 'b:old', 'a:old', 'b:old', 'a:old']);
    seen.length = 0;
    const equal = await gradeExercise(exercise([spy('a', () => true), spy('b', () => true)]), makeSnapshot({ containers }));
    expect(equal.status).toBe('pass');
    // the newest passes everything: no other candidate is scored, and it is the one graded
    expect(seen).toEqual(['a:new', 'b:new', 'a:new', 'b:new']);
  });
});

describe('exact-name targets (course packs): a near miss is named, never graded', () => {
  const create = (n: { name(b: string): string }) => `docker run -d --name ${n.name('lab-db')} mysql:5.7`;
  const db = named('lab-db', { aliases: ['labDb'], create });
  const exactDb = { ...named('lab-db', { aliases: ['labDb'], create }), exactName: true };
  const exactWeb = { ...named('lab-web', { create: (n) => `docker run -d --name ${n.name('lab-web')} ubuntu:14.04` }), exactName: true };
  const grade = (target: typeof db, containers: ReturnType<typeof makeContainer>[], claimed?: string[]) =>
    gradeExercise(exercise([exists(target), running(target), tty(target)]), makeSnapshot({ containers }), { prefix: 'alice', ...(claimed ? { claimed } : {}) });
  const rows = (r: Awaited<ReturnType<typeof grade>>) => r.checks.map((c) => [c.id, c.status, c.points]);

  it('grades a container of exactly the name as any target does', async () => {
    const r = await grade(exactDb, [makeContainer({ name: 'alice-lab-db', tty: true })]);
    expect(rows(r)).toEqual([['exists', 'pass', 1], ['running', 'pass', 1], ['tty', 'pass', 1]]);
  });

  it('a close name: exists fails naming it with the rename; the other checks skip for no points (the book grades them on it)', async () => {
    const near = [makeContainer({ name: 'alice-lab_db', tty: true })];
    const strict = await grade(exactDb, near);
    expect(rows(strict)).toEqual([['exists', 'fail', 0], ['running', 'skip', 0], ['tty', 'skip', 0]]);
    expect([strict.status, strict.points, strict.maxPoints]).toEqual(['fail', 0, 3]);
    expect(strict.checks[0]).toMatchObject({ expected: 'alice-lab-db', actual: 'alice-lab_db', hint: { en: 'rename it: docker rename alice-lab_db alice-lab-db' } });
    expect(strict.checks[0].message.en).toBe('no container alice-lab-db; did you mean alice-lab_db? (only a container named exactly alice-lab-db is graded: no other check looks at alice-lab_db)');
    expect(strict.checks[0].message.ko).toContain('이름이 정확히 alice-lab-db인 컨테이너만 채점합니다: 다른 검사는 alice-lab_db를 보지 않습니다');
    expect(strict.checks[1].message).toEqual({ ko: "이름이 정확히 alice-lab-db인 컨테이너가 없어 채점하지 않았습니다 ('컨테이너 lab-db 존재' 검사를 보세요, 0점)", en: "not graded: no container named exactly alice-lab-db (see 'exists'; no points)" });
    // no command view of a container that is not graded
    expect(strict.command).toBeUndefined();
    // the book's journey: the near miss is graded in the target's place, exists alone failing
    expect(rows(await grade(db, near))).toEqual([['exists', 'fail', 0], ['running', 'pass', 1], ['tty', 'pass', 1]]);
  });

  it('an alias is a near miss too: named by exists, not graded', async () => {
    const r = await grade(exactDb, [makeContainer({ name: 'alice-labDb', tty: true })]);
    expect(rows(r)).toEqual([['exists', 'fail', 0], ['running', 'skip', 0], ['tty', 'skip', 0]]);
    expect(r.checks[0].message.en).toContain('found alice-labDb, but the exercise names it alice-lab-db');
    expect(r.checks[0].hint?.en).toBe('rename it: docker rename alice-labDb alice-lab-db');
  });

  it("another target's container is no near miss: exists says to create it, the rest skip", async () => {
    const web = [makeContainer({ name: 'alice-lab-web', tty: true })];
    const r = await grade(exactDb, web, ['lab-web', 'lab-db']);
    expect(rows(r)).toEqual([['exists', 'fail', 0], ['running', 'skip', 0], ['tty', 'skip', 0]]);
    expect(r.checks[0]).toMatchObject({ actual: 'none', hint: { en: 'create it first: docker run -d --name alice-lab-db mysql:5.7' } });
    // unclaimed, the same name is a near miss (named, still not graded)
    expect((await grade(exactDb, web)).checks.map((c) => c.status)).toEqual(['fail', 'skip', 'skip']);
    // the book's target grades it, whoever claims it
    expect(rows(await grade(db, web, ['lab-web', 'lab-db']))).toEqual([['exists', 'fail', 0], ['running', 'pass', 1], ['tty', 'pass', 1]]);
  });

  it('nothing at all: exists says how to create it, the rest skip (the book fails them)', async () => {
    const r = await grade(exactDb, []);
    expect(rows(r)).toEqual([['exists', 'fail', 0], ['running', 'skip', 0], ['tty', 'skip', 0]]);
    expect(r.checks[0].hint?.en).toBe('create it first: docker run -d --name alice-lab-db mysql:5.7');
    expect((await grade(db, [])).checks.map((c) => c.status)).toEqual(['fail', 'fail', 'fail']);
  });

  it('without an exists check the first check names the near miss and the rename; exists reports wherever it stands', async () => {
    const near = makeSnapshot({ containers: [makeContainer({ name: 'alice-lab_web' })] });
    const noExists = await gradeExercise(exercise([running(exactWeb), tty(exactWeb)]), near, { prefix: 'alice' });
    expect(noExists.checks.map((c) => c.status)).toEqual(['fail', 'skip']);
    expect(noExists.checks[0]).toMatchObject({ actual: 'alice-lab_web', hint: { en: 'rename it: docker rename alice-lab_web alice-lab-web' } });
    expect(noExists.checks[1].message.en).toBe("not graded: no container named exactly alice-lab-web (see 'running'; no points)");
    const existsLast = await gradeExercise(exercise([running(exactWeb), exists(exactWeb)]), near, { prefix: 'alice' });
    expect(existsLast.checks.map((c) => [c.id, c.status])).toEqual([['running', 'skip'], ['exists', 'fail']]);
    expect(existsLast.checks[1].message.en).toContain('did you mean alice-lab_web?');
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
