/**
 * The book's catalog: chapter 2 of "시작하세요! 도커/쿠버네티스" — the built-in exercises (exercises/), in
 * the order a reader meets them, the book's section titles, and the words of its commands as its public
 * words. Commands hand it to the pipeline; a course pack (issue 23) hands its own instead. Nothing else
 * holds the book's titles, order or words: every report, message and listing takes them from the catalog
 * it was handed (a graded run carries its sections).
 */
import { builtExercises, CLAIMED, EXERCISE_ENTRIES, FILE_SECTION_TITLES, PUBLIC_WORDS } from '../../exercises/sections.js';
import type { ExerciseDefinition } from '../check/types.js';
import { compareSections } from '../core/compare-text.js';
import { msg } from '../core/i18n.js';
import { lazyCatalog, type Catalog, type CatalogSection } from './catalog.js';

/**
 * The book's section titles (Korean as printed, English as a translation), parents included, in reading
 * order. They follow the table of contents of the 2020 edition, chapter 2; the blog post in
 * shared/reference spells the same headings (it numbers the book's 2.1.1 "도커 이미지" as 2.1 and leaves
 * 2.2.1 without a heading). exercises/registry.test.ts holds every exercise's section to a title here.
 */
const BOOK_SECTIONS: readonly CatalogSection[] = [
  { id: '2.1', title: msg('도커 이미지와 컨테이너', 'Docker images and containers') },
  { id: '2.1.1', title: msg('도커 이미지', 'Docker images') },
  { id: '2.1.2', title: msg('도커 컨테이너', 'Docker containers') },
  { id: '2.2', title: msg('도커 컨테이너 다루기', 'Working with Docker containers') },
  { id: '2.2.1', title: msg('컨테이너 생성', 'Creating a container') },
  { id: '2.2.2', title: msg('컨테이너 목록 확인', 'Listing containers') },
  { id: '2.2.3', title: msg('컨테이너 삭제', 'Removing containers') },
  { id: '2.2.4', title: msg('컨테이너를 외부에 노출', 'Exposing a container to the outside') },
  { id: '2.2.5', title: msg('컨테이너 애플리케이션 구축', 'Building a containerized application') },
  { id: '2.2.6', title: msg('도커 볼륨', 'Docker volumes') },
  { id: '2.2.7', title: msg('도커 네트워크', 'Docker networks') },
  { id: '2.2.8', title: msg('컨테이너 로깅', 'Container logging') },
  { id: '2.2.9', title: msg('컨테이너 자원 할당 제한', "Limiting a container's resources") },
  { id: '2.3', title: msg('도커 이미지', 'Docker images') },
  { id: '2.3.1', title: msg('도커 이미지 생성', 'Creating a Docker image') },
  { id: '2.3.2', title: msg('이미지 구조 이해', 'Understanding the structure of an image') },
  { id: '2.3.3', title: msg('이미지 추출', 'Exporting an image') },
  { id: '2.3.4', title: msg('이미지 배포', 'Distributing an image') },
  { id: '2.4', title: msg('Dockerfile', 'Dockerfile') },
  { id: '2.4.1', title: msg('이미지를 생성하는 방법', 'Ways to create an image') },
  { id: '2.4.2', title: msg('Dockerfile 작성', 'Writing a Dockerfile') },
  { id: '2.4.3', title: msg('Dockerfile 빌드', 'Building a Dockerfile') },
  { id: '2.4.4', title: msg('기타 Dockerfile 명령어', 'Other Dockerfile instructions') },
  { id: '2.4.5', title: msg('Dockerfile로 빌드할 때 주의할 점', 'Things to watch when building with a Dockerfile') },
  { id: '2.5', title: msg('도커 데몬', 'The Docker daemon') },
  { id: '2.5.5', title: msg('Remote API 라이브러리를 이용한 도커 사용', 'Using Docker through a Remote API library') },
];

let book: Catalog | undefined;

/**
 * The titles above, and those an exercise file gives a section they lack (`sectionTitles`): a new section
 * needs only its exercise file. A file never retitles a section listed here (exercises/registry.test.ts).
 */
export function bookSections(): readonly CatalogSection[] {
  const added = FILE_SECTION_TITLES.filter((s) => !BOOK_SECTIONS.some((b) => b.id === s.id));
  return added.length ? [...BOOK_SECTIONS, ...added].sort((a, b) => compareSections(a.id, b.id)) : BOOK_SECTIONS;
}

/**
 * The book's catalog (made once). Its public words are the words of its exercises' commands: the book's
 * own example values (`-e MYSQL_ROOT_PASSWORD=password`, `MYSQL_DATABASE=wordpress`) are printed in
 * every copy of the book, so they are never hidden; a learner's own other values stay hidden everywhere.
 */
export function bookCatalog(): Catalog {
  if (book) return book;
  let all: readonly ExerciseDefinition[] | undefined;
  const ids = EXERCISE_ENTRIES.map((e) => e.id);
  book = Object.freeze({
    id: 'book',
    title: msg('시작하세요! 도커/쿠버네티스 2장', 'Docker/Kubernetes for beginners (시작하세요! 도커/쿠버네티스), chapter 2'),
    // built on first use: `check 2.2.5` builds only 2.2.5's exercises (exercises/sections.ts, issue 25)
    get exercises() {
      return (all ??= builtExercises(ids));
    },
    sections: bookSections(),
    // publicText(EXERCISE_ENTRIES) and the names claimed, worked out when the catalog was generated
    publicWords: new Set(PUBLIC_WORDS),
  });
  return lazyCatalog(book, { entries: EXERCISE_ENTRIES, claimed: CLAIMED, build: builtExercises });
}
