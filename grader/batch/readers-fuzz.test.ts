/**
 * Hostile input for the class readers, property-based (fixed seed): a roster either parses or is one
 * `FILE: line N: path: message` InputError; a submission file never throws and is either read or
 * refused with an inert `path: message` reason.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertInertRejection, FUZZ_SEED, fuzzRuns, fuzzValues, hostileString, mutatedDocument, type FuzzStats } from '../../fixtures/fuzz-input.js';
import { parseRoster } from './roster.js';
import { readSubmission, toSubmission } from './submission-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'dockgrade-fuzz-batch-'));
const totals: Record<string, FuzzStats> = {};

afterAll(() => {
  const all = Object.values(totals);
  console.log(`[reliability] fuzz (class readers): ${all.reduce((n, s) => n + s.cases, 0)} cases in ${all.reduce((n, s) => n + s.ms, 0)} ms, 0 uncaught — ${Object.entries(totals).map(([k, s]) => `${k} ${s.cases} (${s.parsed} parsed, ${s.rejected} rejected)`).join('; ')}`);
});

/** Runs an async property with counts. */
async function fuzzAsync<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<'parsed' | 'rejected'>, runs: number): Promise<FuzzStats> {
  const stats: FuzzStats = { cases: 0, parsed: 0, rejected: 0, ms: 0 };
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      stats.cases++;
      stats[await check(value)]++;
    }),
    { numRuns: runs, seed: FUZZ_SEED },
  );
  stats.ms = Date.now() - started;
  return stats;
}

const cell = () => fc.oneof(hostileString(), fc.constantFrom('', 'u1', 'a@b.example', 'unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375', 'file.json', '"', '""', ',', '\r\n'));
const rosterText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .tuple(fc.constantFrom('student_id,name,email,engine,prefix', 'student_id,name,file', 'id,name', '', '\uFEFFstudent_id,name,email,file'), fc.array(fc.array(cell(), { maxLength: 6 }), { maxLength: 6 }))
    .map(([header, rows]) => [header, ...rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\n')),
);

describe('fuzzing the roster and submission readers', () => {
  it('rosters: parsed, or one inert FILE: line: path: message error', async () => {
    totals['roster'] = await fuzzAsync(
      rosterText,
      async (text) => {
        try {
          await parseRoster(text, 'roster.csv');
          return 'parsed';
        } catch (error) {
          assertInertRejection(error, 'roster.csv');
          return 'rejected';
        }
      },
      fuzzRuns(800),
    );
    expect(totals['roster'].parsed).toBeGreaterThan(0);
    expect(totals['roster'].rejected).toBeGreaterThan(0);
  });

  function assertInertReason(outcome: Awaited<ReturnType<typeof toSubmission>>): 'parsed' | 'rejected' {
    if (outcome.ok) return 'parsed';
    if (/[\u0000-\u001f\u007f-\u009f]/.test(outcome.reason)) throw new Error(`reason carries a control character: ${JSON.stringify(outcome.reason)}`);
    if (!/^[^\n]+: [^\n]+$/.test(outcome.reason)) throw new Error(`reason is not 'path: message': ${JSON.stringify(outcome.reason)}`);
    return 'rejected';
  }

  it('submission files of arbitrary bytes: never a throw, an inert reason', async () => {
    const file = join(dir, 'sub.json');
    totals['submission bytes'] = await fuzzAsync(
      fc.oneof(fc.uint8Array({ maxLength: 1024 }), fc.json({ maxDepth: 3 }).map((t) => Buffer.from(t)), hostileString().map((t) => Buffer.from(`{"kind":"dockgrade.submission","version":1,${t}`))),
      async (bytes) => {
        writeFileSync(file, bytes);
        return assertInertReason(await readSubmission(file));
      },
      fuzzRuns(500),
    );
  });

  it('submission-shaped values: never a throw, an inert reason', async () => {
    const seed = { kind: 'dockgrade.snapshot', version: 1, student: 's1', tool: { name: 'dockgrade', version: '1' }, takenAt: '', engine: { id: 'e', name: 'n', serverVersion: '', apiVersion: '', os: '', osType: '', arch: '', kernelVersion: '', endpoint: '' }, containers: [], images: [], networks: [], volumes: [], probes: [] };
    totals['submission values'] = await fuzzAsync(mutatedDocument(seed), async (value) => assertInertReason(await toSubmission('s.json', value)), fuzzRuns(1000));
    expect(totals['submission values'].parsed).toBeGreaterThan(0);
  });

  it('keeps fuzzValues (sync) and the async helper consistent on a trivial reader', () => {
    expect(fuzzValues(fc.constant(1), () => 1, 5).parsed).toBe(5);
  });
});
