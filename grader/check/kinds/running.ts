/** Check kind `running`: the container runs, and if not, why not and how to start it. */
import { msg, type Msg } from '../../core/i18n.js';
import type { Container } from '../../model/snapshot-schema.js';
import { maskEnvValues } from '../../core/secrets.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, stateText, stateWords, whom, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, noParams } from './kind.js';

/** The container is running; explains created / exited (with log tail) / paused. */
export function running(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    // A -d container is never attached: when it stops, its own process ended, and its log says why.
    / -d /.test(target.create(n))
      ? msg(
          `계속 실행 중이어야 합니다 (${whom(target, n).ko}). 멈췄다면 docker logs ${josa(target.name ? n.name(target.name) : '이름', '으로/로')} 이유를 보세요`,
          `${whom(target, n).en} is still running; if it stopped, docker logs ${target.name ? n.name(target.name) : 'NAME'} says why`,
        )
      : msg(
          `계속 실행 중이어야 합니다 (${whom(target, n).ko}). exit로 나오면 멈추니 Ctrl+P, Q로 빠져나오세요 (멈췄다면 docker start)`,
          `${whom(target, n).en} is still running: leave it with Ctrl+P, Q, since exit stops it (docker start brings it back)`,
        );
  return containerCheck({ id: 'running', title: msg('실행 중', 'running'), explain }, target, options, (c, ctx) => {
    const actual = stateText(c);
    const state = stateWords(c);
    if (c.state.running && !c.state.paused) return pass(msg(`${josa(c.name, '이/가')} 실행 중입니다`, `${c.name} is running`), { expected: 'running', actual });
    if (c.state.paused) return fail(msg(`${josa(c.name, '이/가')} 일시정지 상태입니다`, `${c.name} is paused`), { expected: 'running', actual, hint: msg(`docker unpause ${c.name}`, `docker unpause ${c.name}`) });
    const why = startError(c, ctx.publicWords);
    if (c.state.status === 'created') {
      return fail(msg(`${josa(c.name, '은/는')} 만들어졌지만 시작한 적이 없습니다${why.ko}`, `${c.name} was created but never started${why.en}`), {
        expected: 'running',
        actual,
        hint: createdHint(c),
      });
    }
    if (why.en) return fail(msg(`${josa(c.name, '이/가')} 멈춰 있습니다: ${state.ko}${why.ko}`, `${c.name} is not running: ${actual}${why.en}`), { expected: 'running', actual, hint: createdHint(c) });
    const log = c.logTail?.length ? `\n${maskEnvValues(c.logTail.join('\n'), c.env, ctx.publicWords)}` : '';
    // 137 (SIGKILL) and 143 (SIGTERM) are a stop from outside (docker stop, docker kill, the memory
    // limit), neither the process ending by itself nor exit typed inside.
    const outside = stoppedFromOutside(c);
    if (outside) return fail(msg(`${josa(c.name, '이/가')} 멈춰 있습니다: ${state.ko}${log}`, `${c.name} is not running: ${actual}${log}`), { expected: 'running', actual, hint: outside });
    if (!c.attachStdout && !c.attachStdin) {
      // Run with -d: nobody typed exit; the container's own process stopped, and its log says why.
      return fail(msg(`${josa(c.name, '이/가')} 멈춰 있습니다: ${state.ko}${log}`, `${c.name} is not running: ${actual}${log}`), {
        expected: 'running',
        actual,
        hint: msg(
          `-d로 실행한 컨테이너가 스스로 멈췄습니다. 다시 시작하세요: docker start ${c.name} (또 멈추면 이유는 docker logs ${c.name}에 있습니다)`,
          `it ran with -d and stopped by itself; start it again: docker start ${c.name} (if it stops again, docker logs ${c.name} says why)`,
        ),
      });
    }
    return fail(msg(`${josa(c.name, '이/가')} 멈춰 있습니다: ${state.ko}${log}`, `${c.name} is not running: ${actual}${log}`), {
      expected: 'running',
      actual,
      hint: msg(
        `다시 시작하세요: docker start ${c.name} (exit로 나오면 멈춥니다; Ctrl+P, Q로 나오세요)`,
        `start it again: docker start ${c.name} (exit stops it; leave with Ctrl+P, Q)`,
      ),
    });
  });
}

/**
 * Why a container stopped when the signal code says someone stopped it (exit 137: killed, SIGKILL; 143:
 * SIGTERM), with the command that starts it again; undefined for any other code.
 */
function stoppedFromOutside(c: Container): Msg | undefined {
  if (c.state.oomKilled) {
    return msg(
      `메모리 제한을 넘어 엔진이 강제로 멈췄습니다 (종료 코드 ${c.state.exitCode}). 제한을 늘려 다시 만들거나 다시 시작하세요: docker start ${c.name}`,
      `the engine killed it for going over its memory limit (exit ${c.state.exitCode}); raise the limit, or start it again: docker start ${c.name}`,
    );
  }
  if (c.state.exitCode !== 137 && c.state.exitCode !== 143) return undefined;
  return msg(
    `스스로 끝난 것이 아니라 바깥에서 멈췄습니다 (종료 코드 ${c.state.exitCode}: docker stop이나 docker kill, 또는 엔진 재시작). 다시 시작하세요: docker start ${c.name}`,
    `it did not end by itself: it was stopped from outside (exit ${c.state.exitCode}: docker stop or docker kill, or an engine restart). Start it again: docker start ${c.name}`,
  );
}

/** Addresses the container's `-p IP:…` bindings ask for, other than every address. */
function specificHostIps(c: Container): string[] {
  const ips = Object.values(c.portBindings).flatMap((list) => list.map((b) => b.hostIp));
  return [...new Set(ips.filter((ip) => ip && ip !== '0.0.0.0' && ip !== '::'))];
}

/** Why the engine refused the last start, as the engine said it (`State.Error`), in one line; the learner's secrets hidden. */
function startError(c: Container, publicWords: ReadonlySet<string>): Msg {
  const error = maskEnvValues(c.state.error.trim().split('\n')[0] ?? '', c.env, publicWords);
  if (!error) return msg('', '');
  const link = /Cannot link to a non running container: \/?([^ ]+) AS/.exec(error);
  if (link) {
    return msg(
      ` (도커가 시작을 거부했습니다: ${error}. --link 대상 ${josa(link[1], '이/가')} 먼저 실행 중이어야 합니다)`,
      ` (the engine refused to start it: ${error}; its --link target ${link[1]} must be running first)`,
    );
  }
  return msg(` (도커가 시작을 거부했습니다: ${error})`, ` (the engine refused to start it: ${error})`);
}

/** The command that starts a container that is not running, with what must be right first. */
function createdHint(c: Container): Msg {
  const link = /Cannot link to a non running container: \/?([^ ]+) AS/.exec(c.state.error);
  if (link) return msg(`링크 대상을 먼저 시작하세요: docker start ${link[1]} && docker start ${c.name}`, `start the link target first: docker start ${link[1]} && docker start ${c.name}`);
  const ips = specificHostIps(c);
  if (ips.length && /assign requested address|bind/i.test(c.state.error || 'bind')) {
    return msg(
      `시작하세요: docker start ${c.name}. 'cannot assign requested address'가 나오면 ${josa(ips.join(', '), '은/는')} 이 호스트의 주소가 아닙니다: 호스트에 있는 주소(ip addr로 확인, 예: 127.0.0.1)로 다시 만드세요`,
      `start it: docker start ${c.name}. If docker says 'cannot assign requested address', ${ips.join(', ')} is not an address of this host: recreate it with one the host has (see ip addr; 127.0.0.1 always exists)`,
    );
  }
  return msg(`시작하세요: docker start ${c.name}`, `start it: docker start ${c.name}`);
}

export const runningKind = defineKind({
  name: 'running',
  code: 'DG105',
  target: 'container',
  docs: msg('컨테이너가 실행 중 (아니면 이유와 시작하는 명령)', 'the container runs (if not, why not and how to start it)'),
  params: noParams,
  build: ({ target, options }) => running(target!, options),
});
