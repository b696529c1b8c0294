/** Check kind `started`: a created container was started at least once. */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, stateText, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, noParams } from './kind.js';

/** The container was started at least once (`docker start` after `docker create`). */
export function started(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(
      `docker create로 만든 컨테이너는 한 번은 시작해야 합니다: docker start ${target.name ? n.name(target.name) : '<이름>'}`,
      `a container made with docker create must be started once: docker start ${target.name ? n.name(target.name) : '<name>'}`,
    );
  return containerCheck({ id: 'started', title: msg('시작됨', 'started'), explain }, target, options, (c) =>
    c.state.status !== 'created'
      ? pass(msg(`${josa(c.name, '을/를')} 시작했습니다`, `${c.name} was started`), { expected: 'started', actual: stateText(c) })
      : fail(msg(`${josa(c.name, '은/는')} 만들어졌지만 시작한 적이 없습니다`, `${c.name} was created but never started`), {
          expected: 'started',
          actual: 'created',
          hint: msg(`docker start ${c.name} 후 docker attach ${c.name}`, `docker start ${c.name}, then docker attach ${c.name}`),
        }),
  );
}

export const startedKind = defineKind({
  name: 'started',
  code: 'DG103',
  target: 'container',
  docs: msg('docker create로 만든 컨테이너를 한 번은 시작함', 'a created container was started at least once'),
  params: noParams,
  build: ({ target, options }) => started(target!, options),
});
