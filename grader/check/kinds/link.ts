/** Check kind `link` (`--link target:alias`). */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind } from './kind.js';

/** `--link target:alias`. Links are stored as `/target:/self/alias`. */
export function link(target: ContainerTarget, linkTarget: string, alias: string, options: CheckOptions = {}): ContainerCheck {
  const explain = (n: Names) =>
    msg(`--link ${n.name(linkTarget)}:${josa(alias, '으로/로')} ${josa(n.name(linkTarget), '을/를')} ${josa(alias, '이라는/라는')} 별명으로 링크해야 합니다: ${target.create(n)}`, `--link ${n.name(linkTarget)}:${alias} reaches ${n.name(linkTarget)} under the name ${alias}: ${target.create(n)}`);
  return containerCheck({ id: 'link', title: msg(`--link ${linkTarget}:${alias}`, `--link ${linkTarget}:${alias}`), explain }, target, options, (c, ctx) => {
    const wantedTarget = ctx.name(linkTarget);
    const parsed = c.links.map((l) => {
      const [from, to] = l.split(':');
      return { target: (from ?? '').replace(/^\//, ''), alias: (to ?? '').split('/').pop() ?? '' };
    });
    const expected = `--link ${wantedTarget}:${alias}`;
    const actual = parsed.map((l) => `--link ${l.target}:${l.alias}`).join(' ') || '(none)';
    // made when a failure shows it (a target's candidates are each tried against its checks)
    const hint = () => msg(`--link ${wantedTarget}:${josa(alias, '을/를')} 붙여 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it with --link ${wantedTarget}:${alias}: ${recreate(c, target, ctx)}`);
    if (parsed.some((l) => l.target === wantedTarget && l.alias === alias)) return pass(msg(`${wantedTarget}에 ${josa(alias, '이라는/라는')} 별명으로 링크되었습니다`, `linked to ${wantedTarget} as ${alias}`), { expected, actual });
    const sameTarget = parsed.find((l) => l.target === wantedTarget);
    if (sameTarget) {
      return fail(msg(`${wantedTarget}에 링크했지만 별명이 ${sameTarget.alias}입니다 (필요: ${alias})`, `linked to ${wantedTarget} under alias ${sameTarget.alias}, not ${alias}`), { expected, actual, hint: hint() });
    }
    return fail(msg(`${wantedTarget}에 대한 --link가 없습니다`, `no --link to ${wantedTarget}`), { expected, actual, hint: hint() });
  });
}

export const linkKind = defineKind({
  name: 'link',
  code: 'DG108',
  target: 'container',
  docs: msg('--link 대상:별명', '--link target:alias'),
  params: (z) => z.object({ to: z.string().min(1).describe('the link target container (name before the prefix)'), alias: z.string().min(1) }).strict(),
  build: ({ target, params, options }) => link(target!, params.to, params.alias, options),
});
