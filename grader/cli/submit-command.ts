import { SUBMISSION_KIND, SUBMISSION_VERSION } from '../core/constants.js';
import { ExitCode, UsageError } from '../core/errors.js';
import type { Submission } from '../model/submission-schema.js';
import { submissionDigest } from '../io/submission-digest.js';
import { TOOL } from '../core/tool.js';
import { takeSnapshot } from './snapshot-command.js';
import type { Catalog } from '../pipeline/catalog.js';
import type { SubmitArgs } from './commands/submit-declaration.js';
import { inertJsonText } from '../core/inert-json.js';

/** The file name `submit` writes when no `--output` is given: `submission-<id>.json`, safe on any OS. */
export function defaultSubmissionFile(student: string): string {
  return `submission-${student.replace(/[^\p{L}\p{N}._-]/gu, '_')}.json`;
}

/** Wraps a snapshot into a submission document and seals it with its content digest. */
export function sealSubmission(snapshot: Submission['content'], student: string, prefix: string, now = new Date()): Submission {
  const body = {
    kind: SUBMISSION_KIND,
    version: SUBMISSION_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    student,
    prefix,
    engineId: snapshot.engine.id,
    submittedAt: now.toISOString(),
    content: { ...snapshot, student },
  } as const;
  // Digest the document exactly as it will be written (JSON drops undefined fields).
  const plain = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  return { ...body, digest: { algorithm: 'sha256', value: submissionDigest(plain) } } as Submission;
}

/**
 * `dockgrade submit --student ID`: the learner's snapshot (state, probe evidence, journal), tool version,
 * engine id, time and content digest in one file: the file a student uploads to the LMS.
 */
export async function runSubmit(options: SubmitArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stderr, stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const student = options.student.trim();
  if (!student) throw new UsageError('--student needs your student id', 'e.g. dockgrade submit --student 2024123456').inKorean('--student에 학번을 적으세요', '예: dockgrade submit --student 2024123456');
  if (student.length > 200 || /[\u0000-\u001f]/.test(student)) throw new UsageError('--student: expected a printable id of at most 200 characters').inKorean('--student: 200자 이하의 보이는 글자로 된 학번을 적으세요');
  const snapshot = await takeSnapshot({ ...options, student }, catalog);
  const submission = sealSubmission(snapshot, student, options.prefix);
  const text = `${inertJsonText(submission)}\n`;
  // `-o -`: the sealed document on standard output (to pipe into an upload), the note still on stderr
  if (options.output === '-') {
    stdout.write(text);
    out.write(`dockgrade: wrote the submission to stdout (${snapshot.containers.length} containers, ${snapshot.probes.length} probe records)\n`);
    return ExitCode.Ok;
  }
  const file = options.output ?? defaultSubmissionFile(student);
  const { writeOutputFile } = await import('../io/output-file.js');
  writeOutputFile(file, text);
  out.write(`dockgrade: wrote ${file} (${snapshot.containers.length} containers, ${snapshot.probes.length} probe records); upload this file\n`);
  return ExitCode.Ok;
}
