import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { linkTargetRunning } from './link-target-running.js';

describe('linkTargetRunning', () => {
  it('both ways', async () => {
    const check = linkTargetRunning(web, 'db');
    const db = (running: boolean) => makeContainer({ name: 'db', state: running ? {} : { status: 'exited', running: false } });
    expect((await statusOf(check, [makeContainer({ name: 'web' }), db(true)])).status).toBe('pass');
    expect((await statusOf(check, [makeContainer({ name: 'web', state: { status: 'exited', running: false } }), db(false)])).status).toBe('pass');
    const r = await statusOf(check, [makeContainer({ name: 'web' }), db(false)]);
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toBe('start the link target again: docker start db');
    expect((await statusOf(check, [makeContainer({ name: 'web' })])).message.en).toBe('the link target db does not exist');
  });
});
