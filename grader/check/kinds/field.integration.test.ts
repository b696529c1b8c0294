/**
 * Kind `field` on the real engine: a network with a subnet of its own and a labelled volume made as a
 * learner types them (under a `dgt-obj-` prefix, the learner's), collected once and graded from an
 * exercise file: the right values pass, another value fails with expected/found, a typo names the
 * learner's own network. Removes only what it made, also when a step fails.
 */
import { docker, removeByPrefix, uniquePrefix } from '../../../fixtures/docker-cli.js';
import { collectSnapshot } from '../../collect/collect.js';
import { connect, type EngineClient } from '../../engine/engine-client.js';
import type { Snapshot } from '../../model/snapshot-schema.js';
import { parseExerciseYaml } from '../exercise/catalog-compile.js';
import { buildExercise } from '../exercise/exercise-builder.js';
import { compileExercise } from '../exercise/exercise-compiler.js';
import { gradeExercise } from '../run.js';

const prefix = uniquePrefix('obj');
// a /24 of 10.185.0.0/16 of our own (the objects collection test takes 10.183, the recording 10.184)
const subnet = `10.185.${1 + Math.floor(Math.random() * 250)}.0/24`;

let client: EngineClient;
let snapshot: Snapshot;

beforeAll(async () => {
  await removeByPrefix(prefix);
  await docker(['network', 'create', '--subnet', subnet, `${prefix}mynet`]);
  await docker(['volume', 'create', '--label', 'purpose=practice', `${prefix}myvolume`]);
  client = await connect();
  snapshot = await collectSnapshot(client, { imageCache: false });
}, 120_000);

afterAll(async () => {
  client?.close?.();
  await removeByPrefix(prefix);
});

function exercise(network: string, wantedSubnet: string) {
  const text = `
id: 9.9/objects-live
section: '9.9'
order: 1
title: { ko: 객체, en: objects }
goal: { ko: 목표, en: goal }
commands: [docker network create --subnet ${wantedSubnet} ${network}, docker volume create --label purpose=practice myvolume]
checks:
  - { kind: field, id: subnet, object: network, name: ${network}, field: ipam.config.0.subnet, equals: ${wantedSubnet}, fix: docker network create --subnet ${wantedSubnet} ${network} }
  - { kind: field, id: driver, object: network, name: ${network}, field: driver, equals: bridge }
  - { kind: field, id: purpose, object: volume, name: myvolume, field: 'labels["purpose"]', equals: practice }
  - { kind: field, id: local, object: volume, name: myvolume, field: driver, oneOf: [local] }
solution: [docker network create --subnet ${wantedSubnet} ${network}, docker volume create --label purpose=practice myvolume]
mutations:
${['subnet', 'driver', 'purpose', 'local'].map((id) => `  - { check: ${id}, description: { ko: 다름, en: other }, steps: [docker network create ${network}] }`).join('\n')}
`;
  return buildExercise(compileExercise(parseExerciseYaml(text, 'objects-live.yaml'), 'objects-live.yaml'));
}

const statuses = async (network: string, wantedSubnet: string) => (await gradeExercise(exercise(network, wantedSubnet), snapshot, { prefix })).checks;

describe('kind field on the real engine', () => {
  it('passes the network and the volume as the learner made them', async () => {
    const checks = await statuses('mynet', subnet);
    expect(checks.map((c) => [c.id, c.status])).toEqual([['subnet', 'pass'], ['driver', 'pass'], ['purpose', 'pass'], ['local', 'pass']]);
    expect(checks[0].actual).toBe(`ipam.config.0.subnet=${subnet}`);
  });

  it('fails another subnet with expected and found, and a typo with the learner\'s own network named', async () => {
    const other = await statuses('mynet', '10.186.0.0/24');
    expect(other[0]).toMatchObject({ status: 'fail', expected: 'ipam.config.0.subnet=10.186.0.0/24', actual: `ipam.config.0.subnet=${subnet}` });
    expect(other[0].hint?.en).toBe(`fix it:\n1. docker network rm ${prefix}mynet\n2. docker network create --subnet 10.186.0.0/24 ${prefix}mynet`);
    const typo = await statuses('mynte', subnet);
    expect(typo[0]).toMatchObject({ status: 'fail', message: { en: `no network ${prefix}mynte; did you mean ${prefix}mynet?` } });
  });
});
