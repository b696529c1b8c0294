/**
 * Where a run's state comes from: a live engine (collected now, probed live) or a snapshot file
 * (probes replayed from its records).
 */
import type { Probe } from '../check/types.js';
import { NO_PROBE } from '../check/run.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { EngineClient } from '../engine/engine-client.js';
import type { EventFilters } from '../engine/engine-api.js';

export interface LoadedState {
  snapshot: Snapshot;
  probe: Probe;
  source: RunResult['source'];
  /** Probe records taken live during this run (empty for files). */
  records: () => Snapshot['probes'];
  /**
   * Throws DockerUnavailableError (exit 3) when the engine stopped answering while the run probed it:
   * call after grading, before reporting, so a half-probed run is never reported.
   */
  assertEngineAnswered: () => void;
}

export interface SourceOptions {
  snapshotFile?: string;
  host?: string;
  probes: boolean;
  timeoutMs?: number;
  /** An engine already connected (`check --watch` collects again on the same connection). */
  client?: EngineClient;
  /** Environment for resolving the endpoint (a roster row's TLS folder as DOCKER_CERT_PATH). */
  env?: NodeJS.ProcessEnv;
  /** How the source is named in the result (default: the endpoint without credentials). */
  location?: string;
  /**
   * Where the learner's client certificates are (ca.pem, cert.pem, key.pem) for a TLS probe of the engine
   * (2.5.3.3); default DOCKER_CERT_PATH of `env`, else ~/.docker (grader/engine/endpoint.ts clientCertPath).
   */
  certPath?: string;
  /** Told once a live collection has asked the engine for what it reads (everything but events still to be filtered), or has failed to. */
  onAsked?: () => void;
  /** Only the engine's events these filters admit, in a live collection (default: every event it remembers); a promise: asked for once it gives them (collect.ts). */
  events?: EventFilters | Promise<EventFilters | undefined>;
}

/** A snapshot already in memory (a submission file read by `grade`): probes replayed from its records. */
export async function stateOf(snapshot: Snapshot, source: RunResult['source'], probes: boolean): Promise<LoadedState> {
  const { ReplayProbe } = await import('../probe/probe.js');
  return { snapshot, probe: probes ? new ReplayProbe(snapshot.probes) : NO_PROBE, source, records: () => [], assertEngineAnswered: () => undefined };
}

/**
 * Connects to the engine a source names (`--host`, DOCKER_HOST, a context, a roster row's URL): for the
 * commands that keep one connection across passes (`--watch`, `selftest`) or only ask the engine
 * (`doctor`). Throws DockerUnavailableError (exit 3).
 */
export async function openEngine(options: Pick<SourceOptions, 'host' | 'env' | 'timeoutMs'> & { hostSource?: string; signal?: AbortSignal; maxEngineBytes?: number }): Promise<EngineClient> {
  const { connect } = await import('../engine/engine-client.js');
  // signal: a roster row past its timeout ends the connection attempt (an ssh row's ssh child is killed);
  // maxEngineBytes: the row's share of what a class may hold from its engines (engine-budget.ts)
  return connect({ host: options.host, ...(options.hostSource ? { hostSource: options.hostSource } : {}), timeoutMs: options.timeoutMs, ...(options.env ? { env: options.env } : {}), ...(options.signal ? { signal: options.signal } : {}), ...(options.maxEngineBytes ? { maxEngineBytes: options.maxEngineBytes } : {}) });
}

/** source → collect → probes: the state of a live engine (collected now, probed live) or of a snapshot file. */
export async function loadState(options: SourceOptions): Promise<LoadedState> {
  if (options.snapshotFile) {
    const { readSnapshotFile } = await import('../io/snapshot-file.js');
    return stateOf(readSnapshotFile(options.snapshotFile), { type: 'snapshot', location: options.snapshotFile }, options.probes);
  }
  const { collectSnapshot } = await import('../collect/collect.js');
  const { probeHost, clientCertPath } = await import('../engine/endpoint.js');
  let client: EngineClient;
  try {
    client = options.client ?? (await openEngine(options));
  } catch (error) {
    options.onAsked?.();
    throw error;
  }
  let snapshot: Snapshot;
  try {
    const collecting = collectSnapshot(client, options.events ? { events: options.events } : {});
    // its requests leave in this turn of the event loop (plain-http.ts sends them on the next tick)
    if (options.onAsked) setImmediate(options.onAsked);
    snapshot = await collecting;
  } catch (error) {
    const { explainConnectionError } = await import('../engine/engine-client.js');
    const { DockgradeError } = await import('../core/errors.js');
    if (error instanceof DockgradeError) throw error;
    // The engine answered a ping and then failed: treat as unreachable, never as a partial pass.
    throw explainConnectionError(client.endpoint, error);
  }
  const source: RunResult['source'] = { type: 'live', location: options.location ?? client.location };
  if (!options.probes) return { snapshot, probe: NO_PROBE, source, records: () => [], assertEngineAnswered: () => undefined };
  const { LiveProbe } = await import('../probe/probe.js');
  const { explainConnectionError } = await import('../engine/engine-client.js');
  const probe = new LiveProbe(client, probeHost(client.endpoint), options.certPath ?? clientCertPath(options.env ?? process.env));
  return {
    snapshot,
    probe,
    source,
    records: () => probe.records,
    assertEngineAnswered: () => {
      if (probe.engineFailure) throw explainConnectionError(client.endpoint, probe.engineFailure);
    },
  };
}
