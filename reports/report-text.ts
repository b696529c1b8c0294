/**
 * Preparing text that came from a learner's engine for any report: control characters and ANSI escapes
 * stripped, secret-looking values masked, huge strings clipped. Escaping for the target format (HTML,
 * XML, CSV) is each reporter's job, after this.
 */
import { BOOK_WORDS } from '../grader/core/book-words.js';
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
}

/**
 * Cleaned short texts, by options: a class's reports clean the same titles, hints and messages for
 * every student (six regular-expression passes each). Bounded: emptied when full.
 */
const cleaned = new Map<string, Map<string, string>>();

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
  // the book's own values (`MYSQL_ROOT_PASSWORD=password`) are printed in the book: never hidden
  const cleaned = options.showSecrets ? plain : maskSecretPairs(plain, BOOK_WORDS);
  if (head === text) return clip(cleaned, max, options.lang);
  // what is left out: the cleaned head past `max`, and all that was never scanned
  return `${cleaned.slice(0, max)}${leftOut(Math.max(0, cleaned.length - max) + (text.length - head.length), options.lang)}`;
}

/** Learner text made safe to show: escapes stripped, secrets masked, length capped. */
export function cleanText(text: string, options: CleanOptions = {}): string {
  const kind = `${options.showSecrets ? 'clear' : 'masked'}/${options.max ?? MAX_FIELD_CHARS}/${options.lang ?? 'en'}`;
  let memo = cleaned.get(kind);
  if (!memo) cleaned.set(kind, (memo = new Map()));
  return memoizedText(memo, text, (raw) => cleanNow(raw, options));
}
