import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { started } from './started.js';

describe('started', () => {
  it('passes once started and fails when only created', async () => {
    expect((await statusOf(started(web), [makeContainer({ name: 'web', state: { status: 'exited', running: false } })])).status).toBe('pass');
    const r = await statusOf(started(web), [makeContainer({ name: 'web', state: { status: 'created', running: false } })]);
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toBe('docker start web, then docker attach web');
  });
});
