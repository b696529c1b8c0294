/**
 * The one mapper from the engine's raw inspect output to the Snapshot's own camelCase types.
 * Pure functions: tested on recorded inspect JSON without an engine.
 */
import type { Container, ContainerState, EngineInfo, Image, Network, PortBinding, Volume } from '../model/snapshot-schema.js';

type Raw = Record<string, any>;

const STATUSES = new Set<ContainerState['status']>(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Raw)) out[k] = v == null ? '' : String(v);
  }
  return out;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `["A=1","B"]` → `{A:"1", B:""}`; the first `=` splits. */
export function parseEnv(list: unknown): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of strings(list)) {
    const at = entry.indexOf('=');
    if (at < 0) env[entry] = '';
    else env[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return env;
}

function bindings(value: unknown): Record<string, PortBinding[]> {
  const out: Record<string, PortBinding[]> = {};
  if (value && typeof value === 'object') {
    for (const [port, list] of Object.entries(value as Raw)) {
      out[port] = Array.isArray(list) ? list.map((b: Raw) => ({ hostIp: str(b?.HostIp), hostPort: str(b?.HostPort) })) : [];
    }
  }
  return out;
}

function throttles(value: unknown): Array<{ path: string; rate: number }> {
  return Array.isArray(value) ? value.map((d: Raw) => ({ path: str(d?.Path), rate: num(d?.Rate) })) : [];
}

/** Maps `docker container inspect` output. */
export function mapContainer(raw: Raw, logTail?: string[]): Container {
  const config: Raw = raw.Config ?? {};
  const host: Raw = raw.HostConfig ?? {};
  const net: Raw = raw.NetworkSettings ?? {};
  const state: Raw = raw.State ?? {};
  const status = STATUSES.has(state.Status) ? (state.Status as ContainerState['status']) : state.Running ? 'running' : 'exited';
  const networks: Container['networks'] = {};
  for (const [name, n] of Object.entries((net.Networks ?? {}) as Raw)) {
    networks[name] = {
      networkId: str(n?.NetworkID),
      ipAddress: str(n?.IPAddress),
      gateway: str(n?.Gateway),
      aliases: strings(n?.Aliases),
      dnsNames: strings(n?.DNSNames),
      links: strings(n?.Links),
    };
  }
  return {
    id: str(raw.Id),
    name: str(raw.Name).replace(/^\//, ''),
    image: str(config.Image),
    imageId: str(raw.Image),
    created: str(raw.Created),
    state: {
      status,
      running: Boolean(state.Running),
      paused: Boolean(state.Paused),
      restarting: Boolean(state.Restarting),
      exitCode: Math.trunc(num(state.ExitCode)),
      error: str(state.Error),
      startedAt: str(state.StartedAt),
      finishedAt: str(state.FinishedAt),
      health: state.Health?.Status ? String(state.Health.Status) : null,
    },
    tty: Boolean(config.Tty),
    openStdin: Boolean(config.OpenStdin),
    attachStdin: Boolean(config.AttachStdin),
    attachStdout: Boolean(config.AttachStdout),
    attachStderr: Boolean(config.AttachStderr),
    env: parseEnv(config.Env),
    cmd: Array.isArray(config.Cmd) ? strings(config.Cmd) : null,
    entrypoint: Array.isArray(config.Entrypoint) ? strings(config.Entrypoint) : null,
    workingDir: str(config.WorkingDir),
    user: str(config.User),
    hostname: str(config.Hostname),
    labels: stringMap(config.Labels),
    exposedPorts: Object.keys(config.ExposedPorts ?? {}).sort(),
    portBindings: bindings(host.PortBindings),
    ports: Object.fromEntries(Object.entries(bindings(net.Ports)).filter(([, list]) => list.length > 0)),
    links: strings(host.Links),
    binds: strings(host.Binds),
    mounts: (Array.isArray(raw.Mounts) ? raw.Mounts : []).map((m: Raw) => ({
      type: str(m?.Type),
      ...(m?.Name ? { name: str(m.Name) } : {}),
      source: str(m?.Source),
      destination: str(m?.Destination),
      mode: str(m?.Mode),
      rw: Boolean(m?.RW),
      ...(m?.Driver ? { driver: str(m.Driver) } : {}),
    })),
    mountSpecs: (Array.isArray(host.Mounts) ? host.Mounts : []).map((m: Raw) => ({
      type: str(m?.Type),
      source: str(m?.Source),
      target: str(m?.Target),
      readOnly: Boolean(m?.ReadOnly),
    })),
    volumesFrom: strings(host.VolumesFrom),
    networkMode: str(host.NetworkMode),
    networks,
    logConfig: { type: str(host.LogConfig?.Type), config: stringMap(host.LogConfig?.Config) },
    resources: {
      memory: num(host.Memory),
      memorySwap: num(host.MemorySwap),
      nanoCpus: num(host.NanoCpus),
      cpuShares: num(host.CpuShares),
      cpusetCpus: str(host.CpusetCpus),
      cpuPeriod: num(host.CpuPeriod),
      cpuQuota: num(host.CpuQuota),
      blkioDeviceWriteBps: throttles(host.BlkioDeviceWriteBps),
      blkioDeviceWriteIOps: throttles(host.BlkioDeviceWriteIOps),
    },
    restartPolicy: { name: str(host.RestartPolicy?.Name), maximumRetryCount: num(host.RestartPolicy?.MaximumRetryCount) },
    autoRemove: Boolean(host.AutoRemove),
    publishAllPorts: Boolean(host.PublishAllPorts),
    ...(logTail ? { logTail } : {}),
  };
}

/** Strips `docker.io/library/` so references read as `docker images` shows them. */
export function shortReference(reference: string): string {
  return reference.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}

/** An image's references as `docker images` shows them. */
export interface ImageReferences {
  tags: string[];
  digests: string[];
}

/** The references of an image inspection or of a `GET /images/json` entry (which may say `<none>`). */
export function imageReferences(raw: Raw): ImageReferences {
  return {
    tags: strings(raw.RepoTags).filter((t) => t !== '<none>:<none>').map(shortReference),
    digests: strings(raw.RepoDigests).filter((d) => d !== '<none>@<none>'),
  };
}

/** Maps `docker image inspect` output. */
export function mapImage(raw: Raw): Image {
  const config: Raw = raw.Config ?? {};
  const { tags, digests } = imageReferences(raw);
  return {
    id: str(raw.Id),
    tags,
    digests,
    created: str(raw.Created),
    labels: stringMap(config.Labels),
    author: str(raw.Author),
    comment: str(raw.Comment),
    config: {
      cmd: Array.isArray(config.Cmd) ? strings(config.Cmd) : null,
      entrypoint: Array.isArray(config.Entrypoint) ? strings(config.Entrypoint) : null,
      env: strings(config.Env),
      exposedPorts: Object.keys(config.ExposedPorts ?? {}).sort(),
      workingDir: str(config.WorkingDir),
      user: str(config.User),
      volumes: Object.keys(config.Volumes ?? {}).sort(),
      onBuild: strings(config.OnBuild),
      stopSignal: str(config.StopSignal),
      healthcheck: Array.isArray(config.Healthcheck?.Test) ? strings(config.Healthcheck.Test) : null,
    },
    layers: Array.isArray(raw.RootFS?.Layers) ? raw.RootFS.Layers.length : 0,
    size: num(raw.Size),
  };
}

/** Maps one entry of `GET /networks`. */
export function mapNetwork(raw: Raw): Network {
  return {
    id: str(raw.Id),
    name: str(raw.Name),
    driver: str(raw.Driver),
    scope: str(raw.Scope),
    internal: Boolean(raw.Internal),
    attachable: Boolean(raw.Attachable),
    ipam: {
      driver: str(raw.IPAM?.Driver),
      config: (Array.isArray(raw.IPAM?.Config) ? raw.IPAM.Config : []).map((c: Raw) => ({
        subnet: str(c?.Subnet),
        ipRange: str(c?.IPRange),
        gateway: str(c?.Gateway),
      })),
    },
    options: stringMap(raw.Options),
    labels: stringMap(raw.Labels),
  };
}

/** Maps one entry of `GET /volumes`. */
export function mapVolume(raw: Raw): Volume {
  return {
    name: str(raw.Name),
    driver: str(raw.Driver),
    mountpoint: str(raw.Mountpoint),
    scope: str(raw.Scope),
    labels: stringMap(raw.Labels),
    options: stringMap(raw.Options),
  };
}

/** Maps `GET /info` and `GET /version` into the engine description. */
export function mapEngine(info: Raw, version: Raw, endpoint: string): EngineInfo {
  return {
    id: str(info.ID),
    name: str(info.Name),
    serverVersion: str(info.ServerVersion) || str(version.Version),
    apiVersion: str(version.ApiVersion),
    os: str(info.OperatingSystem),
    osType: str(info.OSType),
    arch: str(info.Architecture),
    kernelVersion: str(info.KernelVersion),
    endpoint,
  };
}
