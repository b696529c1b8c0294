/**
 * Submission paths a hostile or foreign upload can make (issue 13, items 11b and 11c): file names that
 * are not valid UTF-8 (CP949 names from a Windows zip) are read by their bytes and named readably, and
 * a symbolic link handed in as a submission is refused without being read: the reason names the path
 * given, never what the link points at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { sealSubmission } from '../cli/submit-command.js';
import { readableFileName } from '../io/file-name.js';
import { expandPaths, gradeClass } from './grade-class.js';
import { readSubmission } from './submission-reader.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n';
const sealed = (student: string) => JSON.stringify(sealSubmission(makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7' })] }), student, '', new Date('2026-02-20T00:00:00Z')));
/** 홍길동 in CP949 (what a Korean Windows zip stores), not valid UTF-8 (C8 AB and E6 B5 BF happen to be). */
const CP949_NAME = Buffer.from([0xc8, 0xab, 0xb1, 0xe6, 0xb5, 0xbf]);
/** How rows name it: the valid sequences decoded, the bad byte as \xHH. */
const READABLE = 'ȫ\\xB1浿';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-names-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readableFileName', () => {
  it('keeps valid UTF-8 and writes each byte that is not as \\xHH', () => {
    expect(readableFileName(Buffer.from('홍길동.json'))).toBe('홍길동.json');
    expect(readableFileName(Buffer.concat([CP949_NAME, Buffer.from('.json')]))).toBe(`${READABLE}.json`);
    // 김 in CP949: no valid UTF-8 sequence at all
    expect(readableFileName(Buffer.from([0xb1, 0xe8]))).toBe('\\xB1\\xE8');
    // a valid sequence after a bad byte is kept; a truncated sequence and an overlong form are bytes
    expect(readableFileName(Buffer.from([0xff, 0xed, 0x95, 0x9c, 0xe2, 0x82, 0x2e, 0xc0, 0xaf]))).toBe('\\xFF한\\xE2\\x82.\\xC0\\xAF');
    // surrogate halves encoded in UTF-8 are not valid either
    expect(readableFileName(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xED\\xA0\\x80');
  });
});

describe('submission file names that are not valid UTF-8', () => {
  it('are graded by their bytes and named readably in the row (not "no such file")', async () => {
    const folder = join(dir, 'cp949');
    mkdirSync(folder);
    const good = Buffer.concat([Buffer.from(`${folder}/`), CP949_NAME, Buffer.from('.json')]);
    writeFileSync(good, sealed('s0001'));
    const broken = Buffer.concat([Buffer.from(`${folder}/`), CP949_NAME, Buffer.from('-2.json')]);
    writeFileSync(broken, '{"kind": "dockgrade.submission", "versi');
    // a folder with a CP949 name holds a file too
    const sub = Buffer.concat([Buffer.from(`${folder}/`), CP949_NAME]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/s0003.json')]), sealed('s0003'));

    const files = await expandPaths([folder]);
    // by bytes: the folder (a prefix of the other names) first
    expect(files.map((f) => f.slice(folder.length + 1))).toEqual([`${READABLE}/s0003.json`, `${READABLE}-2.json`, `${READABLE}.json`]);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [folder] });
    const rows = result.students.map((row) => ({ id: row.studentId, status: row.status, source: row.source.slice(folder.length + 1), reason: row.reason.slice(0, 22) }));
    expect(rows).toEqual([
      { id: '', status: 'invalid', source: `${READABLE}-2.json`, reason: '(root): truncated JSON' },
      { id: 's0001', status: 'graded', source: `${READABLE}.json`, reason: '' },
      { id: 's0003', status: 'graded', source: `${READABLE}/s0003.json`, reason: '' },
    ]);
  });
});

describe('a symbolic link handed in as a submission', () => {
  it('is refused unread: the reason names the path given, never the start of its target', async () => {
    const key = join(dir, 'id_ed25519');
    writeFileSync(key, KEY);
    const link = join(dir, 's0009.json');
    symlinkSync(key, link);
    const read = await readSubmission(link);
    expect(read).toEqual({ ok: false, file: link, student: '', reason: '(file): is a symbolic link; not followed (hand in the file itself)' });
    // a link to a good submission is refused the same way: a link is never followed
    const target = join(dir, 'real.json');
    writeFileSync(target, sealed('s0010'));
    symlinkSync(target, join(dir, 's0010.json'));
    expect(await readSubmission(join(dir, 's0010.json'))).toMatchObject({ ok: false, reason: expect.stringMatching(/symbolic link/) });
  });

  it('in a submissions folder it is a row that says so (not skipped in silence, not read)', async () => {
    const folder = join(dir, 'links');
    mkdirSync(folder);
    const key = join(dir, 'key-for-folder');
    writeFileSync(key, KEY);
    symlinkSync(key, join(folder, 's0011.json'));
    writeFileSync(join(folder, 's0012.json'), sealed('s0012'));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [folder] });
    const text = JSON.stringify(result);
    expect(text).not.toContain('BEGIN');
    expect(text).not.toContain('b3BlbnNz');
    expect(result.students.map((row) => [row.source.slice(folder.length + 1), row.status, row.reason])).toEqual([
      ['s0011.json', 'invalid', '(file): is a symbolic link; not followed (hand in the file itself)'],
      ['s0012.json', 'graded', ''],
    ]);
    expect(readFileSync(key, 'utf8')).toBe(KEY);
  });
});
