/**
 * course.yaml: the one file of a course pack besides its exercise files (docs/course-packs.md). It names
 * the course, its default language, its sections (titles, in reading order), its points scale and
 * deadline, the words printed in the course that are never hidden as secrets, the book's exercises it
 * includes by id, and the secret its per-student values are derived from. Published as
 * schemas/course.schema.json, so an editor completes it; grader/course/course-loader.ts reads it.
 */
import { z } from 'zod';
import { ExerciseTextSchema } from './exercise-schema.js';

const SECTION = /^\d+(\.\d+)*$/;
const EXERCISE_ID = /^\d+(\.\d+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** A section of the course: its dotted number (what exercise files name in `section`) and title. */
export const CourseSectionSchema = z
  .object({
    id: z.string().regex(SECTION, 'a dotted section number such as 1 or 1.2').describe('the section number exercise files name in `section` (1, 1.2, 2.2.4)'),
    title: ExerciseTextSchema.describe('the section title in Korean and English'),
  })
  .strict();

/** One course.yaml. */
export const CourseFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by -, such as docker-101')
      .describe('stable id of the course (lower-case words joined by -): results and the gradebook carry it'),
    title: ExerciseTextSchema.describe('the course title in Korean and English, shown in every report and the gradebook'),
    language: z.enum(['ko', 'en']).optional().describe('default language of messages when neither --lang nor the config file says one (default: the locale)'),
    sections: z.array(CourseSectionSchema).min(1).describe('the sections with their titles, in reading order (lists and reports follow this order)'),
    include: z
      .array(z.string().regex(EXERCISE_ID, 'a built-in exercise id such as 2.2.4/publish-80'))
      .optional()
      .describe("built-in exercises of the book to grade as they are, by id (`dockgrade list` shows the ids); a section they name without a title here keeps the book's title"),
    points: z
      .object({ scale: z.number().positive().describe('the grade the full points are worth in the gradebook (e.g. 100 or 10); points are scaled to it') })
      .strict()
      .optional()
      .describe('points scale of the gradebook (default: the points as they are)'),
    deadline: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('ISO 8601 time with a zone (2026-12-20T23:59:00+09:00): `grade` reports containers created later, as --deadline does (which overrides it)'),
    publicWords: z
      .array(z.string().min(1))
      .optional()
      .describe('values printed in the course itself (example passwords, database names): never hidden as secrets. The words of every exercise command are public already'),
    secret: z
      .string()
      .min(16, 'at least 16 characters')
      .optional()
      .describe('the course secret per-student values ({{port 8000-8999}}, {{word}}) are derived from with the student id (HMAC-SHA256); DOCKGRADE_COURSE_SECRET overrides it'),
  })
  .strict();

export type CourseFile = z.output<typeof CourseFileSchema>;
