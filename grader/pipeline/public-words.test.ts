/**
 * Public words come from the catalog a run is graded in, never from a table of the book's: a check's
 * log tail, an exec probe's hint, `explain` and every reporter print a value the catalog prints (the
 * book's `password`) and hide it under a catalog that does not print it. A result file cannot make its
 * own secret public: `report` takes the words from its catalog.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exercise, web } from '../../fixtures/check-kind-tester.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { cleanText } from '../../reports/report-text.js';
import { gradeExercise, grade } from '../check/run.js';
import { mysqlLists, running } from '../check/kinds/index.js';
import { explainExercise } from '../cli/explain-command.js';
import { runReport } from '../cli/report-command.js';
import { MASK, publicText } from '../core/secrets.js';
import { bookCatalog } from './book-catalog.js';
import { withSections, type Catalog } from './catalog.js';
import { CLAIMED, EXERCISE_ENTRIES } from '../../exercises/sections.js';
import { compareText } from '../core/compare-text.js';

/** A course whose commands print `opensesame`, and none of the book's words. */
const course: Catalog = { ...bookCatalog(), id: 'course', publicWords: new Set(['docker', 'run', 'DB_PASSWORD', 'opensesame']) };
const bare: Catalog = { ...bookCatalog(), id: 'bare', publicWords: new Set() };

/** `web` ran with -d and stopped; its log quotes its two secrets. */
const stopped = makeContainer({
  name: 'web',
  state: { status: 'exited', running: false, exitCode: 1 },
  env: { DB_PASSWORD: 'opensesame', MYSQL_ROOT_PASSWORD: 'password' },
  logTail: ['login DB_PASSWORD=opensesame refused', 'root password is password'],
});

async function runningMessage(publicWords?: ReadonlySet<string>): Promise<string> {
  const result = await gradeExercise(exercise([running(web)]), makeSnapshot({ containers: [stopped] }), publicWords ? { publicWords } : {});
  return result.checks[0].message.en;
}

describe('checks take the public words of the catalog they are graded in', () => {
  it("a log tail prints the catalog's values and hides every other secret", async () => {
    const book = await runningMessage(bookCatalog().publicWords);
    expect(book).toContain('root password is password');
    expect(book).not.toContain('opensesame');
    const inCourse = await runningMessage(course.publicWords);
    expect(inCourse).toContain('DB_PASSWORD=opensesame');
    expect(inCourse).not.toContain('password is password');
    const none = await runningMessage();
    expect(none).not.toContain('opensesame');
    expect(none).not.toContain('password is password');
    expect(none).toContain(MASK);
  });

  it("an exec probe's command shows the password only where the catalog prints it (explain and grade)", async () => {
    const check = mysqlLists(web, { user: 'root', password: 'password', database: 'wordpress' });
    const names = { prefix: '', name: (b: string) => b, nameFlag: () => [] };
    expect(check.explain!({ ...names, publicWords: bookCatalog().publicWords }).en).toContain('-ppassword');
    expect(check.explain!({ ...names, publicWords: course.publicWords }).en).not.toContain('-ppassword');
    expect(check.explain!(names).en).not.toContain('-ppassword');
    const ex = exercise([check]);
    expect(explainExercise(ex, '', bookCatalog().publicWords).checks[0].hint?.en).toContain('-ppassword');
    expect(explainExercise(ex, '', course.publicWords).checks[0].hint?.en).not.toContain('-ppassword');
  });
});

describe('reporters take the public words from their options', () => {
  it('cleanText keeps the given words and hides the rest, whatever was cleaned before', () => {
    const text = 'MYSQL_ROOT_PASSWORD=password DB_PASSWORD=opensesame';
    expect(cleanText(text, { publicWords: bookCatalog().publicWords })).toBe(`MYSQL_ROOT_PASSWORD=password DB_PASSWORD=${MASK}`);
    expect(cleanText(text, { publicWords: course.publicWords })).toBe(`MYSQL_ROOT_PASSWORD=${MASK} DB_PASSWORD=opensesame`);
    expect(cleanText(text)).toBe(`MYSQL_ROOT_PASSWORD=${MASK} DB_PASSWORD=${MASK}`);
  });

  it('every reporter hides a value its catalog does not print', async () => {
    const run = withSections(await grade([exercise([running(web)])], makeSnapshot({ containers: [stopped] }), { publicWords: new Set(['opensesame', 'password']) }), bookCatalog());
    const printing: string[] = [];
    for (const name of REPORTER_NAMES) {
      const reporter = (await loadReporter(name))!;
      if (reporter(run, { lang: 'en', color: false, publicWords: new Set(['opensesame', 'password']) }).includes('opensesame')) printing.push(name);
      // json is the run as data: the pipeline hid its secrets already (hideSecrets, with the catalog's words)
      if (name !== 'json') expect(`${name}: ${reporter(run, { lang: 'en', color: false, publicWords: new Set() }).includes('opensesame')}`).toBe(`${name}: false`);
    }
    // the formats that print check messages print the value where the catalog makes it public
    expect(printing).toEqual(expect.arrayContaining(['pretty', 'junit', 'html']));
  });

  it("`report` of a result file takes the words of its catalog, never of the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-pw-'));
    try {
      const run = withSections(await grade([exercise([running(web)])], makeSnapshot({ containers: [stopped] }), { publicWords: new Set(['opensesame']) }), bookCatalog());
      const file = join(dir, 'result.json');
      writeFileSync(file, JSON.stringify(run));
      const render = async (catalog: Catalog) => {
        const chunks: string[] = [];
        const out = { isTTY: false, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
        await runReport({ file, format: ['pretty'], lang: 'en', prefix: '', showSecrets: false }, catalog, out);
        return chunks.join('');
      };
      expect(await render(course)).toContain('DB_PASSWORD=opensesame');
      const text = await render(bare);
      expect(text).toContain(`DB_PASSWORD=${MASK}`);
      expect(text).not.toContain('opensesame');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the book's public words and claimed names, worked out when the catalog is generated", () => {
  it('are the words of its exercises commands and the names they claim, as a run would work them out', () => {
    expect([...bookCatalog().publicWords]).toEqual([...publicText(EXERCISE_ENTRIES)]);
    expect(bookCatalog().publicWords.has('MYSQL_ROOT_PASSWORD')).toBe(true);
    expect(CLAIMED).toEqual([...new Set(EXERCISE_ENTRIES.flatMap((e) => e.claims))].sort(compareText));
    expect(CLAIMED).toContain('wordpressdb');
  });
});
