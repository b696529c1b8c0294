/**
 * Probe kind `engine-answers` (2.5.3, `dockerd -H tcp://0.0.0.0:2375`): the Docker engine also answers the
 * remote API on a TCP port of its host's loopback. No container is graded: the probe GETs `/_ping` on
 * `127.0.0.1:PORT` (the engine answers `OK`), then `/info`, whose `ID` must be the graded engine's own, so a
 * server that answers `OK` but is not this engine (another engine, a web server) does not count. Both are
 * GETs of the allowlist's loopback (grader/probe/probe.ts), as the private registry's catalog is asked;
 * nothing is changed, and nothing beyond the engine host's loopback is asked.
 */
import { msg, type Msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
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

/** The engine answers `GET /_ping` with `OK` on `host:port`, and `/info` there names the graded engine. */
export function engineAnswers(port: number, options: EngineAnswersOptions = {}): StateCheck {
  const host = options.host ?? '127.0.0.1';
  const where = `${host}:${port}`;
  const title = msg(`원격 API 응답 (${where})`, `answers the remote API (${where})`);
  const dockerd = `dockerd -H unix:///var/run/docker.sock -H tcp://${where}`;
  const explain = (n: Names) =>
    msg(
      `도커 데몬이 ${where}에서도 원격 API에 응답해야 합니다 (curl ${where}/_ping → OK, docker -H tcp://${where} info): ${dockerd}. 인증 없는 TCP 포트는 그 주소에 닿는 누구에게나 호스트의 root 권한을 줍니다: 127.0.0.1에만 여세요${options.fix ? `. 데몬을 다시 시작하지 않고: ${options.fix(n)}` : ''}`,
      `the Docker daemon also answers the remote API on ${where} (curl ${where}/_ping → OK, docker -H tcp://${where} info): ${dockerd}. An unauthenticated TCP port gives root on the host to anyone who reaches it: open it on 127.0.0.1 only${options.fix ? `. Without restarting the daemon: ${options.fix(n)}` : ''}`,
    );
  const hint = (ctx: CheckContext): Msg => {
    const warn = msg('인증 없는 TCP 포트는 127.0.0.1에만 여세요', 'open an unauthenticated TCP port on 127.0.0.1 only');
    if (!options.fix) return msg(`도커 데몬을 -H 옵션으로 다시 시작하세요 (${warn.ko}): ${dockerd}`, `restart the Docker daemon with -H (${warn.en}): ${dockerd}`);
    const line = options.fix(ctx);
    const name = nameOf(line);
    // a container of that name (a forwarder on another port) holds the name: it goes first
    const steps = name && ctx.containers.some((c) => c.name === name) ? `docker rm -f ${name} && ${line}` : line;
    return msg(
      `도커 데몬을 ${dockerd}처럼 -H 옵션으로 다시 시작하거나 (${warn.ko}), 데몬을 다시 시작하지 않고 소켓을 포트로 전달하세요: ${steps}`,
      `restart the Docker daemon with -H, as ${dockerd} (${warn.en}), or forward its socket to the port without restarting it: ${steps}`,
    );
  };
  return hostProbeCheck({ id: 'engine-tcp', title, explain }, options, async (ctx) => {
    const ping = await ctx.probe.request({ kind: 'http', host, port, path: '/_ping' });
    if (ping.outcome === 'unavailable') return unavailable(ping);
    const expected = `${where}/_ping → OK`;
    if (ping.outcome !== 'ok' || ping.code === null) {
      return fail(msg(`${where}에서 응답하는 것이 없습니다: 도커 데몬이 유닉스 소켓에서만 듣고 있습니다 (${ping.detail})`, `nothing answers on ${where}: the Docker daemon listens on its unix socket only (${ping.detail})`), {
        expected,
        actual: ping.detail,
        hint: hint(ctx),
      });
    }
    if (ping.code !== 200 || ping.output.trim() !== 'OK') return notTheEngine(where, ping, expected, hint(ctx));
    const graded = ctx.snapshot.engine.id;
    // an older snapshot names no engine: the ping is the evidence
    if (!graded) return pass(msg(`${where}의 /_ping이 OK로 응답했습니다`, `${where}/_ping answered OK`), { expected, actual: 'OK' });
    // judged whole; recorded only as far as the ID (the rest is the host's configuration)
    const info = await ctx.probe.request({ kind: 'http', host, port, path: '/info', expect: { status: 200, includes: `"ID":"${graded}"` }, keep: INFO_KEPT });
    if (info.outcome === 'unavailable') return unavailable(info);
    if (info.outcome === 'ok' && info.matched) {
      return pass(msg(`${where}에서 이 도커 데몬(ID ${graded})이 응답했습니다`, `${where} answers as this Docker daemon (ID ${graded})`), { expected: `ID ${graded}`, actual: `ID ${graded}` });
    }
    const found = info.outcome === 'ok' ? engineIdIn(info.output) : undefined;
    if (found === undefined) return notTheEngine(where, info, `ID ${graded}`, hint(ctx));
    return fail(
      msg(
        `${where}에서 도커 데몬이 응답하지만 채점한 데몬이 아닙니다: ID ${josa(found, '이/가')} 다릅니다 (채점한 데몬은 ${graded})`,
        `a Docker daemon answers on ${where}, but not the one graded: ID ${found} (the graded daemon is ${graded})`,
      ),
      {
        expected: `ID ${graded}`,
        actual: `ID ${found}`,
        hint: msg(`채점하는 데몬과 같은 데몬을 그 포트에 여세요. 그 포트의 데몬을 보세요: docker -H tcp://${where} info`, `open the daemon that is graded on that port; look at the one there: docker -H tcp://${where} info`),
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
    '도커 데몬이 호스트의 루프백 TCP 포트에서도 원격 API에 응답 (GET /_ping이 OK, /info의 ID가 채점한 데몬)',
    "the Docker daemon also answers the remote API on a TCP port of its host's loopback (GET /_ping is OK, /info's ID is the graded daemon's)",
  ),
  params: (z) =>
    z
      .object({
        port: z.number().int().min(1).max(65535).describe('the TCP port (the book: 2375)'),
        host: z.enum(HOST_PROBE_NAMES).optional().describe("a loopback name of the engine's host (default 127.0.0.1)"),
        fix: commandParam(z, 'the docker command that makes the engine answer there without restarting it (a forwarder container); the hint removes a container of its --name first').optional(),
      })
      .strict(),
  build: ({ params, options, line }) =>
    engineAnswers(params.port, { ...options, ...(params.host ? { host: params.host } : {}), ...(params.fix ? { fix: line(params.fix) } : {}) }),
});
