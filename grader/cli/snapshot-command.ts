import { withDeadline } from '../core/deadline.js';
import { ExitCode } from '../core/errors.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import { inertJsonText } from '../core/inert-json.js';

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
 * The engine state plus the evidence of every probe the exercises ask for, plus the learner's progress
 * journal, secrets hidden: the pipeline's capture (grader/pipeline/pipeline.ts). Shared by `snapshot` and `submit`.
 */
export async function takeSnapshot(options: Omit<SnapshotOptions, 'output'>, err: NodeJS.WritableStream = process.stderr): Promise<Snapshot> {
  const { captureSnapshot } = await import('../pipeline/pipeline.js');
  const { warnTo } = await import('./run-output.js');
  return withDeadline(options.timeoutMs, 'the snapshot', () =>
    captureSnapshot(
      { host: options.host, probes: options.probes, timeoutMs: options.timeoutMs },
      { prefix: options.prefix, student: options.student, showSecrets: options.showSecrets, journal: options.journal, warn: warnTo(err) },
    ),
  );
}

/** `dockgrade snapshot`: writes the snapshot as JSON to a file or stdout. */
export async function runSnapshot(options: SnapshotOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const snapshot = await takeSnapshot(options, err);
  const text = `${inertJsonText(snapshot, 2)}\n`;
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
