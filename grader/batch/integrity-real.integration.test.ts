/**
 * Integrity findings on real engine data (issue 13, item 5): two students who run the book's 2.2.1
 * commands under their own prefixes and submit are graded with no finding at all (real container ids,
 * nanosecond creation times and image ids fit), and a copy of one submission with a new engine id and new
 * container ids, re-sealed, is flagged on both rows by the creation times the engine stamped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { sealSubmission } from '../cli/submit-command.js';
import { ClassResultSchema } from '../model/class-schema.js';
import { SubmissionSchema } from '../model/submission-schema.js';

const prefixes = [uniquePrefix('ig'), uniquePrefix('ig')];
let dir: string;

beforeAll(async () => {
  for (const prefix of prefixes) {
    await removeByPrefix(prefix);
    for (const exercise of EXERCISES.filter((e) => e.section === '2.2.1')) await applySteps(exercise.solution(makeNames(prefix)));
  }
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-ig-'));
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const prefix of prefixes) await removeByPrefix(prefix);
});

it('flags nothing for two honest students and flags a re-sealed copy with new ids on both rows', async () => {
  const subs = join(dir, 'subs');
  mkdirSync(subs);
  const students = ['ig-a', 'ig-b'];
  for (const [i, student] of students.entries()) {
    // a journal of this test's own: the run's shared one holds other tests' passes on this engine, which
    // a copy claiming another engine rightly shows as journal-other-engine (order-dependent here)
    const run = await dockgrade(['submit', '--student', student, '--prefix', prefixes[i], '--output', join(subs, `submission-${student}.json`)], { DOCKGRADE_STATE_DIR: join(dir, `state-${student}`) });
    expect(run.code).toBe(0);
  }
  const honest = await dockgrade(['grade', subs, '-o', join(dir, 'out-honest')]);
  expect(honest.code).toBe(0);
  const first = ClassResultSchema.parse(JSON.parse(readFileSync(join(dir, 'out-honest', 'summary.json'), 'utf8')));
  expect(first.students.map((r) => [r.studentId, r.status, r.integrity.map((f) => f.code)])).toEqual([
    ['ig-a', 'graded', []],
    ['ig-b', 'graded', []],
  ]);
  // The engine stamps creation times to the nanosecond: what the copy below keeps.
  expect(first.students[0].evidence!.containerStamps.some((stamp) => /\.\d{4,}Z\|sha256:[0-9a-f]{64}$/.test(stamp))).toBe(true);

  const original = SubmissionSchema.parse(JSON.parse(readFileSync(join(subs, 'submission-ig-a.json'), 'utf8')));
  const content = original.content;
  const copy = {
    ...content,
    engine: { ...content.engine, id: 'COPY:COPY:COPY:COPY' },
    containers: content.containers.map((c, i) => ({ ...c, id: (i + 1).toString(16).padStart(64, 'c') })),
  };
  writeFileSync(join(subs, 'submission-ig-c.json'), JSON.stringify(sealSubmission(copy, 'ig-c', original.prefix)));
  const copied = await dockgrade(['grade', subs, '-o', join(dir, 'out-copy')]);
  expect(copied.code).toBe(0);
  const second = ClassResultSchema.parse(JSON.parse(readFileSync(join(dir, 'out-copy', 'summary.json'), 'utf8')));
  expect(second.students.map((r) => [r.studentId, r.integrity.map((f) => `${f.code}:${f.others.join('+')}`)])).toEqual([
    ['ig-a', ['same-created-times:ig-c']],
    ['ig-b', []],
    ['ig-c', ['same-created-times:ig-a']],
  ]);
}, 240_000);
