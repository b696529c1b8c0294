import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { detached } from './detached.js';

describe('detached', () => {
  it('passes with -d and fails in the foreground', async () => {
    expect((await statusOf(detached(web), [makeContainer({ name: 'web', attachStdout: false })])).status).toBe('pass');
    const r = await statusOf(detached(web), [makeContainer({ name: 'web', attachStdout: true })]);
    expect(r.status).toBe('fail');
    expect(r.actual).toBe('AttachStdout=true');
  });
});
