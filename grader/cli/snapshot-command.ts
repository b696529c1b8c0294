import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { withDeadline } from '../deadline.js';
import { ExitCode } from '../errors.js';
import { maskSnapshotSecrets, publicText } from '../secrets.js';
import { loadState } from '../source.js';

export interface SnapshotOptions {
  output?: string;
  probes: boolean;
  host?: string;
  prefix: string;
  student?: string;
  timeoutMs?: number;
  /** Keep secret-looking env values in clear (default: replaced by a digest the env checks still compare). */
  showSecrets?: boolean;
}

/**
 * `dockgrade snapshot`: the engine state plus the evidence of every probe the exercises ask for, so a
 * snapshot file grades the same as the live engine did.
 */
export async function runSnapshot(options: SnapshotOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const taken = await withDeadline(options.timeoutMs, 'the snapshot', async () => {
    const state = await loadState({ host: options.host, probes: options.probes, timeoutMs: options.timeoutMs });
    if (options.probes) await grade(EXERCISES, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source });
    state.assertEngineAnswered();
    return { ...state.snapshot, probes: state.records(), ...(options.student ? { student: options.student } : {}) };
  });
  const snapshot = options.showSecrets ? taken : maskSnapshotSecrets(taken, publicText(EXERCISES));
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (options.output) {
    const { writeOutputFile } = await import('../output-file.js');
    writeOutputFile(options.output, text);
  } else {
    out.write(text);
  }
  return ExitCode.Ok;
}
