/**
 * LMS exports whose folders are not student ids (issue 26, item 2): Moodle names each student's folder
 * `Full Name_123_assignsubmission_file_` and keeps the file names students chose. A file named
 * `s0001.json` in another student's folder replaced s0001's grade with no finding, and a `submittedAt`
 * in 2099 was not flagged (it won by its time). Now only the folder binds (the roster's `lms` column or
 * the name), an unmapped folder binds nothing and a student's files from several folders are shown as
 * contested, and a time after grading is flagged and never counts over another file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { sealSubmission } from '../cli/submit-command.js';
import type { ClassResult, StudentRow } from '../model/class-schema.js';
import type { Submission } from '../model/submission-schema.js';
import { bindFile, gradeClass } from './grade-class.js';
import { lmsIndex } from './lms-folder.js';
import { parseRoster, readRoster, type Roster } from './roster.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;
const FUTURE = new Date('2099-01-01T00:00:00.000Z');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-lms-'));
  // s0001..s0003 solve everything; s0004 hands in partial work.
  generated = generateClass({ dir, count: 4, specials: false, fillerContainers: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const own = (id: string) => generated.students.find((s) => s.id === id)!;
const submissionOf = (id: string) => JSON.parse(readFileSync(own(id).file, 'utf8')) as Submission;
const codes = (r: StudentRow) => r.integrity.map((f) => f.code).sort();
const graded = (result: ClassResult, id: string) => result.students.find((r) => r.studentId === id && r.status === 'graded')!;
const folderOf = (name: string, participant: number) => `${name}_${participant}_assignsubmission_file_`;

/** `from`'s own work re-sealed as `claimed`'s at `at`: a valid digest, nothing hand-edited to see. */
function forge(from: string, claimed: string, file: string, at: Date): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(sealSubmission(submissionOf(from).content, claimed, '', at)));
}

/** A Moodle export of the class (each student's own file as `hw.json`) plus s0004's upload `s0001.json`. */
async function moodleExport(name: string, folderName: (id: string, index: number) => string): Promise<string> {
  const subs = join(dir, name);
  generated.students.forEach((s, i) => {
    mkdirSync(join(subs, folderName(s.id, i)), { recursive: true });
    writeFileSync(join(subs, folderName(s.id, i), 'hw.json'), readFileSync(s.file));
  });
  // s0004 hands in its own partial work, sealed as s0001's, dated 2099, named s0001.json, in its own folder.
  forge('s0004', 's0001', join(subs, folderName('s0004', 3), 's0001.json'), FUTURE);
  return subs;
}

describe('a Moodle export', () => {
  let roster: Roster;
  let ownPoints: number;
  beforeAll(async () => {
    roster = await readRoster(generated.rosterFile);
    ownPoints = graded(await gradeClass({ catalog: bookCatalog(), paths: [own('s0001').file], roster }), 's0001').points;
  });

  it.each([
    ['by the students\' names on the roster', () => roster, (id: string, i: number) => folderOf(roster.rows.find((r) => r.studentId === id)!.name, 100 + i)],
    ['by the roster\'s lms column (Moodle\'s "Participant N")', () => null, (_: string, i: number) => folderOf(`Student ${'ABCD'[i]}`, 100 + i)],
  ])('binds files %s: s0001.json in another student\'s folder never replaces s0001\'s grade', async (_, given, folderName) => {
    const subs = await moodleExport(`moodle-${given() ? 'names' : 'lms'}`, folderName);
    const rosterUsed = given() ?? (await parseRoster(`student_id,name,lms\n${generated.students.map((s, i) => `${s.id},,Participant ${100 + i}`).join('\n')}\n`, join(dir, 'lms.csv')));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: rosterUsed });
    const victim = graded(result, 's0001');
    expect(victim.source).toBe(join(subs, folderName('s0001', 0), 'hw.json'));
    expect(victim.points).toBe(ownPoints);
    expect(codes(victim)).toEqual(['claimed-by-other']);
    const uploader = graded(result, 's0004');
    expect(uploader.source).toBe(join(subs, folderName('s0004', 3), 'hw.json'));
    expect(codes(uploader)).toEqual(['future-submission', 'other-student', 'several-submissions']);
    expect(uploader.integrity.find((f) => f.code === 'future-submission')!.message.en).toContain('submitted at 2099-01-01T00:00:00.000Z, after it was graded');
  });

  it('binds nothing by a file name inside a folder the roster cannot map, shows the contest and never lets 2099 win', async () => {
    // no roster: nothing maps the folders to students; each file is graded by its claim
    const subs = join(dir, 'unmapped');
    mkdirSync(join(subs, folderOf('Somebody', 201)), { recursive: true });
    writeFileSync(join(subs, folderOf('Somebody', 201), 's0001.json'), readFileSync(own('s0001').file));
    forge('s0004', 's0001', join(subs, folderOf('Mallory', 202), 's0001.json'), FUTURE);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: null });
    const victim = graded(result, 's0001');
    expect(victim.source).toBe(join(subs, folderOf('Somebody', 201), 's0001.json'));
    expect(victim.points).toBe(ownPoints);
    expect(codes(victim)).toEqual(['contested-file', 'future-submission', 'several-submissions', 'unbound-file', 'unbound-file']);
    expect(victim.integrity.find((f) => f.code === 'unbound-file')!.message.en).toContain(`the LMS folder ${folderOf('Somebody', 201)} matches no roster student`);
    // a plausible later time counts (nothing tells the two apart), but never silently
    forge('s0004', 's0001', join(subs, folderOf('Mallory', 202), 's0001.json'), new Date('2026-02-25T10:00:00.000Z'));
    const again = graded(await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: null }), 's0001');
    expect(again.source).toBe(join(subs, folderOf('Mallory', 202), 's0001.json'));
    const contested = again.integrity.find((f) => f.code === 'contested-file')!;
    expect(contested.message.en).toContain(`files from 2 folders all name s0001 (${folderOf('Mallory', 202)}, ${folderOf('Somebody', 201)}); graded the one from ${folderOf('Mallory', 202)}: check which is theirs`);
  });

  it('flags a submittedAt after grading on a file alone too', async () => {
    const subs = join(dir, 'future');
    forge('s0002', 's0002', join(subs, 's0002.json'), FUTURE);
    const result = await gradeClass({ catalog: bookCatalog(), paths: [subs], roster: null });
    expect(codes(graded(result, 's0002'))).toEqual(['future-submission']);
  });
});

describe('bindFile in an LMS folder', () => {
  const roster = new Map([['s0001', 1], ['s0002', 2]]);
  const index = lmsIndex([{ studentId: 's0001', name: '김 민준', lms: 'Participant 101' }, { studentId: 's0002', name: 'Lee  Seo-yeon', lms: '' }, { studentId: 's0003', name: 'lee seo-yeon', lms: '' }]);
  it('binds by the participant id, then by a name only one student has; never by the file name', () => {
    expect(bindFile(`/x/${folderOf('Anyone', 101)}/s0002.json`, 's0002', roster, undefined, index)).toEqual({ student: 's0001', by: 'name' });
    expect(bindFile(`/x/${folderOf('김  민준', 999)}/hw.json`, 's0001', roster, undefined, index)).toEqual({ student: 's0001', by: 'name' });
    // a name two roster students share maps to no one
    expect(bindFile(`/x/${folderOf('Lee Seo-yeon', 998)}/s0002.json`, 's0002', roster, undefined, index)).toEqual({ student: '', by: 'none', lmsFolder: folderOf('Lee Seo-yeon', 998) });
    expect(bindFile(`/x/${folderOf('Mallory', 997)}/s0001.json`, 's0001', null)).toEqual({ student: '', by: 'none', lmsFolder: folderOf('Mallory', 997) });
    // a zip unpacked inside the folder
    expect(bindFile(`/x/${folderOf('Anyone', 101)}/hw/s0002.json`, 's0002', roster, undefined, index)).toEqual({ student: 's0001', by: 'name' });
  });
});
