/** The words for an exercise that cannot be graded on one host (list, the terminal report). */
import type { Msg } from '../grader/core/i18n.js';

/** Why an exercise earns no points here: `호스트 하나로는 채점할 수 없습니다: … (점수에 넣지 않습니다)`. */
export function notGradableText(reason: Msg, lang: 'ko' | 'en'): string {
  return lang === 'ko' ? `호스트 하나로는 채점할 수 없습니다: ${reason.ko} (점수에 넣지 않습니다)` : `not gradable on one host: ${reason.en} (no points)`;
}
