/**
 * An exercise file after compilation (exercise-compiler.ts): validated, its texts parsed into templates,
 * its command lines split into steps. Plain data, so the built-in exercises are written into a generated
 * module at build time (exercises/catalog.generated.ts) and a `check` parses no YAML and no template.
 */
import type { Msg } from '../../core/i18n.js';
import type { SnapshotEdit } from '../../model/exercise-schema.js';
import type { DockerStep } from '../types.js';
import type { Template, TextTemplate } from './text-template.js';

/** A target, with its defaults filled in. */
export interface CompiledTarget {
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly shared?: boolean;
  /** Whether a near-miss container is graded in the target's place; absent: the catalog's default (the book: grade, a course pack: skip). */
  readonly nearMiss?: 'skip' | 'grade';
  readonly match?: { readonly repository?: string; readonly ports?: 'none' | 'bound' };
  readonly describe: Msg;
  /**
   * The command that creates it: arguments after `docker` (names before the prefix, which the rewriter
   * adds), or a template rendered as written where only `{{name …}}` gets the prefix.
   */
  readonly create: readonly string[] | { readonly template: Template };
  /** `create` as typed without a prefix (`docker run -i -t --name mycentos centos:7`), made when compiled (exercise-builder.ts noPrefixLines). */
  readonly createLine?: string;
  readonly missingHint?: TextTemplate;
}

export interface CompiledCheck {
  readonly kind: string;
  readonly target?: string;
  readonly id?: string;
  readonly points?: number;
  readonly requires?: string | readonly string[];
  readonly hidden?: boolean;
  /** The kind's parameters, validated; texts as templates. */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface CompiledMutation {
  readonly check: string;
  readonly description: Msg;
  readonly steps: readonly DockerStep[];
  readonly edit?: SnapshotEdit;
}

export interface CompiledExercise {
  readonly id: string;
  readonly section: string;
  readonly order: number;
  /** Where it came from (`exercises/2.2.1-run-ubuntu.yaml`), for errors. */
  readonly source: string;
  readonly title: Msg;
  readonly goal: Msg;
  readonly commands: readonly string[];
  readonly unnamed?: string;
  readonly targets: Readonly<Record<string, CompiledTarget>>;
  readonly checks: readonly CompiledCheck[];
  readonly solution: readonly DockerStep[];
  readonly mutations: readonly CompiledMutation[];
  readonly creates: readonly string[];
  readonly commandView?: boolean;
  readonly certificates?: { readonly subjectAltName: string };
  readonly notGradableOn?: ReadonlyArray<{ readonly host: string; readonly reason: Msg }>;
  /** Each command line the checks render (fix lines and the like), as typed without a prefix, by the line as the file writes it (noPrefixLines). */
  readonly lines?: Readonly<Record<string, string>>;
  /** Titles this file gives its section and its parents (the book's catalog adds the ones it lacks). */
  readonly sectionTitles?: Readonly<Record<string, Msg>>;
}

/** An exercise of the generated index (exercises/catalog.generated.ts): what is known of it before it is built. */
export interface CompiledEntry {
  readonly id: string;
  readonly section: string;
  readonly order: number;
  /** The book's commands (the catalog's public words). */
  readonly commands: readonly string[];
  /** The container names its checks claim (grader/check/run.ts claimedNames). */
  readonly claims: readonly string[];
}

/** A compiled file without its proof (solution and mutations), which only selftest, solve, reset and doctor read. */
export type CompiledGrading = Omit<CompiledExercise, 'solution' | 'mutations'>;

/** A compiled file's proof: its solution and mutations. */
export type CompiledProof = Pick<CompiledExercise, 'solution' | 'mutations'>;

/**
 * The compiled files of a section, each with its proof read from `proof()` when first asked for (one
 * call for the section): the generated catalog keeps the proofs, about half of the data, in a JSON text
 * of their own, so a `check` parses none of them (issue 25).
 */
export function withProof(files: readonly CompiledGrading[], proof: () => readonly CompiledProof[]): CompiledExercise[] {
  let proofs: readonly CompiledProof[] | undefined;
  const proofOf = (i: number): CompiledProof => (proofs ??= proof())[i];
  return files.map((file, i) =>
    Object.defineProperties(file, {
      solution: { get: () => proofOf(i).solution, enumerable: true },
      mutations: { get: () => proofOf(i).mutations, enumerable: true },
    }) as CompiledExercise,
  );
}
