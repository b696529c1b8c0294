/** Shell completion of exercise ids and sections (`dockgrade check 2.2<Tab>`), loaded only when completing. */
import { EXERCISES } from '../../exercises/index.js';
import { compareText } from '../core/compare-text.js';

/** Every exercise id, every section and its prefixes, and `all`, that start with what is typed. */
export function exerciseCompletions(current: string): string[] {
  const words = new Set<string>(['all']);
  for (const exercise of EXERCISES) {
    words.add(exercise.id);
    const parts = exercise.section.split('.');
    for (let i = 2; i <= parts.length; i++) words.add(parts.slice(0, i).join('.'));
  }
  return [...words].filter((word) => word.startsWith(current)).sort(compareText);
}
