/**
 * Korean particles (조사) chosen from the word they follow: "mysql이", "wordpress가", "-p 80:80을",
 * "HTTP 200으로", "mysql이라는", "mycentos는" — never the "이(가)" / "을(를)" fallbacks that read as
 * a form to fill in.
 *
 * es-hangul's `josa.pick` (toss/es-hangul, MIT, maintained, ~8 kB of it carried into the bundle by
 * scripts/bundle.mjs) decides from a Hangul syllable: 받침 or not, and ㄹ for (으)로. What it cannot
 * decide is most of our words: names, tags, ports and flags end in digits or Latin letters
 * (it reads only all-capital words by letter name). `endingSyllable` supplies that part: the Hangul
 * syllable the end of a word is read as aloud, and es-hangul then picks from that syllable.
 */
import { josa as esHangulJosa } from 'es-hangul';

/** The particle pairs es-hangul picks itself (with 받침 / without). */
type EsHangulPair = Parameters<typeof esHangulJosa.pick>[1];

/**
 * A particle pair, the form after a 받침 first: '이/가', '을/를', '은/는', '으로/로', '와/과' (sic: es-hangul's
 * order), '이라는/라는', '이어야/여야', …
 */
export type Particle = EsHangulPair | '이라는/라는' | '이어야/여야' | '이고/고' | '이며/며';

/** Pairs es-hangul does not know, decided as '이/가' is: the first form after a 받침. */
const LIKE_I_GA = new Set<string>(['이라는/라는', '이어야/여야', '이고/고', '이며/며']);

/** How each digit is read on its own (일, 이, 삼, …). */
const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** The units a number read aloud ends with after trailing zeros: 10 십, 100 백, 1000 천. */
const SMALL_UNITS = ['', '십', '백', '천'];
/** …and every four zeros: 10000 만, 10^8 억, 10^12 조, 10^16 경. */
const LARGE_UNITS = ['', '만', '억', '조', '경'];
/**
 * The last syllable of each capital letter's name as Korean speakers say it (L 엘, M 엠, N 엔, R 알 end
 * in a 받침; the others do not: HTTP → 피, SQL → 엘).
 */
const LETTER_NAMES: Record<string, string> = {
  A: '이', B: '비', C: '씨', D: '디', E: '이', F: '프', G: '지', H: '치', I: '이', J: '이', K: '이', L: '엘', M: '엠',
  N: '엔', O: '오', P: '피', Q: '큐', R: '알', S: '스', T: '티', U: '유', V: '이', W: '유', X: '스', Y: '이', Z: '트',
};
/**
 * How a lowercase word's last letter sounds in a loanword reading when it closes no syllable:
 * mostly a vowel or a consonant with ㅡ (wordpress 워드프레스, ubuntu 우분투, docker 도커).
 */
const OPEN_ENDINGS: Record<string, string> = {
  a: '아', b: '브', c: '크', d: '드', e: '이', f: '프', g: '그', h: '치', i: '이', j: '지', k: '크', o: '오', p: '프',
  q: '크', r: '어', s: '스', t: '트', u: '우', v: '브', w: '우', x: '스', y: '이', z: '즈',
};
/** Loanwords whose accepted spelling breaks the short-vowel rule below (체크, not 첵; 엑시트, not 엑싯). */
const OPEN_EXCEPTIONS = new Set(['check', 'exit']);
/**
 * Words (and the ends of compounds: myweb 마이웹, webapp 웹앱, crontab 크론탭) that Korean spells with a
 * 받침 where the rules below would give none: a voiced final after a short vowel is usually 브/드/그
 * (hub 허브, log 로그, tag 태그), but these everyday words are written 웹, 랩, 탭, 잡, 펍, 클럽, 앱.
 */
const CLOSED_ENDS: ReadonlyArray<readonly [string, string]> = [
  ['web', '웹'],
  ['lab', '랩'],
  ['tab', '탭'],
  ['job', '잡'],
  ['pub', '펍'],
  ['club', '럽'],
  ['app', '앱'],
];

const isSyllable = (c: string) => c >= '가' && c <= '힣';
/**
 * What is not read at the end of a word: all but Latin letters, digits and Hangul (a /u regex with
 * \p{L} would cost its Unicode tables on the first call of every run).
 */
const UNREAD_END = /[^A-Za-z0-9\u3131-\u318e\uac00-\ud7a3]+$/;

/** A number's reading ends with: 80 팔십 → 십, 200 이백 → 백, 3306 삼천삼백육 → 육, 1 일, 0 영. */
function numberEnding(digits: string): string {
  const significant = digits.replace(/^0+/, '');
  if (!significant) return DIGITS[0];
  const last = Number(significant[significant.length - 1]);
  if (last) return DIGITS[last];
  const zeros = significant.length - significant.replace(/0+$/, '').length;
  return SMALL_UNITS[zeros % 4] || LARGE_UNITS[Math.min(zeros / 4, LARGE_UNITS.length - 1)];
}

/**
 * A lowercase word read as a loanword, the way Korean spells it (외래어 표기법):
 * - …l → ㄹ (mysql 마이에스큐엘, file 파일); …m, …n, …ng → a 받침 (volume 볼륨, none 논, ping 핑);
 * - …p, …t, …k after one short vowel → a 받침 (output 아웃풋, set 셋, exec 이그젝, stack 스택), and so
 *   …out (timeout 타임아웃, layout 레이아웃);
 *   after a long vowel or another consonant → 프/트/크, no 받침 (root 루트, test 테스트, latest 레이티스트);
 * - a silent final e leaves the consonant before it (name 네임, file 파일, image 이미지, site 사이트);
 * - vowels, r and every other consonant → no 받침 (ubuntu 우분투, docker 도커, wordpress 워드프레스);
 * - but the everyday words of CLOSED_ENDS, alone or ending a compound (web 웹, myweb 마이웹, app 앱).
 */
function wordEnding(word: string): string {
  const closed = CLOSED_ENDS.find(([end]) => word.endsWith(end));
  if (closed) return closed[1];
  let w = word;
  let longVowel = false;
  // silent e: "name", "file", "image"; not "free" or "be"
  if (w.length >= 3 && w.endsWith('e') && !/[aeiouy]/.test(w[w.length - 2])) {
    w = w.slice(0, -1);
    longVowel = true;
  }
  const last = w[w.length - 1];
  if (w.endsWith('ng')) return '응';
  if (last === 'l') return '엘';
  if (last === 'm') return '엠';
  if (last === 'n') return '엔';
  if (!longVowel && !OPEN_EXCEPTIONS.has(w) && (/(^|[^aeiou])[aeiou](p|t|k|ck|c)$/.test(w) || w.endsWith('out'))) {
    const stop = w.endsWith('p') ? '입' : w.endsWith('t') ? '잇' : '익';
    return stop;
  }
  return OPEN_ENDINGS[last] ?? '아';
}

/**
 * The Hangul syllable the end of `word` is read as aloud, or `undefined` when it ends in no letter or
 * digit Korean readers say in a known way. Hangul is itself; digits by the number's reading (after a
 * `.` digit by digit: `5.7` 오 점 칠, `14.04` 십사 점 영사); capitals of short or vowelless words by
 * letter name (`HTTP` 피, `URL` 엘, `DB` 비; `USER`, `NAME` are read as words); lowercase words as
 * loanwords (see `wordEnding`). Trailing punctuation is not read (`<이름>`, `'mysql'`), and a
 * parenthesis right after a word is skipped as Korean does (`포트(2376)를`).
 */
export function endingSyllable(word: string): string | undefined {
  // `grade` says the same names and values for every student of a class: each is read once
  if (word.length > 200) return readEnding(word);
  if (endings.has(word)) return endings.get(word);
  if (endings.size >= 10_000) endings.clear();
  const ending = readEnding(word);
  endings.set(word, ending);
  return ending;
}

/** Words read so far (endingSyllable), with what their end is read as. */
const endings = new Map<string, string | undefined>();

function readEnding(word: string): string | undefined {
  let w = word.replace(UNREAD_END, '');
  const aside = /^(.*[^\s(])\([^()]*\)$/.exec(word.trimEnd());
  if (aside) w = aside[1].replace(UNREAD_END, '');
  if (!w) return undefined;
  const last = w[w.length - 1];
  if (isSyllable(last)) return last;
  const digits = /\d+$/.exec(w);
  if (digits) {
    const before = w[digits.index - 1];
    // a decimal part or a leading zero is read digit by digit
    return before === '.' || (digits[0].length > 1 && digits[0][0] === '0') ? DIGITS[Number(last)] : numberEnding(digits[0]);
  }
  const letters = /[A-Za-z]+$/.exec(w)?.[0];
  if (!letters) return undefined;
  const capitals = /[A-Z]+$/.exec(letters)?.[0] ?? '';
  const acronym =
    (capitals === letters && (letters.length <= 3 || !/[AEIOU]/.test(letters))) || // HTTP, SQL, DB; not USER
    (capitals.length > 0 && capitals.length < letters.length); // PostgreSQL, myDB
  return acronym ? LETTER_NAMES[last] : wordEnding(letters.toLowerCase());
}

/**
 * The particle of `pair` that follows `word`: `pickParticle('mysql', '이/가')` is '이',
 * `pickParticle('-p 80:80', '을/를')` '을', `pickParticle('HTTP 200', '으로/로')` '으로'. A word whose end
 * cannot be read (no letter or digit at its end) takes the form without 받침.
 */
export function pickParticle(word: string | number, pair: Particle): string {
  const syllable = endingSyllable(String(word)) ?? '아';
  if (LIKE_I_GA.has(pair)) {
    const [after, open] = pair.split('/');
    return esHangulJosa.pick(syllable, '이/가') === '이' ? after : open;
  }
  return esHangulJosa.pick(syllable, pair as EsHangulPair);
}

/** `word` followed by the right particle of `pair`: `josa('mysql', '이라는/라는')` is 'mysql이라는'. */
export function josa(word: string | number, pair: Particle): string {
  return `${word}${pickParticle(word, pair)}`;
}
