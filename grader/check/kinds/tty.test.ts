import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { tty } from './tty.js';

describe('tty', () => {
  it('passes with -t and fails without', async () => {
    expect((await statusOf(tty(web), [makeContainer({ name: 'web', tty: true })])).status).toBe('pass');
    const r = await statusOf(tty(web), [makeContainer({ name: 'web', tty: false })]);
    expect(r.status).toBe('fail');
    expect(r.actual).toBe('Tty=false');
  });
});
