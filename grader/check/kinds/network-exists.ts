/** Check kind `network-NAME` (`docker network create`). */
import { msg } from '../../core/i18n.js';
import type { Names, StateCheck } from '../types.js';
import { presence, stateCheck, type CheckOptions } from './check-builder.js';

/** A user-defined network exists under the book's name (prefixed on a shared host), with a near-miss name named. */
export function networkExists(name: string, options: CheckOptions & { create?: (n: Names) => string } = {}): StateCheck {
  const create = options.create ?? ((n: Names) => `docker network create ${n.name(name)}`);
  return stateCheck({ id: `network-${name}`, title: msg(`네트워크 ${name}`, `network ${name}`), explain: (n) => msg(`${n.name(name)} 네트워크가 있어야 합니다 (docker network ls로 확인): ${create(n)}`, `a network named ${n.name(name)} exists (see docker network ls): ${create(n)}`) }, options, (ctx) => {
    return presence('network', ctx.name(name), ctx.snapshot.networks.map((x) => x.name), create(ctx));
  });
}
