/**
 * Where a run's state comes from: a live engine (collected now, probed live) or a snapshot file
 * (probes replayed from its records).
 */
import type { Probe } from '../check/types.js';
import { NO_PROBE } from '../check/run.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { EngineClient } from '../engine/engine-client.js';

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
}

export async function loadState(options: SourceOptions): Promise<LoadedState> {
  if (options.snapshotFile) {
    const { readSnapshotFile } = await import('../io/snapshot-file.js');
    const snapshot = readSnapshotFile(options.snapshotFile);
    const { ReplayProbe } = await import('../probe/probe.js');
    return {
      snapshot,
      probe: options.probes ? new ReplayProbe(snapshot.probes) : NO_PROBE,
      source: { type: 'snapshot', location: options.snapshotFile },
      records: () => [],
      assertEngineAnswered: () => undefined,
    };
  }
  const { connect } = await import('../engine/engine-client.js');
  const { collectSnapshot } = await import('../collect/collect.js');
  const { probeHost } = await import('../engine/endpoint.js');
  const client = options.client ?? (await connect({ host: options.host, timeoutMs: options.timeoutMs }));
  let snapshot: Snapshot;
  try {
    snapshot = await collectSnapshot(client);
  } catch (error) {
    const { explainConnectionError } = await import('../engine/engine-client.js');
    const { DockgradeError } = await import('../core/errors.js');
    if (error instanceof DockgradeError) throw error;
    // The engine answered a ping and then failed: treat as unreachable, never as a partial pass.
    throw explainConnectionError(client.endpoint, error);
  }
  if (!options.probes) return { snapshot, probe: NO_PROBE, source: { type: 'live', location: client.location }, records: () => [], assertEngineAnswered: () => undefined };
  const { LiveProbe } = await import('../probe/probe.js');
  const { explainConnectionError } = await import('../engine/engine-client.js');
  const probe = new LiveProbe(client, probeHost(client.endpoint));
  return {
    snapshot,
    probe,
    source: { type: 'live', location: client.location },
    records: () => probe.records,
    assertEngineAnswered: () => {
      if (probe.engineFailure) throw explainConnectionError(client.endpoint, probe.engineFailure);
    },
  };
}
