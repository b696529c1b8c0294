/**
 * The class roster: a CSV file with one row per student (id, name, email, and optionally a submission
 * file or a live engine). Parsed with csv-parse, which handles RFC 4180 quoting, embedded newlines and a
 * UTF-8 BOM (spreadsheets export both) and reports the line of a broken row; each row is then validated
 * with zod, so a bad row is one line naming the line and the field.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { parseHost } from '../engine/endpoint.js';
import { InputError, UsageError } from '../core/errors.js';
import { formatIssues, inertText } from '../io/input-file.js';

/** A roster this large is refused: 1 MiB holds tens of thousands of students. */
export const MAX_ROSTER_BYTES = 16 * 1024 * 1024;

/** Header names we accept for each column (compared lower-case, without spaces, `_` or `-`). */
const HEADERS: Record<string, keyof RosterRow> = {
  studentid: 'studentId',
  id: 'studentId',
  student: 'studentId',
  학번: 'studentId',
  name: 'name',
  이름: 'name',
  email: 'email',
  mail: 'email',
  이메일: 'email',
  file: 'file',
  submission: 'file',
  engine: 'engine',
  host: 'engine',
  tls: 'tls',
  tlsdir: 'tls',
  certpath: 'tls',
  prefix: 'prefix',
  lms: 'lms',
  lmsid: 'lms',
  participant: 'lms',
  identifier: 'lms',
};

const RowSchema = z.object({
  studentId: z.string().min(1, 'required').max(200).regex(/^[^\u0000-\u001f]+$/, 'control characters are not allowed'),
  name: z.string().max(500).default(''),
  email: z.string().max(500).default(''),
  file: z.string().max(4096).default(''),
  engine: z.string().max(4096).default(''),
  tls: z.string().max(4096).default(''),
  /** The student's name prefix on a shared lab engine (as `--prefix`). */
  prefix: z.string().max(200).default(''),
  /** The student's participant id in the LMS export (`123` or Moodle's `Participant 123`): binds the folder `Name_123_assignsubmission_file_`. */
  lms: z.string().max(200).default(''),
});

/** One student of the roster. `file` and `tls` are absolute (resolved against the roster's folder). */
export type RosterRow = z.infer<typeof RowSchema>;

export interface Roster {
  file: string;
  rows: RosterRow[];
}

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Parses roster CSV text. `file` is used in messages and to resolve relative paths. */
export async function parseRoster(text: string, file: string): Promise<Roster> {
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: Record<string, string>; line: number }>;
  const unknown: string[] = [];
  try {
    const parsed = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (headers: string[]) =>
        headers.map((h) => {
          const key = HEADERS[normaliseHeader(h)];
          if (!key) unknown.push(h);
          return key ?? false;
        }),
    }) as unknown as Array<{ record: Record<string, string>; info: { lines: number } }>;
    records = parsed.map((p) => ({ record: p.record, line: p.info.lines }));
  } catch (error) {
    const e = error as { message: string; lines?: number };
    // csv-parse quotes the offending text: quoted inert.
    throw new InputError(`${file}: ${e.lines ? `line ${e.lines}: ` : '(root): '}${inertText(e.message.split('\n')[0], 200)}`).inKorean(`${file}: ${e.lines ? `${e.lines}번째 줄: ` : ''}CSV로 읽을 수 없습니다 (${inertText(e.message.split('\n')[0], 200)})`);
  }
  if (unknown.length) {
    throw new InputError(`${file}: (header): unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${inertText(u, 40)}'`).join(', ')}`, 'columns: student_id, name, email, file, engine, tls, prefix, lms').inKorean(`${file}: 첫 줄: 모르는 열 ${unknown.map((u) => `'${inertText(u, 40)}'`).join(', ')}`, '쓸 수 있는 열: student_id, name, email, file, engine, tls, prefix, lms');
  }
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  const base = dirname(resolve(file));
  for (const { record, line } of records) {
    const parsed = RowSchema.safeParse(record);
    if (!parsed.success) throw new InputError(`${file}: line ${line}: ${formatIssues(parsed.error.issues)}`).inKorean(`${file}: ${line}번째 줄: 값이 올바르지 않습니다 (${formatIssues(parsed.error.issues)})`);
    const row = parsed.data;
    if (seen.has(row.studentId)) throw new InputError(`${file}: line ${line}: student_id: '${inertText(row.studentId, 60)}' is already on line ${seen.get(row.studentId)}`).inKorean(`${file}: ${line}번째 줄: student_id '${inertText(row.studentId, 60)}'는 이미 ${seen.get(row.studentId)}번째 줄에 있습니다`);
    seen.set(row.studentId, line);
    if (row.file && row.engine) throw new InputError(`${file}: line ${line}: file: give a file or an engine, not both`).inKorean(`${file}: ${line}번째 줄: file과 engine 가운데 하나만 적으세요`);
    if (row.engine) {
      try {
        parseHost(row.engine, 'engine', {});
      } catch (error) {
        throw new InputError(`${file}: line ${line}: engine: ${(error as UsageError).message.replace(/^engine: /, '')}`).inKorean(`${file}: ${line}번째 줄: engine: ${((error as UsageError).ko?.message ?? (error as UsageError).message).replace(/^engine: /, '')}`);
      }
    }
    if (row.file && !isAbsolute(row.file)) row.file = resolve(base, row.file);
    if (row.tls && !isAbsolute(row.tls)) row.tls = resolve(base, row.tls);
    rows.push(row);
  }
  if (rows.length === 0) throw new InputError(`${file}: (root): the roster has no students`).inKorean(`${file}: 명단에 학생이 없습니다`);
  return { file, rows };
}

/** Reads and parses a roster file (size-capped). */
export async function readRoster(file: string): Promise<Roster> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new InputError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`).inKorean(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '파일이 없습니다' : (error as Error).message}`);
  }
  // A FIFO or device would block or never end: only regular files are read.
  if (!statSync(file).isFile()) throw new InputError(`${file}: (file): not a regular file`).inKorean(`${file}: 일반 파일이 아닙니다`);
  if (size > MAX_ROSTER_BYTES) throw new InputError(`${file}: ${size} bytes is over the ${MAX_ROSTER_BYTES}-byte limit`).inKorean(`${file}: ${size}바이트로, 한도 ${MAX_ROSTER_BYTES}바이트를 넘습니다`);
  return parseRoster(readFileSync(file, 'utf8'), file);
}
