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
  // TLS (2.5.3.3, a daemon with --tlsverify): the server's refusals, and what the client found wrong with the server
  ERR_SSL_WRONG_VERSION_NUMBER: { ko: 'TLS가 아닌 응답', en: 'not a TLS answer' },
  ERR_SSL_PACKET_LENGTH_TOO_LONG: { ko: 'TLS가 아닌 응답', en: 'not a TLS answer' },
  ERR_SSL_HTTP_REQUEST: { ko: 'TLS가 아닌 응답', en: 'not a TLS answer' },
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: { ko: '클라이언트 인증서를 요구하며 거부됨', en: 'refused: a client certificate is required' },
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: { ko: '클라이언트 인증서를 거부함', en: 'refused: bad client certificate' },
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: { ko: '클라이언트 인증서의 인증 기관을 모름', en: "refused: the client certificate's CA is unknown" },
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: { ko: 'TLS 핸드셰이크 거부', en: 'TLS handshake refused' },
  ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR: { ko: '클라이언트 인증서를 거부함', en: 'refused: client certificate does not verify' },
  SELF_SIGNED_CERT_IN_CHAIN: { ko: '서버 인증서가 내 ca.pem이 서명한 것이 아님', en: 'server certificate not signed by my ca.pem' },
  DEPTH_ZERO_SELF_SIGNED_CERT: { ko: '서버 인증서가 스스로 서명한 인증서', en: 'server certificate is self-signed' },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { ko: '서버 인증서를 확인할 수 없음', en: 'server certificate cannot be verified' },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { ko: '서버 인증서를 서명한 인증 기관을 모름', en: "server certificate's CA is unknown" },
  CERT_HAS_EXPIRED: { ko: '서버 인증서가 만료됨', en: 'server certificate expired' },
  ERR_TLS_CERT_ALTNAME_INVALID: { ko: '서버 인증서에 이 주소가 없음 (subjectAltName)', en: 'server certificate does not name this address (subjectAltName)' },
  INVALID_PURPOSE: { ko: '서버용 인증서가 아님', en: 'not a server certificate' },
};

/** Words for a code, with the code: `연결이 끊김 (ECONNRESET)`; undefined for a code without words here. */
export function networkErrorText(code: string): Msg | undefined {
  const words = Object.hasOwn(WORDS, code) ? WORDS[code] : undefined;
  return words ? { ko: `${words.ko} (${code})`, en: `${words.en} (${code})` } : undefined;
}

/** Known codes, for patterns. */
export const NETWORK_ERROR_CODES: readonly string[] = Object.keys(WORDS);
