import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hideInText, maskSecretPairs, scannedCleanTexts } from '../core/secrets.js';
import { BUILD_KEY, keepCleanTexts } from './clean-texts.js';

const holder = globalThis as Record<symbol, unknown>;
const BUILD = '0123456789abcdef';

afterEach(() => {
  delete holder[BUILD_KEY];
});

describe('texts found clean of secrets, kept between runs of one build', () => {
  it('keeps the texts the scanner read and left as they were, and a later run takes them without scanning', () => {
    holder[BUILD_KEY] = BUILD;
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-clean-'));
    const words = new Set(['password']);
    const first = keepCleanTexts(words, dir);
    const texts = ['docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7', 'connect to mysql:5.7', 'TOKEN=Other-8855', 'nothing to look at here'];
    const hidden = texts.map((text) => hideInText(text, [], words));
    expect(hidden).toEqual(['docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7', 'connect to mysql:5.7', 'TOKEN=(hidden)', 'nothing to look at here']);
    first.save();
    const kept = JSON.parse(readFileSync(join(dir, `clean-texts-book-${BUILD}.json`), 'utf8')) as string[];
    // what the scanner read and left alone; not a text it changed, nor one it never needed to read
    expect(kept.sort()).toEqual(['connect to mysql:5.7', 'docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7']);
    for (const text of kept) expect(maskSecretPairs(text, words)).toBe(text);
    // a later run (another set of the same words: nothing remembered in this process) takes them as they
    // are: a kept text is not scanned again, even one that would be masked (so only the same build's may be kept)
    const later = new Set(['password']);
    writeFileSync(join(dir, `clean-texts-book-${BUILD}.json`), JSON.stringify([...kept, 'PASSWORD=kept-as-is']));
    keepCleanTexts(later, dir).save();
    expect(hideInText('PASSWORD=kept-as-is', [], later)).toBe('PASSWORD=kept-as-is');
    expect(hideInText('connect to mysql:5.7', [], later)).toBe('connect to mysql:5.7');
    expect(scannedCleanTexts(later)).toEqual([]);
    // a value hunted in the state is hidden all the same
    expect(hideInText('connect to mysql:5.7 as Other-8855', ['Other-8855'], later)).toBe('connect to mysql:5.7 as (hidden)');
  });

  it('keeps nothing without a build id (an unbundled run), ignores a file of another shape, and drops another build’s file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-clean-'));
    const words = new Set<string>();
    const none = keepCleanTexts(words, dir);
    hideInText('mysql -h db', [], words);
    none.save();
    expect(readdirSync(dir)).toEqual([]);
    holder[BUILD_KEY] = BUILD;
    writeFileSync(join(dir, `clean-texts-book-${BUILD}.json`), JSON.stringify({ not: 'a list' }));
    writeFileSync(join(dir, 'clean-texts-book-fedcba9876543210.json'), '[]');
    const other = new Set<string>();
    const keep = keepCleanTexts(other, dir);
    expect(hideInText('PASSWORD=x1y2z3', [], other)).toBe('PASSWORD=(hidden)');
    hideInText('mysql -h db', [], other);
    keep.save();
    expect(readdirSync(dir)).toEqual([`clean-texts-book-${BUILD}.json`]);
    expect(JSON.parse(readFileSync(join(dir, `clean-texts-book-${BUILD}.json`), 'utf8'))).toEqual(['mysql -h db']);
  });
});

describe('a cache folder that cannot be made', () => {
  it('keeps nothing and throws nothing', () => {
    holder[BUILD_KEY] = BUILD;
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-clean-'));
    writeFileSync(join(dir, 'file'), '');
    const words = new Set<string>();
    const keep = keepCleanTexts(words, join(dir, 'file', 'cache'));
    hideInText('mysql -h db', [], words);
    expect(() => keep.save()).not.toThrow();
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
