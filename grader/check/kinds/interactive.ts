/** Check kind `stdin` (`-i`). */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';

/** `-i`: stdin is kept open. */
export function interactive(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-i로 표준 입력을 열어 두어야 합니다: ${target.create(n)}`, `-i keeps stdin open: ${target.create(n)}`);
  return containerCheck({ id: 'stdin', title: msg('-i (표준 입력 유지)', '-i (stdin open)'), explain }, target, options, (c, ctx) =>
    c.openStdin
      ? pass(msg('표준 입력이 열려 있습니다 (-i)', 'stdin is kept open (-i)'), { expected: 'OpenStdin=true', actual: 'OpenStdin=true' })
      : fail(msg('-i 옵션 없이 만들어졌습니다', 'made without -i: stdin is closed'), {
          expected: 'OpenStdin=true',
          actual: 'OpenStdin=false',
          hint: msg(`-i -t를 붙여 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it with -i -t: ${recreate(c, target, ctx)}`),
        }),
  );
}
