/**
 * A check kind as a registered module with metadata, as ESLint declares a rule (`meta` + `create`) and
 * hadolint gives each rule a stable code: its name (what an exercise file writes as `kind:`), a code that
 * is never reused, what it targets, a zod schema of its parameters (published as JSON Schema for editors
 * of exercise files), ko/en docs, and `build`, which makes the check from validated parameters. The
 * registry is grader/check/kinds/index.ts (`KINDS`).
 */
import type { z } from 'zod';
import type { Msg } from '../../core/i18n.js';
import type { CheckSpec, ContainerTarget, EventsRead, Names } from '../types.js';
import type { CheckOptions } from './check-builder.js';
import type { TextTemplate } from '../exercise/text-template.js';
import { EDIT_FILE } from '../file-edit.js';

/**
 * What a check is about: one container (by name, or the best one a rule admits), or the state as a whole
 * (an image is present, no stopped container is left), or `any`: a container target when the check
 * gives `target`, else the image, network, volume or engine its parameters name (kind `field`).
 */
export type KindTarget = 'container' | 'state' | 'any';

/** What `build` receives: the target (for container kinds), the validated parameters, the exercise's overrides. */
export interface KindInput<P> {
  readonly target: ContainerTarget | undefined;
  readonly params: P;
  readonly options: CheckOptions;
  /** Resolves another target of the exercise by its key (kinds that relate two containers). */
  readonly targetOf: (key: string) => ContainerTarget;
  /** A docker command line of the exercise file as the learner types it: their names under the prefix. */
  readonly line: (command: string) => (names: Names) => string;
  /**
   * A line of a build file as the learner writes it: a `FROM` of an image the exercise's steps make names
   * their tag (`FROM onbuild_test:0.0` → `FROM onbuild_test:alice-0.0`), a `LABEL dockgrade.prefix=…` carries
   * their prefix; any other line as it is.
   */
  readonly fileLine: (text: string) => (names: Names) => string;
}

/** zod's namespace, handed to `params`. */
export type Zod = typeof z;

/** One check kind. */
export interface KindModule<S extends z.ZodType = z.ZodType> {
  /** What an exercise file writes as `kind:` (kebab-case, the module's file name). */
  readonly name: string;
  /** Stable code (`DG101`), never reused for another kind, for docs and reports that cite it. */
  readonly code: string;
  readonly target: KindTarget;
  /** What the kind looks at and when it passes, in both languages. */
  readonly docs: Msg;
  /**
   * The kind's own parameters, beside `kind`, `target`, `id`, `points` and `requires`: a zod schema made
   * on demand from the zod it is given, so a `check` (which validates no exercise file) never loads zod.
   */
  readonly params: (zod: Zod) => S;
  /**
   * The engine's recent events the kind reads (Snapshot.events, grader/check/engine-history.ts): by type
   * of object, the actions. A check of a live engine asks the engine only for those its exercises' kinds
   * read, and the `docker exec` lines, whose secrets stay hidden (grader/pipeline/pipeline.ts
   * eventsWanted); the registry test holds this in step with what each kind's module reads.
   */
  readonly readsEvents?: EventsRead;
  build(input: KindInput<z.output<S>>): CheckSpec;
}

/** Declares a kind; the registry test holds names, codes and modules in step. */
export function defineKind<S extends z.ZodType>(kind: KindModule<S>): KindModule<S> {
  return kind;
}

/** A text in both languages, as an exercise file writes it (each a handlebars template). */
export const textSchema = (zod: Zod) =>
  zod.object({ ko: zod.string().min(1).describe('Korean text (a handlebars template)'), en: zod.string().min(1).describe('English text (a handlebars template)') }).strict();

/**
 * A text parameter: written as `{ ko, en }` templates, handed to `build` compiled (render it with
 * renderText of grader/check/exercise/text-template.ts, given the learner's names and container).
 */
export const textParam = (zod: Zod, description: string) => textSchema(zod).describe(description) as unknown as z.ZodType<TextTemplate, Msg>;

/** A docker command line parameter (`docker network create mynet`): names in it get the learner's prefix (KindInput.line). */
export const commandParam = (zod: Zod, description: string) => zod.string().regex(/^docker\s+\S/, 'a docker command line').describe(description);

/**
 * A build's fix that edits a file (grader/check/file-edit.ts): the line a file of the build folder needs,
 * appended, or (`only`) as its one line. The hint gives it in words and as `echo … >> FILE` before the build.
 */
export const editParam = (zod: Zod, description: string) =>
  zod
    .object({
      file: zod.string().regex(EDIT_FILE, 'a file inside the build folder (Dockerfile, .dockerignore)').describe('the file, relative to where docker build runs'),
      line: zod.string().min(1).regex(/^[^\n]*$/, 'one line').describe('the line, as the book writes it'),
      only: zod.boolean().optional().describe('true: the file holds this one line and nothing else (written over); default: the line is appended'),
    })
    .strict()
    .describe(description);

/** No parameters. */
export const noParams = (zod: Zod) => zod.object({}).strict();
