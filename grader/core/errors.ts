/**
 * Typed errors with a one-line cause and a fix hint. The CLI's single top-level catch turns them into
 * one line on stderr and an exit code; anything else is unexpected and prints its stack.
 */
export const ExitCode = {
  /** Every selected exercise passes. */
  Ok: 0,
  /** Some exercise fails (or errors). */
  Findings: 1,
  /** Bad usage or a bad input file. */
  Usage: 2,
  /** No Docker engine answered. */
  EngineUnavailable: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class: a known failure with a one-line message and an optional fix. */
export class DockgradeError extends Error {
  readonly exitCode: ExitCode;
  readonly hint?: string;
  constructor(message: string, exitCode: ExitCode, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** Bad usage: unknown selector, bad flag value. Exit 2. */
export class UsageError extends DockgradeError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.Usage, hint);
  }
}

/** A file the user handed us is unreadable or invalid (snapshot, roster, config). Exit 2. */
export class InputError extends DockgradeError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.Usage, hint);
  }
}

/** No Docker engine answered at any endpoint we tried. Exit 3. */
export class DockerUnavailableError extends DockgradeError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.EngineUnavailable, hint);
  }
}
