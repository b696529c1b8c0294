/** Check kind `removed` (`docker rm`). */
import { msg } from '../../core/i18n.js';
import type { StateCheck } from '../types.js';
import { fail, pass, stateCheck, stateText, stateWords, type CheckOptions } from './check-builder.js';
import { defineKind } from './kind.js';

/** A container no longer exists (`docker rm`); `aliases` are other names it may carry (the blog post's `kmsCentos`). */
export function containerAbsent(name: string, options: CheckOptions & { aliases?: string[] } = {}): StateCheck {
  return stateCheck({ id: 'removed', title: msg(`${name} 삭제됨`, `${name} removed`), explain: (n) => msg(`${n.name(name)} 컨테이너가 없어야 합니다: docker rm ${n.name(name)} (실행 중이면 docker rm -f)`, `no container ${n.name(name)} is left: docker rm ${n.name(name)} (docker rm -f if it runs)`) }, options, (ctx) => {
    const wanted = ctx.name(name);
    const names = [wanted, ...(options.aliases ?? []).map((a) => ctx.name(a).toLowerCase())];
    const found = ctx.containers.find((c) => c.name === wanted) ?? ctx.containers.find((c) => names.includes(c.name.toLowerCase()));
    if (!found) return pass(msg(`${wanted} 컨테이너가 삭제되었습니다`, `container ${wanted} is gone`), { expected: 'absent', actual: 'absent' });
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
  docs: msg('컨테이너가 삭제됨 (docker rm)', 'a container is gone (docker rm)'),
  params: (z) => z.object({ name: z.string().min(1).describe('before the prefix'), aliases: z.array(z.string()).optional() }).strict(),
  build: ({ params, options }) => containerAbsent(params.name, { ...options, ...(params.aliases ? { aliases: params.aliases } : {}) }),
});
