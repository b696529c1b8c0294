import type { Lang } from '../grader/i18n.js';
import type { RunResult } from '../grader/result-schema.js';

/** Options every reporter accepts. */
export interface ReportOptions {
  lang: Lang;
  /** ANSI colour (pretty only). */
  color: boolean;
  /** Print secret-looking values in clear (default false). */
  showSecrets?: boolean;
}

/** A reporter is a pure function of one run. */
export type Reporter = (run: RunResult, options: ReportOptions) => string;
