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
  /** The same line in Korean, printed under `--lang ko` (see `inKorean`); English when absent. */
  ko?: { message: string; hint?: string };
  constructor(message: string, exitCode: ExitCode, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hint = hint;
  }

  /** Adds the Korean message (and hint) and returns the error: `throw new InputError(en, hint).inKorean(ko, koHint)`. */
  inKorean(message: string, hint?: string): this {
    this.ko = { message, hint };
    return this;
  }

  /** The one line the command line prints (without the `dockgrade: ` head), in `lang` when it has that text. */
  line(lang: 'ko' | 'en' = 'en'): string {
    const [message, hint] = lang === 'ko' && this.ko ? [this.ko.message, this.ko.hint] : [this.message, this.hint];
    return `${message}${hint ? ` — ${hint}` : ''}`;
  }

  /**
   * Every line the command line prints: {@link line}, then one line for each further problem of the
   * same input (a course pack with three mistakes says all three, one line each).
   */
  lines(lang: 'ko' | 'en' = 'en'): string[] {
    return [this.line(lang), ...(this.more?.map((m) => (lang === 'ko' ? m.ko : m.en)) ?? [])];
  }

  /** Further problems of the same input, one line each (see {@link lines}). */
  more?: ReadonlyArray<{ en: string; ko: string }>;
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
