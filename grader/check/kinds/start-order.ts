/** Check kind `start-order`: after both stopped, the link target was started before its dependant. */
import { msg } from '../../core/i18n.js';
import { eventTime, eventsOf, historyOf, unseen } from '../engine-history.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, type CheckOptions } from './check-builder.js';
import { defineKind } from './kind.js';

/**
 * The `--link` dependency as the learner lived it (2.2.5): the engine's events show the dependant
 * (`wordpress`) and its link target (`wordpressdb`) both stopped, then the target started first and
 * the dependant after it. The failed `docker start` of the dependant leaves no event; its order does.
 */
export function startOrder(dependant: ContainerTarget, linkTarget: ContainerTarget, options: CheckOptions = {}): ContainerCheck {
  const steps = (n: Names) => {
    const [wp, db] = [n.name(dependant.name ?? ''), n.name(linkTarget.name ?? '')];
    return {
      ko: `docker stop ${wp} ${db} 다음 docker start ${wp} 실행 (실패합니다), 그리고 docker start ${db} && docker start ${wp}`,
      en: `docker stop ${wp} ${db}, then docker start ${wp} (it fails), then docker start ${db} && docker start ${wp}`,
    };
  };
  const explain = (n: Names) => {
    const s = steps(n);
    return msg(`둘 다 멈춘 뒤 링크 대상부터 다시 시작한 기록이 엔진 이벤트에 있어야 합니다: ${s.ko}`, `the engine's events show both stopped, then the link target started first: ${s.en}`);
  };
  return containerCheck({ id: 'start-order', title: msg('링크 대상부터 시작', 'link target started first'), explain }, dependant, options, (wp, ctx) => {
    const db = ctx.resolve(linkTarget).container;
    const s = steps(ctx);
    const hint = msg(`책처럼 해 보세요: ${s.ko}`, `do it as the book does: ${s.en}`);
    // a near-miss name may resolve both to one container (no `wordpress`, so `wordpressdb`): no order then
    if (!db || db.id === wp.id) return fail(msg(`링크 대상 ${ctx.name(linkTarget.name ?? '')} 컨테이너가 없습니다`, `no link target ${ctx.name(linkTarget.name ?? '')}`), { expected: 'start-order', actual: 'none', hint });
    const [wpHistory, dbHistory] = [historyOf(wp, ctx.snapshot), historyOf(db, ctx.snapshot)];
    // Walk both containers' events in the engine's order. A container whose start the engine forgot is
    // taken as running: only a `die` the engine saw counts as stopped.
    let wpRunning = !wpHistory.whole;
    let dbStopped = false;
    let dbStartedFirst: (typeof wpHistory.events)[number] | null = null;
    for (const event of eventsOf(ctx.snapshot, [wp, db])) {
      if (event.containerId === db.id) {
        if (event.action === 'die') {
          dbStopped = true;
          dbStartedFirst = null;
        } else if (event.action === 'start') {
          dbStartedFirst = dbStopped && !wpRunning ? event : null;
          dbStopped = false;
        }
      } else if (event.action === 'die') wpRunning = false;
      else if (event.action === 'start') {
        if (dbStartedFirst) {
          const line = `docker start ${db.name} (${eventTime(dbStartedFirst)}) → docker start ${wp.name} (${eventTime(event)})`;
          return pass(msg(`둘 다 멈춘 뒤 링크 대상부터 시작했습니다: ${line}`, `after both stopped, the link target started first: ${line}`), { expected: 'start-order', actual: line });
        }
        wpRunning = true;
      }
    }
    if (!wpHistory.whole || !dbHistory.whole) {
      const why = !wpHistory.whole ? wpHistory.why : dbHistory.why;
      return unseen(msg(`다시 시작한 순서를 여기서는 확인할 수 없습니다: ${why.ko}`, `the order of the starts cannot be checked here: ${why.en}`), 'start-order', hint);
    }
    return fail(msg(`두 컨테이너를 멈춘 뒤 ${db.name}부터 다시 시작한 기록이 없습니다`, `no record of both stopping and ${db.name} starting again before ${wp.name}`), { expected: 'start-order', actual: 'none', hint });
  });
}

export const startOrderKind = defineKind({
  name: 'start-order',
  code: 'DG112',
  target: 'container',
  readsEvents: { container: ['create', 'start', 'die'] },
  docs: msg('둘 다 멈춘 뒤 --link 대상부터 다시 시작한 기록', 'after both stopped, the --link target was started first'),
  params: (z) => z.object({ linkTarget: z.string().min(1).describe('the key of the link target under targets') }).strict(),
  build: ({ target, params, options, targetOf }) => startOrder(target!, targetOf(params.linkTarget), options),
});
