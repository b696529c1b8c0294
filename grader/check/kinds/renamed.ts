/** Check kind `renamed`: the engine saw `docker rename` give the container its name. */
import { msg } from '../../core/i18n.js';
import { eventTime, historyOf, unseen } from '../engine-history.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, type CheckOptions } from './check-builder.js';
import { defineKind } from './kind.js';

/**
 * The container got its name from `docker rename` (the engine's `rename` event, with the old name), not
 * from `docker run --name`. When the engine no longer remembers the container's start, the check says
 * it cannot see the rename, and how to do it again where the engine sees it.
 */
export function renamed(target: ContainerTarget, options: CheckOptions & { from: string } = { from: 'angry_morse' }): ContainerCheck {
  const wanted = target.name ?? '';
  const again = (n: Names, current: string) => `docker rename ${current} ${n.name(options.from)} && docker rename ${n.name(options.from)} ${current}`;
  const explain = (n: Names) =>
    msg(
      `docker rename으로 이름을 바꾼 기록이 엔진 이벤트에 있어야 합니다 (--name으로 처음부터 붙인 이름은 안 됩니다): docker rename ${n.name(options.from)} ${n.name(wanted)}`,
      `the engine's events show docker rename giving the name (a name given with --name from the start does not count): docker rename ${n.name(options.from)} ${n.name(wanted)}`,
    );
  return containerCheck({ id: 'renamed', title: msg('docker rename으로 바꾼 이름', 'named by docker rename'), explain }, target, options, (c, ctx) => {
    const history = historyOf(c, ctx.snapshot);
    const rename = history.events.filter((e) => e.action === 'rename' && e.name === c.name).at(-1);
    if (rename) {
      const line = `docker rename ${rename.oldName ?? '?'} ${c.name}`;
      return pass(msg(`엔진이 기억하는 이름 바꾸기: ${line} (${eventTime(rename)})`, `the engine remembers the rename: ${line} (${eventTime(rename)})`), { expected: 'docker rename', actual: line });
    }
    const hint = msg(`이름을 바꿔 엔진이 보게 하세요: ${again(ctx, c.name)}`, `rename it where the engine sees it: ${again(ctx, c.name)}`);
    if (!history.whole) {
      return unseen(msg(`docker rename 기록을 여기서는 확인할 수 없습니다: ${history.why.ko}`, `the rename cannot be checked here: ${history.why.en}`), 'docker rename', hint);
    }
    const created = history.events.find((e) => e.action === 'create');
    const fromStart = created?.name === c.name;
    return fail(
      fromStart
        ? msg(`컨테이너 ${c.name}의 이름은 처음부터 --name으로 붙였습니다 (docker rename의 기록이 없습니다)`, `${c.name} had this name from the start (--name), it was never renamed`)
        : msg(`컨테이너 ${c.name}의 이름을 docker rename으로 바꾼 기록이 없습니다`, `no docker rename gave ${c.name} its name`),
      { expected: 'docker rename', actual: fromStart ? 'docker run --name' : 'none', hint },
    );
  });
}

export const renamedKind = defineKind({
  name: 'renamed',
  code: 'DG111',
  target: 'container',
  readsEvents: { container: ['create', 'rename'] },
  docs: msg('엔진 이벤트에 docker rename으로 이름을 바꾼 기록', 'the engine\'s events show docker rename giving the name'),
  params: (z) => z.object({ from: z.string().min(1).describe('the name the book renames from (angry_morse)') }).strict(),
  build: ({ target, params, options }) => renamed(target!, { ...options, from: params.from }),
});
