/** Check kind `env-NAME` (`-e NAME=value`). */
import { msg, type Msg } from '../../core/i18n.js';
import { isSecretName, MASK } from '../../core/secrets.js';
import { closest } from '../names.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, textParam } from './kind.js';
import { plainText } from '../exercise/text-template.js';

/** Whether a value is shown, or masked because its name looks secret. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return '(unset)';
  return isSecretName(name) ? MASK : value;
}

/** `-e NAME=value` is set on the container; `nearMisses` explain known other values (never for secrets). */
export function env(target: ContainerTarget, name: string, value: string, options: CheckOptions & { nearMisses?: Record<string, Msg> } = {}): ContainerCheck {
  const explain = (n: Names) => msg(`-e ${name}=${josa(value, '으로/로')} 환경 변수를 설정해야 합니다: ${target.create(n)}`, `-e ${name}=${value} sets the variable: ${target.create(n)}`);
  return containerCheck({ id: `env-${name}`, title: msg(`환경 변수 ${name}`, `env ${name}`), explain }, target, options, (c, ctx) => {
    const actual = c.env[name];
    const expected = `${name}=${shown(name, value)}`;
    // made when a failure shows it (a target's candidates are each tried against its checks)
    const fix = () => msg(`-e ${name}=${josa(value, '을/를')} 붙여 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it with -e ${name}=${value}: ${recreate(c, target, ctx)}`);
    if (actual === value) return pass(msg(`${josa(name, '이/가')} 맞게 설정되었습니다`, `${name} is set as asked`), { expected, actual: expected });
    if (actual === undefined) {
      const near = closest(name, Object.keys(c.env), 1);
      const typo = near.length ? msg(` (${josa(near[0], '은/는')} 있습니다)`, ` (${near[0]} is set)`) : msg('', '');
      return fail(msg(`${josa(name, '이/가')} 설정되지 않았습니다${typo.ko}`, `${name} is not set${typo.en}`), { expected, actual: '(unset)', hint: fix() });
    }
    if (isSecretName(name)) {
      return fail(msg(`${josa(name, '은/는')} 설정되었지만 실습이 요구하는 값과 다릅니다`, `${name} is set but differs from what the exercise asks`), { expected, actual: `${name}=(hidden)`, hint: fix() });
    }
    const note = options.nearMisses?.[actual];
    return fail(msg(`${name} 값이 다릅니다: ${actual} (필요: ${value})${note ? `. ${note.ko}` : ''}`, `${name} is ${actual}, expected ${value}${note ? `. ${note.en}` : ''}`), { expected, actual: `${name}=${actual}`, hint: fix() });
  });
}

export const envKind = defineKind({
  name: 'env',
  code: 'DG107',
  target: 'container',
  docs: msg('-e NAME=value로 준 환경 변수', 'an environment variable given with -e NAME=value'),
  params: (z) => z.object({ name: z.string().min(1), value: z.string(), nearMisses: z.record(z.string(), textParam(z, 'why this other value is a known mistake')).optional().describe('known other values, each with why it is wrong (never for secrets)') }).strict(),
  build: ({ target, params, options }) => env(target!, params.name, params.value, { ...options, ...(params.nearMisses ? { nearMisses: Object.fromEntries(Object.entries(params.nearMisses).map(([k, t]) => [k, plainText(t)])) } : {}) }),
});
