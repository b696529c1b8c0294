/**
 * What `doctor` reads from the machine, read-only: the engine's images and published ports, whether a
 * host port can be listened on (for a moment, on 0.0.0.0, closed at once), free disk under Docker's root
 * dir, the docker CLI's version. `--online` alone asks the registry (through the engine), never by default.
 */
import { execFile } from 'node:child_process';
import { existsSync, statfsSync } from 'node:fs';
import { createServer } from 'node:net';
import { normalizeReference } from '../check/image-reference.js';
import type { EngineClient } from '../engine/engine-client.js';
import type { ImageFact, PortFact } from './doctor-checks.js';
import { msg, type Msg } from '../core/i18n.js';
import { josa } from '../core/korean-particles.js';

/** Tries to listen on `port` (0.0.0.0, where the engine publishes) and closes again at once. */
export function tryListen(port: number, host = '0.0.0.0'): Promise<PortFact['listen']> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EACCES' || error.code === 'EPERM' ? 'denied' : 'in-use'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}

/** Host ports the engine publishes now, with the containers publishing them. */
export async function publishedHostPorts(client: EngineClient): Promise<Map<number, string[]>> {
  const containers = await client.listContainers({ all: false });
  const map = new Map<number, string[]>();
  for (const c of containers) {
    const name = (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, '');
    for (const p of c.Ports ?? []) {
      if (!p.PublicPort) continue;
      const list = map.get(p.PublicPort) ?? [];
      if (!list.includes(name)) list.push(name);
      map.set(p.PublicPort, list);
    }
  }
  return map;
}

/** Each needed image: present, a stand-in, or missing. */
export async function imageFacts(client: EngineClient, images: readonly string[]): Promise<Map<string, ImageFact>> {
  const list = await client.listImages();
  const facts = new Map<string, ImageFact>();
  for (const image of images) {
    const found = list.find((i) => (i.RepoTags ?? []).some((tag) => normalizeReference(tag) === image));
    facts.set(image, found ? { present: true, standIn: found.Labels?.['dockgrade.stand-in'] === 'true' } : { present: false });
  }
  return facts;
}

/**
 * `--online` only: asks the registry, through the engine (`GET /distribution/{name}/json`, the engine's
 * own proxy, mirror and login settings), whether an image can be pulled. Pulls nothing.
 */
export async function askRegistry(client: EngineClient, image: string): Promise<Pick<ImageFact, 'pullable' | 'registryError'>> {
  try {
    await client.distribution(image);
    return { pullable: true };
  } catch (error) {
    const e = error as { statusCode?: number; json?: { message?: string }; message?: string };
    return { pullable: false, registryError: (e.json?.message ?? e.message ?? String(error)).split('\n')[0] };
  }
}

/** Free bytes under `path`, or null with the reason when it is not visible from here. */
export function freeBytes(path: string): { bytes: number | null; why?: Msg } {
  if (!path) return { bytes: null, why: msg('도커 엔진이 루트 디렉터리를 알려 주지 않았습니다', 'the engine did not say where its root dir is') };
  if (!existsSync(path)) return { bytes: null, why: msg(`${josa(path, '이/가')} 여기서 보이지 않습니다 (원격 엔진이나 가상 머신)`, `${path} is not visible from here (remote engine or a VM)`) };
  try {
    const stats = statfsSync(path);
    return { bytes: stats.bavail * stats.bsize };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const text = code ?? (error as Error).message;
    return { bytes: null, why: code === 'EACCES' || code === 'EPERM' ? msg(`읽을 권한이 없습니다 (${code})`, `permission denied (${code})`) : msg(`재지 못했습니다 (${text})`, `not measured (${text})`) };
  }
}

/**
 * `docker --version`'s version, or null when the CLI is missing. The CLI itself is asked (not the
 * engine): the learner types `docker` commands, so doctor checks the very program they will run.
 */
export function dockerCliVersion(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('docker', ['version', '--format', '{{.Client.Version}}'], { timeout: 15_000 }, (error, stdout) => {
      if (stdout?.trim()) return resolve(stdout.trim());
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolve(null);
      // The CLI is there but could not reach the engine: it still prints its own version.
      execFile('docker', ['--version'], { timeout: 15_000 }, (e2, out2) => resolve(e2 ? null : /version ([^,\s]+)/.exec(out2)?.[1] ?? out2.trim()));
    });
  });
}
