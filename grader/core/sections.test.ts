import { compareBookOrder, SECTION_TITLES, sectionHeading, sectionTitle } from './sections.js';

describe('section titles', () => {
  it('gives the book title of a known section in both languages', () => {
    expect(sectionHeading('2.2.1', 'ko')).toBe('2.2.1 컨테이너 생성');
    expect(sectionHeading('2.2.5', 'en')).toBe('2.2.5 Building a containerized application');
    expect(sectionTitle('2.2.4')?.ko).toBe('컨테이너를 외부에 노출');
  });

  it('falls back to the bare number for an unknown section, including object keys', () => {
    expect(sectionHeading('9.9', 'ko')).toBe('9.9');
    expect(sectionTitle('constructor')).toBeUndefined();
    expect(sectionTitle('__proto__')).toBeUndefined();
  });

  it('has a Korean and an English title for every entry', () => {
    for (const title of Object.values(SECTION_TITLES)) {
      expect(title.ko.trim()).not.toBe('');
      expect(title.en.trim()).not.toBe('');
      expect(title.ko).toMatch(/[가-힣]/);
    }
  });
});

describe('compareBookOrder', () => {
  it("orders by the book, not by id; unknown ids after, by section then id", () => {
    const items = ['2.2.2/zz', '2.2.1/create-mycentos', '2.1/aa', '2.2.5/wordpress', '2.2.1/run-ubuntu', '2.2.2/aa', '2.2.5/wordpressdb', '2.2.10/a', '2.2.9/a'].map((id) => ({ id, section: id.split('/')[0] }));
    expect(items.sort(compareBookOrder).map((e) => e.id)).toEqual([
      '2.2.1/run-ubuntu',
      '2.2.1/create-mycentos',
      '2.2.5/wordpressdb',
      '2.2.5/wordpress',
      '2.1/aa',
      '2.2.2/aa',
      '2.2.2/zz',
      '2.2.9/a',
      '2.2.10/a',
    ]);
  });
});
