import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareSections } from '../grader/check/select.js';
import { BOOK_ORDER, sectionTitle } from '../grader/core/sections.js';
import { EXERCISES } from './index.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

describe('the exercise registry', () => {
  it('registers every exercise file and folder, under the id its name spells', () => {
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || statSync(`${dir}/${f}`).isDirectory())
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    const fromIds = EXERCISES.map((e) => e.id.replace('/', '-')).sort();
    expect(fromIds).toEqual(entries);
  });

  it('has unique ids', () => {
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  it('lists exercises in section order', () => {
    const sections = EXERCISES.map((e) => e.section);
    expect([...sections].sort(compareSections)).toEqual(sections);
  });

  it('gives every exercise section and its parents a book title (grader/core/sections.ts)', () => {
    const sections = new Set(EXERCISES.flatMap((e) => e.section.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')).filter((s) => s.includes('.'))));
    expect([...sections].filter((s) => !sectionTitle(s))).toEqual([]);
  });

  it('is in the book order that reports sort by (grader/core/sections.ts BOOK_ORDER)', () => {
    expect(EXERCISES.map((e) => e.id)).toEqual(BOOK_ORDER);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: every check has a mutation, texts in both languages', (_id, exercise) => {
    const mutated = new Set(exercise.mutations.map((m) => m.check));
    expect(exercise.checks.map((c) => c.id).filter((id) => !mutated.has(id))).toEqual([]);
    expect(exercise.commands.length).toBeGreaterThan(0);
    for (const text of [exercise.title, exercise.goal, ...exercise.checks.map((c) => c.title)]) {
      expect(text.ko.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });
});
