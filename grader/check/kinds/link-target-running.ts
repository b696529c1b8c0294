/** Check kind `target-running`: the `--link` target runs whenever its dependant does. */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, stateText, whom, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind } from './kind.js';

/**
 * The link dependency: whenever the dependant runs, its `--link` target runs too. Docker checks this only
 * when the dependant starts ("Cannot link to a non running container"), so a target stopped later breaks
 * the dependant's next start.
 */
export function linkTargetRunning(dependant: ContainerTarget, linkTarget: string, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(
      `${josa(whom(dependant, n).ko, '이/가')} 실행 중이면 링크 대상 ${n.name(linkTarget)}도 실행 중이어야 합니다: docker start ${n.name(linkTarget)} 후 ${whom(dependant, n).ko} 시작`,
      `whenever ${whom(dependant, n).en} runs, its link target ${n.name(linkTarget)} runs too: docker start ${n.name(linkTarget)} first`,
    );
  return containerCheck({ id: 'target-running', title: msg(`${josa(linkTarget, '이/가')} 먼저 실행 중`, `${linkTarget} runs while its dependant does`), explain }, dependant, options, (c, ctx) => {
    const wanted = ctx.name(linkTarget);
    const target = ctx.containers.find((x) => x.name === wanted);
    const expected = `${wanted} running whenever ${c.name} is`;
    if (!target) {
      return fail(msg(`링크 대상 ${wanted} 컨테이너가 없습니다`, `the link target ${wanted} does not exist`), { expected, actual: `${wanted}: none`, hint: msg(`먼저 만드세요: docker run -d --name ${wanted} …`, `create it first: docker run -d --name ${wanted} …`) });
    }
    const actual = `${c.name}: ${stateText(c)}, ${wanted}: ${stateText(target)}`;
    if (!c.state.running || target.state.running) {
      return pass(
        c.state.running
          ? msg(`${josa(c.name, '와/과')} 링크 대상 ${josa(wanted, '이/가')} 모두 실행 중입니다`, `${c.name} and its link target ${wanted} both run`)
          : msg(`${josa(c.name, '이/가')} 멈춰 있어 링크 대상이 멈춰 있어도 됩니다`, `${c.name} is stopped, so its link target may be stopped too`),
        { expected, actual },
      );
    }
    return fail(
      msg(
        `${josa(c.name, '은/는')} 실행 중인데 링크 대상 ${josa(wanted, '이/가')} 멈춰 있습니다: 다음에 ${josa(c.name, '을/를')} 시작하면 'Cannot link to a non running container'로 실패합니다`,
        `${c.name} runs but its link target ${wanted} is stopped: the next start of ${c.name} fails with 'Cannot link to a non running container'`,
      ),
      { expected, actual, hint: msg(`링크 대상을 다시 시작하세요: docker start ${wanted}`, `start the link target again: docker start ${wanted}`) },
    );
  });
}

export const linkTargetRunningKind = defineKind({
  name: 'link-target-running',
  code: 'DG109',
  target: 'container',
  docs: msg('의존하는 컨테이너가 실행 중이면 --link 대상도 실행 중', 'the --link target runs whenever its dependant does'),
  params: (z) => z.object({ to: z.string().min(1).describe('the link target container (name before the prefix)') }).strict(),
  build: ({ target, params, options }) => linkTargetRunning(target!, params.to, options),
});
