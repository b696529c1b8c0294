/**
 * Check kind `cpuset`: the CPUs a container may run on (`--cpuset-cpus`, docker inspect:
 * HostConfig.CpusetCpus), graded for the host the learner has. On a host with the book's CPUs the list
 * is the book's (as a set: `0,1` is `0-1`); on a host that lacks some of them (the book's `2` on two
 * CPUs, which the engine refuses to create) as many other CPUs of the host pass, with a note saying so.
 * The host's CPU count is the snapshot's (`docker info` NCPU).
 */
import { formatCpuList, hostHas, parseCpuList } from '../../core/cpu-list.js';
import { msg, type Msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import type { Container } from '../../model/snapshot-schema.js';
import { eventTime, historyOf } from '../engine-history.js';
import type { CheckContext, ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, onHost, pass, skip, whom, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';

export interface CpusetSpec {
  /** The book's list (`2`). */
  cpus: string;
  /** The command that sets it, as the learner types it; default: recreate the container. */
  fix?: (names: Names) => string;
  /**
   * The value `docker run` gave it: a later `docker update` of the container (the engine's `update`
   * event) leaves that value unknown, so a different value then is skipped, not failed.
   */
  asCreated?: boolean;
}

function hostWords(ncpu: number): Msg {
  const all = formatCpuList(Array.from({ length: ncpu }, (_, i) => i));
  return msg(`CPU ${ncpu}개(${all})`, `${ncpu} CPU${ncpu === 1 ? '' : 's'} (${all})`);
}

export function cpuset(target: ContainerTarget, spec: CpusetSpec, options: CheckOptions = {}): ContainerCheck {
  const book = parseCpuList(spec.cpus);
  if (!book || book.length === 0) throw new Error(`cpuset: '${spec.cpus}' is not a CPU list (2, 0,1, 0-2)`);
  const title = msg(`${target.name ? `컨테이너 ${target.name}` : target.describe.ko}의 --cpuset-cpus`, `${target.name ? `container ${target.name}` : target.describe.en} --cpuset-cpus`);
  const explain = (n: Names) => {
    const how = spec.fix?.(n) ?? target.create(n);
    return msg(
      `${whom(target, n).ko}의 --cpuset-cpus: ${spec.cpus} (${how}). CPU가 모자란 호스트에서는 그 호스트의 다른 CPU ${book.length}개도 통과합니다`,
      `${whom(target, n).en} --cpuset-cpus: ${spec.cpus} (${how}); on a host without those CPUs, ${book.length === 1 ? 'another single CPU' : `another ${book.length} CPUs`} of the host passes`,
    );
  };
  return containerCheck({ id: 'cpuset', title, explain }, target, options, (c: Container, ctx: CheckContext) => {
    const ncpu = ctx.snapshot.engine.ncpu;
    const found = parseCpuList(c.resources.cpusetCpus);
    const shown = c.resources.cpusetCpus || '(none)';
    const bookFits = hostHas(book, ncpu);
    const line = onHost(spec.fix?.(ctx) ?? `docker rm -f ${c.name} && ${target.create(ctx)}`, ncpu);
    const hint = msg(`이렇게 고치세요: ${line}`, `fix it: ${line}`);
    const evidence = { expected: `cpusetCpus=${spec.cpus}`, actual: `cpusetCpus=${shown}` };
    const same = found !== null && found.length === book.length && found.every((cpu, i) => cpu === book[i]);
    if (same) return pass(msg(`컨테이너 ${c.name}의 --cpuset-cpus: ${shown}`, `container ${c.name} --cpuset-cpus: ${shown}`), evidence);
    // On a host without the book's CPUs: as many CPUs the host has stand in for them.
    const stands = !bookFits && found !== null && found.length === book.length && hostHas(found, ncpu);
    if (stands) {
      const host = hostWords(ncpu);
      return pass(
        msg(
          `컨테이너 ${c.name}의 --cpuset-cpus: ${shown} (이 호스트는 ${host.ko}뿐이라 책의 ${josa(spec.cpus, '을/를')} 쓸 수 없어, 있는 CPU ${book.length}개로 통과)`,
          `container ${c.name} --cpuset-cpus: ${shown} (this host has ${host.en}, so the book's ${spec.cpus} cannot be used; ${book.length === 1 ? 'a single CPU it has passes' : `${book.length} CPUs it has pass`} instead)`,
        ),
        { expected: `cpusetCpus=${spec.cpus} | CPU ×${book.length} ∈ ${formatCpuList(Array.from({ length: ncpu }, (_, i) => i))}`, actual: `cpusetCpus=${shown}` },
      );
    }
    if (spec.asCreated) {
      const update = historyOf(c, ctx.snapshot).events.filter((e) => e.action === 'update').at(-1);
      if (update) {
        return skip(
          msg(
            `컨테이너 ${c.name}의 --cpuset-cpus는 지금 ${shown}이고, ${eventTime(update)}에 docker update로 바뀌었습니다: docker run으로 만들 때의 값은 더 이상 알 수 없습니다`,
            `container ${c.name} --cpuset-cpus is ${shown} now, changed by docker update at ${eventTime(update)}: the value docker run gave it can no longer be read`,
          ),
          { ...evidence, actual: 'unknown', hint: msg(`만들 때의 값을 채점하려면 다시 만드세요: ${line}`, `to grade the value it is made with, recreate it: ${line}`) },
        );
      }
    }
    const wanted = bookFits
      ? msg(spec.cpus, spec.cpus)
      : msg(`이 호스트의 ${hostWords(ncpu).ko} 중 ${book.length}개 (책의 ${josa(spec.cpus, '은/는')} 이 호스트에 없습니다)`, `${book.length} of this host's ${hostWords(ncpu).en} (the book's ${spec.cpus} is not on this host)`);
    const what = c.resources.cpusetCpus ? msg(shown, shown) : msg('없음', '(none)');
    return fail(msg(`컨테이너 ${c.name}의 --cpuset-cpus 값이 다릅니다: ${what.ko} (필요: ${wanted.ko})`, `container ${c.name} --cpuset-cpus is ${what.en}, expected ${wanted.en}`), { ...evidence, hint });
  });
}

export const cpusetKind = defineKind({
  name: 'cpuset',
  code: 'DG120',
  target: 'container',
  readsEvents: { container: ['create', 'update'] },
  docs: msg(
    '컨테이너가 쓸 CPU (--cpuset-cpus): 책의 CPU, 호스트에 그 CPU가 없으면 호스트의 다른 CPU 같은 개수',
    "the CPUs a container may use (--cpuset-cpus): the book's, or as many other CPUs on a host that lacks them",
  ),
  params: (z) =>
    z
      .object({
        cpus: z
          .string()
          .refine((text) => (parseCpuList(text)?.length ?? 0) > 0, 'a CPU list: 2, 0,1, 0-2')
          .describe("the book's --cpuset-cpus value"),
        fix: commandParam(z, 'the command that sets it, as the book types it (names get the prefix); default: recreate the container').optional(),
        asCreated: z.boolean().optional().describe('the value docker run gave it: after a docker update of the container (its update event) a different value is skipped, not failed'),
      })
      .strict(),
  build: ({ target, params, options, line }) =>
    cpuset(target!, { cpus: params.cpus, ...(params.fix ? { fix: line(params.fix) } : {}), ...(params.asCreated ? { asCreated: true } : {}) }, options),
});
