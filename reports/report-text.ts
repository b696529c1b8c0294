/**
 * Preparing text that came from a learner's engine for any report: control characters and ANSI escapes
 * stripped, secret-looking values masked, huge strings clipped. Escaping for the target format (HTML,
 * XML, CSV) is each reporter's job, after this.
 */
import { maskSecretPairs } from '../grader/core/secrets.js';
import { sanitizeTerminal } from './terminal-text.js';
import { memoizedText } from '../grader/core/text-memo.js';

/** Longest text a report shows for one field; the rest is summarised. */
export const MAX_FIELD_CHARS = 4000;

/** What a clipped text ends with: how many characters were left out, in the report's language. */
function leftOut(count: number, lang: 'ko' | 'en' = 'en'): string {
  return lang === 'ko' ? `… (${count}자 생략)` : `… (${count} more characters)`;
}

/** Shortens text longer than `max` characters, saying how much was left out. */
export function clip(text: string, max = MAX_FIELD_CHARS, lang: 'ko' | 'en' = 'en'): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}${leftOut(text.length - max, lang)}`;
}

export interface CleanOptions {
  /** The report's language (what the clip mark says); English when absent. */
  lang?: 'ko' | 'en';
  /** Print secret-looking values in clear. */
  showSecrets?: boolean;
  /** Clip at this many characters (default MAX_FIELD_CHARS). */
  max?: number;
  /**
   * The catalog's public words (the book's example values, `MYSQL_ROOT_PASSWORD=password`): printed in
   * the book, so never hidden. Default none: every secret-looking value is hidden.
   */
  publicWords?: ReadonlySet<string>;
}

/**
 * Cleaned short texts, by options: a class's reports clean the same titles, hints and messages for
 * every student (six regular-expression passes each). Bounded: emptied when full.
 */
const cleaned = new WeakMap<ReadonlySet<string>, Map<string, Map<string, string>>>();
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Room kept past the clip point before cleaning: escapes removed from the shown part are made up from
 * it, and a `NAME=value` the clip cuts through is still seen (and masked) as one pair.
 */
const CLIP_SLACK = 512;

function cleanNow(text: string, options: CleanOptions): string {
  const max = options.max ?? MAX_FIELD_CHARS;
  // Clip before scanning: a 4 MB log line costs what its shown 4000 characters cost.
  const head = text.length > max + CLIP_SLACK ? text.slice(0, max + CLIP_SLACK) : text;
  const plain = sanitizeTerminal(head);
  // the catalog's own values (the book's `MYSQL_ROOT_PASSWORD=password`) are printed in the book: never hidden
  const cleaned = options.showSecrets ? plain : maskSecretPairs(plain, options.publicWords ?? NO_WORDS);
  if (head === text) return clip(cleaned, max, options.lang);
  // what is left out: the cleaned head past `max`, and all that was never scanned
  return `${cleaned.slice(0, max)}${leftOut(Math.max(0, cleaned.length - max) + (text.length - head.length), options.lang)}`;
}

/** Learner text made safe to show: escapes stripped, secrets masked, length capped. */
export function cleanText(text: string, options: CleanOptions = {}): string {
  const kind = `${options.showSecrets ? 'clear' : 'masked'}/${options.max ?? MAX_FIELD_CHARS}/${options.lang ?? 'en'}`;
  const words = options.publicWords ?? NO_WORDS;
  let byKind = cleaned.get(words);
  if (!byKind) cleaned.set(words, (byKind = new Map()));
  let memo = byKind.get(kind);
  if (!memo) byKind.set(kind, (memo = new Map()));
  return memoizedText(memo, text, (raw) => cleanNow(raw, options));
}

/** The words of a totals line's counts, per language (the same as each status's label). */
const COUNT_WORDS = {
  ko: { exercises: '실습', pass: '통과', fail: '실패', skip: '건너뜀', error: '오류' },
  en: { exercises: 'exercises', pass: 'pass', fail: 'fail', skip: 'skip', error: 'error' },
} as const;

/**
 * How many exercises passed, failed, were skipped or broke, as the terminal and the HTML report both say
 * it: Korean puts the word before its number ("실습 12개: 통과 1, 실패 11"), English after ("exercises 12:
 * 1 pass, 11 fail"); a zero skip or error count is left out.
 */
export function exerciseCountsText(totals: { exercises: number; passed: number; failed: number; skipped: number; errored: number }, lang: 'ko' | 'en'): string {
  const W = COUNT_WORDS[lang];
  const count = (n: number, word: string) => (lang === 'ko' ? `${word} ${n}` : `${n} ${word}`);
  const counts = [count(totals.passed, W.pass), count(totals.failed, W.fail), ...(totals.skipped ? [count(totals.skipped, W.skip)] : []), ...(totals.errored ? [count(totals.errored, W.error)] : [])];
  return `${W.exercises} ${totals.exercises}${lang === 'ko' ? '개' : ''}: ${counts.join(', ')}`;
}
