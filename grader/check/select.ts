import { UsageError } from '../core/errors.js';
import { closest } from './names.js';
import type { ExerciseDefinition } from './types.js';

/** Section order lives with the other orderings (reporters use it and never import from grader/check/). */
export { compareSections } from '../core/compare-text.js';

/**
 * Picks exercises by selectors: an exact id, a section or section prefix (`2.2.5`, `2.2`), or `all`.
 * No selector means all. Unknown selectors throw a UsageError listing the closest ids (exit 2).
 */
export function selectExercises<E extends Pick<ExerciseDefinition, 'id' | 'section'>>(all: readonly E[], selectors: readonly string[]): E[] {
  if (selectors.length === 0 || selectors.includes('all')) return [...all];
  const chosen = new Set<E>();
  const unknown: string[] = [];
  for (const raw of selectors) {
    const selector = raw.trim().replace(/\/$/, '');
    const hits = all.filter((e) => e.id === selector || e.section === selector || e.section.startsWith(`${selector}.`));
    if (hits.length === 0) unknown.push(raw);
    hits.forEach((e) => chosen.add(e));
  }
  if (unknown.length > 0) {
    const ids = all.map((e) => e.id);
    const sections = [...new Set(all.map((e) => e.section))];
    const near = [...new Set(unknown.flatMap((u) => closest(u, [...ids, ...sections], 3)))];
    const quoted = unknown.map((u) => `'${u}'`).join(', ');
    throw new UsageError(`unknown exercise ${quoted}${near.length ? `; did you mean ${near.join(', ')}?` : ''}`, '`dockgrade list` shows every id').inKorean(
      `없는 실습입니다: ${quoted}${near.length ? ` (비슷한 ID: ${near.join(', ')})` : ''}`,
      '`dockgrade list`로 모든 ID를 볼 수 있습니다',
    );
  }
  return all.filter((e) => chosen.has(e));
}
