/**
 * The `node:http` client against the real engine answers exactly what dockerode answers, so the
 * collector sees the same data whichever client it is given; exec still works (through dockerode).
 */
import Dockerode from 'dockerode';
import type { StartedTestContainer } from 'testcontainers';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { startOwnContainer } from '../../fixtures/own-container.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSnapshot } from '../collect/collect.js';
import { openImageCache } from '../collect/image-cache.js';
import { connect } from './engine-client.js';
import { HttpEngineClient } from './http-engine-client.js';

const prefix = uniquePrefix('pf');

let web: StartedTestContainer | undefined;

beforeAll(async () => {
  await removeByPrefix(prefix);
  web = await startOwnContainer('ubuntu:14.04', `${prefix}web`, (c) => c.withEnvironment({ GREETING: 'hi' }).withCommand(['sleep', '300']));
  // created, never started: testcontainers only starts containers (fixtures/own-container.integration.test.ts shows it), so this one goes through the CLI
  await docker(['create', '--name', `${prefix}idle`, 'centos:7']);
}, 120_000);
afterAll(async () => {
  await web?.stop({ timeout: 1 });
  await removeByPrefix(prefix);
});

describe('HttpEngineClient on the real engine', () => {
  it('is what connect() returns for the local socket', async () => {
    expect(await connect()).toBeInstanceOf(HttpEngineClient);
  });

  it('lists and inspects the same data as dockerode', async () => {
    const client = await connect();
    const reference = new Dockerode({ socketPath: '/var/run/docker.sock' });
    const ids = await client.listContainerIds();
    const mine = (await reference.listContainers({ all: true, filters: { name: [prefix] } })).map((c) => c.Id);
    expect(mine).toHaveLength(2);
    for (const id of mine) {
      expect(ids).toContain(id);
      expect(await client.inspectContainer(id)).toEqual(await reference.getContainer(id).inspect());
    }
    const images = await client.listImages();
    const ubuntu = images.find((i) => i.RepoTags?.includes('ubuntu:14.04'));
    expect(ubuntu).toBeDefined();
    expect(await client.inspectImage(ubuntu!.Id)).toEqual(await reference.getImage(ubuntu!.Id).inspect());
    expect((await client.listNetworks()).map((n) => n.Id).sort()).toEqual((await reference.listNetworks()).map((n) => n.Id).sort());
    expect((await client.info()).ID).toBe((await reference.info()).ID);
    expect((await client.version()).ApiVersion).toBe(((await reference.version()) as { ApiVersion: string }).ApiVersion);
    expect(await client.inspectContainer(`${prefix}never-existed`)).toBeNull();
  });

  it('runs exec probes through dockerode', async () => {
    const client = await connect();
    const result = await client.exec(`${prefix}web`, ['sh', '-c', 'echo $GREETING'], 10_000);
    expect(result).toEqual({ exitCode: 0, output: 'hi\n' });
  });

  it('collects the same images from its image cache as from fresh inspections (tags and digests from the list)', async () => {
    const client = await connect();
    const env = { DOCKGRADE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'dockgrade-images-')) };
    // an image of our own (our container committed) with two tags: nobody else's image is touched
    await docker(['commit', `${prefix}web`, `${prefix}img:1`]);
    await docker(['tag', `${prefix}img:1`, `${prefix}img:2`]);
    try {
      const filling = await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
      let inspections = 0;
      const counting = Object.assign(Object.create(client) as typeof client, { inspectImage: (id: string) => (inspections++, client.inspectImage(id)) });
      const cached = await collectSnapshot(counting, { imageCache: openImageCache(client.location, env) });
      const fresh = await collectSnapshot(client, { imageCache: false });
      // images tagged or removed by others in between would differ: compare the ones all three saw
      const seen = new Set(filling.images.map((i) => i.id));
      const both = (images: typeof fresh.images) => JSON.stringify(images.filter((i) => seen.has(i.id)));
      expect(both(cached.images)).toBe(both(fresh.images));
      expect(cached.images.find((i) => i.tags.includes(`${prefix}img:1`))?.tags).toEqual([`${prefix}img:1`, `${prefix}img:2`]);
      expect(inspections).toBeLessThan(cached.images.length);
    } finally {
      await docker(['rmi', `${prefix}img:1`, `${prefix}img:2`]);
    }
  });
});
