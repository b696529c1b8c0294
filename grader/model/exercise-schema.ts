/**
 * The exercise file: one YAML file per exercise (exercises/<section>-<slug>.yaml), validated by this
 * schema and published as schemas/exercise.schema.json, so an editor completes and checks it. A check's
 * own parameters depend on its kind; grader/check/exercise/exercise-compiler.ts validates them with the
 * kind's schema (grader/check/kinds/), and the published JSON Schema lists every kind's.
 */
import { z } from 'zod';

/** A text in both languages; each is a handlebars template (grader/check/exercise/text-template.ts). */
export const ExerciseTextSchema = z
  .object({
    ko: z.string().min(1).describe('Korean text (a handlebars template: {{name "x"}}, {{josa word "이/가"}}, {{container}}, {{create}})'),
    en: z.string().min(1).describe('English text (a handlebars template)'),
  })
  .strict();

const KEY = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** The kinds of host an exercise can be not gradable on: `one-host`, the one engine dockgrade always grades (a remote log server, a cloud). */
export const NOT_GRADABLE_HOSTS = ['one-host'] as const;

/**
 * One step of a solution or mutation: a docker command line as a person types it (`docker run -d …`),
 * a step that builds with its Dockerfile and files, or a list of steps (a YAML alias of another list is
 * spliced in place).
 */
export type ExerciseStep = string | { command: string; dockerfile?: string; files?: Record<string, string> } | ExerciseStep[];

export const ExerciseStepSchema: z.ZodType<ExerciseStep> = z.lazy(() =>
  z.union([
    z.string().regex(/^docker\s+\S/, 'a step is a docker command line, starting with docker').describe('a docker command line as a person types it'),
    z
      .object({
        command: z.string().regex(/^docker\s+build\s/, 'a step with a Dockerfile is a docker build line').describe('the docker build line'),
        dockerfile: z.string().optional().describe('the Dockerfile, written into the build context'),
        files: z.record(z.string(), z.string()).optional().describe('other files of the build context, by path'),
      })
      .strict(),
    z.array(ExerciseStepSchema),
  ]),
);

/** Which containers an unnamed target admits (all that are given must hold). */
export const ContainerMatchSchema = z
  .object({
    repository: z.string().optional().describe('made from an image of this repository (`ubuntu` admits ubuntu:14.04 and ubuntu:latest)'),
    ports: z.enum(['none', 'bound']).optional().describe('none: no -p and no -P; bound: at least one -p binding'),
  })
  .strict();

/** A container the checks are about. */
export const ExerciseTargetSchema = z
  .object({
    name: z.string().regex(KEY).optional().describe('the name the book gives (before the learner prefix); leave out for an unnamed target, then give match'),
    aliases: z.array(z.string().regex(KEY)).optional().describe('other names that count as near misses (the blog post names)'),
    shared: z.boolean().optional().describe('the book reuses an earlier exercise container under this name: unnamed targets of other exercises may still pick it'),
    nearMiss: z
      .enum(['skip', 'grade'])
      .optional()
      .describe(
        "a container with a near-miss name (an alias, a close name): skip (course packs' default) names it in exists and skips the target's other checks, for no points; grade (the book's default) grades the other checks on it, exists alone failing",
      ),
    match: ContainerMatchSchema.optional().describe('for an unnamed target: the containers it admits; the one passing most checks is graded'),
    describe: ExerciseTextSchema.optional().describe('how messages name it; default: container NAME'),
    create: z.string().regex(/^docker\s+\S/).optional().describe('the command that creates it as the book does (names get the prefix); default: the first of commands. With {{…}} it is a template shown as written: only {{name "x"}} gets the prefix'),
    missingHint: ExerciseTextSchema.optional().describe('what to do when no container fits, when creating it is not the answer'),
  })
  .strict()
  .refine((t) => t.name !== undefined || t.match !== undefined, 'a target has a name or a match')
  .refine((t) => t.nearMiss === undefined || t.name !== undefined, { message: 'nearMiss is for a named target (an unnamed one is matched, never by name)', path: ['nearMiss'] });

/** A check: its kind, the target it is about, and the kind's own parameters beside them. */
export const ExerciseCheckSchema = z
  .object({
    kind: z.string().describe('the check kind (grader/check/kinds/)'),
    target: z.string().optional().describe('the key of the target under targets (container kinds)'),
    id: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/).optional().describe('stable check id; default: the kind gives one'),
    points: z.number().int().positive().optional().describe('default 1'),
    requires: z.union([z.string(), z.array(z.string())]).optional().describe('earlier checks that must pass first (else this one is skipped and earns nothing)'),
    hidden: z
      .boolean()
      .optional()
      .describe("a hidden check (course packs): counts in the teacher's grade; check tells a student only how many hidden checks and points exist, never what they test"),
  })
  .catchall(z.unknown());

/** How a mutation changes the snapshot of the reference solution, for a mistake a shared engine cannot show. */
export const SnapshotEditSchema = z.union([
  z.object({ retagImage: z.object({ from: z.string(), to: z.string() }).strict().describe('the image tag `from` reads as `to`') }).strict(),
  z.object({ containerImage: z.object({ container: z.string(), image: z.string() }).strict().describe('the container (name before the prefix) shows `image` as made from') }).strict(),
]);

/**
 * The TLS certificates 2.5.3.3 makes with openssl, made for a proof (selftest, the walk) in the folder the
 * steps run in, under the book's file names: ca.pem (with ca-key.pem), server-cert.pem and server-key.pem
 * for `subjectAltName`, and the client's cert.pem and key.pem. The grade reads the client's from that
 * folder as a learner's from DOCKER_CERT_PATH (else ~/.docker); a step binds it with `-v .:/certs:ro`.
 */
export const CertificatesSchema = z
  .object({
    subjectAltName: z
      .string()
      .regex(/^(IP|DNS):[A-Za-z0-9.:-]+(,(IP|DNS):[A-Za-z0-9.:-]+)*$/)
      .describe("the server certificate's names, as the book's extfile.cnf gives them (IP:127.0.0.1)"),
  })
  .strict();

/** A deliberate mistake that must fail exactly one check. */
export const ExerciseMutationSchema = z
  .object({
    check: z.string().describe('the check it must fail, and only that one'),
    description: ExerciseTextSchema.describe('the mistake, as a learner would make it'),
    steps: z.array(ExerciseStepSchema).describe('the learner commands with the mistake, replacing the reference solution'),
    edit: SnapshotEditSchema.optional().describe('applied to the snapshot of the steps instead of a change on a shared engine (say why in a comment)'),
  })
  .strict();

/** One exercise file. */
export const ExerciseFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^\d+(\.\d+)*\/[a-z0-9]+(-[a-z0-9]+)*$/).describe('stable public id <section>/<slug>'),
    section: z.string().regex(/^\d+(\.\d+)*$/).describe('the book section, e.g. 2.2.1'),
    order: z.number().int().nonnegative().describe('position within the section, in book order'),
    title: ExerciseTextSchema,
    goal: ExerciseTextSchema.describe('what the learner achieves, in one or two sentences'),
    commands: z.array(z.string().min(1)).min(1).describe("the book's commands, verbatim"),
    sectionTitles: z
      .record(z.string().regex(/^\d+(\.\d+)*$/), ExerciseTextSchema)
      .optional()
      .describe("the book's titles of this exercise's section and of its parents, where the book's catalog has none yet (`2.6.1: { ko: …, en: … }`): a new section needs nothing but its exercise file"),
    unnamed: z.string().regex(KEY).optional().describe('under a prefix, the name a container the book leaves unnamed gets (so the prefixed run sees it)'),
    targets: z.record(z.string().regex(KEY), ExerciseTargetSchema).optional().describe('the containers the checks are about, by a key checks name'),
    checks: z.array(ExerciseCheckSchema).min(1),
    solution: z.array(ExerciseStepSchema).describe('the reference solution as docker commands (no TTY: -d stands in for Ctrl+P, Q)'),
    mutations: z.array(ExerciseMutationSchema).describe('one mutation per check at least'),
    creates: z.array(z.string().regex(KEY)).optional().describe('container names to clean up besides those the steps name'),
    commandView: z.boolean().optional().describe('false: no "your container as a docker run command" view (exercises graded from engine events)'),
    certificates: CertificatesSchema.optional().describe(
      "the learner's TLS certificates the exercise needs (2.5.3.3): selftest makes them with openssl in the folder its steps run in and grades with that folder as DOCKER_CERT_PATH",
    ),
    notGradableOn: z
      .array(
        z
          .object({
            host: z.enum(NOT_GRADABLE_HOSTS).describe('one-host: the exercise needs a second host or a cloud, and dockgrade grades one engine'),
            reason: ExerciseTextSchema.describe('what it needs that one host lacks'),
          })
          .strict(),
      )
      .optional()
      .describe("hosts where the exercise cannot be graded: list shows it with the reason, and its checks (the container's definition, if any) earn and cost no points"),
  })
  .strict();

export type ExerciseFile = z.output<typeof ExerciseFileSchema>;
export type ExerciseText = z.output<typeof ExerciseTextSchema>;
export type ExerciseTargetFile = z.output<typeof ExerciseTargetSchema>;
export type ExerciseCheckFile = z.output<typeof ExerciseCheckSchema>;
export type SnapshotEdit = z.output<typeof SnapshotEditSchema>;
