/**
 * Proves an exercise's rubric on a real engine, both ways: its reference solution must pass, and each
 * mutation must fail exactly the check it names (the others pass, or are skipped because they need
 * that one). One implementation for `dockgrade selftest` and the test suite (fixtures/exercise-tester.ts).
 * Everything runs under one tool prefix, removed before every case and at the end; the fixed host ports
 * the steps bind are locked machine-wide while the exercise runs; no step ever pulls an image.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DockerStep, ExerciseDefinition, Mutation } from '../check/types.js';
import { makeNames } from '../check/names.js';
import { fixedHostPorts, forHost, namesCpus, removingVolumes, withImageLabels, withoutPulling, type HostFacts } from './docker-args.js';
import { removeByPrefix, type DockerCli } from './docker-cli.js';
import { makeCertificates } from './certificates.js';
import type { EngineClient } from '../engine/engine-client.js';
import { withHostPorts } from '../core/host-port-lock.js';
import { PREFIX_LABEL } from '../core/constants.js';
import { msg, type Msg } from '../core/i18n.js';
import { gradeSource } from '../pipeline/pipeline.js';
import type { ExerciseResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { waitUntil, type Waited } from '../core/wait.js';
import type { Catalog } from '../pipeline/catalog.js';

export interface ProofOptions {
  /** The catalog the exercises come from (the book's; a course's): grading claims its names and keeps its public words. */
  catalog: Catalog;
  /** A tool prefix (`dgself-…-`, `dgt-…-`): everything is created and removed under it. */
  prefix: string;
  client: EngineClient;
  cli: DockerCli;
  /** Live probes (HTTP, exec); default on. */
  probes?: boolean;
  /** Pause after the steps before the first grade (ms). */
  settleMs?: number;
  /** Re-grade (not re-apply) until the case holds, at most this long (ms); default 0: grade once. */
  waitMs?: number;
  intervalMs?: number;
  /** Called before each case, so a caller can stop between cases (Ctrl+C). */
  beforeCase?: () => void;
  /**
   * Called after each mutation is graded, while the state it graded still stands (the next case removes
   * it first), with the folder its steps ran in (holding the files they wrote, as a learner's folder
   * would: the rootFS.tar of a docker export): the test suite pastes the failing check's hint there and
   * grades again, so each mutation's steps run once for both proofs (exercises/walk-*.integration.test.ts).
   */
  afterMutation?: (proof: CaseProof, mutation: Mutation, folder: string) => Promise<void>;
  /** Where steps that write or read files run (left in place); default a fresh folder per case, removed after it. */
  folder?: string;
}

/** One case of a proof: the reference solution, or one mutation. */
export interface CaseProof {
  kind: 'solution' | 'mutation';
  /** The check a mutation must fail. */
  check?: string;
  description: Msg;
  /** The checks that must fail: none for the solution, exactly one for a mutation. */
  expected: string[];
  /** The grade, or null when the steps themselves failed. */
  result: ExerciseResult | null;
  /** Why the steps failed (the docker CLI's message). */
  error?: string;
  waited: Waited;
  /** The state that was graded, with the probes' answers (what `record-exercise-snapshots` keeps). */
  snapshot?: Snapshot;
}

export interface ExerciseProof {
  exercise: string;
  cases: CaseProof[];
}

/** The ids of checks that did not pass. */
export function failing(result: ExerciseResult): string[] {
  return result.checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id);
}

/** Whether a grade is what the case expects. */
function meets(result: ExerciseResult, expected: readonly string[]): boolean {
  const got = failing(result);
  // not gradable on one host (no points, never fail): its checks are what the proof holds to
  if (result.notGradable) return expected.length === 0 ? got.length === 0 && result.checks.every((c) => c.status === 'pass') : got.length === expected.length && got.every((id, i) => id === expected[i]);
  if (expected.length === 0) return got.length === 0 && result.status === 'pass' && result.points === result.maxPoints;
  return result.status === 'fail' && got.length === expected.length && got.every((id, i) => id === expected[i]);
}

/** Whether a case holds: its steps ran and the grade is what it expects. */
export function holds(proof: CaseProof): boolean {
  return proof.result !== null && meets(proof.result, proof.expected);
}

/** Every step an exercise's proof runs (for the host-port locks). */
export function proofSteps(exercise: ExerciseDefinition, prefix: string): DockerStep[] {
  const names = makeNames(prefix);
  return [exercise.solution(names), ...exercise.mutations.map((m) => m.steps(names))].flat();
}

/**
 * Applies steps under a clean prefix (never pulling) and grades the exercise against the engine;
 * re-grades until `until` holds or `waitMs` passes. Throws when a step fails.
 */
export async function gradeAfter(
  exercise: ExerciseDefinition,
  steps: readonly DockerStep[],
  options: ProofOptions,
  edit?: (snapshot: Snapshot) => Snapshot,
  until: (result: ExerciseResult) => boolean = () => true,
): Promise<{ result: ExerciseResult; waited: Waited; snapshot: Snapshot }> {
  await removeByPrefix(options.cli, options.prefix);
  // The book's host-specific values as this host takes them (--cpuset-cpus=2 on two CPUs: 1).
  const host: HostFacts = { ncpu: namesCpus(steps) ? Number((await options.client.info()).NCPU) || 0 : 0 };
  // What makes an image carries the prefix label (the clean-up finds it even after a later build or commit to its tag left
  // it dangling), and a container a step removes takes its anonymous volumes with it (removingVolumes).
  const own = { [PREFIX_LABEL]: options.prefix };
  // An exercise that needs the learner's certificates (2.5.3.3) gets them, made with openssl, in the folder
  // its steps run in (`-v .:/certs:ro` binds it); the grade reads the client's there, as DOCKER_CERT_PATH.
  const certificates = exercise.certificates;
  const folder = options.folder ?? (certificates ? await mkdtemp(join(tmpdir(), 'dockgrade-certs-')) : undefined);
  try {
    if (certificates && folder) await makeCertificates(folder, certificates.subjectAltName);
    await options.cli.apply(steps.map((step) => removingVolumes(withImageLabels(withoutPulling(forHost(step, host)), own))), folder ? { cwd: folder } : {});
    if (options.settleMs) await new Promise((r) => setTimeout(r, options.settleMs));
    // The grading pipeline as `check` runs it (collect → probes → grade → secrets hidden), on this one exercise.
    let graded: Snapshot | undefined;
    const source = { client: options.client, probes: options.probes !== false, ...(certificates && folder ? { certPath: folder } : {}) };
    const attempt = async () => {
      const { state, run } = await gradeSource(source, { catalog: options.catalog, exercises: [exercise], prefix: options.prefix, edit });
      // The state that was graded, with this attempt's probe answers (what the recordings keep).
      graded = { ...(edit ? edit(state.snapshot) : state.snapshot), probes: state.records() };
      return run.exercises[0];
    };
    const { value, waited } = await waitUntil(attempt, until, { timeoutMs: options.waitMs ?? 0, intervalMs: options.intervalMs ?? 500 });
    return { result: value, waited, snapshot: graded! };
  } finally {
    if (folder && folder !== options.folder) await rm(folder, { recursive: true, force: true });
  }
}

async function proveCase(exercise: ExerciseDefinition, options: ProofOptions, base: Omit<CaseProof, 'result' | 'waited'>, steps: DockerStep[], edit?: (s: Snapshot) => Snapshot): Promise<CaseProof> {
  options.beforeCase?.();
  try {
    const { result, waited, snapshot } = await gradeAfter(exercise, steps, options, edit, (r) => meets(r, base.expected));
    return { ...base, result, waited, snapshot };
  } catch (error) {
    return { ...base, result: null, error: (error as Error).message, waited: { ms: 0, attempts: 0 } };
  }
}

/** Runs the reference solution and every mutation, holding the host-port locks; always cleans up. */
export async function proveExercise(exercise: ExerciseDefinition, options: ProofOptions): Promise<ExerciseProof> {
  return withHostPorts(fixedHostPorts(proofSteps(exercise, options.prefix)), async () => {
    const names = makeNames(options.prefix);
    const cases: CaseProof[] = [];
    try {
      cases.push(await proveCase(exercise, options, { kind: 'solution', description: msg('참조 풀이', 'reference solution'), expected: [] }, exercise.solution(names)));
      for (const mutation of exercise.mutations) {
        const edit = mutation.edit ? (s: Snapshot) => mutation.edit!(s, names) : undefined;
        const base: Omit<CaseProof, 'result' | 'waited'> = { kind: 'mutation', check: mutation.check, description: mutation.description, expected: [mutation.check] };
        if (!options.afterMutation) {
          cases.push(await proveCase(exercise, options, base, mutation.steps(names), edit));
          continue;
        }
        const folder = await mkdtemp(join(tmpdir(), 'dockgrade-case-'));
        try {
          const proof = await proveCase(exercise, { ...options, folder }, base, mutation.steps(names), edit);
          cases.push(proof);
          await options.afterMutation(proof, mutation, folder);
        } finally {
          await rm(folder, { recursive: true, force: true });
        }
      }
    } finally {
      await removeByPrefix(options.cli, options.prefix);
    }
    return { exercise: exercise.id, cases };
  });
}
