/**
 * Image inspections are kept between runs by image id: a collection inspects only ids it has not seen,
 * takes references (tags, digests) fresh from the list, and yields exactly the images a collection
 * without the cache yields.
 */
import type { ImageInspectInfo } from 'dockerode';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../engine/engine-client.js';
import { collectSnapshot } from './collect.js';
import { openImageCache } from './image-cache.js';

interface ListEntry {
  Id: string;
  RepoTags: string[];
  RepoDigests: string[];
}

function rawImage(entry: ListEntry, labels: Record<string, string> = {}): ImageInspectInfo {
  return {
    Id: entry.Id,
    RepoTags: entry.RepoTags.filter((t) => t !== '<none>:<none>'),
    RepoDigests: entry.RepoDigests.filter((d) => d !== '<none>@<none>'),
    Created: '2026-01-01T00:00:00Z',
    Author: 'book',
    Comment: '',
    Config: { Cmd: ['/bin/bash'], Entrypoint: null, Env: ['PATH=/usr/bin'], Labels: labels, ExposedPorts: { '80/tcp': {} }, WorkingDir: '', User: '', Volumes: null, OnBuild: null },
    RootFS: { Type: 'layers', Layers: ['sha256:l1', 'sha256:l2'] },
    Size: 1234,
  } as unknown as ImageInspectInfo;
}

/** An engine whose images are `entries` (mutable between collections); counts image inspections. */
function engine(entries: ListEntry[]) {
  const inspected: string[] = [];
  const client = {
    endpoint: { kind: 'unix', socketPath: '/fake.sock', source: 'test' },
    location: 'unix:///fake.sock',
    info: async () => ({ ID: 'E', Name: 'fake' }),
    version: async () => ({ Version: '27.1', ApiVersion: '1.46' }),
    listContainerIds: async () => [],
    inspectContainer: async () => null,
    listImages: async () => entries.map((e) => ({ ...e })),
    inspectImage: async (id: string) => {
      inspected.push(id);
      const entry = entries.find((e) => e.Id === id);
      return entry ? rawImage(entry, { n: id.slice(-1) }) : null;
    },
    imageHistory: async (id: string) => {
      inspected.push(`history ${id}`);
      return entries.some((e) => e.Id === id) ? [{ Created: 1_767_225_600, CreatedBy: `/bin/sh -c #(nop)  CMD ["/bin/bash"] ${id}`, Size: 0, Comment: '' }] : null;
    },
    listNetworks: async () => [],
    listVolumes: async () => [],
    logs: async () => [],
  } as unknown as EngineClient;
  return { client, inspected };
}

function cacheEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'dockgrade-image-cache-'));
  return { dir, env: { DOCKGRADE_CACHE_DIR: dir } };
}

const ubuntu: ListEntry = { Id: 'sha256:aaa1', RepoTags: ['ubuntu:14.04'], RepoDigests: [] };
const centos: ListEntry = { Id: 'sha256:bbb2', RepoTags: ['docker.io/library/centos:7', 'mycentos:latest'], RepoDigests: ['centos@sha256:ccc'] };

describe('image cache', () => {
  it('inspects each image once, then answers from the cache with the same images', async () => {
    const { env } = cacheEnv();
    const { client, inspected } = engine([ubuntu, centos]);
    const first = await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    expect(inspected.sort()).toEqual(['history sha256:aaa1', 'history sha256:bbb2', 'sha256:aaa1', 'sha256:bbb2']);
    // the history is kept with the inspection: neither is asked again
    expect(first.images.find((i) => i.id === 'sha256:aaa1')?.history).toEqual([{ created: '2026-01-01T00:00:00.000Z', createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"] sha256:aaa1', size: 0, comment: '' }]);
    const second = await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    expect(inspected).toHaveLength(4);
    expect(second.images).toEqual(first.images);
    // key order too: snapshots are written as JSON
    expect(JSON.stringify(second.images)).toBe(JSON.stringify(first.images));
    const fresh = await collectSnapshot(client, { imageCache: false });
    expect(JSON.stringify(fresh.images)).toBe(JSON.stringify(second.images));
    expect(second.images.find((i) => i.id === 'sha256:bbb2')?.tags).toEqual(['centos:7', 'mycentos:latest']);
  });

  it('takes tags and digests from the list: a retag or untag shows at once', async () => {
    const { env } = cacheEnv();
    const entries = [{ ...ubuntu }, { ...centos }];
    const { client, inspected } = engine(entries);
    await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    entries[0] = { ...ubuntu, RepoTags: ['ubuntu:14.04', 'myubuntu:1'] };
    entries[1] = { ...centos, RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] };
    const cached = await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    expect(inspected).toHaveLength(4);
    expect(cached.images.map((i) => [i.id, i.tags, i.digests])).toEqual(
      (await collectSnapshot(client, { imageCache: false })).images.map((i) => [i.id, i.tags, i.digests]),
    );
    expect(cached.images.find((i) => i.id === 'sha256:aaa1')?.tags).toEqual(['ubuntu:14.04', 'myubuntu:1']);
    expect(cached.images.find((i) => i.id === 'sha256:bbb2')?.tags).toEqual([]);
    // untagged: dangling, from the list, not from the cached inspection
    expect(cached.images.map((i) => [i.id, i.dangling])).toEqual([['sha256:bbb2', true], ['sha256:aaa1', false]]);
  });

  it('inspects a new image, and keeps only the images the engine still has', async () => {
    const { dir, env } = cacheEnv();
    const entries = [ubuntu];
    const { client, inspected } = engine(entries);
    await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    entries.splice(0, 1, centos);
    const snapshot = await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    expect(inspected.filter((i) => !i.startsWith('history'))).toEqual(['sha256:aaa1', 'sha256:bbb2']);
    expect(snapshot.images.map((i) => i.id)).toEqual(['sha256:bbb2']);
    const [file] = readdirSync(dir).filter((f) => f.startsWith('images-'));
    expect(Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')).images)).toEqual(['sha256:bbb2']);
  });

  it('ignores a corrupt cache, another version, and an entry filed under another id', async () => {
    const { dir, env } = cacheEnv();
    const { client, inspected } = engine([ubuntu]);
    await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
    const file = join(dir, readdirSync(dir).find((f) => f.startsWith('images-'))!);
    const good = JSON.parse(readFileSync(file, 'utf8'));

    const { history: _history, ...withoutHistory } = good.images['sha256:aaa1'];
    const bads = [
      '{not json',
      JSON.stringify({ ...good, version: 99 }),
      JSON.stringify({ ...good, images: { 'sha256:aaa1': { ...good.images['sha256:aaa1'], id: 'sha256:other' } } }),
      // a cache of version 1 (no history) under this version's number: asked afresh, not served without history
      JSON.stringify({ ...good, images: { 'sha256:aaa1': withoutHistory } }),
      JSON.stringify({ ...good, version: 1 }),
    ];
    for (const bad of bads) {
      writeFileSync(file, bad);
      const before = inspected.length;
      const snapshot = await collectSnapshot(client, { imageCache: openImageCache(client.location, env) });
      expect(inspected.length).toBe(before + 2);
      expect(snapshot.images.map((i) => i.id)).toEqual(['sha256:aaa1']);
    }
  });

  it('still collects when the cache directory cannot be written', async () => {
    const { dir } = cacheEnv();
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const { client } = engine([ubuntu, centos]);
    const snapshot = await collectSnapshot(client, { imageCache: openImageCache(client.location, { DOCKGRADE_CACHE_DIR: join(blocked, 'cache') }) });
    expect(snapshot.images.map((i) => i.id).sort()).toEqual(['sha256:aaa1', 'sha256:bbb2']);
  });
});
