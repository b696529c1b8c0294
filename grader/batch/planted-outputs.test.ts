/**
 * Planted paths in an output folder (issue 13, item 6): a symbolic link, FIFO or directory where
 * `grade` writes a student's report costs that student's row a finding and one warning line, never the
 * class and never a write through the link; a planted link at a class file (grades.csv, class.html,
 * summary.json) or at students/ is refused before grading with one line and exit 2.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textSink as collect } from '../../fixtures/text-sink.js';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { classHtmlReporter } from '../../reports/class-html-reporter.js';
import { gradebookCsvReporter } from '../../reports/gradebook-csv-reporter.js';
import { htmlReporter } from '../../reports/html-reporter.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import { PlantedPathError } from '../io/output-file.js';
import { ClassResultSchema } from '../model/class-schema.js';
import { ClassOutputWriter, OUTPUT_FILES, type ClassRenderers } from './class-output.js';
import { gradeClass } from './grade-class.js';
import { runGrade } from '../cli/grade-command.js';
import { runMerge } from '../cli/merge-command.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;
const renderers: ClassRenderers = { gradebookCsv: gradebookCsvReporter, classHtml: classHtmlReporter, studentHtml: htmlReporter, studentJson: jsonReporter };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-planted-'));
  generated = generateClass({ dir, count: 4, fillerContainers: 1, specials: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An output folder with a victim file outside it and the planted paths inside its students/ folder. */
function plantedFolder(name: string): { out: string; victim: string; ids: string[] } {
  const out = join(dir, name);
  const students = join(out, OUTPUT_FILES.students);
  mkdirSync(students, { recursive: true });
  const victim = join(dir, `${name}-victim`);
  writeFileSync(victim, 'the victim keeps this');
  const ids = generated.students.map((s) => s.id).sort();
  symlinkSync(victim, join(students, `${ids[0]}.html`));
  execFileSync('mkfifo', [join(students, `${ids[1]}.json`)]);
  mkdirSync(join(students, `${ids[2]}.html`));
  return { out, victim, ids };
}

describe('planted paths in the output folder', () => {
  it('grade: a link, FIFO or directory at a student report costs that row a finding and one warning; the class is written', async () => {
    const { out, victim, ids } = plantedFolder('grade');
    const stdout = collect();
    const stderr = collect();
    const code = await runGrade({ paths: [generated.submissionsDir], outputDir: out, concurrency: 2, engineTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), stdout.stream, stderr.stream);
    expect(readFileSync(victim, 'utf8')).toBe('the victim keeps this');
    expect(lstatSync(join(out, OUTPUT_FILES.students, `${ids[0]}.html`)).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(out, OUTPUT_FILES.students, `${ids[1]}.json`)).isFIFO()).toBe(true);
    expect(lstatSync(join(out, OUTPUT_FILES.students, `${ids[2]}.html`)).isDirectory()).toBe(true);
    // the class files are there, and the untouched student's reports
    for (const file of [OUTPUT_FILES.gradebook, OUTPUT_FILES.classReport, OUTPUT_FILES.summary]) expect(existsSync(join(out, file))).toBe(true);
    expect(lstatSync(join(out, OUTPUT_FILES.students, `${ids[3]}.html`)).isFile()).toBe(true);
    // the other file of a refused pair is still written
    expect(lstatSync(join(out, OUTPUT_FILES.students, `${ids[0]}.json`)).isFile()).toBe(true);
    const summary = ClassResultSchema.parse(JSON.parse(readFileSync(join(out, OUTPUT_FILES.summary), 'utf8')));
    const flagged = summary.students.filter((row) => row.integrity.some((f) => f.code === 'report-not-written')).map((row) => row.studentId);
    expect(flagged).toEqual(ids.slice(0, 3));
    const finding = summary.students[0].integrity.find((f) => f.code === 'report-not-written')!;
    expect(finding.message.en).toContain('symbolic link');
    expect(finding.message.ko).toContain('심볼릭 링크');
    // the class report shows it with the other findings
    expect(readFileSync(join(out, OUTPUT_FILES.classReport), 'utf8')).toContain(`this student&#x27;s report was not written (students/${ids[0]}.html is a symbolic link; not followed)`);
    // one line per refused path, naming it
    const lines = stderr.text().trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const [i, line] of lines.entries()) expect(line).toMatch(new RegExp(`^dockgrade: warning: .*students/${ids[i]}\\.(html|json): `));
    expect(stderr.text()).not.toMatch(/\n\s+at /);
    // a finding: exit 1, and the summary line counts the rows
    expect(code).toBe(1);
    expect(stdout.text()).toContain('3 with integrity findings');
  });

  it.each([OUTPUT_FILES.gradebook, OUTPUT_FILES.classReport, OUTPUT_FILES.summary, OUTPUT_FILES.students])('a link planted at %s is refused before grading: PlantedPathError, exit 2, nothing written through', async (name) => {
    const out = join(dir, `class-file-${name}`);
    mkdirSync(out, { recursive: true });
    const victim = join(dir, `class-file-${name}-victim`);
    mkdirSync(victim);
    writeFileSync(join(victim, 'keep'), 'keep');
    symlinkSync(name === OUTPUT_FILES.students ? victim : join(victim, 'keep'), join(out, name));
    let error: unknown;
    try {
      await runGrade({ paths: [generated.submissionsDir], outputDir: out, concurrency: 2, engineTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), collect().stream, collect().stream);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlantedPathError);
    expect((error as PlantedPathError).exitCode).toBe(2);
    expect((error as Error).message).toBe(`cannot write ${join(out, name)}: is a symbolic link; not followed`);
    expect(readFileSync(join(victim, 'keep'), 'utf8')).toBe('keep');
    expect(existsSync(join(victim, `${generated.students[0].id}.html`))).toBe(false);
    // refused before the work: no student's report was written
    if (name !== OUTPUT_FILES.students) expect(existsSync(join(out, OUTPUT_FILES.students, `${generated.students[0].id}.html`))).toBe(false);
  });

  it('a link put at a class file after grading started is still refused at the end (one line, nothing written through)', async () => {
    const out = join(dir, 'late-link');
    const writer = new ClassOutputWriter(out, renderers, { lang: 'en', color: false, studentFiles: true });
    const victim = join(dir, 'late-link-victim');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, join(out, OUTPUT_FILES.summary));
    const result = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], retain: writer.retain });
    await expect(writer.finish(result)).rejects.toThrow(PlantedPathError);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });

  it('merge never follows a link in a shard folder, skips a subdirectory with one line, and refuses a planted target', async () => {
    const base = join(dir, 'merge');
    const shards = [1, 2].map((k) => join(base, `shard${k}`));
    for (const [i, out] of shards.entries()) {
      expect(await runGrade({ paths: [generated.submissionsDir], outputDir: out, shard: `${i + 1}/2`, concurrency: 2, engineTimeout: 5, probes: false, lang: 'en', currentOnly: false, countUnconfirmed: false, prefix: '' }, bookCatalog(), collect().stream, collect().stream)).toBe(0);
    }
    const key = join(base, 'id_rsa');
    writeFileSync(key, '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
    const students = join(shards[0], OUTPUT_FILES.students);
    const [real] = readdirSync(students).filter((n) => n.endsWith('.html'));
    unlinkSync(join(students, real));
    symlinkSync(key, join(students, real)); // a link in place of a student's report
    symlinkSync(key, join(students, 'zz-key.json')); // a link of its own
    mkdirSync(join(students, 'sub.json')); // a subdirectory
    // shard 2's students/ is a link to a folder holding the key
    const keyDir = join(base, 'keys');
    mkdirSync(keyDir);
    writeFileSync(join(keyDir, 's9999.json'), 'secret');
    const students2 = join(shards[1], OUTPUT_FILES.students);
    const someone = readdirSync(students2).find((n) => n.endsWith('.json'))!;
    rmSync(students2, { recursive: true });
    symlinkSync(keyDir, students2);
    // in the merged folder, a planted link where a report of shard 1 goes
    const merged = join(base, 'merged');
    mkdirSync(join(merged, OUTPUT_FILES.students), { recursive: true });
    const victim = join(base, 'victim');
    writeFileSync(victim, 'keep');
    const plantedName = readdirSync(students).find((n) => n.endsWith('.json') && n !== 'zz-key.json' && n !== 'sub.json')!;
    symlinkSync(victim, join(merged, OUTPUT_FILES.students, plantedName));

    const stdout = collect();
    const stderr = collect();
    const code = await runMerge({ outputs: shards, outputDir: merged, lang: 'en', prefix: '' }, bookCatalog(), stdout.stream, stderr.stream);
    expect(stderr.text()).not.toMatch(/\n\s+at /);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    const copied = readdirSync(join(merged, OUTPUT_FILES.students));
    for (const name of copied) {
      const stats = lstatSync(join(merged, OUTPUT_FILES.students, name));
      if (name === plantedName) expect(stats.isSymbolicLink()).toBe(true);
      else expect(readFileSync(join(merged, OUTPUT_FILES.students, name), 'utf8')).not.toContain('secret');
    }
    expect(copied).not.toContain('zz-key.json');
    expect(copied).not.toContain('sub.json');
    expect(copied).not.toContain('s9999.json');
    expect(copied).not.toContain(someone);
    const lines = stderr.text().trimEnd().split('\n');
    expect([...lines].sort()).toEqual(
      [
        `dockgrade: warning: merge: skipped ${join(students, real)}: a symbolic link; not followed`,
        `dockgrade: warning: merge: skipped ${join(students, 'sub.json')}: a directory`,
        `dockgrade: warning: merge: skipped ${join(students, 'zz-key.json')}: a symbolic link; not followed`,
        `dockgrade: warning: ${join(merged, OUTPUT_FILES.students, plantedName)}: is a symbolic link; not followed; left as it is`,
        `dockgrade: warning: merge: skipped ${students2}: a symbolic link; not followed`,
      ].sort(),
    );
    // the refused target is a finding in its student's row; exit 1
    const summary = ClassResultSchema.parse(JSON.parse(readFileSync(join(merged, OUTPUT_FILES.summary), 'utf8')));
    const flagged = summary.students.filter((row) => row.integrity.some((f) => f.code === 'report-not-written')).map((row) => `${row.studentId}.json`);
    expect(flagged).toEqual([plantedName]);
    expect(code).toBe(1);
  });

  it('merge refuses a shard folder whose summary.json is a link: one line, exit 2', async () => {
    const shard = join(dir, 'linked-summary');
    mkdirSync(shard, { recursive: true });
    const key = join(dir, 'linked-summary-key');
    writeFileSync(key, '-----BEGIN OPENSSH PRIVATE KEY-----');
    symlinkSync(key, join(shard, OUTPUT_FILES.summary));
    await expect(runMerge({ outputs: [shard], outputDir: join(dir, 'linked-merged'), lang: 'en', prefix: '' }, bookCatalog(), collect().stream, collect().stream)).rejects.toThrow(
      new RegExp(`^${join(shard, OUTPUT_FILES.summary)}: is a symbolic link; not followed$`),
    );
  });
});
