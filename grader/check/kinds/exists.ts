/** Check kind `exists`: the container carries the book's name. */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, noParams } from './kind.js';

/** The container exists under the book's name (a near-miss name is found and named, but fails). */
export function exists(target: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const wanted = target.name ?? '';
  const explain = (n: Names) =>
    msg(`컨테이너 이름이 정확히 ${josa(n.name(wanted), '이어야/여야')} 합니다 (docker ps -a로 확인): ${target.create(n)}`, `a container named exactly ${n.name(wanted)} (see docker ps -a): ${target.create(n)}`);
  const check = containerCheck({ id: 'exists', title: msg(`${target.describe.ko} 존재`, `${target.describe.en} exists`), explain }, target, options, (c, ctx, resolved) => {
    const expected = target.name ? ctx.name(wanted) : target.describe.en;
    if (resolved.how === 'exact' || resolved.how === 'match') return pass(msg(`${c.name} 컨테이너가 있습니다`, `container ${c.name} exists`), { expected, actual: c.name });
    const fix = `docker rename ${c.name} ${expected}`;
    // An exact-name target (course packs) grades nothing else on the near miss: say so.
    const only = target.exactName
      ? msg(` (이름이 정확히 ${expected}인 컨테이너만 채점합니다: 다른 검사는 ${josa(c.name, '을/를')} 보지 않습니다)`, ` (only a container named exactly ${expected} is graded: no other check looks at ${c.name})`)
      : msg('', '');
    if (resolved.how === 'alias') {
      // A course's exercise is not the book's: its name is the exercise's.
      const whose = target.exactName ? msg('실습', 'the exercise') : msg('책', 'the book');
      return fail(msg(`${josa(c.name, '이/가')} 있습니다. ${whose.ko}의 이름은 ${expected}입니다${only.ko}`, `found ${c.name}, but ${whose.en} names it ${expected}${only.en}`), {
        expected,
        actual: c.name,
        hint: msg(`이름을 바꾸세요: ${fix}`, `rename it: ${fix}`),
      });
    }
    return fail(msg(`${expected} 컨테이너가 없습니다. ${josa(c.name, '을/를')} 말한 것입니까?${only.ko}`, `no container ${expected}; did you mean ${c.name}?${only.en}`), {
      expected,
      actual: resolved.suggestions.join(', '),
      hint: msg(`이름을 바꾸세요: ${fix}`, `rename it: ${fix}`),
    });
  });
  // On an exact-name target (course packs) the one check graded on a near miss: it names it and the fix.
  return { ...check, aboutName: true };
}

export const existsKind = defineKind({
  name: 'exists',
  code: 'DG101',
  target: 'container',
  docs: msg('컨테이너가 책의 이름으로 있음 (비슷한 이름은 찾아 알려 주고 실패)', 'the container exists under the book\'s name (a near-miss name is found and named, but fails)'),
  params: noParams,
  build: ({ target, options }) => exists(target!, options),
});
