/**
 * The book's sections in one place: their titles and the order of the exercises in them. Every report,
 * message and listing that names a section takes its title from here. Titles follow the table of
 * contents of "시작하세요! 도커/쿠버네티스" (2020 edition), chapter 2; the blog post in shared/reference
 * spells the same headings (it numbers the book's 2.1.1 "도커 이미지" as 2.1 and leaves 2.2.1 without
 * a heading). This module imports nothing of the exercises or checks, so reporters and exercise
 * definitions alike may use it; exercises/registry.test.ts holds it to the registry.
 */
import { compareSections, compareText } from './compare-text.js';
import type { Lang, Msg } from './i18n.js';
import { msg } from './i18n.js';

/** Section number → the book's title of that section (Korean as printed, English as a translation). */
export const SECTION_TITLES: Readonly<Record<string, Msg>> = Object.freeze({
  '2.1': msg('도커 이미지와 컨테이너', 'Docker images and containers'),
  '2.1.1': msg('도커 이미지', 'Docker images'),
  '2.1.2': msg('도커 컨테이너', 'Docker containers'),
  '2.2': msg('도커 컨테이너 다루기', 'Working with Docker containers'),
  '2.2.1': msg('컨테이너 생성', 'Creating a container'),
  '2.2.2': msg('컨테이너 목록 확인', 'Listing containers'),
  '2.2.3': msg('컨테이너 삭제', 'Removing containers'),
  '2.2.4': msg('컨테이너를 외부에 노출', 'Exposing a container to the outside'),
  '2.2.5': msg('컨테이너 애플리케이션 구축', 'Building a containerized application'),
});

/**
 * Exercise ids in the order a reader of the book meets them (2.2.1's `docker run` before `docker pull`,
 * the database before WordPress): the order of the registry in exercises/index.ts, which a test keeps
 * equal to this list. Reports sort by it without loading the exercise modules.
 */
export const BOOK_ORDER: readonly string[] = Object.freeze([
  '2.2.1/run-ubuntu',
  '2.2.1/pull-centos',
  '2.2.1/create-mycentos',
  '2.2.2/rename',
  '2.2.3/remove',
  '2.2.4/network-test',
  '2.2.4/publish-80',
  '2.2.4/publish-multi',
  '2.2.5/wordpressdb',
  '2.2.5/wordpress',
  '2.2.5/exec-env',
  '2.2.5/link-dependency',
]);

const BOOK_POSITION = new Map(BOOK_ORDER.map((id, i) => [id, i]));

/** The book's title of a section, or undefined for a section the table above does not know. */
export function sectionTitle(section: string): Msg | undefined {
  return Object.hasOwn(SECTION_TITLES, section) ? SECTION_TITLES[section] : undefined;
}

/** A section as a heading: `2.2.1 컨테이너 생성`; the bare number when its title is unknown. */
export function sectionHeading(section: string, lang: Lang): string {
  const title = sectionTitle(section);
  return title ? `${section} ${title[lang]}` : section;
}

/**
 * Orders exercises (results or definitions) as the book does. Ids the book order does not know
 * (results of another version) come after, by section and then id, so the order stays total and stable.
 */
export function compareBookOrder(a: { id: string; section: string }, b: { id: string; section: string }): number {
  const pa = BOOK_POSITION.get(a.id) ?? Number.MAX_SAFE_INTEGER;
  const pb = BOOK_POSITION.get(b.id) ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || compareSections(a.section, b.section) || compareText(a.id, b.id);
}
