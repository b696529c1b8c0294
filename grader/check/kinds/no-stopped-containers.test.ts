import { makeContainer, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { noStoppedContainers } from './no-stopped-containers.js';

describe('noStoppedContainers', () => {
  it("both ways; under a prefix only the learner's own, and no prune hint", async () => {
    const stopped = makeContainer({ name: 'alice-old', state: { status: 'exited', running: false } });
    expect((await stateOf(noStoppedContainers(), makeSnapshot({ containers: [makeContainer({ name: 'up' })] }))).status).toBe('pass');
    const everyone = await stateOf(noStoppedContainers(), makeSnapshot({ containers: [stopped, makeContainer({ name: 'created', state: { status: 'created', running: false } })] }));
    expect(everyone.message.en).toBe('2 stopped containers left: alice-old (exited (0)), created (created)');
    // Korean names each state in Korean: no English status words inside the sentence.
    expect(everyone.message.ko).toBe('정지된 컨테이너가 2개 남아 있습니다: alice-old (종료됨 (종료 코드 0)), created (생성만 됨 (시작 전))');
    expect(everyone.hint?.en).toBe('remove the stopped containers: docker container prune');
    const alice = await stateOf(noStoppedContainers(), makeSnapshot({ containers: [stopped, makeContainer({ name: 'bob-old', state: { status: 'exited', running: false } })] }), 'alice');
    expect(alice.hint?.en).toBe('remove the stopped containers: docker rm alice-old');
  });
});
