/**
 * Eight runs recording into one progress journal at the same moment (eight `check`s with distinct
 * prefixes in eight terminals, or a CI matrix sharing a home): every one of them keeps its entry
 * (issue 13, item 10). Each is a separate node process calling the built recordInJournal, started
 * together and released by one shared start time so their read-change-rename windows overlap.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODULE = pathToFileURL(join(process.cwd(), 'dist/grader/journal/journal-file.js')).href;

/** One process: waits until `startAt`, then records a run of its own prefix (20 times, to overlap surely). */
function recorder(file: string, prefix: string, startAt: number): Promise<void> {
  const script = `
    const { recordInJournal } = await import(${JSON.stringify(MODULE)});
    while (Date.now() < ${startAt}) {}
    for (let i = 0; i < 20; i++) {
      const run = { prefix: ${JSON.stringify(prefix)}, engine: { id: 'E', name: 'e' }, finishedAt: new Date().toISOString(),
        exercises: [{ id: '2.2.1/run-ubuntu-' + i, status: 'pass', points: 1, maxPoints: 1, checks: [] }] };
      recordInJournal(run, ${JSON.stringify(file)}, (line) => { process.stderr.write(line + '\\n'); });
    }`;
  return new Promise((resolve, reject) => {
    execFile('node', ['--input-type=module', '-e', script], (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()));
  });
}

it('8 concurrent runs with distinct prefixes keep 8 scopes, each with all its entries', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockgrade-ho-journal-'));
  const file = join(dir, 'journal.json');
  const prefixes = Array.from({ length: 8 }, (_, i) => `p${i}-`);
  const startAt = Date.now() + 1_500;
  await Promise.all(prefixes.map((prefix) => recorder(file, prefix, startAt)));
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { scopes: Array<{ prefix: string; exercises: Record<string, unknown> }> };
  expect(journal.scopes.map((s) => s.prefix).sort()).toEqual(prefixes);
  for (const scope of journal.scopes) expect(Object.keys(scope.exercises)).toHaveLength(20);
  // no lock or temp file left behind
  expect(existsSync(`${file}.lock`)).toBe(false);
  expect(readdirSync(dir)).toEqual(['journal.json']);
}, 60_000);
