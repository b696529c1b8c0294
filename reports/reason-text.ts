/**
 * A class row's reason (`nothing submitted`, `(file): empty file`, `engine: …`) in the reader's language.
 * The `reason` field stays a stable English code for scripts and the gradebook's `reason` column; the
 * class report and the gradebook's `note_ko` read it here: the row's own `reasonText` when the grader had
 * the words (an engine's error), else the fixed reasons below in Korean, else the reason as it is (a
 * field path with the schema's message, quoted data).
 */
import type { Lang, Msg } from '../grader/core/i18n.js';

/** The batch grader's fixed reasons (grader/batch), in Korean; `$1`… are the parts the pattern captures. */
const REASON_KO: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^nothing submitted$/, () => '제출한 파일이 없습니다'],
  [/^\(file\): no such file$/, () => '파일이 없습니다'],
  [/^\(file\): empty file$/, () => '빈 파일입니다'],
  [/^\(file\): permission denied$/, () => '파일을 읽을 권한이 없습니다'],
  [/^\(file\): not a regular file$/, () => '일반 파일이 아닙니다'],
  [/^\(file\): is a symbolic link; not followed \(hand in the file itself\)$/, () => '심볼릭 링크라서 따라가지 않았습니다 (파일 자체를 내야 합니다)'],
  [/^\(file\): ([\d.]+ MiB) is over the ([\d.]+ MiB) limit for a submission$/, (m) => `파일 크기 ${m[1]}: 제출 파일의 한도 ${m[2]}를 넘습니다`],
  [/^\(file\): over the ([\d.]+ MiB) limit for a submission$/, (m) => `제출 파일의 한도 ${m[1]}를 넘습니다`],
  [/^\(root\): expected a JSON object$/, () => 'JSON 객체가 아닙니다'],
  [/^\(root\): truncated JSON\b/, () => 'JSON이 중간에 끊겼습니다'],
  [/^\(root\): not valid JSON\b/, () => '올바른 JSON이 아닙니다'],
  [/^kind: expected '([^']+)', found (.+)$/, (m) => `dockgrade의 제출 파일이 아닙니다 (kind: ${m[2]}, 제출 파일은 '${m[1]}')`],
  [/^version: expected (\d+), found (.+?)( \(made by a newer dockgrade: update it\))?$/, (m) => `파일 형식의 버전이 맞지 않습니다 (version: ${m[2]}, 이 dockgrade는 ${m[1]})${m[3] ? '. 더 새 dockgrade가 만든 파일입니다: dockgrade를 업데이트하세요' : ''}`],
  [/^student: a snapshot handed in for grading must name its student \(use `dockgrade submit --student ID`\)$/, () => '채점용으로 낸 상태 파일에 학생이 적혀 있지 않습니다 (`dockgrade submit --student ID`로 만드세요)'],
  [/^engine: the class timeout \((\d+) s\) was reached$/, (m) => `엔진: 반 전체 제한 시간 ${m[1]}초가 지났습니다`],
  [/^engine: no answer within (\d+) s$/, (m) => `엔진: ${m[1]}초 안에 응답이 없었습니다`],
];

/** The reason in Korean when it is one of the fixed reasons, else undefined. */
export function reasonKo(reason: string): string | undefined {
  for (const [pattern, text] of REASON_KO) {
    const m = pattern.exec(reason);
    if (m) return text(m);
  }
  return undefined;
}

/** What a report shows for a row's reason in `lang`. */
export function reasonText(row: { reason: string; reasonText?: Msg }, lang: Lang): string {
  if (row.reasonText) return row.reasonText[lang];
  return lang === 'ko' ? (reasonKo(row.reason) ?? row.reason) : row.reason;
}
