/** Probe kind: a read-only command inside the container, judged by the exercise. */
import { msg, type Msg } from '../../core/i18n.js';
import { maskEnvValues } from '../../core/secrets.js';
import type { Container } from '../../model/snapshot-schema.js';
import type { CheckContext, ContainerTarget, ExplainContext, Names, Outcome, ProbeCheck } from '../types.js';
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
  explain?: (ctx: ExplainContext) => Msg;
}

/** The command lines our own probes run (as the engine's `exec_start` event joins them). */
const OWN_COMMANDS = new Set<string>([
  // env-inside's probe, which earlier versions ran in 2.2.5's wordpressdb on every check
  'env',
]);

/**
 * Whether an `exec_start` command line is one of dockgrade's own probes (`env`, `ifconfig`, `mysql …
 * show databases`): those are not the learner's `docker exec`. A learner who typed exactly such a line
 * is not counted for it either; the book's own (`/bin/bash`, `ls /`) never are ours.
 */
export function isOwnProbeCommand(commandLine: string): boolean {
  return OWN_COMMANDS.has(commandLine.trim().replace(/\s+/g, ' '));
}

/** Counts a command line as one of dockgrade's own probes (isOwnProbeCommand), for kinds that run exec themselves. */
export function ownProbeCommand(cmd: readonly string[]): void {
  OWN_COMMANDS.add(cmd.join(' ').trim());
}

/** A read-only command inside the container; `skip` when its tool is missing in the image. */
export function execProbe(target: ContainerTarget, spec: ExecSpec, options: CheckOptions = {}): ProbeCheck {
  OWN_COMMANDS.add(spec.cmd.join(' ').trim());
  const explain = spec.explain ??
    ((n: Names) => msg(`컨테이너 안에서 읽기 전용 명령으로 확인합니다: docker exec ${target.name ? n.name(target.name) : '<이름>'} ${spec.shown}`, `checked inside the container with a read-only command: docker exec ${target.name ? n.name(target.name) : '<name>'} ${spec.shown}`));
  return probeCheck({ id: spec.id, title: spec.title, explain }, target, options, async (c, ctx) => {
    const record = await ctx.probe.exec(c, spec.cmd);
    if (record.outcome === 'unavailable') return unavailable(record);
    const output = maskEnvValues(record.output, c.env, ctx.publicWords).trim();
    return spec.judge({ code: record.code, output, raw: record.output, ok: record.outcome === 'ok' }, c, ctx);
  });
}
