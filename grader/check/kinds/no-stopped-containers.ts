/** Check kind `no-stopped` (`docker container prune`). */
import { msg } from '../../core/i18n.js';
import type { StateCheck } from '../types.js';
import { fail, pass, stateCheck, stateWords, type CheckOptions } from './check-builder.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind, noParams } from './kind.js';

/** No stopped (exited, created or dead) container is left (`docker container prune`). Under a prefix only the learner's own count. */
export function noStoppedContainers(options: CheckOptions = {}): StateCheck {
  return stateCheck({ id: 'no-stopped', title: msg('정지된 컨테이너 없음 (prune)', 'no stopped containers (prune)'), explain: (n) =>
      n.prefix
        ? // On a shared host prune would remove other people's containers too; this removes only the learner's own.
          msg(
            `${josa(n.name(''), '으로/로')} 시작하는 정지된 컨테이너가 남지 않아야 합니다 (공유 호스트에서 prune은 남의 것까지 지웁니다): docker rm $(docker ps -aq --filter status=exited --filter status=created --filter name=^${n.name('')})`,
            `none of your stopped containers (${n.name('')}…) is left (on a shared host prune would remove other people's too): docker rm $(docker ps -aq --filter status=exited --filter status=created --filter name=^${n.name('')})`,
          )
        : msg('정지된 컨테이너가 남지 않아야 합니다: docker container prune', 'no stopped container is left: docker container prune') }, options, (ctx) => {
    const stopped = ctx.containers.filter((c) => !c.state.running && ['exited', 'created', 'dead'].includes(c.state.status));
    if (stopped.length === 0) return pass(msg('정지된 컨테이너가 없습니다', 'no stopped container is left'), { expected: '0 stopped', actual: '0 stopped' });
    const shown = (lang: 'ko' | 'en') => stopped.slice(0, 5).map((c) => `${c.name} (${stateWords(c)[lang]})`).join(', ') + (stopped.length > 5 ? ', …' : '');
    // On a shared host (prefix) prune would remove other people's containers: name only the learner's own.
    const fix = ctx.prefix ? `docker rm ${stopped.map((c) => c.name).join(' ')}` : 'docker container prune';
    return fail(msg(`정지된 컨테이너가 ${stopped.length}개 남아 있습니다: ${shown('ko')}`, `${stopped.length} stopped container${stopped.length === 1 ? '' : 's'} left: ${shown('en')}`), {
      expected: '0 stopped',
      actual: `${stopped.length} stopped`,
      hint: msg(`정지된 컨테이너를 지우세요: ${fix}`, `remove the stopped containers: ${fix}`),
    });
  });
}

export const noStoppedContainersKind = defineKind({
  name: 'no-stopped-containers',
  code: 'DG203',
  target: 'state',
  docs: msg('정지된 컨테이너가 남지 않음 (prune)', 'no stopped container is left (prune)'),
  params: noParams,
  build: ({ options }) => noStoppedContainers(options),
});
