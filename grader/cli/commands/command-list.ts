/**
 * Every command, in the order `--help` lists them. Adding a command: write its declaration module
 * beside these and add it here (see CONTRIBUTING.md).
 */
import type { AnyCommand } from '../command-declaration.js';
import { checkCommand } from './check-declaration.js';
import { doctorCommand } from './doctor-declaration.js';
import { explainCommand } from './explain-declaration.js';
import { gradeCommand } from './grade-declaration.js';
import { listCommand } from './list-declaration.js';
import { mergeCommand } from './merge-declaration.js';
import { reportCommand } from './report-declaration.js';
import { resetCommand } from './reset-declaration.js';
import { selftestCommand } from './selftest-declaration.js';
import { snapshotCommand } from './snapshot-declaration.js';
import { solveCommand } from './solve-declaration.js';
import { submitCommand } from './submit-declaration.js';

export const COMMANDS: readonly AnyCommand[] = [
  listCommand,
  checkCommand,
  explainCommand,
  reportCommand,
  snapshotCommand,
  submitCommand,
  gradeCommand,
  mergeCommand,
  solveCommand,
  resetCommand,
  selftestCommand,
  doctorCommand,
];
