/**
 * Every command, in the order `--help` lists them: each declaration (its own module beside this one)
 * joined to its run function (grader/cli/<name>-command.ts, loaded only when it runs). Adding a command:
 * write its declaration and its command module, and add it here (see CONTRIBUTING.md);
 * commands.test.ts holds the three to each other.
 */
import { withRun, type AnyCommand } from '../command-declaration.js';
import { checkRunnable } from './check-runnable.js';
import { doctorCommand } from './doctor-declaration.js';
import { explainCommand } from './explain-declaration.js';
import { gradeCommand } from './grade-declaration.js';
import { initCourseCommand } from './init-course-declaration.js';
import { listCommand } from './list-declaration.js';
import { mergeCommand } from './merge-declaration.js';
import { reportCommand } from './report-declaration.js';
import { resetCommand } from './reset-declaration.js';
import { selftestCommand } from './selftest-declaration.js';
import { serveCommand } from './serve-declaration.js';
import { snapshotCommand } from './snapshot-declaration.js';
import { solveCommand } from './solve-declaration.js';
import { submitCommand } from './submit-declaration.js';

export const COMMANDS: readonly AnyCommand[] = [
  withRun(listCommand, async () => (await import('../list-command.js')).runList),
  checkRunnable,
  withRun(explainCommand, async () => (await import('../explain-command.js')).runExplain),
  withRun(reportCommand, async () => (await import('../report-command.js')).runReport),
  withRun(snapshotCommand, async () => (await import('../snapshot-command.js')).runSnapshot),
  withRun(submitCommand, async () => (await import('../submit-command.js')).runSubmit),
  withRun(gradeCommand, async () => (await import('../grade-command.js')).runGrade),
  withRun(mergeCommand, async () => (await import('../merge-command.js')).runMerge),
  withRun(serveCommand, async () => (await import('../serve-command.js')).runServe),
  withRun(solveCommand, async () => (await import('../solve-command.js')).runSolve),
  withRun(resetCommand, async () => (await import('../reset-command.js')).runReset),
  withRun(selftestCommand, async () => (await import('../selftest-command.js')).runSelftest),
  withRun(initCourseCommand, async () => (await import('../init-course-command.js')).runInitCourse),
  withRun(doctorCommand, async () => (await import('../doctor-command.js')).runDoctor),
];
