/** Check kind `exec-NAME`: the engine saw the learner's `docker exec` in the container. */
import { msg } from '../../core/i18n.js';
import { countOf } from '../../core/units.js';
import { maskEnvValues } from '../../core/secrets.js';
import { eventTime, historyOf, unseen } from '../engine-history.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, type CheckOptions } from './check-builder.js';
import { isOwnProbeCommand } from './exec-probe.js';
import { defineKind, commandParam } from './kind.js';

/**
 * The learner ran `docker exec` in the container: an `exec_start` event of the engine whose command is
 * not one of dockgrade's own read-only probes. `command` is the book's (`-i -t … /bin/bash`), for hints.
 */
export function execSeen(target: ContainerTarget, options: CheckOptions & { command: (n: Names) => string }): ContainerCheck {
  const base = target.name ?? '';
  const explain = (n: Names) =>
    msg(
      `컨테이너 ${n.name(base)} 안에서 docker exec으로 명령을 실행한 기록이 엔진 이벤트에 있어야 합니다: ${options.command(n)}`,
      `the engine's events show a docker exec in ${n.name(base)}: ${options.command(n)}`,
    );
  return containerCheck({ id: `exec-${base}`, title: msg(`${base} 안에서 docker exec`, `docker exec in ${base}`), explain }, target, options, (c, ctx) => {
    const history = historyOf(c, ctx.snapshot);
    const execs = history.events.filter((e) => e.action === 'exec_start' && !isOwnProbeCommand(e.command ?? ''));
    const last = execs.at(-1);
    if (last) {
      // the command line is the learner's: their own secret values stay hidden in it
      const line = `docker exec ${c.name} ${maskEnvValues(last.command ?? '', c.env, ctx.publicWords)}`;
      return pass(
        msg(`엔진이 기억하는 docker exec ${execs.length}번, 마지막: ${line} (${eventTime(last)})`, `the engine remembers ${countOf(execs.length, 'docker exec')}, the last: ${line} (${eventTime(last)})`),
        { expected: 'docker exec', actual: line },
      );
    }
    const hint = msg(`책처럼 실행해 보세요: ${options.command(ctx)}`, `run it as the book does: ${options.command(ctx)}`);
    if (!history.whole) return unseen(msg(`docker exec 기록을 여기서는 확인할 수 없습니다: ${history.why.ko}`, `a docker exec cannot be checked here: ${history.why.en}`), 'docker exec', hint);
    // (dockgrade's own probes are not counted: docs/students.md says why)
    return fail(msg(`${c.name} 안에서 실행한 docker exec 기록이 없습니다`, `no docker exec ran in ${c.name}`), {
      expected: 'docker exec',
      actual: 'none',
      hint,
    });
  });
}

export const execSeenKind = defineKind({
  name: 'exec-seen',
  code: 'DG113',
  target: 'container',
  readsEvents: { container: ['create', 'exec_start'] },
  docs: msg('엔진 이벤트에 학습자의 docker exec 기록', 'the engine\'s events show the learner\'s docker exec'),
  params: (z) => z.object({ command: commandParam(z, 'the book\'s docker exec line, for hints') }).strict(),
  build: ({ target, params, options, line }) => execSeen(target!, { ...options, command: line(params.command) }),
});
