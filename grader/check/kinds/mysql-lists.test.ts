import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { db, recorded, run } from '../../../fixtures/probe-kind-tester.js';
import type { ProbeRecord } from '../../model/snapshot-schema.js';
import { mysqlLists } from './mysql-lists.js';

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
  it("shows a password the catalog prints (the book's; -p(hidden) is not a command), never another one", async () => {
    const r = await run(check, c, exec('failed', 'mysql: unknown error'), new Set(['password']));
    expect(r.message.en).toContain("mysql -uroot -ppassword -e 'show databases'");
    // a catalog that does not print it (a course's): shown as -p, which makes mysql ask
    const course = await run(check, c, exec('failed', 'mysql: unknown error'), new Set());
    expect(course.message.en).toContain("mysql -uroot -p -e 'show databases'");
    const own = makeContainer({ name: 'db', image: 'mysql:5.7', env: { MYSQL_ROOT_PASSWORD: 'hunter2-own' } });
    const ownCheck = mysqlLists(db, { user: 'root', password: 'hunter2-own', database: 'wordpress' });
    const ownArgs = JSON.stringify(['mysql', '-uroot', '-phunter2-own', '-e', 'show databases']);
    const r2 = await run(ownCheck, own, recorded(own, { kind: 'exec', outcome: 'failed', output: 'mysql: unknown error', code: 1, detail: '' }, ownArgs), new Set(['password']));
    expect(JSON.stringify(r2)).not.toContain('hunter2-own');
    expect(r2.message.en).toContain("mysql -uroot -p -e 'show databases'");
  });
});
