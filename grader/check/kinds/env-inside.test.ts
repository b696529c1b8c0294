import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { db, recorded, run } from '../../../fixtures/probe-kind-tester.js';
import { envInside } from './env-inside.js';

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
