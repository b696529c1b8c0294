/**
 * Loads a course pack (`--course DIR`) into a Catalog: DIR/course.yaml (grader/model/course-schema.ts)
 * and the exercise files of DIR/exercises/, in exactly the built-in form (validated and compiled by the
 * same compiler as exercises/*.yaml), plus the book's exercises it includes by id. Per-student values
 * ({{port 8000-8999}}, {{word}}: student-values.ts) are rendered into each file's text before it is
 * parsed, once per student. Every problem of the pack is reported at once, one line each: the file, the
 * path in it and what was expected (exit 2). Loaded only when --course is given: a plain `check` never
 * loads this module, YAML, zod or handlebars.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileExercise } from '../check/exercise/exercise-compiler.js';
import { parseExerciseYaml } from '../check/exercise/catalog-compile.js';
import { buildExercise } from '../check/exercise/exercise-builder.js';
import type { CompiledExercise } from '../check/exercise/compiled-exercise.js';
import type { ExerciseDefinition } from '../check/types.js';
import { compareSections, compareText } from '../core/compare-text.js';
import { InputError } from '../core/errors.js';
import { publicText } from '../core/secrets.js';
import { CourseFileSchema, type CourseFile } from '../model/course-schema.js';
import { ExerciseFileSchema } from '../model/exercise-schema.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { inReadingOrder, type Catalog, type CatalogSection } from '../pipeline/catalog.js';
import { helpersIn, renderValues, type StudentValue } from './student-values.js';

/** The course file of a pack, and the folder of its exercise files. */
export const COURSE_FILE = 'course.yaml';
export const EXERCISE_DIR = 'exercises';
/** Whose values a catalog without --student shows (list, explain, selftest's proofs). */
export const EXAMPLE_STUDENT = 'example';
/** Overrides course.yaml's `secret`. */
export const SECRET_ENV = 'DOCKGRADE_COURSE_SECRET';

/** One problem of a pack, in both languages. */
interface Problem {
  en: string;
  ko: string;
}

/** A pack read and validated once; its catalogs (one per student) are made from it. */
export interface CoursePack {
  dir: string;
  course: CourseFile;
  /** Each exercise file: its path and text (values not rendered yet). */
  files: ReadonlyArray<{ path: string; text: string }>;
  /** The book's exercises it includes. */
  included: readonly ExerciseDefinition[];
  usesValues: boolean;
  secret: string;
}

/** A zod issue path as the file spells it: `sections[1].title.en`. */
function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

function problem(file: string, where: string, en: string, ko: string = en): Problem {
  return { en: `${file}: ${where}: ${en}`, ko: `${file}: ${where}: ${ko}` };
}

/** The error of a pack with `problems` (at least one): the first is its line, the others follow, one line each. */
function packError(dir: string, problems: readonly Problem[]): InputError {
  const [first, ...rest] = problems;
  const error = new InputError(first.en, rest.length ? undefined : `see docs/course-packs.md and schemas/course.schema.json`).inKorean(
    first.ko,
    rest.length ? undefined : 'docs/course-packs.md와 schemas/course.schema.json을 보세요',
  );
  error.more = [
    ...rest,
    ...(rest.length ? [{ en: `${dir}: ${problems.length} problems in the course pack — see docs/course-packs.md`, ko: `${dir}: 코스 팩에 문제 ${problems.length}개 — docs/course-packs.md를 보세요` }] : []),
  ];
  return error;
}

function zodProblems(file: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Problem[] {
  return issues.map((issue) => problem(file, pathOf(issue.path), issue.message));
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 'dockgrade init-course DIR writes a starter pack').inKorean(
      `${file}: ${code === 'ENOENT' ? '파일이 없습니다' : (error as Error).message}`,
      'dockgrade init-course DIR이 시작용 코스 팩을 만듭니다',
    );
  }
}

/** Reads and validates the pack in `dir`: every problem of every file at once (see {@link packError}). */
export function readCoursePack(dir: string, env: NodeJS.ProcessEnv = process.env): CoursePack {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(`--course ${dir}: no such folder`, 'give the folder that holds course.yaml (dockgrade init-course DIR makes one)').inKorean(
      `--course ${dir}: 폴더가 없습니다`,
      'course.yaml이 있는 폴더를 주세요 (dockgrade init-course DIR로 만들 수 있습니다)',
    );
  }
  const courseFile = join(dir, COURSE_FILE);
  const problems: Problem[] = [];
  let raw: unknown;
  try {
    raw = parseExerciseYaml(readText(courseFile), courseFile);
  } catch (error) {
    if (!(error instanceof Error) || error instanceof InputError) throw error;
    throw new InputError(error.message).inKorean(error.message.replace(': not valid YAML:', ': YAML 형식이 아닙니다:'));
  }
  const parsed = CourseFileSchema.safeParse(raw);
  if (!parsed.success) throw packError(dir, zodProblems(courseFile, parsed.error.issues));
  const course = parsed.data;
  const sectionIds = new Set<string>();
  course.sections.forEach((s, i) => {
    if (sectionIds.has(s.id)) problems.push(problem(courseFile, `sections[${i}].id`, `section ${s.id} is listed twice`, `절 ${s.id}이 두 번 나옵니다`));
    sectionIds.add(s.id);
  });
  const book = bookCatalog();
  const included: ExerciseDefinition[] = [];
  (course.include ?? []).forEach((id, i) => {
    const found = book.exercises.find((e) => e.id === id);
    if (found) included.push(found);
    else {
      const near = book.exercises.map((e) => e.id).filter((e) => e.split('/')[0] === id.split('/')[0]);
      const known = near.length ? near : book.exercises.map((e) => e.id);
      problems.push(problem(courseFile, `include[${i}]`, `expected a built-in exercise id, got '${id}' (known: ${known.join(', ')})`, `내장 실습 ID가 아닙니다: '${id}' (있는 것: ${known.join(', ')})`));
    }
  });
  const exerciseDir = join(dir, EXERCISE_DIR);
  const names = existsSync(exerciseDir) ? readdirSync(exerciseDir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort(compareText) : [];
  if (!names.length && !included.length) {
    problems.push(problem(exerciseDir, '(folder)', 'expected exercise files (<section>-<slug>.yaml) or include: in course.yaml', '실습 파일(<절>-<이름>.yaml)이나 course.yaml의 include가 있어야 합니다'));
  }
  const files = names.map((name) => ({ path: join(exerciseDir, name), text: readText(join(exerciseDir, name)) }));
  let usesValues = false;
  for (const file of files) {
    for (const helper of helpersIn(file.text)) {
      usesValues = true;
      if (helper.problem) problems.push(problem(file.path, `{{${helper.helper}}}`, helper.problem));
    }
  }
  const secret = env[SECRET_ENV] || course.secret || '';
  if (usesValues && secret.length < 16) {
    problems.push(
      problem(courseFile, 'secret', `expected a course secret of 16 characters or more: the exercise files use per-student values ({{port …}}, {{word}})`, `코스 비밀 값(16자 이상)이 있어야 합니다: 실습 파일이 학생별 값({{port …}}, {{word}})을 씁니다`),
    );
  }
  const pack: CoursePack = { dir, course, files, included, usesValues, secret };
  // Compiled once with the example values, so every problem of the files is known before anyone grades.
  const compiled = compileFiles(pack, EXAMPLE_STUDENT, problems);
  const ids = new Map<string, string>(included.map((e) => [e.id, courseFile]));
  for (const [i, exercise] of compiled.entries()) {
    const source = files[i].path;
    if (!exercise) continue;
    if (ids.has(exercise.id)) problems.push(problem(source, 'id', `${exercise.id} is also in ${ids.get(exercise.id)}: ids are unique in a course`, `${exercise.id}는 ${ids.get(exercise.id)}에도 있습니다: ID는 코스에서 하나뿐이어야 합니다`));
    ids.set(exercise.id, source);
    if (!sectionIds.has(exercise.section)) {
      problems.push(problem(source, 'section', `expected one of course.yaml's sections (${[...sectionIds].join(', ')}), got ${exercise.section}`, `course.yaml의 절(${[...sectionIds].join(', ')}) 가운데 하나여야 합니다: ${exercise.section}`));
    }
    if (exercise.sectionTitles) {
      problems.push(problem(source, 'sectionTitles', "a course titles its sections in course.yaml's sections, not in an exercise file", '코스의 절 제목은 실습 파일이 아니라 course.yaml의 sections에 씁니다'));
    }
  }
  if (problems.length) throw packError(dir, problems);
  return pack;
}

/** Each file compiled with `student`'s values; a file with problems is undefined and its problems are added. */
function compileFiles(pack: CoursePack, student: string, problems: Problem[], taken: Map<string, string> = new Map(), values: StudentValue[] = []): Array<CompiledExercise | undefined> {
  return pack.files.map(({ path, text }) => {
    const before = problems.length;
    const rendered = pack.usesValues ? renderValues(text, { secret: pack.secret, student }, taken) : { text, values: [] };
    for (const v of rendered.values) if (!values.some((w) => w.helper === v.helper)) values.push(v);
    let raw: unknown;
    try {
      raw = parseExerciseYaml(rendered.text, path);
    } catch (error) {
      problems.push({ en: (error as Error).message, ko: (error as Error).message.replace(': not valid YAML:', ': YAML 형식이 아닙니다:') });
      return undefined;
    }
    const parsed = ExerciseFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(path, parsed.error.issues));
      return undefined;
    }
    const name = path.slice(path.lastIndexOf('/') + 1);
    const expected = `${parsed.data.id.replace('/', '-')}.yaml`;
    if (name !== expected && name !== expected.replace(/\.yaml$/, '.yml')) problems.push(problem(path, 'id', `expected the file to be named after its id: ${expected}`, `파일 이름이 ID를 따라야 합니다: ${expected}`));
    try {
      const compiled = compileExercise(raw, path);
      return problems.length === before ? compiled : undefined;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ en: error.message, ko: error.ko?.message ?? error.message });
      return undefined;
    }
  });
}

/** The catalog of a pack for `student` (undefined: the example values). */
export function courseCatalog(pack: CoursePack, student?: string): Catalog {
  const cache = new Map<string, Catalog>();
  const make = (who: string | undefined): Catalog => {
    const key = who ?? '';
    const made = cache.get(key);
    if (made) return made;
    const problems: Problem[] = [];
    const values: StudentValue[] = [];
    const compiled = compileFiles(pack, who ?? EXAMPLE_STUDENT, problems, new Map(), values);
    // The example values compiled; another student's can only differ in a value (a port already taken, say).
    if (problems.length) throw packError(pack.dir, problems);
    const exercises = courseOrder(pack, [...pack.included, ...compiled.map((c) => buildExercise(c!, { nearMiss: 'skip' }))]);
    const catalog: Catalog = Object.freeze({
      id: pack.course.id,
      title: pack.course.title,
      exercises,
      sections: sectionsOf(pack, exercises),
      publicWords: new Set([...publicText(exercises), ...(pack.course.publicWords ?? [])]),
      course: Object.freeze({
        dir: pack.dir,
        ...(pack.course.language ? { language: pack.course.language } : {}),
        ...(pack.course.points ? { pointsScale: pack.course.points.scale } : {}),
        ...(pack.course.deadline ? { deadline: pack.course.deadline } : {}),
        usesValues: pack.usesValues,
        ...(who !== undefined ? { student: who } : {}),
        values,
        forStudent: (id: string) => (pack.usesValues ? make(id) : catalog),
      }),
    });
    cache.set(key, catalog);
    return catalog;
  };
  return make(student);
}

/** Reading order of a course: its sections as course.yaml lists them (others after, by number), then each exercise's order, then id. */
function courseOrder(pack: CoursePack, exercises: ExerciseDefinition[]): ExerciseDefinition[] {
  const place = new Map(pack.course.sections.map((s, i) => [s.id, i]));
  const rank = (e: ExerciseDefinition) => place.get(e.section) ?? Number.MAX_SAFE_INTEGER;
  return inReadingOrder(exercises).sort((a, b) => rank(a) - rank(b));
}

/** The course's sections in its order; a section only an included book exercise names keeps the book's title, after them. */
function sectionsOf(pack: CoursePack, exercises: readonly ExerciseDefinition[]): CatalogSection[] {
  const sections: CatalogSection[] = pack.course.sections.map((s) => ({ id: s.id, title: { ko: s.title.ko, en: s.title.en } }));
  const book = bookCatalog();
  const extra = [...new Set(exercises.map((e) => e.section))].filter((id) => !sections.some((s) => s.id === id)).sort(compareSections);
  for (const id of extra) {
    const title = book.sections.find((s) => s.id === id)?.title;
    if (title) sections.push({ id, title });
  }
  return sections;
}

/** The catalog of `--course DIR` for `student` (read and validated each call: a command loads one). */
export function loadCourse(dir: string, student?: string, env: NodeJS.ProcessEnv = process.env): Catalog {
  return courseCatalog(readCoursePack(dir, env), student);
}
