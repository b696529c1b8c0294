/**
 * What `GET /images/{id}/json` says of an image, kept between runs. An image id is the digest of the
 * image's configuration, so everything the snapshot keeps of an inspection except its references
 * (created, labels, author, config, layers, history, size) never changes for that id; the references (tags,
 * digests) come fresh from `GET /images/json` on every run. A check thus inspects only images it has
 * not seen before: on this 2-core machine the engine answers the container inspections about 8 ms
 * sooner without the nine image inspections competing for it (issue 7).
 *
 * One file per engine location in the cache directory (engine-facts.ts's cacheDir), holding exactly the
 * images the last collection saw, so it never outgrows the engine. A cache that cannot be read, has
 * another version, or holds an entry that is not the image it is filed under is ignored; one that
 * cannot be written is simply not kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Image } from '../model/snapshot-schema.js';
import { cacheDir, writeCacheFile } from './engine-facts.js';
import type { ImageReferences } from './map-inspect.js';

/**
 * 2: images keep their history, shell and healthcheck timing (snapshot version 2); 3: their layers' ids (`layerIds`);
 * 4: history without the label steps `dockgrade solve` adds on top of a build; 5: also after a SHELL line.
 */
const CACHE_VERSION = 5;

/** An image as the snapshot keeps it, without its references. */
export type ImageBody = Omit<Image, 'tags' | 'digests' | 'dangling'>;

interface CacheFile {
  version: number;
  images: Record<string, ImageBody>;
}

export interface ImageCache {
  /** The image with these references, when its inspection is known. */
  lookup(id: string, references: ImageReferences): Image | undefined;
  /** Keeps exactly these images for the next run (writes only when they differ from what was read). */
  save(images: readonly Image[]): void;
}

function fileFor(location: string, env: NodeJS.ProcessEnv): string {
  return join(cacheDir(env), `images-${location.replace(/[^A-Za-z0-9.]+/g, '-')}.json`);
}

function readEntries(file: string): Map<string, ImageBody> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed?.version !== CACHE_VERSION || typeof parsed.images !== 'object' || parsed.images === null) return new Map();
    const entries = Object.entries(parsed.images).filter(([id, body]) => typeof body === 'object' && body !== null && body.id === id && typeof body.config === 'object' && body.config !== null && Array.isArray(body.history));
    return new Map(entries);
  } catch {
    return new Map();
  }
}

function body(image: Image): ImageBody {
  const { tags: _tags, digests: _digests, dangling: _dangling, ...rest } = image;
  return rest;
}

/** Opens the image cache of the engine at `location` (`unix:///var/run/docker.sock`, `tcp://…`). */
export function openImageCache(location: string, env: NodeJS.ProcessEnv = process.env): ImageCache {
  const file = fileFor(location, env);
  const known = readEntries(file);
  return {
    lookup(id, references) {
      const cached = known.get(id);
      if (!cached) return undefined;
      // the snapshot's key order: id, tags, digests, dangling, then the rest as mapImage writes it
      const { id: _id, ...rest } = cached;
      return { id, ...references, dangling: references.tags.length === 0, ...rest };
    },
    save(images) {
      const unchanged = images.length === known.size && images.every((image) => known.has(image.id));
      if (unchanged) return;
      const content: CacheFile = { version: CACHE_VERSION, images: Object.fromEntries(images.map((image) => [image.id, body(image)])) };
      // a read-only home: no cache, still correct
      writeCacheFile(file, JSON.stringify(content));
    },
  };
}
