/** Check kind `volume-NAME` (`docker volume create`). */
import { msg } from '../../core/i18n.js';
import type { Names, StateCheck } from '../types.js';
import { presence, stateCheck, type CheckOptions } from './check-builder.js';
import { defineKind, commandParam } from './kind.js';

/** A volume exists under the book's name (prefixed on a shared host), with a near-miss name named. */
export function volumeExists(name: string, options: CheckOptions & { create?: (n: Names) => string } = {}): StateCheck {
  const create = options.create ?? ((n: Names) => `docker volume create --name ${n.name(name)}`);
  return stateCheck({ id: `volume-${name}`, title: msg(`볼륨 ${name}`, `volume ${name}`), explain: (n) => msg(`${n.name(name)} 볼륨이 있어야 합니다 (docker volume ls로 확인): ${create(n)}`, `a volume named ${n.name(name)} exists (see docker volume ls): ${create(n)}`) }, options, (ctx) => {
    return presence('volume', ctx.name(name), ctx.snapshot.volumes.map((x) => x.name), create(ctx));
  });
}

export const volumeExistsKind = defineKind({
  name: 'volume-exists',
  code: 'DG205',
  target: 'state',
  docs: msg('볼륨이 책의 이름으로 있음', 'a volume exists under the book\'s name'),
  params: (z) => z.object({ name: z.string().min(1), create: commandParam(z, 'the command that creates it; default docker volume create --name NAME').optional() }).strict(),
  build: ({ params, options, line }) => volumeExists(params.name, { ...options, ...(params.create ? { create: line(params.create) } : {}) }),
});
