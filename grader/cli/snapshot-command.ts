import { EXERCISES } from '../../exercises/index.js';
import { grade } from '../check/run.js';
import { withDeadline } from '../core/deadline.js';
import { ExitCode } from '../core/errors.js';
import { maskSnapshotSecrets, publicText } from '../core/secrets.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { loadState } from '../pipeline/source.js';

export interface SnapshotOptions {
  output?: string;
  probes: boolean;
  host?: string;
  prefix: string;
  student?: string;
  timeoutMs?: number;
  /** Keep secret-looking env values in clear (default: `(hidden)`, see grader/core/secrets.ts). */
  showSecrets?: boolean;
  /** Include the learner's progress journal (default true). */
  journal?: boolean;
}

/**
 * The engine state plus the evidence of every probe the exercises ask for, so a snapshot file grades
 * the same as the live engine did, plus the learner's progress journal. Shared by `snapshot` and `submit`.
 */
export async function takeSnapshot(options: Omit<SnapshotOptions, 'output'>, err: NodeJS.WritableStream = process.stderr): Promise<Snapshot> {
  const taken = await withDeadline(options.timeoutMs, 'the snapshot', async () => {
    const state = await loadState({ host: options.host, probes: options.probes, timeoutMs: options.timeoutMs });
    if (options.probes) await grade(EXERCISES, state.snapshot, { prefix: options.prefix, probe: state.probe, source: state.source });
    state.assertEngineAnswered();
    return state;
  });
  let journal: Snapshot['journal'];
  if (options.journal !== false) {
    // The whole journey goes along, so a teacher sees what passed before later exercises undid it.
    const { journalPath, peekJournal } = await import('../journal/journal-file.js');
    const { warnTo } = await import('./check-command.js');
    journal = peekJournal(journalPath(), warnTo(err));
  }
  const raw: Snapshot = { ...taken.snapshot, probes: taken.records(), ...(journal ? { journal } : {}), ...(options.student ? { student: options.student } : {}) };
  return options.showSecrets ? raw : maskSnapshotSecrets(raw, publicText(EXERCISES));
}

/** `dockgrade snapshot`: writes the snapshot as JSON to a file or stdout. */
export async function runSnapshot(options: SnapshotOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const snapshot = await takeSnapshot(options, err);
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  // `-o -`: standard output, as when no file is named
  const file = options.output === '-' ? undefined : options.output;
  if (file) {
    const { writeOutputFile } = await import('../io/output-file.js');
    writeOutputFile(file, text);
  } else {
    out.write(text);
  }
  return ExitCode.Ok;
}
