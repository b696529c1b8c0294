/**
 * The Result: one grading run, the single model every reporter renders. Versioned and zod-defined so
 * saved runs can be re-rendered and other tools can consume `--format json`.
 */
import { z } from 'zod';
import { EngineInfoSchema } from './snapshot-schema.js';

import { RESULT_KIND, RESULT_VERSION } from '../core/constants.js';

export { RESULT_KIND, RESULT_VERSION };

/** Text in both languages. */
export const MsgSchema = z.object({ ko: z.string(), en: z.string() });

/** pass: holds; fail: does not; skip: not graded here (probes off, tool missing); error: the checker broke. */
export const StatusSchema = z.enum(['pass', 'fail', 'skip', 'error']);

export const CheckResultSchema = z.object({
  /** Stable id within its exercise, e.g. `tty`. */
  id: z.string(),
  title: MsgSchema,
  status: StatusSchema,
  /** Points earned: `maxPoints` on pass, else 0. */
  points: z.number(),
  maxPoints: z.number(),
  message: MsgSchema,
  /** What the exercise asks, as text (`ubuntu:14.04`). */
  expected: z.string().optional(),
  /** What the learner's state shows (`ubuntu:16.04`). */
  actual: z.string().optional(),
  /**
   * `expected` as a reader reads it, when the code holds words (`absent` → `없음 (삭제됨)`, `0 stopped` →
   * `정지된 컨테이너 0개`); absent when the code is a plain value. `expected` stays the stable code.
   */
  expectedText: MsgSchema.optional(),
  /** `actual` as a reader reads it (`exited (1)` → `종료됨 (종료 코드 1)`); see `expectedText`. */
  actualText: MsgSchema.optional(),
  /** What to do, usually with the command that fixes it. */
  hint: MsgSchema.optional(),
  /**
   * True when the user chose not to run the check (`--no-probes`): it is `skip` and out of its exercise's
   * maximum. A check skipped for any other reason (its prerequisite failed, the probe could not run)
   * stays in the maximum: its points are lost.
   */
  excluded: z.boolean().optional(),
  /** A hidden check of a course pack: in the teacher's reports, marked; never in a student's `check` (see ExerciseResult `hidden`). */
  hidden: z.boolean().optional(),
});

export const ExerciseResultSchema = z.object({
  /** Stable public id, `<section>/<slug>`. */
  id: z.string(),
  section: z.string(),
  title: MsgSchema,
  status: StatusSchema,
  points: z.number(),
  maxPoints: z.number(),
  /** The book's commands for this exercise. */
  commands: z.array(z.string()),
  checks: z.array(CheckResultSchema),
  /**
   * In a student's view of a course pack (`check --course`): the hidden checks left out of `checks`,
   * `points` and `maxPoints`: how many and the points they carry, never what they test.
   */
  hidden: z.object({ checks: z.number().int(), points: z.number() }).optional(),
  /**
   * Why the exercise cannot be graded on one host (a remote log server, a cloud): its checks say what they
   * see, for no points (`points` and `maxPoints` 0); `pass` when they all pass, else `skip`, never `fail`.
   */
  notGradable: MsgSchema.optional(),
  /** Why the exercise is `error` (the checker threw). */
  error: z.string().optional(),
  /** The learner's journey on this exercise, from the progress journal (absent with `--no-journal`). */
  history: z
    .object({
      /** When it passed for the first time. */
      firstPassedAt: z.string().optional(),
      /** When it passed most recently (now, when it passes now). */
      lastPassedAt: z.string().optional(),
      /** The most points it ever earned. */
      bestPoints: z.number(),
      /** passing: passes now; regressed: passed earlier, not now (the state changed since); never: never passed. */
      state: z.enum(['passing', 'regressed', 'never']),
    })
    .optional(),
  /**
   * Set when the exercise counts from the learner's journal, not from the current state: it passed
   * earlier (a recorded full-points pass on the same engine and prefix) and a later step of the book
   * undid it. `status` and `points` are then the counted ones (pass, full points); `current` keeps what
   * the state shows now, and the checks are the current state's. Absent with `--current-only`.
   */
  credit: z
    .object({
      from: z.literal('journal'),
      /** When the counted pass was recorded. */
      passedAt: z.string(),
      /** The evidence digest the journal recorded for that pass. */
      digest: z.string(),
      /** What the current state alone gives. */
      current: z.object({ status: StatusSchema, points: z.number() }),
    })
    .optional(),
  /**
   * The learner's container as the `docker run` command that would recreate it, beside the book's
   * command, with the differences (secrets masked). Absent when the exercise has no container to show.
   */
  command: z
    .object({
      /** The container it was reconstructed from. */
      container: z.string().optional(),
      learner: z.string(),
      book: z.string(),
      /** Parts of the book's command the learner's container lacks. */
      missing: z.array(z.string()),
      /** Parts of the learner's container the book's command does not have. */
      extra: z.array(z.string()),
    })
    .optional(),
});

/**
 * A section of the run as its reports head and order it: its number, its title in the catalog the run
 * was graded with (the book's, a course's; absent when the catalog has none) and the ids of its
 * exercises in the catalog's reading order. Reporters take titles and order from here, never from a table.
 */
export const RunSectionSchema = z.object({
  id: z.string(),
  title: MsgSchema.optional(),
  exercises: z.array(z.string()),
});

export const TotalsSchema = z.object({
  exercises: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  errored: z.number().int(),
  points: z.number(),
  maxPoints: z.number(),
  /** Exercises that count from the journal (passed earlier, not now): see ExerciseResult `credit`. */
  credited: z.number().int().optional(),
  /** Checks the user chose not to run (`--no-probes`) and their points, left out of `maxPoints`. */
  excluded: z.object({ checks: z.number().int(), points: z.number() }).optional(),
  /**
   * A course pack's points scale (course.yaml `points.scale`): every points value of the run (checks,
   * exercises, totals) is scaled so the course's full points (`coursePoints`, as its checks give them)
   * are worth `scale` (grader/course/points-scale.ts).
   */
  scaled: z.object({ scale: z.number(), coursePoints: z.number() }).optional(),
});

export const RunResultSchema = z.object({
  kind: z.literal(RESULT_KIND),
  version: z.literal(RESULT_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** Where the state came from: a live engine or a snapshot file. */
  source: z.object({ type: z.enum(['live', 'snapshot']), location: z.string() }),
  engine: EngineInfoSchema.nullable(),
  /** The prefix the learner's objects carry on a shared host, if any. */
  prefix: z.string(),
  student: z.string().optional(),
  exercises: z.array(ExerciseResultSchema),
  totals: TotalsSchema,
  /** With `check --wait`: how long the run waited for the state to pass, and how often it re-graded. */
  waited: z.object({ ms: z.number(), attempts: z.number().int() }).optional(),
  /** True when the run graded the current state only (`--current-only`): no exercise counts from the journal. */
  currentOnly: z.boolean().optional(),
  /**
   * The sections of the graded exercises, in the catalog's reading order, with their titles (see
   * RunSectionSchema). Absent in results written before catalogs: `report` fills it from the book's.
   */
  sections: z.array(RunSectionSchema).optional(),
});

export type Status = z.infer<typeof StatusSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type ExerciseHistory = NonNullable<z.infer<typeof ExerciseResultSchema>['history']>;
export type ExerciseResult = z.infer<typeof ExerciseResultSchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type RunSection = z.infer<typeof RunSectionSchema>;
export type RunResult = z.infer<typeof RunResultSchema>;
