import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { msg } from '../core/i18n.js';
import { probeKey, ReplayProbe } from '../probe/probe.js';
import type { Container, ProbeRecord } from '../model/snapshot-schema.js';
import { defineExercise } from './define.js';
import { httpAnswers, envInside, mysqlLists } from './probe-vocabulary.js';
import { gradeExercise } from './run.js';
import type { CheckSpec, Probe } from './types.js';
import { named } from './vocabulary.js';

const web = named('web', { create: (n) => `docker run -d --name ${n.name('web')} -p 80 wordpress` });
const db = named('db', { create: (n) => `docker run -d --name ${n.name('db')} -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress mysql:5.7` });

/** A probe answering from fixed records, as a snapshot file would (this is what ReplayProbe does). */
function recorded(container: Container, record: Partial<ProbeRecord> & Pick<ProbeRecord, 'kind' | 'outcome'>, args: string): Probe {
  return new ReplayProbe([{ key: probeKey(record.kind, container, args), takenAt: '2026-01-01T00:00:00Z', code: null, output: '', detail: '', ...record }]);
}

async function run(check: CheckSpec, container: Container, probe: Probe) {
  const exercise = defineExercise({ id: '9.9/probe', section: '9.9', title: msg('t', 't'), goal: msg('g', 'g'), commands: ['x'], checks: [check], solution: () => [], mutations: [] });
  const result = await gradeExercise(exercise, makeSnapshot({ containers: [container] }), { probe });
  return result.checks[0];
}

describe('httpAnswers', () => {
  const c = makeContainer({ name: 'web', ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: '32768' }] } });
  const check = httpAnswers(web, '80', { refusedHint: (x) => msg(`ko ${x.name}`, `apache2 is not running inside the container: docker exec -it ${x.name} service apache2 start`) });
  it('passes on an HTTP answer', async () => {
    const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'ok', code: 200, detail: '127.0.0.1:32768' }, '80/tcp'));
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('127.0.0.1:32768 answered HTTP 200');
  });
  it('fails on a refused or reset connection, with the exercise hint', async () => {
    for (const error of ['ECONNREFUSED', 'ECONNRESET']) {
      const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'failed', detail: `127.0.0.1:32768: ${error}` }, '80/tcp'));
      expect(r.status).toBe('fail');
      expect(r.message.en).toBe('nothing answers on 127.0.0.1:32768: no server listens inside the container');
      expect(r.hint?.en).toBe('apache2 is not running inside the container: docker exec -it web service apache2 start');
    }
  });
  it('fails on a timeout and on a 5xx', async () => {
    expect((await run(check, c, recorded(c, { kind: 'http', outcome: 'failed', detail: '127.0.0.1:32768: ETIMEDOUT' }, '80/tcp'))).message.en).toBe('127.0.0.1:32768 did not answer in time');
    const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'ok', code: 500, detail: '127.0.0.1:32768' }, '80/tcp'));
    expect([r.status, r.actual]).toEqual(['fail', 'HTTP 500']);
  });
  it('skips, with the reason, when the probe cannot run (not published, not recorded)', async () => {
    const r = await run(check, c, recorded(c, { kind: 'http', outcome: 'unavailable', detail: '80/tcp is not published' }, '80/tcp'));
    expect([r.status, r.message.en]).toEqual(['skip', 'skipped, cannot probe: 80/tcp is not published']);
    const empty = await run(check, c, new ReplayProbe([]));
    expect([empty.status, empty.message.en]).toEqual(['skip', 'skipped, cannot probe: not recorded in the snapshot']);
  });
});

describe('mysqlLists', () => {
  const c = makeContainer({ name: 'db', image: 'mysql:5.7', env: { MYSQL_ROOT_PASSWORD: 'password', MYSQL_DATABASE: 'wordpress' } });
  const check = mysqlLists(db, { user: 'root', password: 'password', database: 'wordpress' });
  const args = JSON.stringify(['mysql', '-uroot', '-ppassword', '-e', 'show databases']);
  const exec = (outcome: ProbeRecord['outcome'], output: string, code: number | null = outcome === 'ok' ? 0 : 1) => recorded(c, { kind: 'exec', outcome, output, code, detail: outcome === 'unavailable' ? 'mysql is not available in the container' : '' }, args);
  it('passes when show databases lists wordpress', async () => {
    expect((await run(check, c, exec('ok', 'Database\ninformation_schema\nwordpress\nmysql\n'))).status).toBe('pass');
  });
  it('fails when the database is missing, naming what is there', async () => {
    const r = await run(check, c, exec('ok', 'Database\ninformation_schema\nmysql\n'));
    expect(r.message.en).toBe('no database wordpress (found information_schema, mysql)');
    expect(r.hint?.en).toContain('empty data directory');
  });
  it('explains a refused login and a server still starting', async () => {
    expect((await run(check, c, exec('failed', "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"))).message.en).toBe('mysql refused the root login');
    expect((await run(check, c, exec('failed', "ERROR 2002 (HY000): Can't connect to local MySQL server through socket"))).message.en).toBe('mysqld does not answer yet (it may still be initialising)');
  });
  it('is skip, not fail, when mysql is missing in the image', async () => {
    const r = await run(check, c, exec('unavailable', ''));
    expect([r.status, r.message.en]).toEqual(['skip', 'skipped, cannot probe: mysql is not available in the container']);
  });
  it('never shows the password it logs in with', async () => {
    const r = await run(check, c, exec('failed', 'mysql: unknown error with password'));
    expect(JSON.stringify(r)).not.toContain('-ppassword');
    expect(r.message.en).toContain('-p(hidden)');
  });
});

describe('envInside', () => {
  const c = makeContainer({ name: 'db', env: { MYSQL_ROOT_PASSWORD: 'hunter2', MYSQL_DATABASE: 'wordpress' } });
  const env = (output: string) => recorded(c, { kind: 'exec', outcome: 'ok', code: 0, output }, JSON.stringify(['env']));
  it('passes when env inside shows the value', async () => {
    expect((await run(envInside(db, 'MYSQL_DATABASE', 'wordpress'), c, env('PATH=/bin\nMYSQL_DATABASE=wordpress\n'))).status).toBe('pass');
  });
  it('fails when unset, or set to another value', async () => {
    expect((await run(envInside(db, 'MYSQL_DATABASE', 'wordpress'), c, env('PATH=/bin\n'))).message.en).toBe('MYSQL_DATABASE is not set inside the container');
    expect((await run(envInside(db, 'MYSQL_DATABASE', 'wordpress'), c, env('MYSQL_DATABASE=blog\n'))).message.en).toBe('MYSQL_DATABASE inside the container is blog, expected wordpress');
  });
  it('never prints a secret value inside the container', async () => {
    const r = await run(envInside(db, 'MYSQL_ROOT_PASSWORD', 'password'), c, env('MYSQL_ROOT_PASSWORD=hunter2\n'));
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('MYSQL_ROOT_PASSWORD inside the container is set but differs from what the exercise asks');
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
  it('is skip when the image has no env tool', async () => {
    const probe = recorded(c, { kind: 'exec', outcome: 'unavailable', code: 126, detail: 'env is not available in the container' }, JSON.stringify(['env']));
    expect((await run(envInside(db, 'MYSQL_DATABASE', 'wordpress'), c, probe)).status).toBe('skip');
  });
});
