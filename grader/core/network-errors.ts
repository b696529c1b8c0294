/**
 * A network error code in words (`ECONNRESET` → "연결이 끊겼습니다"), for any text that would otherwise
 * show the bare code: the code stays after the words, in parentheses, for a search or a teacher.
 */
import type { Msg } from './i18n.js';

const WORDS: Readonly<Record<string, Msg>> = {
  ECONNREFUSED: { ko: '연결이 거부됨', en: 'connection refused' },
  ECONNRESET: { ko: '연결이 끊김', en: 'connection reset' },
  EPIPE: { ko: '연결이 끊김', en: 'connection closed' },
  ETIMEDOUT: { ko: '시간 초과', en: 'timed out' },
  EHOSTUNREACH: { ko: '호스트에 닿을 수 없음', en: 'host unreachable' },
  ENETUNREACH: { ko: '네트워크에 닿을 수 없음', en: 'network unreachable' },
  ENOTFOUND: { ko: '호스트 이름을 찾을 수 없음', en: 'host name not found' },
  EAI_AGAIN: { ko: '호스트 이름을 찾을 수 없음 (DNS)', en: 'host name not found (DNS)' },
  EADDRNOTAVAIL: { ko: '이 컴퓨터의 주소가 아님', en: 'address not available' },
  EPROTO: { ko: '프로토콜 오류', en: 'protocol error' },
  HPE_INVALID_CONSTANT: { ko: 'HTTP가 아닌 응답', en: 'not an HTTP answer' },
};

/** Words for a code, with the code: `연결이 끊김 (ECONNRESET)`; undefined for a code without words here. */
export function networkErrorText(code: string): Msg | undefined {
  const words = Object.hasOwn(WORDS, code) ? WORDS[code] : undefined;
  return words ? { ko: `${words.ko} (${code})`, en: `${words.en} (${code})` } : undefined;
}

/** Known codes, for patterns. */
export const NETWORK_ERROR_CODES: readonly string[] = Object.keys(WORDS);
