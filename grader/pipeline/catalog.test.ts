/**
 * The catalog's sections: headings by the catalog's titles, and the sections a run carries in the
 * catalog's reading order (what every reporter sorts and heads by).
 */
import { msg } from '../core/i18n.js';
import { bookCatalog } from './book-catalog.js';
import { claimedNames } from '../check/run.js';
import { selectExercises } from '../check/select.js';
import { publicText } from '../core/secrets.js';
import { claimedIn, compareReadingOrder, inReadingOrder, runSections, sectionHeadingIn, sectionTitleIn, selectIn, type Catalog } from './catalog.js';

describe('section titles of a catalog', () => {
  it("gives the book's title of a known section in both languages", () => {
    expect(sectionHeadingIn(bookCatalog(), '2.2.1', 'ko')).toBe('2.2.1 컨테이너 생성');
    expect(sectionHeadingIn(bookCatalog(), '2.2.5', 'en')).toBe('2.2.5 Building a containerized application');
    expect(sectionTitleIn(bookCatalog(), '2.2.4')?.ko).toBe('컨테이너를 외부에 노출');
  });

  it('falls back to the bare number for an unknown section, including object keys', () => {
    expect(sectionHeadingIn(bookCatalog(), '9.9', 'ko')).toBe('9.9');
    expect(sectionTitleIn(bookCatalog(), 'constructor')).toBeUndefined();
    expect(sectionTitleIn(bookCatalog(), '__proto__')).toBeUndefined();
  });

  it('has a Korean and an English title for every section of the book', () => {
    expect(bookCatalog().sections.map((s) => s.id)).toEqual(['2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.2.5', '2.2.6', '2.2.7', '2.2.8', '2.2.9', '2.3', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '2.4', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.4.5', '2.5', '2.5.3', '2.5.4', '2.5.5']);
    for (const { title } of bookCatalog().sections) {
      expect(title.ko.trim()).not.toBe('');
      expect(title.en.trim()).not.toBe('');
      // a title the book writes as one Latin word (2.4 Dockerfile) reads the same in both languages
      if (!(title.ko === title.en && /^[A-Za-z]+$/.test(title.ko))) expect(title.ko).toMatch(/[가-힣]/);
    }
  });

  it("takes a course's titles, never the book's", () => {
    const course: Catalog = { ...bookCatalog(), id: 'course', sections: [{ id: '2.2.1', title: msg('첫 실습', 'First lab') }] };
    expect(sectionHeadingIn(course, '2.2.1', 'en')).toBe('2.2.1 First lab');
    expect(sectionHeadingIn(course, '2.2.5', 'en')).toBe('2.2.5');
  });
});

describe('runSections', () => {
  it('orders by the catalog, not by id; unknown ids after, by section then id', () => {
    const items = ['2.2.2/zz', '2.2.1/create-mycentos', '2.1/aa', '2.2.5/wordpress', '2.2.1/run-ubuntu', '2.2.2/aa', '2.2.5/wordpressdb', '9.9.10/a', '9.9.9/a'].map((id) => ({ id, section: id.split('/')[0] }));
    const sections = runSections(bookCatalog(), items);
    expect(sections.flatMap((s) => s.exercises)).toEqual([
      '2.2.1/run-ubuntu',
      '2.2.1/create-mycentos',
      '2.2.5/wordpressdb',
      '2.2.5/wordpress',
      '2.1/aa',
      '2.2.2/aa',
      '2.2.2/zz',
      '9.9.9/a',
      '9.9.10/a',
    ]);
    expect(sections.map((s) => s.id)).toEqual(['2.2.1', '2.2.5', '2.1', '2.2.2', '9.9.9', '9.9.10']);
    expect(sections[0].title).toEqual(msg('컨테이너 생성', 'Creating a container'));
    expect(sections.find((s) => s.id === '9.9.9')).toEqual({ id: '9.9.9', exercises: ['9.9.9/a'] });
  });
});

describe('reading order', () => {
  it("goes by section, then the exercise's order in it, then id: never by id alone", () => {
    const at = (id: string, order?: number) => ({ id, section: id.split('/')[0], ...(order === undefined ? {} : { order }) });
    const listed = inReadingOrder([at('2.2.10/a', 1), at('2.2.1/pull-centos', 2), at('2.2.1/zz'), at('2.2.1/run-ubuntu', 1), at('2.2.9/b', 1), at('2.2.1/aa')]);
    expect(listed.map((e) => e.id)).toEqual(['2.2.1/run-ubuntu', '2.2.1/pull-centos', '2.2.1/aa', '2.2.1/zz', '2.2.9/b', '2.2.10/a']);
    expect(compareReadingOrder(at('2.2.5/wordpressdb', 1), at('2.2.5/wordpress', 2))).toBeLessThan(0);
  });

  it("lists the book's exercises in the order a reader meets them, from each exercise's own order", () => {
    expect(bookCatalog().exercises.every((e) => Number.isInteger(e.order))).toBe(true);
    expect(bookCatalog().exercises.map((e) => e.id)).toEqual(inReadingOrder(bookCatalog().exercises).map((e) => e.id));
  });
});

describe("the book catalog's public words", () => {
  it("are the words of its exercises' commands: the book's example values, never a learner's", () => {
    const words = bookCatalog().publicWords;
    for (const word of ['password', 'wordpress', 'MYSQL_ROOT_PASSWORD', 'wordpressdb', 'mycentos']) expect(words.has(word)).toBe(true);
    expect(words.has('RealSecret')).toBe(false);
    const commands = new Set(bookCatalog().exercises.flatMap((e) => e.commands.join(' ').split(/[\s='"`:,;()]+/)).filter(Boolean));
    expect([...words].sort()).toEqual([...commands].sort());
  });
});

describe("the book's catalog, built by section (issue 25)", () => {
  const book = bookCatalog();
  const all = book.exercises;
  const plain: Catalog = { ...book, exercises: all };

  it('selects from its index exactly what selecting from every built exercise selects, the same objects, in reading order', () => {
    const sections = [...new Set(all.map((e) => e.section))];
    const selectors = [[], ['all'], ['2.2'], ...sections.map((s) => [s]), ...all.map((e) => [e.id]), [all[all.length - 1].id, all[0].id], [`${sections[0]}/`]];
    for (const selector of selectors) expect([selector, selectIn(book, selector)]).toEqual([selector, selectExercises(all, selector)]);
    expect(selectIn(book, [all[0].id])[0]).toBe(all[0]);
    expect(() => selectIn(book, ['2.2.9x'])).toThrow(/unknown exercise '2.2.9x'/);
  });

  it('claims the names every built exercise claims, and orders sections as they do', () => {
    expect(claimedIn(book)).toEqual(claimedNames(all));
    expect(claimedIn(book).length).toBeGreaterThan(0);
    const some = [all[all.length - 1], all[0]].map((e) => ({ id: e.id, section: e.section }));
    expect(runSections(book, some)).toEqual(runSections(plain, some));
    expect(book.publicWords).toEqual(publicText(all));
  });

  it('a copy with other exercises is read through them, not the index', () => {
    const one: Catalog = { ...book, exercises: [all[0]] };
    expect(selectIn(one, []).map((e) => e.id)).toEqual([all[0].id]);
    expect(() => selectIn(one, [all[1].id])).toThrow(/unknown exercise/);
  });
});
