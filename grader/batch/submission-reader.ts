/**
 * Reads one submitted file for batch grading. Never throws: a file that is missing, oversized,
 * truncated, malformed, of another kind or version comes back as `{ ok: false, reason }` with the reason
 * as `path.to.field: message`, so one bad file costs one row and nothing else. The raw text is dropped
 * as soon as it is parsed.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { SNAPSHOT_KIND, SNAPSHOT_VERSION, SUBMISSION_KIND, SUBMISSION_VERSION } from '../core/constants.js';
import { formatIssues, inertText } from '../io/input-file.js';
import { OLDEST_SNAPSHOT_VERSION } from '../model/snapshot-migrate.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { Submission } from '../model/submission-schema.js';
import { submissionDigest } from '../io/submission-digest.js';

/** Files larger than this are refused unread: a real submission is well under 1 MiB. */
export const MAX_SUBMISSION_BYTES = 16 * 1024 * 1024;

/** What batch grading needs from a readable file. */
export interface ReadSubmission {
  ok: true;
  file: string;
  student: string;
  prefix: string;
  toolVersion: string;
  engineId: string;
  submittedAt: string;
  snapshot: Snapshot;
  /** The recorded digest, or '' for a bare snapshot file. */
  digest: string;
  /** True: digest matches; false: the file was changed after `submit`; null: the file carries none. */
  digestOk: boolean | null;
}

export interface UnreadableSubmission {
  ok: false;
  file: string;
  /** The student id, when the file still names one. */
  student: string;
  reason: string;
}

export type SubmissionOutcome = ReadSubmission | UnreadableSubmission;

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Validates parsed data as a submission (or a bare snapshot file, graded the same but with no digest). */
export async function toSubmission(file: string, data: unknown): Promise<SubmissionOutcome> {
  const fail = (reason: string, student = ''): UnreadableSubmission => ({ ok: false, file, student, reason });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('(root): expected a JSON object');
  const head = data as Record<string, unknown>;
  const student = typeof head.student === 'string' ? head.student.slice(0, 200) : '';
  const expectedVersion = head.kind === SUBMISSION_KIND ? SUBMISSION_VERSION : head.kind === SNAPSHOT_KIND ? SNAPSHOT_VERSION : null;
  if (expectedVersion === null) return fail(`kind: expected '${SUBMISSION_KIND}', found ${inertText(JSON.stringify(head.kind ?? null) ?? 'null', 60)}`, student);
  // a bare snapshot of an older version is migrated when parsed (grader/model/snapshot-migrate.ts)
  const oldest = head.kind === SNAPSHOT_KIND ? OLDEST_SNAPSHOT_VERSION : expectedVersion;
  if (typeof head.version !== 'number' || head.version > expectedVersion || head.version < oldest || !Number.isInteger(head.version)) {
    const newer = typeof head.version === 'number' && head.version > expectedVersion;
    return fail(`version: expected ${expectedVersion}, found ${inertText(JSON.stringify(head.version ?? null) ?? 'null', 20)}${newer ? ' (made by a newer dockgrade: update it)' : ''}`, student);
  }
  if (head.kind === SNAPSHOT_KIND) {
    const { SnapshotFileSchema } = await import('../model/snapshot-schema.js');
    const parsed = SnapshotFileSchema.safeParse(data);
    if (!parsed.success) return fail(formatIssues(parsed.error.issues), student);
    const snapshot = parsed.data;
    if (!snapshot.student) return fail('student: a snapshot handed in for grading must name its student (use `dockgrade submit --student ID`)');
    return { ok: true, file, student: snapshot.student, prefix: '', toolVersion: snapshot.tool.version, engineId: snapshot.engine.id, submittedAt: snapshot.takenAt, snapshot, digest: '', digestOk: null };
  }
  const { SubmissionSchema } = await import('../model/submission-schema.js');
  const parsed = SubmissionSchema.safeParse(data);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues), student);
  const submission: Submission = parsed.data;
  return {
    ok: true,
    file,
    student: submission.student,
    prefix: submission.prefix,
    toolVersion: submission.tool.version,
    engineId: submission.engineId,
    submittedAt: submission.submittedAt,
    snapshot: submission.content,
    digest: submission.digest.value,
    digestOk: submissionDigest(head) === submission.digest.value,
  };
}

/**
 * Reads, size-checks, parses and validates one submission file. Never throws. The file is read
 * synchronously: a submission is small and grading is CPU-bound, and a thousand promise round trips
 * through the thread pool cost more than the reads themselves. `bytes` is the file's path as bytes when
 * its name is not valid UTF-8 (`file` is then its readable form, used in the row and every message).
 *
 * A symbolic link is refused unread, wherever it was given (a folder, the command line, a roster):
 * following it would grade, and quote in the row's reason, whatever file of the teacher's machine it
 * points at (a private key's first line, say). The reason names the path given, nothing more.
 */
export async function readSubmission(file: string, maxBytes = MAX_SUBMISSION_BYTES, bytes?: Buffer): Promise<SubmissionOutcome> {
  const fail = (reason: string): UnreadableSubmission => ({ ok: false, file, student: '', reason });
  const path = bytes ?? file;
  let fd: number | undefined;
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) return fail('(file): is a symbolic link; not followed (hand in the file itself)');
    if (!link.isFile()) return fail('(file): not a regular file');
    // O_NOFOLLOW: a link swapped in after the lstat fails to open; O_NONBLOCK: a FIFO never blocks
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return fail('(file): not a regular file');
    if (info.size > maxBytes) return fail(`(file): ${mib(info.size)} is over the ${mib(maxBytes)} limit for a submission`);
    if (info.size === 0) return fail('(file): empty file');
    let data: unknown;
    {
      // at most maxBytes + 1, whatever the size said: a file growing while it is read stays bounded
      const buffer = Buffer.allocUnsafe(info.size + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
      if (length > maxBytes) return fail(`(file): over the ${mib(maxBytes)} limit for a submission`);
      const text = buffer.toString('utf8', 0, length);
      try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (error) {
        const message = (error as Error).message;
        // cut off: the parser ran out of text, or stopped at its very end (a file cut just after a number
        // says "Expected ',' or '}' after property value … at position <its length>")
        const at = /at position (\d+)/.exec(message);
        const cut = /end of (JSON )?input|Unterminated/i.test(message) || (at !== null && Number(at[1]) >= text.trimEnd().length - (text.charCodeAt(0) === 0xfeff ? 1 : 0));
        // JSON.parse quotes the file in its message: quoted inert (no control characters reach a report or terminal).
        return fail(cut ? `(root): truncated JSON (${inertText(message, 120)})` : `(root): not valid JSON (${inertText(message, 120)})`);
      }
    }
    return await toSubmission(file, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`(file): ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'is a symbolic link; not followed (hand in the file itself)' : inertText((error as Error).message, 120)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
