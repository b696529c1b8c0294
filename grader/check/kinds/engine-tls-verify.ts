/**
 * Probe kind `engine-tls-verify` (2.5.3.3, `dockerd --tlsverify …`): the engine's TLS port refuses a
 * client that shows no certificate. `--tls` alone (or a TLS forwarder without `verify=1`) encrypts but
 * lets anyone in, which is root on the host for whoever reaches the port; `--tlsverify` is what the book
 * turns on. The probe opens a TLS connection to `127.0.0.1:PORT` with no client certificate (trusting any
 * server: only the port's answer to such a client is asked) and sends `GET /_ping`: refused during the
 * handshake (a TLS alert, or the connection closed) passes; an HTTP answer fails. Nothing is changed; the
 * request is the same read-only GET `engine-answers` sends, and a daemon that verifies never reads it.
 * An exercise gives it `requires: engine-tls`, so it is graded only where the TLS port answers the
 * learner's own certificate.
 */
import { msg } from '../../core/i18n.js';
import { HOST_PROBE_NAMES, type HostProbeName } from '../../model/probe-request.js';
import type { CheckContext, Names, StateCheck } from '../types.js';
import { dockerdLine, inWords, openHint } from './engine-answers.js';
import { fail, hostProbeCheck, pass, unavailable, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';

export interface EngineTlsVerifyOptions extends CheckOptions {
  /** Where the engine's TLS port is: a loopback name of the engine's host (default 127.0.0.1). */
  host?: HostProbeName;
  /** The command that opens a verifying TLS port without restarting the daemon (a forwarder with verify=1). */
  fix?: (names: Names) => string;
}

/** Errors of a connection the server ended during the handshake: what a verifying TLS server does to a client with no certificate. */
const REFUSED = /ALERT|ECONNRESET|EPIPE|socket hang up/i;

/** The TLS port on `host:port` refuses a client without a certificate. */
export function engineTlsVerify(port: number, options: EngineTlsVerifyOptions = {}): StateCheck {
  const host = options.host ?? '127.0.0.1';
  const where = `${host}:${port}`;
  const dockerd = dockerdLine(where, true);
  const title = msg(`인증서 없는 클라이언트 거부 (${where}, --tlsverify)`, `refuses a client without a certificate (${where}, --tlsverify)`);
  const explain = (n: Names) =>
    msg(
      `${where}의 TLS 포트가 클라이언트 인증서 없이 접속하는 클라이언트를 거부해야 합니다: --tls만 주면 통신은 암호화되지만 그 포트에 닿는 누구나 데몬을 쓸 수 있습니다. --tlsverify가 클라이언트 인증서를 요구합니다: ${dockerd}${options.fix ? `. 데몬을 다시 시작하지 않고 (verify=1): ${options.fix(n)}` : ''}`,
      `the TLS port on ${where} refuses a client that shows no certificate: --tls alone encrypts, but lets anyone who reaches the port use the daemon; --tlsverify requires a client certificate: ${dockerd}${options.fix ? `. Without restarting the daemon (verify=1): ${options.fix(n)}` : ''}`,
    );
  const hint = (ctx: CheckContext) => openHint(ctx, dockerd, options.fix, msg('--tls가 아니라 --tlsverify로, 포워더는 verify=1로', 'with --tlsverify, not --tls; a forwarder with verify=1'));
  // a value code the reports put in words (grader/core/value-text.ts)
  const expected = 'refused without a client certificate';
  return hostProbeCheck({ id: 'engine-tlsverify', title, explain }, options, async (ctx) => {
    const ping = await ctx.probe.request({ kind: 'http', host, port, path: '/_ping', tls: 'none' });
    if (ping.outcome === 'unavailable') return unavailable(ping);
    if (ping.code !== null) {
      const answer = `HTTP ${ping.code}${ping.output.trim() ? `: ${ping.output.trim().slice(0, 80)}` : ''}`;
      return fail(
        msg(
          `${where}의 TLS 포트가 인증서 없는 클라이언트에게도 응답했습니다 (${answer}): --tlsverify 없이 --tls만으로 열려 있어 그 포트에 닿는 누구나 데몬을 쓸 수 있습니다`,
          `the TLS port on ${where} answered a client without a certificate (${answer}): it was opened with --tls, not --tlsverify, so anyone who reaches it can use the daemon`,
        ),
        { expected, actual: answer, hint: hint(ctx) },
      );
    }
    const said = inWords(ping.detail);
    if (REFUSED.test(ping.detail)) {
      return pass(msg(`${where}의 TLS 포트가 인증서 없는 클라이언트를 거부했습니다 (${said.ko})`, `the TLS port on ${where} refused a client without a certificate (${said.en})`), { expected, actual: ping.detail });
    }
    return fail(msg(`${where}에서 TLS로 응답하는 포트가 없습니다 (${said.ko})`, `no TLS port answers on ${where} (${said.en})`), { expected, actual: ping.detail, hint: hint(ctx) });
  });
}

export const engineTlsVerifyKind = defineKind({
  name: 'engine-tls-verify',
  code: 'DG309',
  target: 'state',
  docs: msg(
    '도커 데몬의 TLS 포트가 클라이언트 인증서 없는 클라이언트를 거부 (--tlsverify: 인증서 없이 GET /_ping을 보내면 TLS 핸드셰이크에서 끊김)',
    "the Docker daemon's TLS port refuses a client without a certificate (--tlsverify: a GET /_ping with no client certificate ends in the TLS handshake)",
  ),
  params: (z) =>
    z
      .object({
        port: z.number().int().min(1).max(65535).describe('the TLS port (the book: 2376)'),
        host: z.enum(HOST_PROBE_NAMES).optional().describe("a loopback name of the engine's host (default 127.0.0.1)"),
        fix: commandParam(z, 'the docker command that opens a verifying TLS port without restarting the daemon (a forwarder with verify=1); the hint removes a container of its --name first').optional(),
      })
      .strict(),
  build: ({ params, options, line }) => engineTlsVerify(params.port, { ...options, ...(params.host ? { host: params.host } : {}), ...(params.fix ? { fix: line(params.fix) } : {}) }),
});
