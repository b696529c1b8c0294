import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareSections } from '../grader/check/select.js';
import { EXERCISES } from './index.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

describe('the exercise registry', () => {
  it('registers every exercise folder, under the id its folder name spells', () => {
    const folders = readdirSync(dir).filter((f) => statSync(`${dir}/${f}`).isDirectory()).sort();
    const fromIds = EXERCISES.map((e) => e.id.replace('/', '-')).sort();
    expect(fromIds).toEqual(folders);
  });

  it('has unique ids', () => {
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  it('lists exercises in section order', () => {
    const sections = EXERCISES.map((e) => e.section);
    expect([...sections].sort(compareSections)).toEqual(sections);
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
