import { withDeadline } from '../core/deadline.js';
import { ExitCode } from '../core/errors.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { Catalog } from '../pipeline/catalog.js';
import { secondsToMs } from './command-declaration.js';
import type { SnapshotArgs } from './commands/snapshot-declaration.js';
import { inertJsonText } from '../core/inert-json.js';

/**
 * The engine state plus the evidence of every probe the exercises ask for, plus the learner's progress
 * journal, secrets hidden: the pipeline's capture (grader/pipeline/pipeline.ts). Shared by `snapshot` and `submit`.
 */
export async function takeSnapshot(
  options: Pick<SnapshotArgs, 'host' | 'prefix' | 'probes' | 'timeout'> & Partial<Pick<SnapshotArgs, 'student' | 'showSecrets' | 'journal'>>,
  catalog: Catalog,
  err: NodeJS.WritableStream = process.stderr,
): Promise<Snapshot> {
  const timeoutMs = secondsToMs(options.timeout, '--timeout');
  const { captureSnapshot } = await import('../pipeline/pipeline.js');
  const { warnTo } = await import('./run-output.js');
  return withDeadline(timeoutMs, 'the snapshot', () =>
    captureSnapshot(
      { host: options.host, probes: options.probes, timeoutMs },
      { catalog, prefix: options.prefix, student: options.student, showSecrets: options.showSecrets, journal: options.journal, warn: warnTo(err) },
    ),
  );
}

/** `dockgrade snapshot`: writes the snapshot as JSON to a file or stdout. */
export async function runSnapshot(options: SnapshotArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const snapshot = await takeSnapshot(options, catalog, err);
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
