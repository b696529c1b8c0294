/**
 * The words inside a check's `expected`/`actual`, for a reader. Those fields stay stable codes in the
 * JSON (`absent`, `running`, `exited (1)`, `0 stopped`, `(none)`): scripts compare them. A reader of
 * Korean gets the same value in Korean (`삭제됨`, `실행 중`, `종료됨 (종료 코드 1)`), an English reader
 * the same text with English plurals right. Names, images, ports and learner data pass through
 * unchanged: Docker names cannot hold spaces, parentheses or colons, so the patterns below, which need
 * them, never rewrite a name.
 */
import type { Lang, Msg } from './i18n.js';
import { networkErrorText } from './network-errors.js';

/** `docker ps` states in Korean. */
const STATE_KO: Readonly<Record<string, string>> = {
  running: '실행 중',
  created: '생성만 됨 (시작 전)',
  paused: '일시 정지됨',
  restarting: '다시 시작하는 중',
  removing: '삭제하는 중',
  dead: '멈춤 (dead)',
  none: '없음',
};

/** A container state as `stateText` writes it (`running`, `exited (1)`), in Korean; undefined when it is none. */
export function stateKo(state: string): string | undefined {
  const exited = /^exited \((-?\d+)\)$/.exec(state);
  if (exited) return `종료됨 (종료 코드 ${exited[1]})`;
  return Object.hasOwn(STATE_KO, state) ? STATE_KO[state] : undefined;
}

/** Whole codes with their own words. */
const WHOLE: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Msg | undefined]> = [
  [/^absent$/, () => ({ ko: '없음 (삭제됨)', en: 'absent' })],
  [/^started$/, () => ({ ko: '시작한 적 있음', en: 'started' })],
  // the engine's events no longer hold the evidence (grader/check/engine-history.ts, unseen)
  [/^unknown$/, () => ({ ko: '확인할 수 없음 (엔진 이벤트에 없음)', en: "cannot be seen (not in the engine's events)" })],
  [/^start-order$/, () => ({ ko: '둘 다 멈춘 뒤 링크 대상부터 시작', en: 'after both stopped, the link target started first' })],
  [/^an HTTP answer$/, () => ({ ko: 'HTTP 응답', en: 'an HTTP answer' })],
  // 2.5.3.3: what a daemon with --tlsverify does to a client that shows no certificate
  [/^refused without a client certificate$/, () => ({ ko: '클라이언트 인증서 없이는 거부', en: 'refused without a client certificate' })],
  [/^HTTP < 500$/, () => ({ ko: 'HTTP 500 미만', en: 'HTTP < 500' })],
  [/^HTTP < 400$/, () => ({ ko: 'HTTP 400 미만 (페이지)', en: 'HTTP < 400' })],
  [/^(\d+) stopped$/, (m) => ({ ko: `정지된 컨테이너 ${m[1]}개`, en: `${m[1]} stopped container${m[1] === '1' ? '' : 's'}` })],
  [/^(\S+) running whenever (\S+) is$/, (m) => ({ ko: `${m[2]} 실행 중이면 ${m[1]}도 실행 중`, en: `${m[1]} running whenever ${m[2]} is` })],
  [/^not recorded in the snapshot$/, () => ({ ko: '저장된 상태에 기록되지 않음', en: 'not recorded in the snapshot' })],
  [/^container is not running$/, () => ({ ko: '컨테이너가 실행 중이 아님', en: 'container is not running' })],
  [/^(\S+) is not published$/, (m) => ({ ko: `${m[1]} 포트가 바인딩되지 않음`, en: `${m[1]} is not published` })],
  [/^(\S+) is not available in the container$/, (m) => ({ ko: `컨테이너에 ${m[1]} 명령 없음`, en: `${m[1]} is not available in the container` })],
  [/^no exit within (\d+) ms$/, (m) => ({ ko: `${m[1]} ms 안에 끝나지 않음`, en: `no exit within ${m[1]} ms` })],
  // Docker's fields for -d, -i, -t (the codes stay after the words, as `docker inspect` shows them)
  [/^AttachStdout=false$/, (m) => ({ ko: `-d로 백그라운드 실행 (${m[0]})`, en: `detached, -d (${m[0]})` })],
  [/^AttachStdout=true$/, (m) => ({ ko: `-d 없이 포그라운드 실행 (${m[0]})`, en: `in the foreground, no -d (${m[0]})` })],
  [/^OpenStdin=true$/, (m) => ({ ko: `-i: 표준 입력 열림 (${m[0]})`, en: `-i: stdin open (${m[0]})` })],
  [/^OpenStdin=false$/, (m) => ({ ko: `-i 없음: 표준 입력 닫힘 (${m[0]})`, en: `no -i: stdin closed (${m[0]})` })],
  [/^Tty=true$/, (m) => ({ ko: `-t: TTY 할당됨 (${m[0]})`, en: `-t: a TTY (${m[0]})` })],
  [/^Tty=false$/, (m) => ({ ko: `-t 없음: TTY 없음 (${m[0]})`, en: `no -t: no TTY (${m[0]})` })],
  // A probe's failed HTTP request (`127.0.0.1:80: ECONNRESET`): the code in words, the code kept after them.
  [/^(\S+): (?:connect )?([A-Z][A-Z0-9_]+)(?: \S+)?$/, (m) => {
    const words = networkErrorText(m[2]!);
    return words ? { ko: `${m[1]}: ${words.ko}`, en: `${m[1]}: ${words.en}` } : undefined;
  }],
  [/^(\S+): socket hang up$/, (m) => ({ ko: `${m[1]}: 응답 없이 연결이 끊김`, en: `${m[1]}: socket hang up` })],
];

/** Placeholders in parentheses, anywhere in a code (a Docker name never holds parentheses). */
const PLACEHOLDER_KO: Readonly<Record<string, string>> = {
  '(none)': '(없음)',
  '(unset)': '(설정 안 됨)',
  '(random)': '(임의)',
  '(any)': '(아무 포트)',
  '(differs)': '(값이 다름)',
};

/**
 * The reader's text of an `expected`/`actual` code, or undefined when the code is a plain value that
 * reads the same in both languages (a name, an image, `AttachStdout=false`, a port binding).
 */
export function describeValue(code: string): Msg | undefined {
  // `grade` describes the same values for every student of a class: each once, a fresh copy each time
  if (code.length > 1000) return describe(code);
  let said = described.get(code);
  if (said === undefined && !described.has(code)) {
    if (described.size >= 10_000) described.clear();
    said = describe(code);
    described.set(code, said);
  }
  return said && { ...said };
}

/** Values described so far (describeValue), with their text (undefined: none). */
const described = new Map<string, Msg | undefined>();

function describe(code: string): Msg | undefined {
  // indexed, not a for-of of destructured pairs: unoptimized, that made iterators and their results for
  // every value described (0.25 MB of a cold check of the chapter's garbage)
  for (let i = 0; i < WHOLE.length; i++) {
    const pattern = WHOLE[i][0];
    const text = WHOLE[i][1];
    const m = pattern.exec(code);
    const said = m ? text(m) : undefined;
    if (said) return said;
  }
  const whole = stateKo(code);
  if (whole) return { ko: whole, en: code };
  let ko = code.replace(/\((?:none|unset|random|any|differs)\)/g, (p) => PLACEHOLDER_KO[p] ?? p);
  // `name: state` lists (a container and its link target), and a name with its state in parentheses.
  ko = ko.replace(/(^|, )([\w.-]+): (exited \(-?\d+\)|[a-z]+)(?=, |$)/g, (all, lead: string, name: string, state: string) => {
    const text = stateKo(state);
    return text ? `${lead}${name}: ${text}` : all;
  });
  return ko === code ? undefined : { ko, en: code };
}

/**
 * What a report prints for a check's `expected` or `actual`: the result's own reader text when it has
 * one, else the code described now (results saved before the text existed), else the code itself.
 */
export function shownValue(check: { expected?: string; actual?: string; expectedText?: Msg; actualText?: Msg }, field: 'expected' | 'actual', lang: Lang): string | undefined {
  const code = check[field];
  if (code === undefined) return undefined;
  return check[`${field}Text`]?.[lang] ?? describeValue(code)?.[lang] ?? code;
}

/** A part of the learner's `docker run` line as a reader reads it: the comparison's ` (differs)` note in their language. */
export function commandPartText(part: string, lang: Lang): string {
  return lang === 'ko' ? part.replace(/ \(differs\)$/, ` ${PLACEHOLDER_KO['(differs)']}`) : part;
}
