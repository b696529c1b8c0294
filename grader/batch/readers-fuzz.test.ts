/**
 * Hostile input for the class readers, property-based (fixed seed): a roster either parses or is one
 * `FILE: line N: path: message` InputError; a submission file never throws and is either read or
 * refused with an inert `path: message` reason.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertInertRejection, FUZZ_SEED, fuzzRuns, fuzzValues, hostileString, mutatedDocument, type FuzzStats } from '../../fixtures/fuzz-input.js';
import { parseRoster } from './roster.js';
import { readSubmission, toSubmission } from './submission-reader.js';
import { expandPaths } from './grade-class.js';
import { sealSubmission } from '../cli/submit-command.js';
import { makeSnapshot } from '../../fixtures/snapshot-factory.js';

const dir = mkdtempSync(join(tmpdir(), 'dockgrade-fuzz-batch-'));
const totals: Record<string, FuzzStats> = {};
writeFileSync(join(dir, 'sealed-for-names.json'), JSON.stringify(sealSubmission(makeSnapshot({}), 's1', '', new Date('2026-02-20T00:00:00Z'))));

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

  it('submission file names of arbitrary bytes (CP949 zips): each is found, opened by its bytes and named without loss', async () => {
    let n = 0;
    const good = readFileSync(join(dir, 'sealed-for-names.json'));
    totals['file names'] = await fuzzAsync(
      fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 0x2f && b !== 0))).filter((name) => name.length > 0 && !name.equals(Buffer.from('.')) && !name.equals(Buffer.from('..'))),
      async (name) => {
        const folder = join(dir, `names-${n++}`);
        mkdirSync(folder);
        writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), name, Buffer.from('.json')]), good);
        const bytePaths = new Map<string, Buffer>();
        const files = await expandPaths([folder], [], bytePaths);
        expect(files).toHaveLength(1);
        // never U+FFFD in place of a byte (lossy, and the name would no longer open), unless the name has it
        if (files[0].includes('\ufffd') && !name.includes(Buffer.from('\ufffd'))) throw new Error(`lossy name ${JSON.stringify(files[0])}`);
        const read = await readSubmission(files[0], undefined, bytePaths.get(files[0]));
        if (!read.ok) throw new Error(`${JSON.stringify(files[0])}: ${read.reason}`);
        return 'parsed';
      },
      fuzzRuns(300),
    );
  });

  it('keeps fuzzValues (sync) and the async helper consistent on a trivial reader', () => {
    expect(fuzzValues(fc.constant(1), () => 1, 5).parsed).toBe(5);
  });
});
