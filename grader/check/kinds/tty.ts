/** Check kind `tty` (`-t`). */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';

/** `-t`: a pseudo-TTY is allocated. */
export function tty(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-t로 TTY를 할당해야 셸을 쓸 수 있습니다: ${target.create(n)}`, `-t allocates the TTY a shell needs: ${target.create(n)}`);
  return containerCheck({ id: 'tty', title: msg('-t (TTY 할당)', '-t (a TTY)'), explain }, target, options, (c, ctx) =>
    c.tty
      ? pass(msg('TTY가 할당되어 있습니다 (-t)', 'a TTY is allocated (-t)'), { expected: 'Tty=true', actual: 'Tty=true' })
      : fail(msg('-t 옵션 없이 만들어져 셸을 쓸 수 없습니다', 'made without -t: there is no TTY for the shell'), {
          expected: 'Tty=true',
          actual: 'Tty=false',
          hint: msg(`-i -t를 붙여 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it with -i -t: ${recreate(c, target, ctx)}`),
        }),
  );
}
