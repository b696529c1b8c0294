/** Check kind `removed` (`docker rm`). */
import { msg } from '../../core/i18n.js';
import { eventTime, removalsOf, unseen } from '../engine-history.js';
import type { Names, StateCheck } from '../types.js';
import { fail, pass, stateCheck, stateText, stateWords, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';

/**
 * A container was removed (`docker rm`): it is gone and the engine saw it go (its `destroy` event).
 * A name that is simply absent is no evidence (on an empty engine it never existed): the check then
 * says it cannot see the removal, and `create` (the book's command that makes it, names under the
 * prefix) gives the command that lets the engine see it again. `aliases` are other names it may carry
 * (the blog post's `kmsCentos`).
 */
export function containerAbsent(name: string, options: CheckOptions & { aliases?: string[]; create?: (n: Names) => string } = {}): StateCheck {
  return stateCheck({ id: 'removed', title: msg(`${name} 삭제됨`, `${name} removed`), explain: (n) => msg(`${n.name(name)} 컨테이너를 docker rm으로 지워야 합니다 (실행 중이면 docker rm -f). 엔진이 삭제를 본 기록이 있어야 통과합니다: docker rm ${n.name(name)}`, `container ${n.name(name)} is removed with docker rm (docker rm -f if it runs), and the engine saw it go: docker rm ${n.name(name)}`) }, options, (ctx) => {
    const wanted = ctx.name(name);
    const names = [wanted, ...(options.aliases ?? []).map((a) => ctx.name(a))].map((n) => n.toLowerCase());
    const found = ctx.containers.find((c) => c.name === wanted) ?? ctx.containers.find((c) => names.includes(c.name.toLowerCase()));
    if (!found) {
      const removal = removalsOf(ctx.snapshot, names).at(-1);
      if (removal) {
        return pass(msg(`${removal.name} 컨테이너가 삭제되었습니다 (엔진이 본 삭제: ${eventTime(removal)})`, `container ${removal.name} is gone (the engine saw it removed: ${eventTime(removal)})`), { expected: 'absent', actual: 'absent' });
      }
      const why = ctx.snapshot.events
        ? msg(
            `엔진이 기억하는 최근 이벤트에 ${wanted}의 삭제가 없습니다. 만든 적이 없거나, 엔진이 다시 시작했거나 최근 256개만 기억해 잊었습니다`,
            `the engine's recent events hold no removal of ${wanted}: it never existed, or the engine restarted or forgot it (it keeps ~256 events)`,
          )
        : msg('이 상태에는 엔진 이벤트 기록이 없습니다', 'this state has no engine events');
      const again = options.create ? `${options.create(ctx)} && docker rm ${wanted}` : undefined;
      return unseen(
        msg(`${wanted} 컨테이너는 없지만, 지운 것인지 여기서는 확인할 수 없습니다: ${why.ko}`, `there is no container ${wanted}, but its removal cannot be checked here: ${why.en}`),
        'absent',
        again
          ? msg(`엔진이 보는 곳에서 만들고 지우세요: ${again}`, `make it and remove it where the engine sees it: ${again}`)
          : msg(`엔진이 보는 곳에서 ${wanted} 컨테이너를 만들고 docker rm ${wanted}로 지우세요`, `make ${wanted} and remove it with docker rm ${wanted} where the engine sees it`),
      );
    }
    const fix = found.state.running ? `docker stop ${found.name} && docker rm ${found.name}` : `docker rm ${found.name}`;
    const alias = found.name !== wanted ? msg(` (책의 ${wanted} 대신 쓴 이름)`, ` (the name used instead of the book's ${wanted})`) : msg('', '');
    return fail(msg(`${found.name} 컨테이너가 아직 있습니다 (${stateWords(found).ko})${alias.ko}`, `container ${found.name} still exists (${stateText(found)})${alias.en}`), {
      expected: 'absent',
      actual: stateText(found),
      hint: msg(`삭제하세요: ${fix}`, `remove it: ${fix}`),
    });
  });
}

export const containerAbsentKind = defineKind({
  name: 'container-absent',
  code: 'DG202',
  target: 'state',
  readsEvents: { container: ['destroy'] },
  docs: msg('엔진이 삭제를 본 컨테이너 (docker rm)', 'a container the engine saw removed (docker rm)'),
  params: (z) =>
    z
      .object({
        name: z.string().min(1).describe('before the prefix'),
        aliases: z.array(z.string()).optional(),
        create: commandParam(z, "the book's command that makes it (names get the prefix): the hint when its removal cannot be seen").optional(),
      })
      .strict(),
  build: ({ params, options, line }) =>
    containerAbsent(params.name, { ...options, ...(params.aliases ? { aliases: params.aliases } : {}), ...(params.create ? { create: line(params.create) } : {}) }),
});
