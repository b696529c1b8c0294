/**
 * A catalog: what a run grades and how its reports name it. The book's chapter is one catalog
 * (book-catalog.ts); a course pack is another. Every command and the pipeline receive the catalog they
 * work with, and nothing reads the book's exercise list, section titles or public words as a global, so
 * no part of the tool assumes the book. Reporters never look titles up: a graded run carries the
 * sections of its exercises (RunResult `sections`, see {@link runSections}).
 */
import type { ExerciseDefinition } from '../check/types.js';
import { claimedNames } from '../check/run.js';
import { selectExercises } from '../check/select.js';
import { compareSections, compareText } from '../core/compare-text.js';
import type { Lang, Msg } from '../core/i18n.js';
import type { RunResult, RunSection } from '../model/result-schema.js';

/** A section of a catalog: its number and its title in both languages. */
export interface CatalogSection {
  /** `2.2.1`: a dotted number; parents (`2.2`) are sections too. */
  id: string;
  title: Msg;
}

/** Everything a run needs to know about the exercises it grades, handed to the pipeline and to every command. */
export interface Catalog {
  /** `book` for the book's chapter; a course pack's own id. */
  id: string;
  /** The catalog's title (the book's; a course's). */
  title: Msg;
  /**
   * Every exercise, in reading order: the order of the book (2.2.1's `docker run` before `docker pull`,
   * the database before WordPress) or of the course. Lists and reports follow it.
   */
  exercises: readonly ExerciseDefinition[];
  /** Titles of the sections, parents included, in reading order. A section without one is shown by its number. */
  sections: readonly CatalogSection[];
  /**
   * Values printed in the book (or the course) itself (`-e MYSQL_ROOT_PASSWORD=password`): examples,
   * not secrets, so never hidden. A learner's own other values stay hidden everywhere.
   */
  publicWords: ReadonlySet<string>;
  /** A course pack's own settings (`--course DIR`, grader/course/); absent for the book. */
  course?: CourseInfo;
}

/** What a course pack adds to its catalog (course.yaml, docs/course-packs.md). */
export interface CourseInfo {
  /** The pack's folder as given. */
  dir: string;
  /** Default language of messages when neither --lang nor the config file gives one. */
  language?: Lang;
  /** The grade the full points are worth in the gradebook (points scaled to it). */
  pointsScale?: number;
  /** course.yaml's deadline (ISO 8601): `grade`'s default --deadline. */
  deadline?: string;
  /** Whether its exercise files use per-student values ({{port …}}, {{word}}). */
  usesValues: boolean;
  /** The student whose values this catalog carries; undefined: the example values (`example`). */
  student?: string;
  /** This student's values: each helper as written (`port 8000-8999`) and its value. */
  values: ReadonlyArray<{ helper: string; value: string }>;
  /** The same course with `student`'s values (made once per student). */
  forStudent(student: string): Catalog;
}

/**
 * Reading order: by section (2.2.9 before 2.2.10), then each exercise's `order` in its section (those
 * without one after), then id. 2.2.1's `docker run` (order 1) comes before its `docker pull` (order 2),
 * whatever their ids; a new exercise file takes its place from its own `section` and `order`.
 */
export function compareReadingOrder(a: Pick<ExerciseDefinition, 'id' | 'section' | 'order'>, b: Pick<ExerciseDefinition, 'id' | 'section' | 'order'>): number {
  return compareSections(a.section, b.section) || (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || compareText(a.id, b.id);
}

/** The exercises in reading order (see {@link compareReadingOrder}), as a new list. */
export function inReadingOrder<Exercise extends Pick<ExerciseDefinition, 'id' | 'section' | 'order'>>(exercises: readonly Exercise[]): Exercise[] {
  return [...exercises].sort(compareReadingOrder);
}

/** A catalog's title of a section, or undefined for a section it does not name. */
export function sectionTitleIn(catalog: Pick<Catalog, 'sections'>, section: string): Msg | undefined {
  return catalog.sections.find((s) => s.id === section)?.title;
}

/** A section as a heading: `2.2.1 컨테이너 생성`; the bare number when the catalog has no title for it. */
export function sectionHeadingIn(catalog: Pick<Catalog, 'sections'>, section: string, lang: Lang): string {
  const title = sectionTitleIn(catalog, section);
  return title ? `${section} ${title[lang]}` : section;
}

/**
 * The sections of `exercises` as a run carries them: each section that holds one of them, with its title
 * and its exercises' ids, in the catalog's reading order. Exercises the catalog does not hold come last,
 * by section and id, so the order stays total and stable.
 */
export function runSections(catalog: Catalog, exercises: ReadonlyArray<{ id: string; section: string }>): RunSection[] {
  const position = positions(catalog);
  const ordered = [...exercises].sort(
    (a, b) => (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.id) ?? Number.MAX_SAFE_INTEGER) || compareSections(a.section, b.section) || compareText(a.id, b.id),
  );
  const sections: RunSection[] = [];
  for (const exercise of ordered) {
    let section = sections.find((s) => s.id === exercise.section);
    if (!section) {
      const title = sectionTitleIn(catalog, exercise.section);
      section = { id: exercise.section, ...(title ? { title } : {}), exercises: [] };
      sections.push(section);
    }
    if (!section.exercises.includes(exercise.id)) section.exercises.push(exercise.id);
  }
  return sections;
}

/** The run with the sections of its exercises (titles and reading order), for every reporter. */
export function withSections(run: RunResult, catalog: Catalog): RunResult {
  return { ...run, sections: runSections(catalog, run.exercises) };
}

/**
 * What a catalog that builds its exercises on demand (the book's: exercises/sections.ts) knows before
 * building them: every exercise's id and section in reading order, the names they all claim, and how to
 * build some of them. Registered for that catalog object alone ({@link lazyCatalog}): a copy made with
 * other exercises (`{ ...catalog, exercises }`) has none and is read through its `exercises`.
 */
export interface CatalogIndex {
  entries: ReadonlyArray<{ id: string; section: string }>;
  claimed: readonly string[];
  build(ids: readonly string[]): ExerciseDefinition[];
}

const indexOf = new WeakMap<Catalog, CatalogIndex>();

/** Registers `catalog`'s index (its `exercises` must be the same exercises, built; a getter that builds them all). */
export function lazyCatalog<C extends Catalog>(catalog: C, index: CatalogIndex): C {
  indexOf.set(catalog, index);
  return catalog;
}

/**
 * The exercises `selectors` choose from the catalog (grader/check/select.ts: ids, sections, `all`), in
 * its reading order; a catalog with an index builds only those.
 */
export function selectIn(catalog: Catalog, selectors: readonly string[]): ExerciseDefinition[] {
  return selectLater(catalog, selectors)();
}

/** selectIn in two steps: the selectors are read now (a usage error for one that names nothing), the exercises built when called. */
export function selectLater(catalog: Catalog, selectors: readonly string[]): () => ExerciseDefinition[] {
  const index = indexOf.get(catalog);
  if (!index) {
    const chosen = selectExercises(catalog.exercises, selectors);
    return () => chosen;
  }
  const ids = selectExercises(index.entries, selectors).map((e) => e.id);
  return () => index.build(ids);
}

const positionsOf = new WeakMap<Catalog, ReadonlyMap<string, number>>();
function positions(catalog: Catalog): ReadonlyMap<string, number> {
  let found = positionsOf.get(catalog);
  if (!found) positionsOf.set(catalog, (found = new Map((indexOf.get(catalog)?.entries ?? catalog.exercises).map((e, i) => [e.id, i]))));
  return found;
}

const claimedOf = new WeakMap<Catalog, readonly string[]>();
/**
 * The names every exercise of the catalog claims, whichever are graded: `check --only 2.2.1` must
 * choose 2.2.1's container as the whole run does (never 2.2.4's network_test). Computed once per catalog.
 */
export function claimedIn(catalog: Catalog): readonly string[] {
  let claimed = claimedOf.get(catalog);
  if (!claimed) claimedOf.set(catalog, (claimed = indexOf.get(catalog)?.claimed ?? claimedNames(catalog.exercises)));
  return claimed;
}
