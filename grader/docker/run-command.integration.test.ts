/**
 * Round trip on the real engine: containers made with every flag the chapter uses, collected and
 * reconstructed, read back as the very command that made them (nothing missing, nothing extra).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { engine } from '../../fixtures/exercise-tester.js';
import { collectSnapshot } from '../collect/collect.js';
import { shellWords } from './docker-args.js';
import { compareRun, parseRun, reconstructRun } from './run-command.js';
import type { Snapshot } from '../model/snapshot-schema.js';

const prefix = uniquePrefix('ex3');
const p = (name: string) => `${prefix}${name}`;
const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rt-'));

// `docker create` checks every flag but binds no port and starts nothing (fixed ports need no lock).
const COMMANDS = [
  `docker create -i -t --name ${p('a')} -p 80 -p 127.0.0.1:7777:80 -p 3306:3306 -e A=1 -e MYSQL_ROOT_PASSWORD=s3cret-rt --link ${p('src')}:db -v ${dir}:/data2 -v ${p('vol')}:/root/ --volumes-from ${p('src')} --memory 200m --memory-swap 500m --cpus 0.5 --cpu-shares 512 --cpuset-cpus 0 --restart always -P --log-opt max-size=10k --log-opt max-file=3 ubuntu:14.04`,
  `docker create --name ${p('b')} --net ${p('net')} --net-alias alicek106 --mount type=volume,source=${p('vol')},target=/mnt --log-driver syslog --entrypoint echo ubuntu:14.04 hello world`,
  `docker run -d --name ${p('c')} -v /root --restart on-failure:3 -e GREETING='hello world' ubuntu:14.04 sleep 600`,
  `docker create -i -t --name ${p('d')} --link ${p('src')} -p 192.168.0.100:7777:80 centos:7`,
];

let snapshot: Snapshot;

beforeAll(async () => {
  await removeByPrefix(prefix);
  await applySteps([
    ['network', 'create', p('net')],
    ['volume', 'create', p('vol')],
    ['create', '--name', p('src'), '-v', '/data', 'ubuntu:14.04'],
    ...COMMANDS.map((c) => shellWords(c).slice(1)),
  ]);
  snapshot = await collectSnapshot(await engine());
});

afterAll(async () => {
  await removeByPrefix(prefix);
  rmSync(dir, { recursive: true, force: true });
});

describe('reconstructRun on real inspect data', () => {
  it.each(COMMANDS.map((c) => [c.split(' ').slice(0, 4).join(' '), c] as const))('%s … reads back as typed', (_short, command) => {
    const name = shellWords(command)[shellWords(command).indexOf('--name') + 1];
    const container = snapshot.containers.find((c) => c.name === name)!;
    const diff = compareRun(reconstructRun(container, snapshot), parseRun(command));
    expect({ missing: diff.missing, extra: diff.extra }).toEqual({ missing: [], extra: [] });
    expect(diff.learner).not.toContain('s3cret-rt');
  });

  it('marks what a learner left out, against the book', () => {
    const container = snapshot.containers.find((c) => c.name === p('a'))!;
    const diff = compareRun(reconstructRun(container, snapshot), parseRun(`docker run -i -t --name ${p('a')} --link ${p('src')}:mysql -p 80 ubuntu:14.04`));
    expect(diff.missing).toEqual([`--link ${p('src')}:mysql`]);
    expect(diff.extra).toContain(`--link ${p('src')}:db`);
    expect(diff.extra).toContain('-e MYSQL_ROOT_PASSWORD=(hidden)');
  });
});
