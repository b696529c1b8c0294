import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { msg } from '../../core/i18n.js';
import { env } from './env.js';

describe('env', () => {
  it('passes on the value and fails on another', async () => {
    expect((await statusOf(env(web, 'MYSQL_DATABASE', 'wordpress'), [makeContainer({ name: 'web', env: { MYSQL_DATABASE: 'wordpress' } })])).status).toBe('pass');
    const r = await statusOf(env(web, 'MYSQL_DATABASE', 'wordpress'), [makeContainer({ name: 'web', env: { MYSQL_DATABASE: 'other' } })]);
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('MYSQL_DATABASE is other, expected wordpress');
  });
  it('never prints a secret-looking value', async () => {
    const r = await statusOf(env(web, 'MYSQL_ROOT_PASSWORD', 'password'), [makeContainer({ name: 'web', env: { MYSQL_ROOT_PASSWORD: 'hunter2' } })]);
    expect(r.status).toBe('fail');
    expect(JSON.stringify({ ...r, hint: undefined })).not.toContain('hunter2');
    expect(r.message.en).toBe('MYSQL_ROOT_PASSWORD is set but differs from what the exercise asks');
  });
  it('explains a known other env value', async () => {
    const check = env(web, 'WORDPRESS_DB_HOST', 'mysql', { nearMisses: { wordpressdb: msg('별명', 'use the alias') } });
    expect((await statusOf(check, [makeContainer({ name: 'web', env: { WORDPRESS_DB_HOST: 'wordpressdb' } })])).message.en).toBe('WORDPRESS_DB_HOST is wordpressdb, expected mysql. use the alias');
    expect((await statusOf(check, [makeContainer({ name: 'web', env: { WORDPRESS_DB_HOST: 'db' } })])).message.en).toBe('WORDPRESS_DB_HOST is db, expected mysql');
  });
});
