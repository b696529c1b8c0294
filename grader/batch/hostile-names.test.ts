/**
 * Student ids that make file names hostile (issue 26, item 6): an 80-character Hangul id plus a
 * hard-linked report made the temp name of the replacing write longer than 255 bytes (ENAMETOOLONG),
 * which aborted the whole `grade` and `merge`; ids differing only by case (`S1`, `s1`) shared one report
 * file on a case-insensitive file system. Names are bounded in bytes, fold-safe, and one row's failed
 * write costs that row only.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
// loaded here, before runGrade imports them (jest's ESM loader fails on two dynamic imports of one module at once)
import '../../reports/class-html-reporter.js';
import '../../reports/html-reporter.js';
import '../../reports/json-reporter.js';
import '../../reports/gradebook-csv-reporter.js';
import { textSink as sink } from '../../fixtures/text-sink.js';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { sealSubmission } from '../cli/submit-command.js';
import { runGrade } from '../cli/grade-command.js';
import { runMerge } from '../cli/merge-command.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { ClassResultSchema } from '../model/class-schema.js';
import type { Submission } from '../model/submission-schema.js';
import { OUTPUT_FILES, studentFileBase } from './class-output.js';
import { writeStudentReports } from './student-files.js';

let dir: string;
let generated: GeneratedClass;
const LONG = '가나다라마바사아자차'.repeat(8); // 80 Hangul syllables, 240 bytes

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-names-'));
  generated = generateClass({ dir, count: 2, specials: false, fillerContainers: 0 });
  const own = JSON.parse(readFileSync(generated.students[0].file, 'utf8')) as Submission;
  for (const id of [LONG, 'S1', 's1']) writeFileSync(join(generated.submissionsDir, `${id}.json`), JSON.stringify(sealSubmission(own.content, id, '', new Date('2026-02-20T10:00:00.000Z'))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (name: string) => Buffer.byteLength(name, 'utf8');

describe('student report names', () => {
  it('are bounded in bytes (with room for a temp name), whatever the id', () => {
    for (const id of [LONG, '가'.repeat(200), 'a'.repeat(300), '😀'.repeat(70), `${'가'.repeat(30)} b`]) expect(bytes(studentFileBase(id))).toBeLessThanOrEqual(100);
    expect(studentFileBase(LONG)).not.toBe(studentFileBase(`${LONG.slice(0, -1)}나`));
  });

  it('never fold to one name on a case- or normalization-insensitive file system', () => {
    const fold = (name: string) => name.normalize('NFD').toLowerCase().toUpperCase().toLowerCase();
    const pairs = [['S1', 's1'], ['Kim', 'kim'], ['\u212a1', 'k1'], ['ſ1', 's1'], ['한', '\u1112\u1161\u11ab'], ['é', 'e\u0301'], ['ΣΑΣ', 'σας']];
    for (const [a, b] of pairs) expect(fold(studentFileBase(a))).not.toBe(fold(studentFileBase(b)));
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'A', 's', 'S', 'ſ', 'k', 'K', '\u212a', '한', '\u1112', '\u1161', '\u11ab', 'e', '\u0301', 'é', '1', '-'), minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 20 }), (ids) => {
        expect(new Set(ids.map((id) => fold(studentFileBase(id)))).size).toBe(ids.length);
      }),
      { numRuns: 1000, seed: 26 },
    );
  });

  it('keep plain lower-case ids and Hangul ids as they are', () => {
    for (const id of ['s0001', '2024-001', '김민수', 'kim.minsu']) expect(studentFileBase(id)).toBe(id);
  });
});

describe('grade and merge with a long Hangul id and a hard-linked report', () => {
  it('write every row; a row whose file cannot be written costs that row only', async () => {
    const out = join(dir, 'out');
    const first = await runGrade({ paths: [generated.submissionsDir], outputDir: out, concurrency: 1, engineTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), sink().stream, sink().stream);
    expect(first).toBe(0);
    const students = join(out, OUTPUT_FILES.students);
    // S1 and s1 have their own files, even where the file system folds case
    const names = readdirSync(students);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.sort()).toHaveLength(2 * 5);
    // hard-link the long id's report to a file outside: the next grade replaces it (temp + rename)
    const victim = join(dir, 'victim.html');
    writeFileSync(victim, 'victim text');
    const report = join(students, `${studentFileBase(LONG)}.html`);
    rmSync(report);
    linkSync(victim, report);
    const stderr = sink();
    const second = await runGrade({ paths: [generated.submissionsDir], outputDir: out, concurrency: 1, engineTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), sink().stream, stderr.stream);
    expect(stderr.text()).not.toContain('ENAMETOOLONG');
    expect(second).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('victim text');
    expect(readFileSync(report, 'utf8')).toContain('<html');
    const summary = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, OUTPUT_FILES.summary), 'utf8')));
    expect(summary.students.filter((s) => s.status === 'graded')).toHaveLength(5);
    // merge into a folder whose copy of the report is hard-linked too
    const merged = join(dir, 'merged');
    mkdirSync(join(merged, OUTPUT_FILES.students), { recursive: true });
    linkSync(victim, join(merged, OUTPUT_FILES.students, `${studentFileBase(LONG)}.html`));
    const mergeErr = sink();
    const code = await runMerge({ outputs: [out], outputDir: merged, lang: 'en', prefix: '' }, bookCatalog(), sink().stream, mergeErr.stream);
    expect(mergeErr.text()).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('victim text');
    expect(readdirSync(join(merged, OUTPUT_FILES.students))).toHaveLength(2 * 5);
  });
});

describe('a report name the file system refuses', () => {
  it('costs that row only: refused with a reason, the other rows are written', () => {
    const students = join(dir, 'refused');
    mkdirSync(students, { recursive: true });
    const renderers = { studentHtml: () => '<html>', studentJson: () => '{}' };
    const run = JSON.parse('{}') as Parameters<typeof writeStudentReports>[1];
    const refused = writeStudentReports(join(students, '가'.repeat(90)), run, renderers, { lang: 'en', color: false });
    expect(refused.map((r) => r.what)).toEqual(['cannot be written: the file name is too long or not allowed here', 'cannot be written: the file name is too long or not allowed here']);
    expect(writeStudentReports(join(students, 's0001'), run, renderers, { lang: 'en', color: false })).toEqual([]);
    expect(readdirSync(students)).toEqual(['s0001.html', 's0001.json']);
  });
});
