/**
 * The student's HTML report: one self-contained file (inline CSS, no network, no script; a CSP meta tag
 * forbids scripts outright) made from reports/templates/student.hbs. Learner data is escaped by
 * handlebars and masked/clipped by the view model.
 */
import type { ExerciseResult, RunResult } from '../grader/model/result-schema.js';
import { renderTemplate, renderTemplatePieces } from './html-templates.js';
import { exerciseView, HTML_LABELS, runView, type ExerciseView } from './html-view.js';
import type { Reporter, ReportOptions } from './types.js';

function pageView(run: RunResult, options: ReportOptions, viewOf?: (exercise: ExerciseResult) => ExerciseView) {
  const L = HTML_LABELS[options.lang];
  const view = runView(run, options, 'ex', viewOf);
  return {
    lang: options.lang,
    L,
    tool: view.tool,
    pageTitle: `${L.report}${view.student ? ` — ${view.student}` : ''}`,
    run: view,
  };
}

export const htmlReporter: Reporter = (run, options) => renderTemplate('student', pageView(run, options));

/**
 * Exercises rendered before, for one set of report options: `grade` writes a report per student, and a
 * class repeats the same exercise results (grader/pipeline/exercise-memo.ts hands out one object for
 * each), so each is viewed and rendered once. Keyed by the result objects: a result seen only once is
 * simply rendered.
 */
export class RenderedExercises {
  private readonly views = new WeakMap<ExerciseResult, ExerciseView>();
  private readonly pieces = new WeakMap<object, Uint8Array>();
  constructor(readonly options: ReportOptions) {}

  view(exercise: ExerciseResult): ExerciseView {
    let view = this.views.get(exercise);
    if (!view) this.views.set(exercise, (view = exerciseView(exercise, this.options)));
    return view;
  }

  piece(view: object, render: () => string): Uint8Array {
    let bytes = this.pieces.get(view);
    if (!bytes) this.pieces.set(view, (bytes = encoder.encode(render())));
    return bytes;
  }
}

const encoder = new TextEncoder();

/** The student's HTML report as UTF-8 bytes: `utf8(htmlReporter(run, rendered.options))`, each exercise taken from `rendered` when it was rendered before. */
export function htmlReportBytes(run: RunResult, rendered: RenderedExercises): Uint8Array {
  return renderTemplatePieces('student', pageView(run, rendered.options, (e) => rendered.view(e)), 'exercise', (context, render) => rendered.piece(context as object, render));
}
