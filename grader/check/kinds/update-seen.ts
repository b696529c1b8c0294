/** Check kind `update-seen`: the engine saw a `docker update` of the container (a running container's limits changed). */
import { msg } from '../../core/i18n.js';
import { countOf } from '../../core/units.js';
import { eventTime, historyOf, unseen } from '../engine-history.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';

/**
 * The learner ran `docker update` on the container: an `update` event of the engine for it. The event
 * does not say which limits changed; the value the update sets is graded beside it (kind `field`,
 * `cpuset`). `command` is the book's (`docker update --cpuset-cpus=1 cpuset_2`), for hints.
 */
export function updateSeen(target: ContainerTarget, options: CheckOptions & { command: (n: Names) => string }): ContainerCheck {
  const base = target.name ?? '';
  const explain = (n: Names) =>
    msg(`컨테이너 ${n.name(base)}의 자원 제한을 docker update로 바꾼 기록이 엔진 이벤트에 있어야 합니다: ${options.command(n)}`, `the engine's events show a docker update of ${n.name(base)}: ${options.command(n)}`);
  return containerCheck({ id: 'updated', title: msg(`${base}에 docker update`, `docker update of ${base}`), explain }, target, options, (c, ctx) => {
    const history = historyOf(c, ctx.snapshot);
    const updates = history.events.filter((e) => e.action === 'update');
    const last = updates.at(-1);
    if (last) {
      return pass(msg(`엔진이 기억하는 docker update ${updates.length}번, 마지막: ${eventTime(last)}`, `the engine remembers ${countOf(updates.length, 'docker update')}, the last at ${eventTime(last)}`), {
        expected: 'docker update',
        actual: `update ${eventTime(last)}`,
      });
    }
    const hint = msg(`실행 중인 컨테이너에 책처럼 실행하세요: ${options.command(ctx)}`, `run it on the running container as the book does: ${options.command(ctx)}`);
    if (!history.whole) return unseen(msg(`docker update 기록을 여기서는 확인할 수 없습니다: ${history.why.ko}`, `a docker update cannot be checked here: ${history.why.en}`), 'docker update', hint);
    return fail(msg(`${c.name}에 docker update를 실행한 기록이 없습니다 (만들 때 준 값은 docker update가 아닙니다)`, `no docker update of ${c.name} (a value given when it was made is not a docker update)`), {
      expected: 'docker update',
      actual: 'none',
      hint,
    });
  });
}

export const updateSeenKind = defineKind({
  name: 'update-seen',
  code: 'DG121',
  target: 'container',
  readsEvents: { container: ['create', 'update'] },
  docs: msg("엔진 이벤트에 컨테이너의 docker update 기록", "the engine's events show a docker update of the container"),
  params: (z) => z.object({ command: commandParam(z, "the book's docker update line, for hints") }).strict(),
  build: ({ target, params, options, line }) => updateSeen(target!, { ...options, command: line(params.command) }),
});
