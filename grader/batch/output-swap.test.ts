/**
 * The output folder swapped while `grade` runs (issue 26, item 5): once the folder (or its students/)
 * has been checked and grading has begun, someone who can write its parent renames it away and puts a
 * symbolic link to another folder in its place. Reports were then written into the link's target (an
 * existing file there overwritten). Now every write goes through the folder held from the start; the
 * swap is refused in one line (exit 2) naming where the class was written, and nothing reaches the
 * link's target.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { classHtmlReporter } from '../../reports/class-html-reporter.js';
import { gradebookCsvReporter } from '../../reports/gradebook-csv-reporter.js';
import { htmlReporter } from '../../reports/html-reporter.js';
import { jsonReporter } from '../../reports/json-reporter.js';
import { InputError } from '../core/errors.js';
import type { StudentRow } from '../model/class-schema.js';
import type { RunResult } from '../model/result-schema.js';
import { ClassOutputWriter, OUTPUT_FILES, type ClassRenderers } from './class-output.js';
import { gradeClass } from './grade-class.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;
const renderers: ClassRenderers = { gradebookCsv: gradebookCsvReporter, classHtml: classHtmlReporter, studentHtml: htmlReporter, studentJson: jsonReporter };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-swap-'));
  generated = generateClass({ dir, count: 4, specials: false, fillerContainers: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A victim folder holding files of the names grade writes, each with text that must stay. */
function victimFolder(name: string): string {
  const victim = join(dir, name);
  mkdirSync(join(victim, OUTPUT_FILES.students), { recursive: true });
  for (const file of [OUTPUT_FILES.gradebook, OUTPUT_FILES.summary, join(OUTPUT_FILES.students, 's0003.html')]) writeFileSync(join(victim, file), 'victim text');
  return victim;
}

function listed(folder: string): string[] {
  return readdirSync(folder, { recursive: true }).map(String).sort();
}

/** Grades the class, calling `swap` once after the second row's reports are written. */
async function gradeWithSwap(out: string, swap: () => void): Promise<unknown> {
  const writer = new ClassOutputWriter(out, renderers, { lang: 'en', color: false, studentFiles: true, warn: () => undefined });
  let rows = 0;
  const retain = (row: StudentRow & { result: RunResult }, submittedAt: string) => {
    const kept = writer.retain(row, submittedAt);
    if (++rows === 2) swap();
    return kept;
  };
  const result = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], probes: false, retain });
  try {
    await writer.finish(result);
    return null;
  } catch (error) {
    return error;
  }
}

describe('the output folder swapped for a link while grading', () => {
  it.each([
    ['the output folder', (out: string) => out],
    ['its students/ folder', (out: string) => join(out, OUTPUT_FILES.students)],
  ])('%s: nothing is written through the link; one line names it and where the class went', async (_, swapped) => {
    const tag = swapped('x').endsWith(OUTPUT_FILES.students) ? 'students' : 'out';
    const out = join(dir, `${tag}-out`);
    const victim = victimFolder(`${tag}-victim`);
    const before = listed(victim);
    const moved = join(dir, `${tag}-moved`);
    const error = await gradeWithSwap(out, () => {
      renameSync(swapped(out), moved);
      symlinkSync(tag === 'out' ? victim : join(victim, OUTPUT_FILES.students), swapped(out));
    });
    // the link's target is as it was
    expect(listed(victim)).toEqual(before);
    for (const file of [OUTPUT_FILES.gradebook, OUTPUT_FILES.summary, join(OUTPUT_FILES.students, 's0003.html')]) expect(readFileSync(join(victim, file), 'utf8')).toBe('victim text');
    // refused in one line, exit 2, naming the folder and where the class was written
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    const line = (error as Error).message;
    expect(line).not.toContain('\n');
    expect(line).toContain(`cannot write ${swapped(out)}: it was replaced by a symbolic link while grading; not followed`);
    expect(line).toContain(moved);
    // the rest of the class was written into the folder grading began in
    const students = tag === 'out' ? join(moved, OUTPUT_FILES.students) : moved;
    expect(readdirSync(students).sort()).toEqual(['s0001', 's0002', 's0003', 's0004'].flatMap((id) => [`${id}.html`, `${id}.json`]));
    if (tag === 'out') for (const file of [OUTPUT_FILES.gradebook, OUTPUT_FILES.classReport, OUTPUT_FILES.summary]) expect(existsSync(join(moved, file))).toBe(true);
  });

  it('an output folder that is a link from the start is still written (the teacher chose it)', async () => {
    const real = join(dir, 'real-out');
    mkdirSync(real);
    const link = join(dir, 'link-out');
    symlinkSync(real, link);
    expect(await gradeWithSwap(link, () => undefined)).toBeNull();
    expect(existsSync(join(real, OUTPUT_FILES.gradebook))).toBe(true);
  });
});
