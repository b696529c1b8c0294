/**
 * Kind `field` against a state recorded on the real engine (fixtures/object-snapshots/objects.json):
 * alice typed the book's values, bob others, each under their own prefix. Every object type passes for
 * one and fails for the other with expected/found; a typo names the nearest of the learner's own names;
 * one learner is never shown the other's.
 */
import { LEARNERS, readObjectSnapshot } from '../../../fixtures/object-snapshot.js';
import { parseExerciseYaml } from '../exercise/catalog-compile.js';
import { buildExercise } from '../exercise/exercise-builder.js';
import { compileExercise } from '../exercise/exercise-compiler.js';
import { gradeExercise } from '../run.js';
import type { CheckResult } from '../../model/result-schema.js';

const snapshot = readObjectSnapshot();

/** An exercise of field checks, one per object type, as an exercise file writes them. */
function exercise(names: { network?: string; volume?: string; container?: string; image?: string } = {}) {
  const network = names.network ?? 'my_custom_network';
  const volume = names.volume ?? 'myvolume';
  const container = names.container ?? 'memory_1g';
  const image = names.image ?? 'commit_test:first';
  const run = `docker run -d --name ${container} --memory 1g --restart always -v ${volume}:/data --net ${network} ubuntu:14.04 sleep 600`;
  const text = `
id: 9.9/objects
section: '9.9'
order: 1
title: { ko: 객체, en: objects }
goal: { ko: 목표, en: goal }
commands: [docker network create --subnet 10.184.1.0/24 ${network}]
targets:
  c: { name: ${container}, create: ${run} }
checks:
  - { kind: field, id: subnet, object: network, name: ${network}, field: ipam.config.0.subnet, equals: 10.184.1.0/24, fix: docker network create --subnet 10.184.1.0/24 ${network} }
  - { kind: field, id: owner, object: volume, name: ${volume}, field: 'labels["owner"]', equals: alice }
  - { kind: field, id: memory, target: c, field: resources.memory, equals: 1073741824 }
  - { kind: field, id: restart, target: c, field: restartPolicy.name, oneOf: [always, unless-stopped] }
  - { kind: field, id: log, target: c, field: logConfig.config, includes: max-size }
  - { kind: field, id: author, object: image, name: '${image}', made: true, field: author, equals: alicek106 }
  - { kind: field, id: history, object: image, name: '${image}', made: true, field: history, present: true }
  - { kind: field, id: cpus, object: engine, field: ncpu, atLeast: 1 }
  - { kind: field, id: logging, object: engine, field: loggingDriver, equals: json-file }
solution: [docker network create --subnet 10.184.1.0/24 ${network}]
mutations:
${['subnet', 'owner', 'memory', 'restart', 'log', 'author', 'history', 'cpus', 'logging'].map((id) => `  - { check: ${id}, description: { ko: 밥의 값, en: "bob's value" }, steps: [docker network create ${network}] }`).join('\n')}
`;
  // The compiler wants one mutation per check; these are not run here: bob's recorded state is the proof that each check fails.
  return buildExercise(compileExercise(parseExerciseYaml(text, 'objects.yaml'), 'objects.yaml'));
}

async function grade(prefix: string, names?: Parameters<typeof exercise>[0]): Promise<Record<string, CheckResult>> {
  const result = await gradeExercise(exercise(names), snapshot, { prefix });
  return Object.fromEntries(result.checks.map((c) => [c.id, c]));
}

let compiles = true;
try {
  exercise();
} catch {
  compiles = false;
}

describe('kind field on a recorded engine state', () => {
  it('the recording is of both learners, every object type', () => {
    expect(snapshot.version).toBe(2);
    for (const who of Object.values(LEARNERS)) {
      expect(snapshot.networks.map((n) => n.name)).toContain(`${who}-my_custom_network`);
      expect(snapshot.volumes.map((v) => v.name)).toContain(`${who}-myvolume`);
      expect(snapshot.containers.map((c) => c.name)).toContain(`${who}-memory_1g`);
      expect(snapshot.images.flatMap((i) => i.tags)).toContain(`commit_test:${who}-first`);
    }
    expect(compiles).toBe(true);
  });

  it("passes every object type on alice's state", async () => {
    const checks = await grade(LEARNERS.alice);
    expect(Object.fromEntries(Object.entries(checks).map(([id, c]) => [id, c.status]))).toEqual({
      subnet: 'pass', owner: 'pass', memory: 'pass', restart: 'pass', log: 'pass', author: 'pass', history: 'pass', cpus: 'pass', logging: 'pass',
    });
    expect(checks.author.message.en).toBe(`image commit_test:${LEARNERS.alice}-first author: alicek106`);
  });

  it("fails each on bob's, with expected and found", async () => {
    const checks = await grade(LEARNERS.bob);
    const bob = LEARNERS.bob;
    expect(checks.subnet).toMatchObject({ status: 'fail', expected: 'ipam.config.0.subnet=10.184.1.0/24', actual: 'ipam.config.0.subnet=10.184.2.0/24' });
    // a container on the network (memory_1g in bob's recording) is disconnected first and connected again
    expect(checks.subnet.hint?.en).toBe(`fix it:\n1. docker network disconnect ${bob}-my_custom_network ${bob}-memory_1g\n2. docker network rm ${bob}-my_custom_network\n3. docker network create --subnet 10.184.1.0/24 ${bob}-my_custom_network\n4. docker network connect ${bob}-my_custom_network ${bob}-memory_1g`);
    expect(checks.owner).toMatchObject({ status: 'fail', message: { ko: `볼륨 ${bob}-myvolume의 labels["owner"] 값이 다릅니다: bob (필요: alice)` } });
    expect(checks.memory).toMatchObject({ status: 'fail', actual: 'resources.memory=536870912', message: { en: `container ${bob}-memory_1g resources.memory is 536870912, expected 1073741824` } });
    expect(checks.memory.hint?.en).toContain(`1. docker rm -f ${bob}-memory_1g\n2. docker run -d --name ${bob}-memory_1g --memory 1g`);
    expect(checks.restart).toMatchObject({ status: 'fail', message: { en: `container ${bob}-memory_1g restartPolicy.name is no, expected one of always, unless-stopped` } });
    expect(checks.author).toMatchObject({ status: 'fail', actual: 'author=bob', hint: { en: `look: docker image inspect commit_test:${bob}-first` } });
    // what both typed alike passes for both
    expect([checks.log.status, checks.history.status, checks.cpus.status, checks.logging.status]).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('names the nearest of the learner\'s own objects for a typo, of each type', async () => {
    const alice = LEARNERS.alice;
    const checks = await grade(alice, { network: 'my_custom_netwrok', volume: 'myvolum', container: 'memory_1', image: 'commit_test:frist' });
    expect(checks.subnet).toMatchObject({ status: 'fail', message: { en: `no network ${alice}-my_custom_netwrok; did you mean ${alice}-my_custom_network?` } });
    expect(checks.owner).toMatchObject({ status: 'fail', message: { ko: `${alice}-myvolum 볼륨이 없습니다. ${alice}-myvolume을 말한 것입니까?` } });
    // a container of a typo'd name is graded as every container check grades it: the nearest one (kind exists fails the name)
    expect(checks.memory).toMatchObject({ status: 'pass', message: { en: `container ${alice}-memory_1g resources.memory: 1073741824` } });
    expect(checks.author).toMatchObject({ status: 'fail', message: { en: `no image commit_test:${alice}-frist; did you mean commit_test:${alice}-first?` } });
  });

  it("never shows one learner another's objects, nor an anonymous volume", async () => {
    // carol made nothing: alice's and bob's objects are as near to carol's names as any typo
    const carol = `${LEARNERS.alice.slice(0, -'alice'.length)}carol`;
    const checks = await grade(carol);
    for (const id of ['subnet', 'owner', 'memory', 'author']) {
      expect([id, checks[id].status]).toEqual([id, 'fail']);
      expect(JSON.stringify(checks[id])).not.toMatch(/alice|bob/);
    }
    expect(checks.owner.message.en).toBe(`no volume ${carol}-myvolume`);
    // without a prefix every name is the learner's: the nearest shows, but never an anonymous volume's
    const anonymous = snapshot.volumes.find((v) => v.anonymous)!.name;
    const open = await grade('', { volume: anonymous.slice(0, -1) });
    expect(open.owner).toMatchObject({ status: 'fail', actual: '(none)' });
  });
});
