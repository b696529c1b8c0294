/** Probe kind `inside-NAME`: `env` inside the running container shows the variable. */
import { msg } from '../../core/i18n.js';
import { isSecretName, MASK } from '../../core/secrets.js';
import type { ContainerTarget, ProbeCheck } from '../types.js';
import { fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { execProbe } from './exec-probe.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind } from './kind.js';

/** `env` inside the running container shows `NAME=value` (secret values are compared, never shown). */
export function envInside(target: ContainerTarget, name: string, value: string, options: CheckOptions = {}): ProbeCheck {
  const secret = isSecretName(name);
  const show = (v: string) => (secret ? MASK : v);
  return execProbe(
    target,
    {
      id: `inside-${name}`,
      title: msg(`컨테이너 안의 환경 변수 ${name}`, `env ${name} inside the container`),
      // `env`, not `printenv`: every image with a shell has it (busybox-based ones lack printenv).
      cmd: ['env'],
      shown: 'env',
      explain: (n) =>
        msg(
          `컨테이너 안에서 ${name}=${josa(show(value), '이/가')} 보여야 합니다: docker exec -it ${target.name ? n.name(target.name) : '<이름>'} /bin/bash 후 echo $${name}`,
          `${name}=${show(value)} is visible inside the container: docker exec -it ${target.name ? n.name(target.name) : '<name>'} /bin/bash, then echo $${name}`,
        ),
      judge: (run, c, ctx) => {
        const see = `docker exec -it ${c.name} /bin/bash, echo $${name}`;
        const expected = `${name}=${show(value)}`;
        const line = run.raw.split('\n').find((l) => l.startsWith(`${name}=`));
        const inside = line === undefined ? undefined : line.slice(name.length + 1);
        const fix = msg(`-e ${name}=${josa(show(value), '으로/로')} 다시 만드세요: ${recreate(c, target, ctx)} (확인: ${see})`, `recreate it with -e ${name}=${show(value)}: ${recreate(c, target, ctx)} (see it with: ${see})`);
        if (run.ok && inside === value) {
          return pass(msg(`컨테이너 안에서 ${josa(name, '이/가')} 보입니다`, `${name} is visible inside the container`), { expected, actual: expected });
        }
        if (inside === undefined) {
          return fail(msg(`컨테이너 안에 ${josa(name, '이/가')} 없습니다`, `${name} is not set inside the container`), { expected, actual: '(unset)', hint: fix });
        }
        return fail(
          secret
            ? msg(`컨테이너 안의 ${josa(name, '은/는')} 설정되었지만 실습이 요구하는 값과 다릅니다`, `${name} inside the container is set but differs from what the exercise asks`)
            : msg(`컨테이너 안의 ${josa(name, '이/가')} ${inside}입니다 (필요: ${value})`, `${name} inside the container is ${inside}, expected ${value}`),
          { expected, actual: `${name}=${secret ? MASK : inside}`, hint: fix },
        );
      },
    },
    options,
  );
}

export const envInsideKind = defineKind({
  name: 'env-inside',
  code: 'DG302',
  target: 'container',
  docs: msg('컨테이너 안의 env에 변수가 보임', 'env inside the running container shows the variable'),
  params: (z) => z.object({ name: z.string().min(1), value: z.string() }).strict(),
  build: ({ target, params, options }) => envInside(target!, params.name, params.value, options),
});
