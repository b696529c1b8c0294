/**
 * Relations between a snapshot's objects that no single inspection says: which containers a network
 * has, which containers use a volume, whether a volume is anonymous (and the engine's identity apart
 * from its host facts). Free of zod, for hot paths. Computed from the containers'
 * own inspections (no `GET /networks/{id}` or `docker system df` per object), by the collector and by
 * the migration of older snapshot files alike.
 */

/** Label that newer engines (23+) put on a volume made by `-v /path` or an image's VOLUME. */
export const ANONYMOUS_VOLUME_LABEL = 'com.docker.volume.anonymous';

const ANONYMOUS_NAME = /^[0-9a-f]{64}$/;

/** What the relations read of a container. */
export interface LinkedContainer {
  name: string;
  networks: Readonly<Record<string, { networkId: string }>>;
  mounts: ReadonlyArray<{ type: string; name?: string }>;
}

/** Whether a volume was made without a name (`-v /root`, an image's VOLUME): its name is 64 hex digits. */
export function isAnonymousVolume(name: string, labels: Readonly<Record<string, string>>): boolean {
  return Object.hasOwn(labels, ANONYMOUS_VOLUME_LABEL) || ANONYMOUS_NAME.test(name);
}

/**
 * Names of the containers attached to a network, sorted: by network id, or by the network's name for
 * a container never started (its attachment has no id yet).
 */
export function attachedContainers(network: { id: string; name: string }, containers: readonly LinkedContainer[]): string[] {
  return containers
    .filter((c) => Object.entries(c.networks).some(([name, n]) => (n.networkId ? n.networkId === network.id : name === network.name)))
    .map((c) => c.name)
    .sort();
}

/**
 * The name of the container whose network `networkMode` shares (`container:<id>` as the engine keeps
 * it, or `container:<name>`), found among `containers` by id (whole or its start) or name; undefined in
 * other modes or when it is not there.
 */
export function networkContainerName(networkMode: string, containers: ReadonlyArray<{ id: string; name: string }>): string | undefined {
  if (!networkMode.startsWith('container:')) return undefined;
  const ref = networkMode.slice('container:'.length);
  if (!ref) return undefined;
  return (containers.find((c) => c.id === ref || c.name === ref) ?? (/^[0-9a-f]{12,}$/.test(ref) ? containers.find((c) => c.id.startsWith(ref)) : undefined))?.name;
}

/** Names of the containers that mount a volume, sorted. */
export function volumeUsers(volume: string, containers: readonly LinkedContainer[]): string[] {
  return volumeUsersOf(containers)(volume);
}

/**
 * {@link volumeUsers} for many volumes: the containers' mounts are read once (an engine's hundreds of
 * old volumes each filtered every container: 0.4 MB of garbage and ~3 ms of a cold check here, with 343).
 */
export function volumeUsersOf(containers: readonly LinkedContainer[]): (volume: string) => string[] {
  const users = new Map<string, string[]>();
  for (const c of containers)
    for (const m of c.mounts) {
      if (m.type !== 'volume' || m.name === undefined) continue;
      const names = users.get(m.name);
      if (!names) users.set(m.name, [c.name]);
      else if (names[names.length - 1] !== c.name) names.push(c.name);
    }
  for (const names of users.values()) names.sort();
  return (volume) => [...(users.get(volume) ?? [])];
}

/** The engine's identity as a result carries it (grader/model/result-schema.ts), without its host facts. */
export function engineIdentity<T extends { id: string; name: string; serverVersion: string; apiVersion: string; os: string; osType: string; arch: string; kernelVersion: string; endpoint: string }>(
  engine: T,
): Pick<T, 'id' | 'name' | 'serverVersion' | 'apiVersion' | 'os' | 'osType' | 'arch' | 'kernelVersion' | 'endpoint'> {
  const { id, name, serverVersion, apiVersion, os, osType, arch, kernelVersion, endpoint } = engine;
  return { id, name, serverVersion, apiVersion, os, osType, arch, kernelVersion, endpoint };
}
