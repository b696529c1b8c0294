/**
 * The one top-level catch's output, shared by the yargs path (main.ts) and the fast path (bin.ts):
 * a known error is one line on stderr (in Korean under `--lang ko` when it has Korean text) and its
 * exit code; anything else is a bug and prints its stack (exit 70).
 */
import { DockgradeError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { inertLine, sanitizeTerminal } from '../../reports/terminal-text.js';

/** Exit code of an unexpected error (sysexits' EX_SOFTWARE). */
export const UNEXPECTED_EXIT = 70;

/**
 * An unexpected error as text: its message (which may quote an engine's answer or a learner's file)
 * inert on the first line, then the stack frames, each made inert and kept only when it is a frame
 * (`    at …`), so no line of it starts with text from outside.
 */
export function unexpectedText(error: unknown): string {
  if (!(error instanceof Error)) return inertLine(String(error));
  const head = inertLine(`${error.name}: ${error.message}`);
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => sanitizeTerminal(line))
    .filter((line) => /^ {4}at \S/.test(line));
  return [head, ...frames].join('\n');
}

/** Prints a known error as one line on stderr and returns its exit code. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr, lang: Lang = 'en'): number {
  if (error instanceof DockgradeError) {
    // Messages quote file names, student ids and engine answers: one inert line (each, for an input with several problems).
    stderr.write(error.lines(lang).map((line) => `dockgrade: ${inertLine(line)}\n`).join(''));
    return error.exitCode;
  }
  const head = lang === 'ko' ? '예상하지 못한 오류입니다 (알려 주세요)' : 'unexpected error (please report it)';
  stderr.write(`dockgrade: ${head}: ${unexpectedText(error)}\n`);
  return UNEXPECTED_EXIT;
}

/** The line a failed round of `check --watch` prints (the watch goes on): a known error's line, else the unexpected one. */
export function roundErrorLine(error: unknown, lang: Lang = 'en'): string {
  if (error instanceof DockgradeError) return `dockgrade: ${inertLine(error.line(lang))}`;
  const head = lang === 'ko' ? '채점 도중 예상하지 못한 오류입니다 (알려 주세요)' : 'unexpected error while grading (please report it)';
  return `dockgrade: ${head}: ${unexpectedText(error)}`;
}
