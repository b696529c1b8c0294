/**
 * Probe checks: live evidence taken through the Probe interface (so a snapshot file replays it).
 * HTTP on a published port and read-only commands inside a container. A probe that cannot run (its tool
 * is missing in the image, the port is not published, the snapshot did not record it) is `skip` with the
 * reason, never `fail`: the state checks beside it say what is wrong with the configuration.
 */
import { msg, type Msg } from '../core/i18n.js';
import { isSecretName, MASK, maskEnvValues } from '../core/secrets.js';
import type { Container, ProbeRecord } from '../model/snapshot-schema.js';
import type { CheckContext, ContainerTarget, Names, Outcome, ProbeCheck } from './types.js';
import { whom, type CheckOptions } from './vocabulary.js';

const skip = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'skip', message, ...evidence });
const pass = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'pass', message, ...evidence });
const fail = (message: Msg, evidence: Partial<Outcome> = {}): Outcome => ({ status: 'fail', message, ...evidence });

/** A probe that could not run: skipped, with the probe's own reason. */
function unavailable(record: ProbeRecord): Outcome {
  return skip(msg(`확인할 수 없어 건너뜀: ${record.detail}`, `skipped, cannot probe: ${record.detail}`), { actual: record.detail });
}

export interface HttpOptions extends CheckOptions {
  /** What to do when nothing answers on the port (the server inside is not running). */
  refusedHint?: (container: Container, ctx: CheckContext) => Msg;
  /** What to do when the server answers 5xx. */
  serverErrorHint?: (container: Container, ctx: CheckContext) => Msg;
}

/** Error codes meaning: the port is published but nothing listens behind it inside the container. */
const NOTHING_LISTENS = /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|HPE_INVALID/i;

/**
 * The host port published for `containerPort` answers HTTP (any status below 500). The port is read from
 * the container's actual bindings, so `-p 80` (a random host port) works.
 */
export function httpAnswers(target: ContainerTarget, containerPort: string, options: HttpOptions = {}): ProbeCheck {
  const port = containerPort.includes('/') ? containerPort : `${containerPort}/tcp`;
  return {
    kind: 'probe',
    id: options.id ?? 'http',
    title: msg(`HTTP 응답 (${port.replace('/tcp', '')} 포트)`, `answers HTTP (port ${port.replace('/tcp', '')})`),
    points: options.points ?? 1,
    requires: options.requires,
    explain: (n) =>
      msg(
        `${whom(target, n).ko}의 ${port} 포트가 연결된 호스트 포트에서 HTTP로 응답해야 합니다 (컨테이너 안의 서버가 실행 중): docker port ${target.name ? n.name(target.name) : '<이름>'}`,
        `the host port published for ${port} of ${whom(target, n).en} answers HTTP (the server inside runs): docker port ${target.name ? n.name(target.name) : '<name>'}`,
      ),
    target,
    async run(c, ctx) {
      const record = await ctx.probe.http(c, port);
      const where = record.detail.split(': ')[0];
      if (record.outcome === 'unavailable') return unavailable(record);
      if (record.outcome === 'ok' && record.code !== null && record.code < 500) {
        return pass(msg(`${where}에서 HTTP ${record.code}로 응답했습니다`, `${where} answered HTTP ${record.code}`), { expected: 'an HTTP answer', actual: `HTTP ${record.code}` });
      }
      if (record.outcome === 'ok') {
        const hint = options.serverErrorHint?.(c, ctx) ?? msg(`서버 로그를 보세요: docker logs ${c.name}`, `read the server's log: docker logs ${c.name}`);
        return fail(msg(`${where}의 서버가 오류 HTTP ${record.code}로 응답했습니다`, `the server on ${where} answered with error HTTP ${record.code}`), { expected: 'HTTP < 500', actual: `HTTP ${record.code}`, hint });
      }
      if (NOTHING_LISTENS.test(record.detail)) {
        const hint = options.refusedHint?.(c, ctx) ?? msg(`컨테이너 안의 서버가 실행 중인지 보세요: docker logs ${c.name}`, `check that the server inside the container runs: docker logs ${c.name}`);
        return fail(msg(`${where}에 연결했지만 컨테이너 안에서 응답하는 서버가 없습니다`, `nothing answers on ${where}: no server listens inside the container`), { expected: 'an HTTP answer', actual: record.detail, hint });
      }
      if (/ETIMEDOUT|timeout|within/i.test(record.detail)) {
        return fail(msg(`${where}이(가) 제한 시간 안에 응답하지 않았습니다`, `${where} did not answer in time`), {
          expected: 'an HTTP answer',
          actual: record.detail,
          hint: msg('방화벽이나 서버가 0.0.0.0에서 듣는지 확인하세요', 'check a firewall, and that the server listens on 0.0.0.0 inside the container'),
        });
      }
      return fail(msg(`${where}에서 HTTP 응답을 받지 못했습니다: ${record.detail}`, `no HTTP answer from ${where}: ${record.detail}`), { expected: 'an HTTP answer', actual: record.detail });
    },
  };
}

/** How an exec probe's output is judged. */
export interface ExecSpec {
  id: string;
  title: Msg;
  /** The read-only command, as exec runs it. */
  cmd: readonly string[];
  /** The command as shown to the learner (secrets masked). */
  shown: string;
  /** Judges a probe that ran (ok or failed). `output` is masked for printing; `raw` is for comparing only. */
  judge: (run: { code: number | null; output: string; raw: string; ok: boolean }, container: Container, ctx: CheckContext) => Outcome;
  /** What the probe looks for, for `dockgrade explain` (default: the command it runs). */
  explain?: (names: Names) => Msg;
}

/** A read-only command inside the container; `skip` when its tool is missing in the image. */
export function execProbe(target: ContainerTarget, spec: ExecSpec, options: CheckOptions = {}): ProbeCheck {
  return {
    kind: 'probe',
    id: options.id ?? spec.id,
    title: spec.title,
    points: options.points ?? 1,
    requires: options.requires,
    explain:
      spec.explain ??
      ((n) => msg(`컨테이너 안에서 읽기 전용 명령으로 확인합니다: docker exec ${target.name ? n.name(target.name) : '<이름>'} ${spec.shown}`, `checked inside the container with a read-only command: docker exec ${target.name ? n.name(target.name) : '<name>'} ${spec.shown}`)),
    target,
    async run(c, ctx) {
      const record = await ctx.probe.exec(c, spec.cmd);
      if (record.outcome === 'unavailable') return unavailable(record);
      const output = maskEnvValues(record.output, c.env).trim();
      return spec.judge({ code: record.code, output, raw: record.output, ok: record.outcome === 'ok' }, c, ctx);
    },
  };
}

function lastLines(text: string, n = 3): string {
  return text.split('\n').filter((l) => l.trim()).slice(-n).join(' / ') || '(no output)';
}

/** `mysql -u<user> -p<password> -e 'show databases'` inside the container lists `database`. */
export function mysqlLists(target: ContainerTarget, login: { user: string; password: string; database: string }, options: CheckOptions = {}): ProbeCheck {
  const shown = `mysql -u${login.user} -p${MASK} -e 'show databases'`;
  return execProbe(
    target,
    {
      id: `mysql-${login.database}`,
      title: msg(`mysql에 ${login.database} 데이터베이스`, `mysql lists database ${login.database}`),
      cmd: ['mysql', `-u${login.user}`, `-p${login.password}`, '-e', 'show databases'],
      shown,
      explain: (n) =>
        msg(
          `컨테이너 안의 mysql에 ${login.database} 데이터베이스가 있어야 합니다 (-e MYSQL_DATABASE=${login.database}): docker exec -it ${target.name ? n.name(target.name) : '<이름>'} ${shown}`,
          `mysql inside the container has the database ${login.database} (-e MYSQL_DATABASE=${login.database}): docker exec -it ${target.name ? n.name(target.name) : '<name>'} ${shown}`,
        ),
      judge: (run, c) => {
        const exec = `docker exec -it ${c.name} ${shown}`;
        const databases = run.output.split('\n').map((l) => l.trim()).filter((l) => l && l !== 'Database' && !/^mysql: \[Warning\]/.test(l));
        if (run.ok && databases.includes(login.database)) {
          return pass(msg(`${shown}에 ${login.database}이(가) 보입니다`, `${shown} lists ${login.database}`), { expected: login.database, actual: databases.join(', ') });
        }
        if (run.ok) {
          return fail(msg(`${login.database} 데이터베이스가 없습니다 (있는 것: ${databases.join(', ')})`, `no database ${login.database} (found ${databases.join(', ')})`), {
            expected: login.database,
            actual: databases.join(', '),
            hint: msg(
              `MYSQL_DATABASE는 빈 데이터 디렉터리로 처음 시작할 때만 만들어집니다: 컨테이너와 볼륨을 지우고 -e MYSQL_DATABASE=${login.database}로 다시 만드세요 (docker rm -f -v ${c.name})`,
              `MYSQL_DATABASE creates the database only when mysql starts on an empty data directory: remove the container and its volume (docker rm -f -v ${c.name}) and run it again with -e MYSQL_DATABASE=${login.database}`,
            ),
          });
        }
        if (/Access denied/i.test(run.output)) {
          return fail(msg(`mysql이 ${login.user} 로그인을 거부했습니다`, `mysql refused the ${login.user} login`), {
            expected: login.database,
            actual: lastLines(run.output, 1),
            hint: msg(`MYSQL_ROOT_PASSWORD가 책과 같은지 확인하세요: ${exec}`, `check that MYSQL_ROOT_PASSWORD is the book's: ${exec}`),
          });
        }
        if (/ERROR 2002|Can't connect|starting/i.test(run.output)) {
          return fail(msg('mysqld가 아직 준비되지 않았습니다 (초기화 중일 수 있습니다)', 'mysqld does not answer yet (it may still be initialising)'), {
            expected: login.database,
            actual: lastLines(run.output, 1),
            hint: msg(`몇 초 뒤 다시 확인하고 로그를 보세요: docker logs ${c.name}`, `wait a few seconds and check again; see docker logs ${c.name}`),
          });
        }
        return fail(msg(`${shown} 실패 (종료 코드 ${run.code ?? '없음'}): ${lastLines(run.output)}`, `${shown} failed (exit ${run.code ?? 'none'}): ${lastLines(run.output)}`), {
          expected: login.database,
          actual: lastLines(run.output),
          hint: msg(`직접 실행해 보세요: ${exec}`, `try it yourself: ${exec}`),
        });
      },
    },
    options,
  );
}

/** `env` inside the running container shows `NAME=value` (secret values are compared, never shown). */
export function envInside(target: ContainerTarget, name: string, value: string, options: CheckOptions = {}): ProbeCheck {
  const secret = isSecretName(name);
  const show = (v: string) => (secret ? MASK : v);
  return execProbe(
    target,
    {
      id: `inside-${name}`,
      title: msg(`컨테이너 안의 환경 변수 ${name}`, `env ${name} inside the container`),
      // `env`, not `printenv`: every image with a shell has it (busybox-based ones lack printenv).
      cmd: ['env'],
      shown: 'env',
      explain: (n) =>
        msg(
          `컨테이너 안에서 ${name}=${show(value)}이(가) 보여야 합니다: docker exec -it ${target.name ? n.name(target.name) : '<이름>'} /bin/bash 후 echo $${name}`,
          `${name}=${show(value)} is visible inside the container: docker exec -it ${target.name ? n.name(target.name) : '<name>'} /bin/bash, then echo $${name}`,
        ),
      judge: (run, c, ctx) => {
        const see = `docker exec -it ${c.name} /bin/bash, echo $${name}`;
        const expected = `${name}=${show(value)}`;
        const line = run.raw.split('\n').find((l) => l.startsWith(`${name}=`));
        const inside = line === undefined ? undefined : line.slice(name.length + 1);
        const fix = msg(`-e ${name}=${show(value)}로 다시 만드세요: ${target.create(ctx)} (확인: ${see})`, `recreate it with -e ${name}=${show(value)}: ${target.create(ctx)} (see it with: ${see})`);
        if (run.ok && inside === value) {
          return pass(msg(`컨테이너 안에서 ${name}이(가) 보입니다`, `${name} is visible inside the container`), { expected, actual: expected });
        }
        if (inside === undefined) {
          return fail(msg(`컨테이너 안에 ${name}이(가) 없습니다`, `${name} is not set inside the container`), { expected, actual: '(unset)', hint: fix });
        }
        return fail(
          secret
            ? msg(`컨테이너 안의 ${name}은(는) 설정되었지만 과제가 요구하는 값과 다릅니다`, `${name} inside the container is set but differs from what the exercise asks`)
            : msg(`컨테이너 안의 ${name}이(가) ${inside}입니다 (필요: ${value})`, `${name} inside the container is ${inside}, expected ${value}`),
          { expected, actual: `${name}=${secret ? MASK : inside}`, hint: fix },
        );
      },
    },
    options,
  );
}
