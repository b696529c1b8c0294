import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { containerAbsent } from './container-absent.js';

describe('containerAbsent', () => {
  it('both ways', async () => {
    expect((await stateOf(containerAbsent('web'), makeSnapshot())).status).toBe('pass');
    const still = await stateOf(containerAbsent('web'), makeSnapshot({ containers: [makeContainer({ name: 'web' })] }));
    expect(still.status).toBe('fail');
    expect(still.hint?.en).toBe('remove it: docker stop web && docker rm web');
  });
  it('names the blog post name still there', async () => {
    const r = await stateOf(containerAbsent('mycentos', { aliases: ['kmsCentos'] }), makeSnapshot({ containers: [makeContainer({ name: 'kmsCentos', state: { status: 'exited', running: false } })] }));
    expect(r.message.en).toBe("container kmsCentos still exists (exited (0)) (the name used instead of the book's mycentos)");
    expect(r.hint?.en).toBe('remove it: docker rm kmsCentos');
  });
});
