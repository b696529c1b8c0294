/** Probe kind `http`: the published port answers HTTP (a path of it, with texts the answer must hold). */
import { msg, type Msg } from '../../core/i18n.js';
import type { Container } from '../../model/snapshot-schema.js';
import type { CheckContext, ContainerTarget, Names, ProbeCheck } from '../types.js';
import { fail, pass, probeCheck, unavailable, whom, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, textParam } from './kind.js';
import { targetHints as hints } from '../exercise/text-template.js';
import { isProbePath } from '../../model/probe-request.js';

export interface HttpOptions extends CheckOptions {
  /** What to do when nothing answers on the port (the server inside is not running). */
  refusedHint?: (container: Container, ctx: CheckContext) => Msg;
  /** What to do when the server answers 5xx. */
  serverErrorHint?: (container: Container, ctx: CheckContext) => Msg;
  /**
   * `page`: only 2xx and 3xx count (an application that serves its page, as WordPress answers 200 or a
   * redirect to its install page); a 4xx (404 from a bare web server) fails. Default `any`: below 500.
   */
  accept?: 'any' | 'page';
  /** The path asked (default `/`): `/v2/_catalog` of the book's private registry. */
  path?: string;
  /**
   * Texts the answer's body must all hold (judged on the whole body, up to 1 MiB), with a 2xx status:
   * `'"my-image-name"'` in the registry's catalog `{"repositories":["my-image-name"]}`.
   */
  includes?: readonly string[];
  /** What to do when the server answers without those texts. */
  absentHint?: (container: Container, ctx: CheckContext) => Msg;
}

/** The start of an answer's body, on one line, for a message. */
function bodyText(output: string): string {
  const line = output.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || '(empty)';
}

/** Error codes meaning: the port is published but nothing listens behind it inside the container. */
const NOTHING_LISTENS = /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|HPE_INVALID/i;

/**
 * The host port published for `containerPort` answers HTTP (any status below 500). The port is read from
 * the container's actual bindings, so `-p 80` (a random host port) works.
 */
export function httpAnswers(target: ContainerTarget, containerPort: string, options: HttpOptions = {}): ProbeCheck {
  const port = containerPort.includes('/') ? containerPort : `${containerPort}/tcp`;
  const path = options.path ?? '/';
  const includes = options.includes ?? [];
  const asked = path === '/' ? '' : ` ${path}`;
  const holding = includes.length ? { ko: `, 응답에 ${includes.join(', ')} 포함`, en: `, holding ${includes.join(', ')}` } : { ko: '', en: '' };
  const explain = (n: Names) =>
    msg(
      `${whom(target, n).ko}의 ${port} 포트가 바인딩된 호스트 포트에서 HTTP로 응답해야 합니다${asked ? ` (경로${asked}${holding.ko})` : ''} (컨테이너 안의 서버가 실행 중이어야 합니다): ${target.name ? `docker port ${n.name(target.name)}` : 'docker ps'}`,
      `the host port published for ${port} of ${whom(target, n).en} answers HTTP${asked ? ` (GET${asked}${holding.en})` : ''} (the server inside runs): ${target.name ? `docker port ${n.name(target.name)}` : 'docker ps'}`,
    );
  const shortPort = port.replace('/tcp', '');
  return probeCheck({ id: 'http', title: msg(`HTTP 응답 (${shortPort}번 포트${asked})`, `answers HTTP (port ${shortPort}${asked})`), explain }, target, options, async (c, ctx) => {
    const record = path === '/' && !includes.length ? await ctx.probe.http(c, port) : await ctx.probe.request({ kind: 'http', container: c, port, path, ...(includes.length ? { expect: { includes } } : {}) });
    const where = `${record.detail.split(': ')[0]}${asked}`;
    if (record.outcome === 'unavailable') return unavailable(record);
    if (includes.length && record.outcome === 'ok' && record.code !== null && record.code < 300) {
      if (record.matched) return pass(msg(`${where}의 응답에 ${josa(includes.join(', '), '이/가')} 있습니다`, `${where} answered HTTP ${record.code}, holding ${includes.join(', ')}`), { expected: includes.join(', '), actual: bodyText(record.output) });
      const hint = options.absentHint?.(c, ctx) ?? msg(`응답을 직접 보세요: curl ${where.replace(' ', '')}`, `read the answer yourself: curl ${where.replace(' ', '')}`);
      return fail(msg(`${where}의 응답에 ${josa(includes.join(', '), '이/가')} 없습니다: ${bodyText(record.output)}`, `${where} answered without ${includes.join(', ')}: ${bodyText(record.output)}`), { expected: includes.join(', '), actual: bodyText(record.output), hint });
    }
    if (includes.length && record.outcome === 'ok' && record.code !== null && record.code < 500) {
      return fail(msg(`${where}의 서버가 HTTP ${josa(String(record.code), '으로/로')} 응답했습니다`, `the server on ${where} answered HTTP ${record.code}`), { expected: `HTTP 200, ${includes.join(', ')}`, actual: `HTTP ${record.code}`, hint: msg(`이 포트에서 책의 이미지가 실행 중인지 보세요: docker ps --filter name=${c.name}`, `check that the book's image runs behind this port: docker ps --filter name=${c.name}`) });
    }
    if (options.accept === 'page' && record.outcome === 'ok' && record.code !== null && record.code >= 400 && record.code < 500) {
      return fail(
        msg(
          `${where}의 서버가 HTTP ${josa(String(record.code), '으로/로')} 응답했습니다: 서버는 있지만 책의 페이지가 아닙니다`,
          `the server on ${where} answered HTTP ${record.code}: a server answers, but not with the book's page`,
        ),
        { expected: 'HTTP < 400', actual: `HTTP ${record.code}`, hint: msg(`이 포트에서 책의 이미지가 실행 중인지 보세요: docker ps --filter name=${c.name}`, `check that the book's image runs behind this port: docker ps --filter name=${c.name}`) },
      );
    }
    if (record.outcome === 'ok' && record.code !== null && record.code < 500) {
      return pass(msg(`${where}에서 HTTP ${josa(record.code, '으로/로')} 응답했습니다`, `${where} answered HTTP ${record.code}`), { expected: 'an HTTP answer', actual: `HTTP ${record.code}` });
    }
    if (record.outcome === 'ok') {
      const hint = options.serverErrorHint?.(c, ctx) ?? msg(`서버 로그를 보세요: docker logs ${c.name}`, `read the server's log: docker logs ${c.name}`);
      return fail(msg(`${where}의 서버가 오류 HTTP ${josa(String(record.code), '으로/로')} 응답했습니다`, `the server on ${where} answered with error HTTP ${record.code}`), { expected: 'HTTP < 500', actual: `HTTP ${record.code}`, hint });
    }
    if (NOTHING_LISTENS.test(record.detail)) {
      const hint = options.refusedHint?.(c, ctx) ?? msg(`컨테이너 안의 서버가 실행 중인지 보세요: docker logs ${c.name}`, `check that the server inside the container runs: docker logs ${c.name}`);
      return fail(msg(`${where}에 연결했지만 컨테이너 안에서 응답하는 서버가 없습니다`, `nothing answers on ${where}: no server listens inside the container`), { expected: 'an HTTP answer', actual: record.detail, hint });
    }
    if (/ETIMEDOUT|timeout|within/i.test(record.detail)) {
      return fail(msg(`${josa(where, '이/가')} 제한 시간 안에 응답하지 않았습니다`, `${where} did not answer in time`), {
        expected: 'an HTTP answer',
        actual: record.detail,
        hint: msg('방화벽이나 서버가 0.0.0.0에서 듣는지 확인하세요', 'check a firewall, and that the server listens on 0.0.0.0 inside the container'),
      });
    }
    return fail(msg(`${where}에서 HTTP 응답을 받지 못했습니다: ${record.detail}`, `no HTTP answer from ${where}: ${record.detail}`), { expected: 'an HTTP answer', actual: record.detail });
  });
}

export const httpAnswersKind = defineKind({
  name: 'http-answers',
  code: 'DG301',
  target: 'container',
  docs: msg('바인딩된 호스트 포트가 HTTP로 응답 (500 미만)', 'the published host port answers HTTP (below 500)'),
  params: (z) =>
    z
      .object({
        containerPort: z.string().min(1),
        path: z.string().refine(isProbePath, 'an absolute path of URL characters (no scheme, host or fragment)').optional().describe('the path asked (default /), e.g. /v2/_catalog'),
        includes: z.array(z.string().min(1)).min(1).optional().describe('texts the answer must all hold, with a 2xx status (judged on the whole body)'),
        refusedHint: textParam(z, 'what to do when nothing answers (templates see container, create)').optional(),
        serverErrorHint: textParam(z, 'what to do on a 5xx answer').optional(),
        absentHint: textParam(z, 'what to do when the answer lacks the texts of includes').optional(),
        accept: z.enum(['any', 'page']).optional().describe("any: below 500 (default); page: 2xx/3xx only, a 4xx fails"),
      })
      .strict(),
  build: ({ target, params, options }) =>
    httpAnswers(target!, params.containerPort, {
      ...options,
      ...(params.accept ? { accept: params.accept } : {}),
      ...(params.path ? { path: params.path } : {}),
      ...(params.includes ? { includes: params.includes } : {}),
      ...hints(target!, { refusedHint: params.refusedHint, serverErrorHint: params.serverErrorHint, absentHint: params.absentHint }),
    }),
});
