/**
 * The ClassResult: one batch grading of a class (`dockgrade grade`), the model the gradebook CSV and the
 * class HTML report render. Each graded row carries the student's full RunResult.
 */
import { z } from 'zod';
import { MsgSchema, RunResultSchema } from './result-schema.js';

export const CLASS_RESULT_VERSION = 1;
export const CLASS_RESULT_KIND = 'dockgrade.class';

/** graded: a result exists; missing: on the roster, nothing submitted; invalid: the file was unusable;
 * unreachable: a live engine did not answer. */
export const RowStatusSchema = z.enum(['graded', 'missing', 'invalid', 'unreachable']);

/** Evidence worth a teacher's look, reported and never punished. */
export const IntegrityFindingSchema = z.object({
  /**
   * Stable code: `same-engine`, `same-containers`, `old-tool`, `after-deadline`, `digest-mismatch`,
   * `other-student`, `several-submissions`, `journal-other-engine`, `journal-after-snapshot`,
   * `journal-after-deadline`, `journal-digest`, `claimed-by-other`, `unbound-file`, `bare-snapshot`,
   * `container-id-format`, `unknown-image-id`, `container-times`, `container-id-conflict`,
   * `same-created-times`, `same-evidence`, `contested-file`, `future-submission`, `journal-unconfirmed`. The message ends with what the finding can and cannot show.
   * `report-not-written` is not about the student: their report path in the output folder was a link
   * or not a regular file, so it was left alone (grader/batch/class-output.ts).
   */
  code: z.string(),
  message: MsgSchema,
  /** Other students involved (for shared engine or container ids). */
  others: z.array(z.string()).default([]),
});

/**
 * What the integrity checks compare across rows, kept in the row so `dockgrade merge` can compare
 * students graded on different shards.
 */
export const RowEvidenceSchema = z.object({
  /** The Docker engine's id. */
  engineId: z.string(),
  /** The name prefix the learner worked under on a shared host ('' for none). */
  prefix: z.string().default(''),
  /** Ids of the containers the grading saw (under the prefix). */
  containerIds: z.array(z.string()).default([]),
  /** The dockgrade version that made the submission. */
  toolVersion: z.string().default(''),
  /** When the submission was made, or the live engine was collected. */
  submittedAt: z.string().default(''),
  /** Each container's `created|imageId`, in the order of `containerIds` (an id with other stamps elsewhere was edited). */
  containerStamps: z.array(z.string()).default([]),
  /** `probes:<hex>` and `journal:<hex>`: digests of the file's probe and journal evidence without engine or container ids. */
  evidenceDigests: z.array(z.string()).default([]),
  /** Students named by files bound to this student that name someone else (`other-student`). */
  claims: z.array(z.string()).default([]),
});

export const StudentRowSchema = z.object({
  studentId: z.string(),
  name: z.string().default(''),
  email: z.string().default(''),
  status: RowStatusSchema,
  /** Why the row is invalid, missing or unreachable: `path.to.field: message` for files. */
  reason: z.string().default(''),
  /** The reason in each language, when the grader had the words (an engine's error); else reports put the `reason` code into words. */
  reasonText: MsgSchema.optional(),
  /** The submission file or engine URL (credentials removed). */
  source: z.string().default(''),
  /** False for a submission whose student is not on the roster. */
  onRoster: z.boolean().default(true),
  points: z.number(),
  maxPoints: z.number(),
  result: RunResultSchema.nullable(),
  integrity: z.array(IntegrityFindingSchema).default([]),
  /** Cross-row integrity evidence (absent for missing, invalid and unreachable rows). */
  evidence: RowEvidenceSchema.optional(),
});

export const ClassExerciseSchema = z.object({
  id: z.string(),
  section: z.string(),
  title: MsgSchema,
  maxPoints: z.number(),
  /** `hidden`: a course pack's hidden check (counted here; never in a student's own report). */
  checks: z.array(z.object({ id: z.string(), title: MsgSchema, maxPoints: z.number(), hidden: z.boolean().optional() })),
});

export const ClassResultSchema = z.object({
  kind: z.literal(CLASS_RESULT_KIND),
  version: z.literal(CLASS_RESULT_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  gradedAt: z.string(),
  /** The course or class name, if given. */
  title: z.string().default(''),
  /** The exercise set every row was graded with, in book order. */
  exercises: z.array(ClassExerciseSchema),
  /** One row per student, sorted by student id. */
  students: z.array(StudentRowSchema),
  /** Set when this result covers one shard (`K/N`) of a larger class. */
  shard: z.object({ index: z.number().int(), count: z.number().int() }).nullable().default(null),
});

export type RowStatus = z.infer<typeof RowStatusSchema>;
export type IntegrityFinding = z.infer<typeof IntegrityFindingSchema>;
export type RowEvidence = z.infer<typeof RowEvidenceSchema>;
export type StudentRow = z.infer<typeof StudentRowSchema>;
export type ClassExercise = z.infer<typeof ClassExerciseSchema>;
export type ClassResult = z.infer<typeof ClassResultSchema>;
