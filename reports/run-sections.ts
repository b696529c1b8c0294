/**
 * A run's sections as every reporter heads and orders them: from the run itself (RunResult `sections`,
 * filled from the catalog it was graded with), never from a table of the book's, so a course's run
 * reads with the course's titles. A run without sections (or a section it does not list) shows the bare
 * number, ordered by section and id.
 */
import { compareSections, compareText } from '../grader/core/compare-text.js';
import type { Lang } from '../grader/core/i18n.js';
import type { RunResult } from '../grader/model/result-schema.js';

type Sectioned = Pick<RunResult, 'sections'>;

/** A section as a heading: `2.2.1 컨테이너 생성`, or the bare number when the run has no title for it. */
export function sectionHeadingOf(run: Sectioned, section: string, lang: Lang): string {
  const title = run.sections?.find((s) => s.id === section)?.title;
  return title ? `${section} ${title[lang]}` : section;
}

const orders = new WeakMap<object, ReadonlyMap<string, number>>();

/** Compares two exercises by the run's reading order (its sections'); those it does not list last, by section and id. */
export function runOrder(run: Sectioned): (a: { id: string; section: string }, b: { id: string; section: string }) => number {
  let position = run.sections ? orders.get(run.sections) : undefined;
  if (!position) {
    position = new Map((run.sections ?? []).flatMap((s) => s.exercises).map((id, i) => [id, i]));
    if (run.sections) orders.set(run.sections, position);
  }
  const at = position;
  return (a, b) => (at.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (at.get(b.id) ?? Number.MAX_SAFE_INTEGER) || compareSections(a.section, b.section) || compareText(a.id, b.id);
}
