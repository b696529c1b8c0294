/**
 * The marker string that stands for a run's exercises in its JSON head, where `grade` splices each
 * exercise's stored bytes in (grader/pipeline/exercise-memo.ts runHead; the student-files worker).
 * A JSON string's text cannot hold `"exercises":"…"` (its quotes would be escaped).
 */
export const EXERCISES_MARK = '\u0000dockgrade-exercises';
/** EXERCISES_MARK's JSON text, quotes included. */
export const EXERCISES_TOKEN = JSON.stringify(EXERCISES_MARK);
