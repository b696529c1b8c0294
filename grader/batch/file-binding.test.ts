/**
 * Whose file is it (issue 13, item 3): a file one student hands in that claims another student, with a
 * later time and a recomputed digest, never replaces that student's own submission. The roster's file
 * column, the file's folder or its name binds a file; a file naming someone else is flagged on both
 * rows; a file bound by nothing but its claim is graded under the claim with a finding and counts only
 * when nothing bound to the student exists.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { sealSubmission } from '../cli/submit-command.js';
import { classHtmlReporter } from '../../reports/class-html-reporter.js';
import { gradebookCsvReporter } from '../../reports/gradebook-csv-reporter.js';
import { htmlReporter } from '../../reports/html-reporter.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import type { ClassResult, StudentRow } from '../model/class-schema.js';
import type { Submission } from '../model/submission-schema.js';
import { ClassOutputWriter, OUTPUT_FILES, studentFileBase } from './class-output.js';
import { bindFile, gradeClass } from './grade-class.js';
import { withCrossRowFindings } from './integrity.js';
import { parseRoster, readRoster } from './roster.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;
const LATER = new Date('2026-02-25T10:00:00.000Z');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bind-'));
  // s0001..s0003 solve everything; s0004 hands in partial work.
  generated = generateClass({ dir, count: 4, specials: false, fillerContainers: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function submissionOf(id: string): Submission {
  return JSON.parse(readFileSync(generated.students.find((s) => s.id === id)!.file, 'utf8')) as Submission;
}

/** `from`'s own (correct) work, re-sealed as `claimed`'s with a later time: a valid digest, nothing hand-edited to see. */
function forge(from: string, claimed: string, file: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(sealSubmission(submissionOf(from).content, claimed, '', LATER)));
}

function row(result: ClassResult, id: string): StudentRow {
  return result.students.find((r) => r.studentId === id && r.status === 'graded')!;
}

const codes = (r: StudentRow) => r.integrity.map((f) => f.code);

describe('bindFile', () => {
  const roster = new Map([['s0001', 1], ['s0002', 2]]);
  it('binds by the roster file column, then the folder, then the file name', () => {
    expect(bindFile('/x/s0002.json', 's0002', roster, 's0001')).toEqual({ student: 's0001', by: 'roster' });
    expect(bindFile('/x/s0001/s0002.json', 's0002', roster)).toEqual({ student: 's0001', by: 'name' });
    expect(bindFile('/x/subs/s0001.json', 's0002', roster)).toEqual({ student: 's0001', by: 'name' });
    expect(bindFile('/x/subs/submission-s0002.json', 's0002', roster)).toEqual({ student: 's0002', by: 'name' });
  });
  it('leaves a file unbound when nothing but its claim names a student', () => {
    expect(bindFile('/x/subs/attempt-7.json', 's0002', roster)).toEqual({ student: '', by: 'none' });
    expect(bindFile('/x/subs/attempt-7.json', 's0002', null)).toEqual({ student: '', by: 'none' });
  });
  it('without a roster, binds by a name equal to the claim or by `submit`\'s own name', () => {
    expect(bindFile('/x/subs/s0009.json', 's0009', null)).toEqual({ student: 's0009', by: 'name' });
    expect(bindFile('/x/subs/submission-s0001.json', 's0002', null)).toEqual({ student: 's0001', by: 'name' });
    // a student not on the roster naming their own file is bound to themselves (and shown as not on the roster)
    expect(bindFile('/x/subs/s0009.json', 's0009', roster)).toEqual({ student: 's0009', by: 'name' });
  });
});

describe('a file that claims another student', () => {
  it('never replaces that student\'s submission and is flagged on both rows (file named for the uploader)', async () => {
    const subs = join(dir, 'flat');
    mkdirSync(subs, { recursive: true });
    for (const id of ['s0002', 's0004']) writeFileSync(join(subs, `${id}.json`), readFileSync(generated.students.find((s) => s.id === id)!.file));
    // s0003 hands in, under its own name, its own correct work re-sealed as s0004's, later.
    forge('s0003', 's0004', join(subs, 's0003.json'));
    const own = await gradeClass({ catalog: bookCatalog(), paths: [generated.students.find((s) => s.id === 's0004')!.file], roster: await readRoster(generated.rosterFile) });
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: await readRoster(generated.rosterFile) });
    const victim = row(result, 's0004');
    expect(victim.source).toBe(join(subs, 's0004.json'));
    expect(victim.points).toBe(row(own, 's0004').points);
    expect(codes(victim)).toEqual(['claimed-by-other']);
    expect(victim.integrity[0].others).toEqual(['s0003']);
    const uploader = row(result, 's0003');
    expect(uploader.source).toBe(join(subs, 's0003.json'));
    expect(codes(uploader)).toContain('other-student');
    expect(uploader.integrity.find((f) => f.code === 'other-student')!.message.en).toContain("names s0004; graded as s0003's");
  });

  it('keeps the student\'s own file over a later one the uploader put in their own folder, and its student files too', async () => {
    const subs = join(dir, 'folders');
    for (const id of ['s0001', 's0004']) {
      mkdirSync(join(subs, id), { recursive: true });
      writeFileSync(join(subs, id, 'hw.json'), readFileSync(generated.students.find((s) => s.id === id)!.file));
    }
    // The uploader names the file after the victim inside their own LMS folder: the folder binds it.
    forge('s0001', 's0004', join(subs, 's0001', 's0004.json'));
    const out = join(dir, 'folders-out');
    const renderers = { gradebookCsv: gradebookCsvReporter, classHtml: classHtmlReporter, studentHtml: htmlReporter, studentJson: jsonReporter };
    const writer = new ClassOutputWriter(out, renderers, { lang: 'en', color: false, studentFiles: true });
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: await readRoster(generated.rosterFile), retain: writer.retain });
    await writer.finish(result);
    const victim = row(result, 's0004');
    expect(victim.source).toBe(join(subs, 's0004', 'hw.json'));
    expect(codes(victim)).toEqual(['claimed-by-other']);
    // s0001 has two files: its own counts (bound and naming s0001), the forged one is still reported.
    const uploader = row(result, 's0001');
    expect(uploader.source).toBe(join(subs, 's0001', 'hw.json'));
    expect(codes(uploader)).toEqual(expect.arrayContaining(['other-student', 'several-submissions']));
    // The student report written for s0004 is of s0004's own file.
    const report = readFileSync(join(out, OUTPUT_FILES.students, `${studentFileBase('s0004')}.json`), 'utf8');
    expect(report).toContain(JSON.stringify(join(subs, 's0004', 'hw.json')));
    expect(report).not.toContain('s0001/s0004.json');
  });

  it('binds by the roster file column even when the file sits in a folder named for someone else', async () => {
    const subs = join(dir, 'column');
    mkdirSync(join(subs, 's0004'), { recursive: true });
    forge('s0002', 's0004', join(subs, 's0004', 'from-s0002.json'));
    const roster = await parseRoster(`student_id,file\ns0002,column/s0004/from-s0002.json\ns0004,\n`, join(dir, 'roster-column.csv'));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [], roster });
    expect(codes(row(result, 's0002'))).toEqual(['other-student']);
    const victim = result.students.find((r) => r.studentId === 's0004')!;
    expect(victim.status).toBe('missing');
    expect(codes(victim)).toEqual(['claimed-by-other']);
  });

  it('does not let an unbound file replace a bound one, and flags an unbound file that counts', async () => {
    const subs = join(dir, 'unbound');
    mkdirSync(subs, { recursive: true });
    writeFileSync(join(subs, 's0004.json'), readFileSync(generated.students.find((s) => s.id === 's0004')!.file));
    forge('s0001', 's0004', join(subs, 'attempt-7.json'));
    forge('s0002', 's0002', join(subs, 'upload-1234.json'));
    for (const roster of [await readRoster(generated.rosterFile), null]) {
      const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster });
      const victim = row(result, 's0004');
      expect(victim.source).toBe(join(subs, 's0004.json'));
      expect(codes(victim)).toEqual(['unbound-file', 'several-submissions']);
      expect(victim.integrity[0].message.en).toContain('unbound/attempt-7.json');
      const alone = row(result, 's0002');
      expect(alone.source).toBe(join(subs, 'upload-1234.json'));
      expect(codes(alone)).toEqual(['unbound-file']);
    }
  });

  it('keeps a hostile claimed id and file name inert in the class report and the student JSON', async () => {
    const subs = join(dir, 'hostile');
    const hostile = '<script>alert(1)</script>\u001b[31m\u202e';
    forge('s0003', hostile, join(subs, 's0003.json'));
    forge('s0002', 's0002', join(subs, `<img src=x onerror=alert(2)>\u001b]8;;x\u0007.json`));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: await readRoster(generated.rosterFile) });
    expect(codes(row(result, 's0003'))).toContain('other-student');
    expect(codes(row(result, 's0002'))).toContain('unbound-file');
    const html = classHtmlReporter(result, { lang: 'en', color: false });
    expect(html).not.toMatch(/<script>alert|<img src=x|[\u001b\u0007\u202e]/);
    expect(html).toContain('other-student');
    const studentJson = jsonReporter(row(result, 's0003').result!, { lang: 'en', color: false });
    expect(studentJson).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('names the uploaders again after merge (claims travel in the row evidence)', async () => {
    const subs = join(dir, 'merge');
    mkdirSync(subs, { recursive: true });
    forge('s0003', 's0004', join(subs, 's0003.json'));
    const roster = await readRoster(generated.rosterFile);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster });
    expect(row(result, 's0003').evidence!.claims).toEqual(['s0004']);
    const stripped = result.students.map((r) => ({ ...r, integrity: r.integrity.filter((f) => f.code !== 'claimed-by-other') }));
    const again = withCrossRowFindings(stripped);
    expect(codes(again.find((r) => r.studentId === 's0004')!)).toEqual(['claimed-by-other']);
  });
});
