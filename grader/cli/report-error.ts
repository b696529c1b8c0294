/**
 * The one top-level catch's output, shared by the yargs path (main.ts) and the fast path (bin.ts):
 * a known error is one line on stderr (in Korean under `--lang ko` when it has Korean text) and its
 * exit code; anything else is a bug and prints its stack (exit 70).
 */
import { DockgradeError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';

/** Exit code of an unexpected error (sysexits' EX_SOFTWARE). */
export const UNEXPECTED_EXIT = 70;

/** Prints a known error as one line on stderr and returns its exit code. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr, lang: Lang = 'en'): number {
  if (error instanceof DockgradeError) {
    stderr.write(`dockgrade: ${error.line(lang)}\n`);
    return error.exitCode;
  }
  const head = lang === 'ko' ? '예상하지 못한 오류입니다 (알려 주세요)' : 'unexpected error (please report it)';
  stderr.write(`dockgrade: ${head}: ${(error as Error)?.stack ?? String(error)}\n`);
  return UNEXPECTED_EXIT;
}
