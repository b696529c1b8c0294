/**
 * A course's graded run as its reader gets it: the student (`check --course`, `watch`, `grade`'s
 * `students/` copies) with points scaled, hidden checks left out and a note on each failed check whose
 * expected value is the student's own; the teacher (`grade`'s class files, the board) with points scaled
 * and every check. Loaded only with --course.
 */
import type { Catalog } from '../pipeline/catalog.js';
import type { RunResult } from '../model/result-schema.js';
import { scaledRun } from './points-scale.js';
import { studentView } from './student-view.js';
import { withValueNotes } from './value-notes.js';

/** What a student sees of their run. */
export function studentRun(run: RunResult, catalog: Catalog): RunResult {
  return withValueNotes(studentView(scaledRun(run, catalog)), catalog);
}

/** What the teacher sees of a student's run. */
export function teacherRun(run: RunResult, catalog: Catalog): RunResult {
  return withValueNotes(scaledRun(run, catalog), catalog);
}
