/**
 * Probe kind `engine-answers` (2.5.3, `dockerd -H tcp://0.0.0.0:2375`): the Docker engine also answers the
 * remote API on a TCP port of its host's loopback. No container is graded: the probe GETs `/_ping` on
 * `127.0.0.1:PORT` (the engine answers `OK`), then `/info`, whose `ID` must be the graded engine's own, so a
 * server that answers `OK` but is not this engine (another engine, a web server) does not count. Both are
 * GETs of the allowlist's loopback (grader/probe/probe.ts), as the private registry's catalog is asked;
 * nothing is changed, and nothing beyond the engine host's loopback is asked.
 *
 * With `tls` (2.5.3.3, `dockerd --tlsverify … -H=0.0.0.0:2376`) both GETs go over TLS as `docker
 * --tlsverify` sends them: with the learner's client certificate (cert.pem, key.pem of DOCKER_CERT_PATH,
 * else ~/.docker), trusting only their ca.pem for a server certificate that names the address asked.
 * A missing certificate, a port without TLS, a server certificate their CA did not sign, and a daemon that
 * refuses their certificate each fail with their own message. Whether the port also refuses a client
 * without a certificate is the kind `engine-tls-verify`.
 */
import { msg, type Msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import { describeValue } from '../../core/value-text.js';
import { HOST_PROBE_NAMES, type HostProbeName } from '../../model/probe-request.js';
import type { ProbeRecord } from '../../model/snapshot-schema.js';
import type { CheckContext, Names, StateCheck } from '../types.js';
import { fail, hostProbeCheck, pass, unavailable, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';

export interface EngineAnswersOptions extends CheckOptions {
  /** Where the engine should answer: a loopback name of the engine's host (default 127.0.0.1). */
  host?: HostProbeName;
  /**
   * The command that makes the engine answer there without restarting it (a forwarder container from the
   * engine's socket to the loopback port), with the learner's names. When a container of the same
   * `--name` exists already (a forwarder on another port), the hint removes it first.
   */
  fix?: (names: Names) => string;
  /** Over TLS, with the learner's client certificate (the check's id becomes `engine-tls`). */
  tls?: boolean;
}

/** How much of `/info` a record keeps: its first field, the engine's ID (`{"ID":"Q2R4:…"` or a UUID). */
const INFO_KEPT = 160;

/** The engine's ID in the start of a `/info` answer (`{"ID":"Q2R4:NY62:…", …}`, or a UUID on newer engines). */
export function engineIdIn(body: string): string | undefined {
  return /"ID"\s*:\s*"([^"]*)"/.exec(body)?.[1];
}

/** The `--name` of a docker command line, if it gives one. */
function nameOf(line: string): string | undefined {
  return /--name[= ]+(\S+)/.exec(line)?.[1];
}

/** The start of an answer's body on one line, for a message. */
function bodyText(output: string): string {
  const line = output.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line || '(empty)';
}

/** The daemon line of the book for a port: plain TCP (2.5.3) or with --tlsverify (2.5.3.3). */
export function dockerdLine(where: string, tls: boolean): string {
  return tls ? `dockerd --tlsverify --tlscacert=ca.pem --tlscert=server-cert.pem --tlskey=server-key.pem -H tcp://${where} -H unix:///var/run/docker.sock` : `dockerd -H unix:///var/run/docker.sock -H tcp://${where}`;
}

/**
 * The hint that opens the engine on the port: restart the daemon with `dockerd`, or run `fix` (a
 * forwarder), after removing a container that holds its --name. `how` says in words what the line does.
 */
export function openHint(ctx: CheckContext, dockerd: string, fix: ((names: Names) => string) | undefined, how: Msg, withH = false): Msg {
  const h = withH ? msg(' -H 옵션으로', ' with -H') : msg('', '');
  if (!fix) return msg(`도커 데몬을${h.ko} 다시 시작하세요 (${how.ko}): ${dockerd}`, `restart the Docker daemon${h.en} (${how.en}): ${dockerd}`);
  const line = fix(ctx);
  const name = nameOf(line);
  // a container of that name (a forwarder on another port) holds the name: it goes first
  const steps = name && ctx.containers.some((c) => c.name === name) ? `docker rm -f ${name} && ${line}` : line;
  return msg(
    `도커 데몬을 ${dockerd}처럼${h.ko} 다시 시작하거나 (${how.ko}), 데몬을 다시 시작하지 않고 소켓을 포트로 전달하세요: ${steps}`,
    `restart the Docker daemon${h.en}, as ${dockerd} (${how.en}), or forward its socket to the port without restarting it: ${steps}`,
  );
}

/** A probe's detail (`127.0.0.1:2376: ERR_SSL_…`) in the reader's words, the code kept after them. */
export function inWords(detail: string): Msg {
  return describeValue(detail) ?? msg(detail, detail);
}

/** Why a TLS connection to `where` with the learner's certificate failed, from the error the probe recorded. */
function tlsFailure(where: string, detail: string, folder: string): Msg {
  const said = inWords(detail);
  if (/ECONNREFUSED/.test(detail)) return msg(`${where}에서 응답하는 것이 없습니다 (${said.ko})`, `nothing answers on ${where} (${said.en})`);
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|RECORD_LAYER_FAILURE|wrong version number|packet length too long|http request/i.test(detail)) {
    return msg(`${where}의 데몬이 TLS 없이 응답합니다: --tlsverify 없이 TCP로만 열었습니다 (${said.ko})`, `the daemon on ${where} answers without TLS: it was opened on plain TCP, without --tlsverify (${said.en})`);
  }
  if (/ALERT/.test(detail)) {
    return msg(
      `${where}의 데몬이 ${folder}의 클라이언트 인증서(cert.pem)를 받아들이지 않았습니다: 데몬이 믿는 CA(--tlscacert)가 서명한 인증서가 아닙니다 (${said.ko})`,
      `the daemon on ${where} refused your client certificate (cert.pem in ${folder}): the CA it trusts (--tlscacert) did not sign it (${said.en})`,
    );
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO|ALTNAME|LEAF|PURPOSE|Hostname|IP: /i.test(detail)) {
    const ip = where.replace(/:\d+$/, '');
    return msg(
      `${where}의 서버 인증서를 ${folder}/ca.pem으로 확인할 수 없습니다: 그 CA가 서명하고 ${josa(ip, '을/를')} 이름으로 가진(subjectAltName) 서버 인증서(클라이언트의 cert.pem이 아니라 server-cert.pem)여야 합니다 (${said.ko})`,
      `the server certificate on ${where} does not check out against ${folder}/ca.pem: it must be a server certificate (server-cert.pem, not the client's cert.pem) signed by that CA and naming ${ip} (subjectAltName) (${said.en})`,
    );
  }
  return msg(`${where}에서 TLS로 응답을 받지 못했습니다 (${said.ko})`, `no TLS answer on ${where} (${said.en})`);
}

/** The engine answers `GET /_ping` with `OK` on `host:port`, and `/info` there names the graded engine. */
export function engineAnswers(port: number, options: EngineAnswersOptions = {}): StateCheck {
  const host = options.host ?? '127.0.0.1';
  const where = `${host}:${port}`;
  const tls = options.tls === true;
  const dockerd = dockerdLine(where, tls);
  const title = tls ? msg(`TLS 원격 API 응답 (${where}, 클라이언트 인증서)`, `answers the remote API over TLS (${where}, client certificate)`) : msg(`원격 API 응답 (${where})`, `answers the remote API (${where})`);
  const certs = msg('인증서는 DOCKER_CERT_PATH, 없으면 ~/.docker의 ca.pem, cert.pem, key.pem', 'the certificates: ca.pem, cert.pem, key.pem of DOCKER_CERT_PATH, else ~/.docker');
  const explain = (n: Names) =>
    tls
      ? msg(
          `도커 데몬이 ${where}에서 TLS로 원격 API에 응답하고 클라이언트 인증서로 접속할 수 있어야 합니다 (docker -H tcp://${where} --tlsverify version; ${certs.ko}): ${dockerd}${options.fix ? `. 데몬을 다시 시작하지 않고, ca.pem, server-cert.pem, server-key.pem이 있는 폴더에서: ${options.fix(n)}` : ''}`,
          `the Docker daemon answers the remote API over TLS on ${where}, to a client with its certificate (docker -H tcp://${where} --tlsverify version; ${certs.en}): ${dockerd}${options.fix ? `. Without restarting the daemon, in the folder holding ca.pem, server-cert.pem and server-key.pem: ${options.fix(n)}` : ''}`,
        )
      : msg(
          `도커 데몬이 ${where}에서도 원격 API에 응답해야 합니다 (curl ${where}/_ping → OK, docker -H tcp://${where} info): ${dockerd}. 인증 없는 TCP 포트는 그 주소에 닿는 누구에게나 호스트의 root 권한을 줍니다: 127.0.0.1에만 여세요${options.fix ? `. 데몬을 다시 시작하지 않고: ${options.fix(n)}` : ''}`,
          `the Docker daemon also answers the remote API on ${where} (curl ${where}/_ping → OK, docker -H tcp://${where} info): ${dockerd}. An unauthenticated TCP port gives root on the host to anyone who reaches it: open it on 127.0.0.1 only${options.fix ? `. Without restarting the daemon: ${options.fix(n)}` : ''}`,
        );
  const hint = (ctx: CheckContext): Msg =>
    tls
      ? openHint(ctx, dockerd, options.fix, msg('ca.pem, server-cert.pem, server-key.pem이 있는 폴더에서', 'in the folder holding ca.pem, server-cert.pem and server-key.pem'))
      : openHint(ctx, dockerd, options.fix, msg('인증 없는 TCP 포트는 127.0.0.1에만 여세요', 'open an unauthenticated TCP port on 127.0.0.1 only'), true);
  const ask = tls ? ({ tls: 'client' } as const) : {};
  return hostProbeCheck({ id: tls ? 'engine-tls' : 'engine-tcp', title, explain }, options, async (ctx) => {
    const ping = await ctx.probe.request({ kind: 'http', host, port, path: '/_ping', ...ask });
    const expected = `${where}/_ping → OK`;
    const missing = ping.certificates?.missing;
    if (missing?.length) {
      const folder = ping.certificates!.folder;
      return fail(msg(`${folder}에 클라이언트 인증서가 없습니다 (${missing.join(', ')}): TLS로 접속해 볼 수 없습니다`, `no client certificate in ${folder} (${missing.join(', ')}): no TLS connection could be tried`), {
        expected: 'ca.pem, cert.pem, key.pem',
        actual: `${folder}: no ${missing.join(', ')}`,
        hint: msg(
          `2.5.3.3처럼 openssl로 CA, 서버 인증서, 클라이언트 인증서를 만들고 ca.pem, cert.pem, key.pem을 ~/.docker에 복사하세요 (다른 폴더라면 export DOCKER_CERT_PATH=그 폴더)`,
          'make the CA, the server certificate and the client certificate with openssl as in 2.5.3.3, and copy ca.pem, cert.pem and key.pem to ~/.docker (another folder: export DOCKER_CERT_PATH=that folder)',
        ),
      });
    }
    if (ping.outcome === 'unavailable') return unavailable(ping);
    if (ping.outcome !== 'ok' || ping.code === null) {
      const why = tls
        ? tlsFailure(where, ping.detail, ping.certificates?.folder ?? '~/.docker')
        : msg(`${where}에서 응답하는 것이 없습니다: 도커 데몬이 유닉스 소켓에서만 듣고 있습니다 (${ping.detail})`, `nothing answers on ${where}: the Docker daemon listens on its unix socket only (${ping.detail})`);
      return fail(why, { expected, actual: ping.detail, hint: hint(ctx) });
    }
    if (ping.code !== 200 || ping.output.trim() !== 'OK') return notTheEngine(where, ping, expected, hint(ctx));
    const graded = ctx.snapshot.engine.id;
    // an older snapshot names no engine: the ping is the evidence
    if (!graded) return pass(msg(`${where}의 /_ping이 OK로 응답했습니다`, `${where}/_ping answered OK`), { expected, actual: 'OK' });
    // judged whole; recorded only as far as the ID (the rest is the host's configuration)
    const info = await ctx.probe.request({ kind: 'http', host, port, path: '/info', expect: { status: 200, includes: `"ID":"${graded}"` }, keep: INFO_KEPT, ...ask });
    if (info.outcome === 'unavailable') return unavailable(info);
    if (info.outcome === 'ok' && info.matched) {
      return pass(
        tls ? msg(`${where}에서 이 도커 데몬(ID ${graded})이 TLS로 응답했습니다`, `${where} answers over TLS as this Docker daemon (ID ${graded})`) : msg(`${where}에서 이 도커 데몬(ID ${graded})이 응답했습니다`, `${where} answers as this Docker daemon (ID ${graded})`),
        { expected: `ID ${graded}`, actual: `ID ${graded}` },
      );
    }
    const found = info.outcome === 'ok' ? engineIdIn(info.output) : undefined;
    if (found === undefined) return notTheEngine(where, info, `ID ${graded}`, hint(ctx));
    const look = `docker -H tcp://${where}${tls ? ' --tlsverify' : ''} info`;
    return fail(
      msg(
        `${where}에서 도커 데몬이 응답하지만 채점한 데몬이 아닙니다: ID ${josa(found, '이/가')} 다릅니다 (채점한 데몬은 ${graded})`,
        `a Docker daemon answers on ${where}, but not the one graded: ID ${found} (the graded daemon is ${graded})`,
      ),
      {
        expected: `ID ${graded}`,
        actual: `ID ${found}`,
        hint: msg(`채점하는 데몬과 같은 데몬을 그 포트에 여세요. 그 포트의 데몬을 보세요: ${look}`, `open the daemon that is graded on that port; look at the one there: ${look}`),
      },
    );
  });
}

/** Something answers on the port, but not as a Docker engine (another server, an error). */
function notTheEngine(where: string, record: ProbeRecord, expected: string, hint: Msg) {
  const answer = `HTTP ${record.code ?? '?'}: ${bodyText(record.output)}`;
  return fail(msg(`${where}에서 응답하는 서버가 도커 데몬이 아닙니다 (${answer})`, `the server answering on ${where} is not the Docker daemon (${answer})`), { expected, actual: answer, hint });
}

export const engineAnswersKind = defineKind({
  name: 'engine-answers',
  code: 'DG308',
  target: 'state',
  docs: msg(
    '도커 데몬이 호스트의 루프백 TCP 포트에서도 원격 API에 응답 (GET /_ping이 OK, /info의 ID가 채점한 데몬; tls: 학습자의 클라이언트 인증서로 TLS 접속)',
    "the Docker daemon also answers the remote API on a TCP port of its host's loopback (GET /_ping is OK, /info's ID is the graded daemon's; tls: over TLS with the learner's client certificate)",
  ),
  params: (z) =>
    z
      .object({
        port: z.number().int().min(1).max(65535).describe('the TCP port (the book: 2375)'),
        host: z.enum(HOST_PROBE_NAMES).optional().describe("a loopback name of the engine's host (default 127.0.0.1)"),
        fix: commandParam(z, 'the docker command that makes the engine answer there without restarting it (a forwarder container); the hint removes a container of its --name first').optional(),
        tls: z.boolean().optional().describe("over TLS with the learner's client certificate (DOCKER_CERT_PATH, else ~/.docker), as docker --tlsverify asks (2.5.3.3); the check's id is then engine-tls"),
      })
      .strict(),
  build: ({ params, options, line }) =>
    engineAnswers(params.port, { ...options, ...(params.host ? { host: params.host } : {}), ...(params.fix ? { fix: line(params.fix) } : {}), ...(params.tls ? { tls: true } : {}) }),
});
