import type { ClassResult } from '../grader/model/class-schema.js';
import type { Lang } from '../grader/core/i18n.js';
import type { RunResult } from '../grader/model/result-schema.js';

/** Options every reporter accepts. */
export interface ReportOptions {
  lang: Lang;
  /** ANSI colour (pretty only). */
  color: boolean;
  /** Print secret-looking values in clear (default false). */
  showSecrets?: boolean;
  /**
   * The public words of the catalog the run was graded in (`catalog.publicWords`: the book's example
   * values), never hidden. Default none: every secret-looking value is hidden. A result file cannot
   * declare its own: they come from the command's catalog.
   */
  publicWords?: ReadonlySet<string>;
}

/** A reporter is a pure function of one run. */
export type Reporter = (run: RunResult, options: ReportOptions) => string;

/** Options of the class reporters (gradebook CSV, class HTML). */
export interface ClassReportOptions extends ReportOptions {
  /**
   * Where a student's detail lives, linked from each matrix cell: e.g. the per-student file the batch
   * grader writes (`(id) => \`students/${id}.html\``). Default: an anchor in the same file, where the
   * class report then embeds every student's detail.
   */
  studentHref?: (studentId: string) => string;
}

/** A class reporter is a pure function of one ClassResult. */
export type ClassReporter = (result: ClassResult, options: ClassReportOptions) => string;
