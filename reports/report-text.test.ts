import { neutralizeFormula, csvField } from './gradebook-csv-reporter.js';
import { levelOf } from './class-html-reporter.js';
import { anchorOf } from './html-view.js';
import { clip, cleanText, maskSecrets } from './report-text.js';

describe('maskSecrets', () => {
  it.each([
    ['MYSQL_ROOT_PASSWORD=hunter2', 'MYSQL_ROOT_PASSWORD=(hidden)'],
    ['-e API_TOKEN=abc -e NAME=kim', '-e API_TOKEN=(hidden) -e NAME=kim'],
    ['differs: DB_PASSWD="a b c"', 'differs: DB_PASSWD=(hidden)'],
    ['aws_secret_access_key: AKIA123', 'aws_secret_access_key: (hidden)'],
    ['SSH_KEY=x, USER=root', 'SSH_KEY=(hidden), USER=root'],
  ])('%s → %s', (input, output) => {
    expect(maskSecrets(input)).toBe(output);
  });

  it('leaves ordinary pairs and already-masked values alone', () => {
    for (const text of ['MYSQL_DATABASE=wordpress', 'Tty=true', 'MYSQL_ROOT_PASSWORD=(hidden)', 'password is required']) expect(maskSecrets(text)).toBe(text);
  });
});

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
