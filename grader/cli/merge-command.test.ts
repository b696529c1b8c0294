/**
 * Sharded grading plus merge gives the same class as grading it in one go: every student in exactly
 * one shard, cross-shard integrity findings recomputed, and bad shard sets refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateClass, type GeneratedClass } from '../../fixtures/class-generator.js';
import { gradeClass } from '../batch/grade-class.js';
import { readRoster, type Roster } from '../batch/roster.js';
import type { ClassResult } from '../model/class-schema.js';
import { InputError } from '../core/errors.js';
import { mergeClassResults } from './merge-command.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

let dir: string;
let generated: GeneratedClass;
let roster: Roster;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bt-'));
  generated = generateClass({ dir, count: 24, fillerContainers: 1 });
  roster = await readRoster(generated.rosterFile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2026-03-05T00:00:00Z');
const view = (result: ClassResult) => result.students.map((s) => [s.studentId, s.status, s.points, s.onRoster, s.integrity.map((f) => f.code).sort().join(',')]);

describe('grade --shard K/N, then merge', () => {
  it('merges three shards into exactly the unsharded class', async () => {
    const options = { catalog: bookCatalog(), paths: [generated.submissionsDir], roster, deadline: Date.parse(generated.deadline), now };
    const whole = await gradeClass(options);
    const shards = await Promise.all([1, 2, 3].map((index) => gradeClass({ ...options, shard: { index, count: 3 } })));
    expect(shards.map((s) => s.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    // every student lands in one shard only
    const ids = shards.flatMap((s) => s.students.map((r) => r.studentId || r.source));
    expect(new Set(ids).size).toBe(ids.length);
    expect(shards.every((s) => s.students.length < whole.students.length)).toBe(true);
    const { result, missingShards } = mergeClassResults(shards.map((s, i) => ({ file: `shard${i}`, result: s })), now());
    expect(missingShards).toEqual([]);
    expect(result.shard).toBeNull();
    expect(view(result)).toEqual(view(whole));
    expect(view(whole).some((row) => row[4] === 'same-engine')).toBe(true);
  });

  it('says which shards are missing', async () => {
    const one = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], roster, shard: { index: 2, count: 3 }, now });
    expect(mergeClassResults([{ file: 'b', result: one }]).missingShards).toEqual([1, 3]);
  });

  it('refuses shards graded with other exercise sets, split differently, or given twice', async () => {
    const a = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], roster, shard: { index: 1, count: 2 }, now });
    const b = await gradeClass({ catalog: bookCatalog(), paths: [generated.submissionsDir], roster, shard: { index: 1, count: 3 }, now });
    expect(() => mergeClassResults([{ file: 'a', result: a }, { file: 'b', result: b }])).toThrow(/split the class differently/);
    expect(() => mergeClassResults([{ file: 'a', result: a }, { file: 'a2', result: a }])).toThrow(/shard 1\/2 is given twice/);
    const other = { ...a, shard: { index: 2, count: 2 }, exercises: a.exercises.slice(1) };
    expect(() => mergeClassResults([{ file: 'a', result: a }, { file: 'o', result: other }])).toThrow(InputError);
  });
});
