/**
 * The Submission: the one file a student uploads to the LMS (`dockgrade submit`). It wraps the learner's
 * snapshot (engine state, probe evidence, journal) with who made it, with which tool, from which engine,
 * when, and a content digest. Versioned: a grader refuses versions it does not know with one line.
 */
import { z } from 'zod';
import { SUBMISSION_KIND, SUBMISSION_VERSION } from '../core/constants.js';
import { SnapshotFileSchema } from './snapshot-schema.js';

export { SUBMISSION_KIND, SUBMISSION_VERSION };

export const SubmissionSchema = z.object({
  kind: z.literal(SUBMISSION_KIND),
  version: z.literal(SUBMISSION_VERSION),
  /** The tool that made the file; an older version than the grader's is reported to the teacher. */
  tool: z.object({ name: z.string().max(100), version: z.string().max(100) }),
  /** The student id as the LMS knows it (`--student`). */
  student: z.string().min(1).max(200),
  /** The learner's name prefix on a shared lab host (`--prefix`), used again when the file is graded. */
  prefix: z.string().max(200).default(''),
  /** The Docker engine's id (`docker info` ID): two students with one engine id shared a machine. */
  engineId: z.string().max(1000),
  /** When the file was made (ISO 8601). */
  submittedAt: z.string().max(100),
  /**
   * The snapshot: engine state, probe records and the journal, as `dockgrade snapshot` writes it (a
   * snapshot of an older version is migrated when read; the digest covers it as it was written).
   */
  content: SnapshotFileSchema,
  /**
   * sha256 (hex) over the RFC 8785 canonical JSON of this document without its `digest` field. It shows
   * a hand edit; it is not a signature (a determined student can recompute it).
   */
  digest: z.object({ algorithm: z.literal('sha256'), value: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits') }),
});

export type Submission = z.infer<typeof SubmissionSchema>;
