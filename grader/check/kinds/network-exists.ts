/** Check kind `network-NAME` (`docker network create`). */
import { msg, type Msg } from '../../core/i18n.js';
import type { Names, StateCheck } from '../types.js';
import { presence, stateCheck, withNote, type CheckOptions } from './check-builder.js';
import { defineKind, commandParam, textParam } from './kind.js';
import { plainText } from '../exercise/text-template.js';
import { visibleUnder } from '../object-targets.js';

/** The networks every engine has: never a learner's misnamed one. */
const BUILT_IN = new Set(['bridge', 'host', 'none']);

/** A user-defined network exists under the book's name (prefixed on a shared host), with a near-miss name named. */
export function networkExists(name: string, options: CheckOptions & { create?: (n: Names) => string; note?: Msg } = {}): StateCheck {
  const create = options.create ?? ((n: Names) => `docker network create ${n.name(name)}`);
  return stateCheck({ id: `network-${name}`, title: msg(`네트워크 ${name}`, `network ${name}`), explain: (n) => msg(`${n.name(name)} 네트워크가 있어야 합니다 (docker network ls로 확인): ${create(n)}`, `a network named ${n.name(name)} exists (see docker network ls): ${create(n)}`) }, options, (ctx) => {
    // the learner's own misnamed network, unused, is removed first: it holds the subnet the right one asks for
    const own = visibleUnder(ctx.prefix, 'network');
    const unused = new Set(ctx.snapshot.networks.filter((x) => !BUILT_IN.has(x.name) && own(x.name) && !(x.containers ?? []).length).map((x) => x.name));
    const outcome = presence('network', ctx.name(name), ctx.snapshot.networks.map((x) => x.name), create(ctx), (near) => unused.has(near));
    return outcome.hint ? { ...outcome, hint: withNote(outcome.hint, options.note) } : outcome;
  });
}

export const networkExistsKind = defineKind({
  name: 'network-exists',
  code: 'DG204',
  target: 'state',
  docs: msg('네트워크가 책의 이름으로 있음', 'a network exists under the book\'s name'),
  params: (z) =>
    z
      .object({
        name: z.string().min(1),
        create: commandParam(z, 'the command that creates it; default docker network create NAME').optional(),
        note: textParam(z, "what the command may need on the learner's host, said after it (a macvlan network's parent interface)").optional(),
      })
      .strict(),
  build: ({ params, options, line }) => networkExists(params.name, { ...options, ...(params.create ? { create: line(params.create) } : {}), ...(params.note ? { note: plainText(params.note) } : {}) }),
});
