/** Probe kind: a read-only command inside the container, judged by the exercise. */
import { msg, type Msg } from '../../core/i18n.js';
import { maskEnvValues } from '../../core/secrets.js';
import type { Container } from '../../model/snapshot-schema.js';
import type { CheckContext, ContainerTarget, Names, Outcome, ProbeCheck } from '../types.js';
import { probeCheck, unavailable, type CheckOptions } from './check-builder.js';

/** How an exec probe's output is judged. */
export interface ExecSpec {
  id: string;
  title: Msg;
  /** The read-only command, as exec runs it. */
  cmd: readonly string[];
  /** The command as shown to the learner (secrets masked). */
  shown: string;
  /** Judges a probe that ran (ok or failed). `output` is masked for printing; `raw` is for comparing only. */
  judge: (run: { code: number | null; output: string; raw: string; ok: boolean }, container: Container, ctx: CheckContext) => Outcome;
  /** What the probe looks for, for `dockgrade explain` (default: the command it runs). */
  explain?: (names: Names) => Msg;
}

/** A read-only command inside the container; `skip` when its tool is missing in the image. */
export function execProbe(target: ContainerTarget, spec: ExecSpec, options: CheckOptions = {}): ProbeCheck {
  const explain = spec.explain ??
    ((n: Names) => msg(`컨테이너 안에서 읽기 전용 명령으로 확인합니다: docker exec ${target.name ? n.name(target.name) : '<이름>'} ${spec.shown}`, `checked inside the container with a read-only command: docker exec ${target.name ? n.name(target.name) : '<name>'} ${spec.shown}`));
  return probeCheck({ id: spec.id, title: spec.title, explain }, target, options, async (c, ctx) => {
    const record = await ctx.probe.exec(c, spec.cmd);
    if (record.outcome === 'unavailable') return unavailable(record);
    const output = maskEnvValues(record.output, c.env).trim();
    return spec.judge({ code: record.code, output, raw: record.output, ok: record.outcome === 'ok' }, c, ctx);
  });
}
