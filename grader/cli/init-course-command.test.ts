import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCourse } from '../course/course-loader.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { runInitCourse } from './init-course-command.js';
import { reportError } from './report-error.js';

function sink() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

describe('dockgrade init-course DIR', () => {
  const root = mkdtempSync(join(tmpdir(), 'dgt-course-init-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes a pack that loads: the book's 2.2.4 publish-80 and 2.2.5 wordpressdb, as the built-in files say them", async () => {
    const dir = join(root, 'mycourse');
    const out = sink();
    expect(await runInitCourse({ dir, lang: 'en', prefix: '' }, bookCatalog(), out.stream)).toBe(0);
    expect(out.text()).toContain(`wrote a course pack into ${dir}`);
    const catalog = loadCourse(dir, undefined, {});
    expect(catalog.id).toBe('my-course');
    expect(catalog.exercises.map((e) => e.id)).toEqual(['2.2.4/publish-80', '2.2.5/wordpressdb']);
    for (const file of ['2.2.4-publish-80.yaml', '2.2.5-wordpressdb.yaml']) {
      const starter = readFileSync(join(dir, 'exercises', file), 'utf8');
      expect(starter.startsWith('# yaml-language-server: $schema=https://unpkg.com/dockgrade/schemas/exercise.schema.json\n')).toBe(true);
      expect(parse(starter, { merge: true })).toEqual(parse(readFileSync(join('exercises', file), 'utf8'), { merge: true }));
    }
  });

  it('refuses a folder that is not empty (exit 2, one line), and writes nothing into it', async () => {
    const dir = join(root, 'full');
    await runInitCourse({ dir, lang: 'en', prefix: '' }, bookCatalog(), sink().stream);
    writeFileSync(join(dir, 'course.yaml'), 'mine\n');
    const err = sink();
    const code = await runInitCourse({ dir, lang: 'en', prefix: '' }, bookCatalog(), sink().stream).catch((error: unknown) => reportError(error, err.stream));
    expect(code).toBe(2);
    expect(err.text()).toBe(`dockgrade: init-course: ${dir} is not empty: a starter pack is written only into an absent or empty folder — name a new folder\n`);
    expect(readFileSync(join(dir, 'course.yaml'), 'utf8')).toBe('mine\n');
  });
});
