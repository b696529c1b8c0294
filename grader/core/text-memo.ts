/**
 * A bounded memo of a text-to-text function, for the texts a class repeats for every student (titles,
 * hints, messages): short texts are computed once, long ones every time, and a memo that fills up is
 * emptied rather than grown. Used by secret masking (secrets.ts) and report cleaning (reports/report-text.ts).
 */

/** Texts longer than this are computed each time, never remembered. */
const MEMO_TEXT_CHARS = 1000;
/** A memo holding this many texts is emptied before it takes another. */
const MEMO_ENTRIES = 20_000;

/** `compute(text)`, remembered in `memo` when the text is short. */
export function memoizedText(memo: Map<string, string>, text: string, compute: (text: string) => string): string {
  if (text.length > MEMO_TEXT_CHARS) return compute(text);
  let result = memo.get(text);
  if (result === undefined) {
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    result = compute(text);
    memo.set(text, result);
  }
  return result;
}
