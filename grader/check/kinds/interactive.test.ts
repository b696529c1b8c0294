import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { interactive } from './interactive.js';

describe('interactive', () => {
  it('passes with -i and fails without', async () => {
    expect((await statusOf(interactive(web), [makeContainer({ name: 'web', openStdin: true })])).status).toBe('pass');
    const r = await statusOf(interactive(web), [makeContainer({ name: 'web', openStdin: false })]);
    expect(r.status).toBe('fail');
    expect(r.actual).toBe('OpenStdin=false');
  });
});
