/**
 * The one mapper from the engine's raw inspect output to the Snapshot's own camelCase types.
 * Pure functions: tested on recorded inspect JSON without an engine.
 */
import type { Container, ContainerState, Healthcheck, Image, ImageHistoryStep, Network, PortBinding, SnapshotEngine, Volume } from '../model/snapshot-schema.js';
import { isAnonymousVolume } from '../model/snapshot-links.js';

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

function nullableNum(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** `Config.Healthcheck` of a container or an image; null when there is none. */
export function mapHealthcheck(value: unknown): Healthcheck | null {
  const h = value as Raw | null | undefined;
  if (!h || typeof h !== 'object' || !Array.isArray(h.Test)) return null;
  return { test: strings(h.Test), interval: num(h.Interval), timeout: num(h.Timeout), startPeriod: num(h.StartPeriod), retries: num(h.Retries) };
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
      ipv4Address: str(n?.IPAMConfig?.IPv4Address),
      macAddress: str(n?.MacAddress),
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
      healthFailingStreak: num(state.Health?.FailingStreak),
      oomKilled: Boolean(state.OOMKilled),
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
      propagation: str(m?.Propagation),
      ...(m?.Driver ? { driver: str(m.Driver) } : {}),
    })),
    mountSpecs: (Array.isArray(host.Mounts) ? host.Mounts : []).map((m: Raw) => ({
      type: str(m?.Type),
      source: str(m?.Source),
      target: str(m?.Target),
      readOnly: Boolean(m?.ReadOnly),
      propagation: str(m?.BindOptions?.Propagation),
    })),
    volumesFrom: strings(host.VolumesFrom),
    networkMode: str(host.NetworkMode),
    networks,
    logConfig: { type: str(host.LogConfig?.Type), config: stringMap(host.LogConfig?.Config) },
    resources: {
      memory: num(host.Memory),
      memorySwap: num(host.MemorySwap),
      memoryReservation: num(host.MemoryReservation),
      memorySwappiness: nullableNum(host.MemorySwappiness),
      nanoCpus: num(host.NanoCpus),
      cpuShares: num(host.CpuShares),
      cpusetCpus: str(host.CpusetCpus),
      cpusetMems: str(host.CpusetMems),
      cpuPeriod: num(host.CpuPeriod),
      cpuQuota: num(host.CpuQuota),
      blkioWeight: num(host.BlkioWeight),
      blkioWeightDevice: Array.isArray(host.BlkioWeightDevice) ? host.BlkioWeightDevice.map((d: Raw) => ({ path: str(d?.Path), weight: num(d?.Weight) })) : [],
      blkioDeviceReadBps: throttles(host.BlkioDeviceReadBps),
      blkioDeviceWriteBps: throttles(host.BlkioDeviceWriteBps),
      blkioDeviceReadIOps: throttles(host.BlkioDeviceReadIOps),
      blkioDeviceWriteIOps: throttles(host.BlkioDeviceWriteIOps),
      devices: Array.isArray(host.Devices)
        ? host.Devices.map((d: Raw) => ({ pathOnHost: str(d?.PathOnHost), pathInContainer: str(d?.PathInContainer), cgroupPermissions: str(d?.CgroupPermissions) }))
        : [],
      pidsLimit: nullableNum(host.PidsLimit),
      oomKillDisable: Boolean(host.OomKillDisable),
    },
    restartPolicy: { name: str(host.RestartPolicy?.Name), maximumRetryCount: num(host.RestartPolicy?.MaximumRetryCount) },
    restartCount: num(raw.RestartCount),
    autoRemove: Boolean(host.AutoRemove),
    publishAllPorts: Boolean(host.PublishAllPorts),
    privileged: Boolean(host.Privileged),
    healthcheck: mapHealthcheck(config.Healthcheck),
    stopSignal: str(config.StopSignal),
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

/** Most history steps kept of one image (a real image has tens). */
export const MAX_HISTORY_STEPS = 500;

/**
 * The steps `docker build --label dockgrade.solve=… --label dockgrade.prefix=…` adds on top of a build
 * (`dockgrade solve` labels what it makes, so that `reset` finds it): the legacy builder records each label
 * as a last step of its own, which is not the learner's Dockerfile. The step is written with the shell the
 * Dockerfile's SHELL set (`/usr/local/bin/node #(nop)  LABEL …` after 2.4.4's SHELL ["/usr/local/bin/node"]).
 */
const SOLVE_LABEL_STEP = /^(?:[^#]*\s)?#\(nop\)\s+LABEL dockgrade\.(?:solve|prefix)=\S*$/;

/**
 * Maps `GET /images/{id}/history` (newest step first, `Created` in Unix seconds) to the snapshot's
 * history, oldest step first, without the label steps `dockgrade solve` adds on top (SOLVE_LABEL_STEP).
 */
export function mapHistory(raw: unknown): ImageHistoryStep[] {
  if (!Array.isArray(raw)) return [];
  let newest = 0;
  while (newest < raw.length && SOLVE_LABEL_STEP.test(str((raw[newest] as Raw)?.CreatedBy))) newest++;
  return raw
    .slice(newest, newest + MAX_HISTORY_STEPS)
    .map((step: Raw) => {
      const seconds = num(step?.Created);
      return { created: seconds > 0 ? new Date(seconds * 1000).toISOString() : '', createdBy: str(step?.CreatedBy), size: num(step?.Size), comment: str(step?.Comment) };
    })
    .reverse();
}

/** Maps `docker image inspect` output, with the image's history (`GET /images/{id}/history`) when read. */
export function mapImage(raw: Raw, history: unknown = []): Image {
  const config: Raw = raw.Config ?? {};
  const { tags, digests } = imageReferences(raw);
  return {
    id: str(raw.Id),
    tags,
    digests,
    dangling: tags.length === 0,
    created: str(raw.Created),
    labels: stringMap(config.Labels),
    author: str(raw.Author),
    comment: str(raw.Comment),
    parent: str(raw.Parent),
    architecture: str(raw.Architecture),
    os: str(raw.Os),
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
      healthcheck: mapHealthcheck(config.Healthcheck),
      shell: Array.isArray(config.Shell) ? strings(config.Shell) : null,
    },
    layers: Array.isArray(raw.RootFS?.Layers) ? raw.RootFS.Layers.length : 0,
    layerIds: strings(raw.RootFS?.Layers),
    history: mapHistory(history),
    size: num(raw.Size),
  };
}

/**
 * Maps one entry of `GET /networks`; `containers`: the names of the snapshot's containers attached to
 * it (the list's own `Containers` is empty: only a per-network inspect fills it).
 */
export function mapNetwork(raw: Raw, containers: string[] = []): Network {
  return {
    id: str(raw.Id),
    name: str(raw.Name),
    driver: str(raw.Driver),
    scope: str(raw.Scope),
    created: str(raw.Created),
    internal: Boolean(raw.Internal),
    attachable: Boolean(raw.Attachable),
    enableIPv6: Boolean(raw.EnableIPv6),
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
    containers,
  };
}

/** Maps one entry of `GET /volumes`; `usedBy`: the names of the snapshot's containers that mount it. */
export function mapVolume(raw: Raw, usedBy: string[] = []): Volume {
  const labels = stringMap(raw.Labels);
  const name = str(raw.Name);
  return {
    name,
    driver: str(raw.Driver),
    mountpoint: str(raw.Mountpoint),
    scope: str(raw.Scope),
    labels,
    options: stringMap(raw.Options),
    createdAt: str(raw.CreatedAt),
    anonymous: isAnonymousVolume(name, labels),
    usedBy,
  };
}

/** Maps `GET /info` and `GET /version` into the engine description. */
export function mapEngine(info: Raw, version: Raw, endpoint: string): SnapshotEngine {
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
    ncpu: num(info.NCPU),
    memTotal: num(info.MemTotal),
    loggingDriver: str(info.LoggingDriver),
    securityOptions: strings(info.SecurityOptions),
    cgroupVersion: str(info.CgroupVersion),
    cgroupDriver: str(info.CgroupDriver),
    limits: {
      memory: Boolean(info.MemoryLimit),
      swap: Boolean(info.SwapLimit),
      cpuCfsPeriod: Boolean(info.CpuCfsPeriod),
      cpuCfsQuota: Boolean(info.CpuCfsQuota),
      cpuShares: Boolean(info.CPUShares),
      cpuSet: Boolean(info.CPUSet),
      pids: Boolean(info.PidsLimit),
    },
  };
}
