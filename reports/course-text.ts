/**
 * What every report says of a course pack's points scale and hidden checks (grader/course/), in both
 * languages, so the terminal, the HTML report and the rest say the same. A hidden check is marked in the
 * teacher's reports; a student's report (grader/course/student-view.ts) has none of them, only how many
 * an exercise has and their points.
 */
import type { Lang } from '../grader/core/i18n.js';
import { pointsText } from '../grader/core/units.js';
import type { ExerciseResult, RunResult } from '../grader/model/result-schema.js';

/** Before a hidden check's title in the teacher's reports. */
export function hiddenMark(lang: Lang): string {
  return lang === 'ko' ? '[숨은 검사] ' : '[hidden] ';
}

/** A student's line under an exercise with hidden checks: how many and their points, never what they test. */
export function hiddenChecksLine(hidden: NonNullable<ExerciseResult['hidden']>, lang: Lang): string {
  const { checks, points } = hidden;
  return lang === 'ko'
    ? `숨은 검사 ${checks}개(${pointsText(points, lang)})는 선생님이 채점합니다: 무엇을 보는지는 알려 주지 않습니다`
    : `${checks} hidden check${checks === 1 ? '' : 's'} (${pointsText(points, lang)}) graded by your teacher: what ${checks === 1 ? 'it tests' : 'they test'} is not shown`;
}

/** The totals' notes of a course: the points scale, and the hidden checks' points a student's total leaves out. */
export function courseNotes(run: Pick<RunResult, 'exercises' | 'totals'>, lang: Lang): string[] {
  const notes: string[] = [];
  const scaled = run.totals.scaled;
  if (scaled) {
    notes.push(
      lang === 'ko'
        ? `점수는 코스의 배점에 맞췄습니다: 코스 전체 ${pointsText(scaled.coursePoints, lang)}이 ${pointsText(scaled.scale, lang)}입니다`
        : `points are scaled to the course's scale: the course's ${pointsText(scaled.coursePoints, lang)} are worth ${scaled.scale}`,
    );
  }
  const hidden = run.exercises.filter((e) => e.hidden);
  if (hidden.length) {
    const checks = hidden.reduce((sum, e) => sum + e.hidden!.checks, 0);
    const points = Math.round(hidden.reduce((sum, e) => sum + e.hidden!.points, 0) * 100) / 100;
    notes.push(
      lang === 'ko'
        ? `숨은 검사 ${checks}개(${pointsText(points, lang)})는 이 합계에 없습니다: 선생님이 채점합니다`
        : `${checks} hidden check${checks === 1 ? '' : 's'} (${pointsText(points, lang)}) are not in this total: your teacher grades ${checks === 1 ? 'it' : 'them'}`,
    );
  }
  return notes;
}
