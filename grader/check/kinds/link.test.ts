import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { link } from './link.js';

describe('link', () => {
  it('passes on the alias and names the link under the wrong alias', async () => {
    expect((await statusOf(link(web, 'db', 'mysql'), [makeContainer({ name: 'web', links: ['/db:/web/mysql'] })])).status).toBe('pass');
    const r = await statusOf(link(web, 'db', 'mysql'), [makeContainer({ name: 'web', links: ['/db:/web/database'] })]);
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('linked to db under alias database, not mysql');
  });
  it('says when there is no link at all', async () => {
    const r = await statusOf(link(web, 'db', 'mysql'));
    expect(r.message.en).toBe('no --link to db');
  });
});
