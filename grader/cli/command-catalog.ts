/**
 * The catalog a command line works with: the book's, or a course pack's with `--course DIR` (issue 23,
 * grader/course/), with the values of `--student ID` when the pack gives each student their own. Every
 * command, the pipeline and the reports follow it; nothing else in grader/cli/ picks a catalog. Loaded
 * only when a handler runs, and the course loader (YAML, zod, templates) only when --course is given:
 * the fast path's start-up stays as it was.
 */
import type { Catalog } from '../pipeline/catalog.js';

/** The catalog for a parsed command line (its options, as the handler or the completion receives them). */
export async function catalogFor(argv: object): Promise<Catalog> {
  const args = argv as { course?: unknown; student?: unknown };
  if (typeof args.course === 'string') {
    const { loadCourse } = await import('../course/course-loader.js');
    return loadCourse(args.course, typeof args.student === 'string' && args.student !== '' ? args.student : undefined);
  }
  const { bookCatalog } = await import('../pipeline/book-catalog.js');
  return bookCatalog();
}
