/**
 * Grades a student's live engine named on the roster (`ssh://student@lab-07`, `tcp://lab-07:2376`).
 * Goes through the grading pipeline as `check` does (grader/pipeline/pipeline.ts: connect → collect →
 * probes → grade → secrets hidden); TLS material is a folder holding `ca.pem`,
 * `cert.pem` and `key.pem` (as DOCKER_CERT_PATH), per row or per class. The whole engine is bounded by
 * one timeout; any failure is a reason string, never a throw.
 */
import type { ExerciseDefinition } from '../check/types.js';
import type { Catalog } from '../pipeline/catalog.js';
import type { RunResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { Msg } from '../core/i18n.js';
import type { ExerciseMemo } from '../pipeline/exercise-memo.js';

export interface LiveEngineOptions {
  url: string;
  /** Folder with ca.pem, cert.pem, key.pem for a TLS tcp engine. */
  tlsDir?: string;
  student: string;
  prefix?: string;
  probes: boolean;
  /** For the whole engine: connect, collect, probes. */
  timeoutMs: number;
  /** The reason given when `timeoutMs` runs out (default: no answer within N s). */
  timeoutReason?: string;
  /** Bytes of answers this engine may send in total (its share of the class: engine-budget.ts). */
  maxEngineBytes?: number;
  /** What the row is graded against (the class's catalog). */
  catalog: Catalog;
  /** The exercises graded (default: every exercise of the catalog). */
  exercises?: readonly ExerciseDefinition[];
  /** Hidden exercise results remembered across the class's runs, as for submission files (grader/pipeline/exercise-memo.ts). */
  memo?: ExerciseMemo;
}

export type LiveEngineOutcome = { ok: true; location: string; run: RunResult; snapshot: Snapshot } | { ok: false; location: string; reason: string; reasonText?: Msg };

/** The engine URL without user info or query, for reports. */
export function safeLocation(url: string): string {
  // up to the LAST @ before the path: `tcp://admin:pw@tail@host` kept `tail@host` before
  return url.replace(/^([a-z]+:\/\/)[^/]*@/i, '$1').split('?')[0];
}

class EngineTimeout extends Error {}

/** Connects, collects and grades one live engine within `timeoutMs`. Never throws. */
export async function gradeLiveEngine(options: LiveEngineOptions): Promise<LiveEngineOutcome> {
  const location = safeLocation(options.url);
  let timer: NodeJS.Timeout | undefined;
  // past its timeout the engine's connections are ended (an ssh row's ssh children killed), so a
  // silent host holds nothing open while the class goes on
  const abort = new AbortController();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new EngineTimeout(options.timeoutReason ?? `no answer within ${Math.round(options.timeoutMs / 1000)} s`));
    }, options.timeoutMs);
  });
  let client: import('../engine/engine-client.js').EngineClient | undefined;
  const work = async (): Promise<LiveEngineOutcome> => {
    const { gradeSource } = await import('../pipeline/pipeline.js');
    const env: NodeJS.ProcessEnv = options.tlsDir ? { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: options.tlsDir } : {};
    // Connected here, not inside the pipeline, so the row's timeout can close it (below).
    const { openEngine } = await import('../pipeline/source.js');
    client = await openEngine({ host: options.url, hostSource: 'roster engine', env, timeoutMs: Math.min(options.timeoutMs, 30_000), signal: abort.signal, ...(options.maxEngineBytes ? { maxEngineBytes: options.maxEngineBytes } : {}) });
    const { run, state } = await gradeSource(
      { client, probes: options.probes, location },
      { catalog: options.catalog, exercises: options.exercises ?? options.catalog.exercises, prefix: options.prefix ?? '', student: options.student, ...(options.memo ? { memo: options.memo, graded: options.memo.graded } : {}) },
    );
    return { ok: true, location, run, snapshot: { ...state.snapshot, student: options.student, probes: state.records() } };
  };
  try {
    return await Promise.race([work(), timeout]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { DockgradeError } = await import('../core/errors.js');
    const hint = error instanceof DockgradeError && error.hint ? ` — ${error.hint}` : '';
    const reason = `engine: ${message}${error instanceof EngineTimeout ? '' : hint}`.slice(0, 500);
    // The engine's error in Korean too, when it has it (a connection refused, a missing socket, ssh …).
    const ko = error instanceof DockgradeError && error.ko ? `엔진: ${error.ko.message}${error.ko.hint ? ` — ${error.ko.hint}` : ''}`.slice(0, 500) : undefined;
    const timedOut = error instanceof EngineTimeout && !options.timeoutReason ? `엔진: ${Math.round(options.timeoutMs / 1000)}초 안에 응답이 없었습니다` : undefined;
    const korean = ko ?? timedOut;
    return { ok: false, location, reason, ...(korean ? { reasonText: { ko: korean, en: reason } } : {}) };
  } finally {
    clearTimeout(timer);
    // a timed-out engine may still be trickling bytes: its sockets must not outlive its row
    client?.close?.();
  }
}
