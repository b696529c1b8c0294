/**
 * The student's HTML report: one self-contained file (inline CSS, no network, no script; a CSP meta tag
 * forbids scripts outright) made from reports/templates/student.hbs. Learner data is escaped by
 * handlebars and masked/clipped by the view model.
 */
import { renderTemplate } from './html-templates.js';
import { HTML_LABELS, runView } from './html-view.js';
import type { Reporter } from './types.js';

export const htmlReporter: Reporter = (run, options) => {
  const L = HTML_LABELS[options.lang];
  const view = runView(run, options);
  return renderTemplate('student', {
    lang: options.lang,
    L,
    tool: view.tool,
    pageTitle: `${L.report}${view.student ? ` — ${view.student}` : ''}`,
    run: view,
  });
};
