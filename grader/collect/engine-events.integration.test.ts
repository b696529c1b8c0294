/**
 * The engine's events on the real engine: a collection keeps the rename (with its old name) and the
 * learner's docker exec of its containers, through the plain-GET client and through dockerode alike,
 * and the grade reads them (dockgrade's own probe excluded). Never modifies state but its own.
 */
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { EXERCISES } from '../../exercises/index.js';
import { gradeExercise } from '../check/run.js';
import { exercise } from '../../fixtures/check-kind-tester.js';
import { execSeen, named } from '../check/kinds/index.js';
import { connect, type EngineClient } from '../engine/engine-client.js';
import { LiveProbe } from '../probe/probe.js';
import { collectSnapshot } from './collect.js';
import { remembersCreate, whileRemembered } from '../../fixtures/remembered-history.js';

const prefix = uniquePrefix('ev');
const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
const target = named('my_container', { create: (n) => `docker run -d --name ${n.name('my_container')} ubuntu:14.04` });

/** The learner's steps, made afresh: a container run as angry_morse, renamed my_container, one docker exec. */
async function make(): Promise<void> {
  await removeByPrefix(prefix);
  await docker(['run', '-d', '--name', `${prefix}angry_morse`, 'ubuntu:14.04', 'sleep', '300']);
  await docker(['rename', `${prefix}angry_morse`, `${prefix}my_container`]);
  await docker(['exec', `${prefix}my_container`, 'ls', '/']);
}

// Each test reads the engine's history of those steps; a shared engine may have forgotten them by then
// (its last 256 events only, fixtures/remembered-history.ts): the steps are made again and read again.
beforeAll(make, 120_000);
afterAll(() => removeByPrefix(prefix));

describe('engine events on the real engine', () => {
  it('are collected: the rename with its old name, the exec with its command line', async () => {
    const client = await connect();
    try {
      const snapshot = await whileRemembered(async () => {
        const read = await collectSnapshot(client, { imageCache: false });
        return { remembered: remembersCreate(read, `${prefix}my_container`), value: read };
      }, make);
      const mine = snapshot.containers.find((c) => c.name === `${prefix}my_container`)!;
      const events = snapshot.events!.items.filter((e) => e.containerId === mine.id);
      expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'start', 'rename', 'exec_start']));
      expect(events.find((e) => e.action === 'rename')).toMatchObject({ name: `${prefix}my_container`, oldName: `${prefix}angry_morse` });
      expect(events.find((e) => e.action === 'exec_start')?.command).toBe('ls /');
      expect(snapshot.events!.total).toBeGreaterThanOrEqual(events.length);
    } finally {
      client.close?.();
    }
  });

  it('grade 2.2.2/rename from them, and our own probe exec never counts as the learner\'s', async () => {
    const client = await connect();
    try {
      // one of our own probes (env) runs in it between two reads; the second still shows only the learner's exec
      const { first, mine, again } = await whileRemembered(async () => {
        const first = await collectSnapshot(client, { imageCache: false });
        const mine = first.containers.find((c) => c.name === `${prefix}my_container`)!;
        await new LiveProbe(client, '127.0.0.1').exec(mine, ['env']);
        const again = await collectSnapshot(client, { imageCache: false });
        return { remembered: remembersCreate(again, `${prefix}my_container`), value: { first, mine, again } };
      }, make);
      const result = await gradeExercise(byId('2.2.2/rename'), first, { prefix });
      expect(result.checks.map((c) => [c.id, c.status])).toEqual([['exists', 'pass'], ['renamed', 'pass']]);
      expect(result.checks[1].message.en).toContain(`docker rename ${prefix}angry_morse ${prefix}my_container`);
      const commands = again.events!.items.filter((e) => e.containerId === mine.id && e.action === 'exec_start').map((e) => e.command);
      expect(commands).toEqual(['ls /', 'env']);
      const seen = await gradeExercise(exercise([execSeen(target, { command: () => 'docker exec -i -t my_container /bin/bash' })]), again, { prefix });
      expect(seen.checks[0].message.en).toContain(`1 docker exec, the last: docker exec ${prefix}my_container ls /`);
    } finally {
      client.close?.();
    }
  });

  it('reads the same events through dockerode (the client of ssh:// engines)', async () => {
    const client = await connect();
    try {
      // the plain-GET client's own dockerode fallback: the path an ssh:// engine takes
      const slow = (client as unknown as { slow(): EngineClient }).slow();
      // the run's create names the container as it was then (angry_morse)
      const created = (list: Array<Record<string, any>>) => list.some((e) => e.Action === 'create' && e.Actor?.Attributes?.name === `${prefix}angry_morse`);
      const [plain, viaDockerode] = await whileRemembered(async () => {
        const until = new Date();
        const both = await Promise.all([client.pastEvents!(until), slow.pastEvents!(until)]);
        return { remembered: both.every(created), value: both };
      }, make);
      const renames = (list: Array<Record<string, any>>) => list.filter((e) => e.Action === 'rename' && String(e.Actor?.Attributes?.name).startsWith(prefix)).length;
      expect(renames(viaDockerode)).toBe(1);
      expect(renames(plain)).toBe(1);
    } finally {
      client.close?.();
    }
  });

  it('with filters, the engine sends only the asked actions (the exec line matched by its start), through both clients', async () => {
    const client = await connect();
    try {
      const slow = (client as unknown as { slow(): EngineClient }).slow();
      const filters = { type: ['container'], event: ['create', 'exec_start'] };
      const created = (list: Array<Record<string, any>>) => list.some((e) => e.Action === 'create' && e.Actor?.Attributes?.name === `${prefix}angry_morse`);
      const [all, plain, viaDockerode] = await whileRemembered(async () => {
        const until = new Date();
        const three = await Promise.all([client.pastEvents!(until), client.pastEvents!(until, filters), slow.pastEvents!(until, filters)]);
        return { remembered: three.every(created), value: three };
      }, make);
      const ours = (list: Array<Record<string, any>>) => list.filter((e) => String(e.Actor?.Attributes?.name).startsWith(prefix)).map((e) => `${e.Type} ${e.Action}`);
      // unfiltered, the engine also tells the start and the rename; filtered, only the create and the exec
      expect(ours(all)).toEqual(expect.arrayContaining(['container start', 'container rename', 'container exec_start: ls /']));
      // (an earlier test's probe ran `env` in it: dockgrade's own exec is an exec line too)
      expect(ours(plain).slice(0, 2)).toEqual(['container create', 'container exec_start: ls /']);
      expect(ours(plain).every((line) => line === 'container create' || line.startsWith('container exec_start: '))).toBe(true);
      expect(ours(viaDockerode)).toEqual(ours(plain));
      // and nothing of any other action or type, of anyone's objects
      expect(plain.every((e) => e.Type === 'container' && (e.Action === 'create' || String(e.Action).startsWith('exec_start')))).toBe(true);
      expect(plain.length).toBeLessThan(all.length);
    } finally {
      client.close?.();
    }
  });
});
