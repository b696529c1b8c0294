import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { exists } from './exists.js';

describe('exists', () => {
  it('passes on the exact name', async () => {
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
});
