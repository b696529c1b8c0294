/**
 * Numbers with their unit, as each language writes them: Korean puts the counter right after the
 * number (`5점`, `1/4점`); English says `1 pt` but `2 pts`, `1 check` but `2 checks`.
 */
import type { Lang } from './i18n.js';

/** Points with their unit: `5점`, `1 pt`, `5 pts`. */
export function pointsText(points: number, lang: Lang): string {
  return lang === 'ko' ? `${points}점` : `${points} ${points === 1 ? 'pt' : 'pts'}`;
}

/** An English count with its noun in the right number: `1 check`, `0 checks`, `3 containers`. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
