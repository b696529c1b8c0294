/** Check kind `detached` (`-d`). */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { defineKind, noParams } from './kind.js';

/** `-d`: started detached (no attached stdout). */
export function detached(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-d로 백그라운드에서 실행해야 합니다: ${target.create(n)}`, `-d runs it in the background: ${target.create(n)}`);
  return containerCheck({ id: 'detached', title: msg('-d (백그라운드 실행)', '-d (detached)'), explain }, target, options, (c, ctx) =>
    !c.attachStdout && !c.attachStdin
      ? pass(msg('-d로 백그라운드에서 실행했습니다', 'started detached (-d)'), { expected: 'AttachStdout=false', actual: 'AttachStdout=false' })
      : fail(msg('-d 없이 포그라운드로 실행했습니다', 'started in the foreground, without -d'), {
          expected: 'AttachStdout=false',
          actual: `AttachStdout=${c.attachStdout}`,
          hint: msg(`-d를 붙여 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it with -d: ${recreate(c, target, ctx)}`),
        }),
  );
}

export const detachedKind = defineKind({
  name: 'detached',
  code: 'DG106',
  target: 'container',
  docs: msg('-d로 백그라운드에서 실행', 'started detached (-d)'),
  params: noParams,
  build: ({ target, options }) => detached(target!, options),
});
