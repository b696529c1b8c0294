import { neutralizeFormula, csvField } from './gradebook-csv-reporter.js';
import { levelOf } from './class-html-reporter.js';
import { anchorOf } from './html-view.js';
import { clip, cleanText } from './report-text.js';

describe('clip and cleanText', () => {
  it('clips past the limit and says how much is left out', () => {
    expect(clip('abcdef', 4)).toBe('abcd… (2 more characters)');
    expect(clip('abcd', 4)).toBe('abcd');
  });
  it('strips escapes and control characters, masks, clips; showSecrets keeps values', () => {
    expect(cleanText('\u001b[31mTOKEN=x\u001b[0m\u0007 ok', { max: 100 })).toBe('TOKEN=(hidden) ok');
    expect(cleanText('TOKEN=x', { showSecrets: true })).toBe('TOKEN=x');
  });
});

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', ' =cmd', '  @x'])('neutralises %j', (cell) => {
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
  });
  it.each(['김철수', 'kim@example.edu', 'a=b', '1-2'])('leaves %j as it is', (cell) => {
    expect(neutralizeFormula(cell)).toBe(cell);
  });
  it('quotes every field, doubles quotes, writes numbers as numbers', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(-3)).toBe('"-3"');
  });
});

describe('class matrix helpers', () => {
  it('colours by the share of points', () => {
    expect([levelOf(5, 5, true), levelOf(3, 5, true), levelOf(1, 5, true), levelOf(0, 5, true), levelOf(0, 5, false)]).toEqual(['full', 'high', 'low', 'zero', 'none']);
  });
  it('makes distinct, safe anchors even from markup or Korean ids', () => {
    expect(anchorOf('ex', '2.2.1/run-ubuntu')).toBe('ex-2-2-1-run-ubuntu');
    const a = anchorOf('student', '김철수');
    const b = anchorOf('student', '이영희');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(anchorOf('student', '<img src=x>')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('the clip mark speaks the report language', () => {
  it('says how many characters were left out, in Korean for a Korean report', () => {
    const long = 'x'.repeat(5000);
    expect(cleanText(long, { lang: 'ko' })).toMatch(/… \(1000자 생략\)$/);
    expect(cleanText(long, { lang: 'en' })).toMatch(/… \(1000 more characters\)$/);
    expect(cleanText(long)).toMatch(/more characters\)$/);
    // past the scanned head too (text far longer than the clip point)
    expect(cleanText('y'.repeat(20_000), { lang: 'ko', max: 100 })).toMatch(/… \(19900자 생략\)$/);
  });
});
