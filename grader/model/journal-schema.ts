/**
 * The progress journal: each exercise's best result, first and last pass, per engine and prefix. It lives
 * in the learner's state dir (grader/journal/journal.ts) and travels inside snapshots, so a teacher sees the
 * whole journey. Versioned; a file of a newer version is kept aside, never overwritten.
 */
import { z } from 'zod';

import { JOURNAL_KIND, JOURNAL_VERSION } from '../core/constants.js';

export { JOURNAL_KIND, JOURNAL_VERSION };

/** Caps that keep a hostile file (a submitted snapshot) from exhausting memory. */
const MAX_ITEMS = 10_000;
const str = z.string().max(10_000);

/** One grading of one exercise, reduced to what the journey needs. */
export const JournalRecordSchema = z.object({
  /** When it was graded (ISO 8601). */
  at: str,
  status: z.enum(['pass', 'fail', 'skip', 'error']),
  points: z.number(),
  maxPoints: z.number(),
  /** `sha256:` of the checks' ids, statuses and evidence: equal digests mean the same observed state. */
  digest: str,
});

/** What the journal knows about one exercise. */
export const JournalExerciseSchema = z.object({
  /** The grading with the most points (the earliest of equals). */
  best: JournalRecordSchema,
  /** The most recent grading. */
  last: JournalRecordSchema,
  /** When the exercise passed for the first time. */
  firstPassedAt: str.optional(),
  /** When it passed most recently. */
  lastPassedAt: str.optional(),
  /** Evidence digest of the most recent passing state. */
  passDigest: str.optional(),
});

/** The journey on one engine under one prefix (a shared lab host keeps learners apart by prefix). */
export const JournalScopeSchema = z.object({
  /** The engine's id (`docker info` ID). */
  engineId: str,
  /** The engine's name, for people reading the file. */
  engineName: str,
  /** The learner's name prefix; `""` for none. */
  prefix: str,
  /** By exercise id. */
  exercises: z.record(str, JournalExerciseSchema),
});

export const JournalSchema = z.object({
  kind: z.literal(JOURNAL_KIND),
  version: z.literal(JOURNAL_VERSION),
  updatedAt: str,
  scopes: z.array(JournalScopeSchema).max(MAX_ITEMS),
});

export type JournalRecord = z.infer<typeof JournalRecordSchema>;
export type JournalExercise = z.infer<typeof JournalExerciseSchema>;
export type JournalScope = z.infer<typeof JournalScopeSchema>;
export type Journal = z.infer<typeof JournalSchema>;
