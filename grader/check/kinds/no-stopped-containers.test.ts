import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { noStoppedContainers } from './no-stopped-containers.js';

describe('noStoppedContainers', () => {
  it("both ways; under a prefix only the learner's own, and no prune hint", async () => {
    const stopped = makeContainer({ name: 'alice-old', state: { status: 'exited', running: false } });
    expect((await stateOf(noStoppedContainers(), makeSnapshot({ containers: [makeContainer({ name: 'up' })] }))).status).toBe('pass');
    const everyone = await stateOf(noStoppedContainers(), makeSnapshot({ containers: [stopped, makeContainer({ name: 'created', state: { status: 'created', running: false } })] }));
    expect(everyone.message.en).toBe('2 stopped container(s) left: alice-old (exited (0)), created (created)');
    expect(everyone.hint?.en).toBe('remove the stopped containers: docker container prune');
    const alice = await stateOf(noStoppedContainers(), makeSnapshot({ containers: [stopped, makeContainer({ name: 'bob-old', state: { status: 'exited', running: false } })] }), 'alice');
    expect(alice.hint?.en).toBe('remove the stopped containers: docker rm alice-old');
  });
});
