/** A message in both languages the grader speaks. Results carry both so any report can pick one. */
export interface Msg {
  ko: string;
  en: string;
}

export type Lang = 'ko' | 'en';

/** Builds a message from a Korean and an English text. */
export function msg(ko: string, en: string): Msg {
  return { ko, en };
}

/** The same text in both languages (commands, names). */
export function same(text: string): Msg {
  return { ko: text, en: text };
}

/** Default language from `LC_ALL`, `LC_MESSAGES` or `LANG`: Korean where it starts with `ko`, else English. */
export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Picks the text of a message in a language. */
export function t(message: Msg | undefined, lang: Lang): string {
  return message ? message[lang] : '';
}
