import { lstatSync } from 'node:fs';
import { InputError, UsageError } from '../core/errors.js';
import { warnTo } from './run-output.js';
import type { Lang } from '../core/i18n.js';
import type { Catalog } from '../pipeline/catalog.js';
import type { GradeArgs } from './commands/grade-declaration.js';

/** Whether anything (a file, a folder, even a dangling link) is at `path`. */
function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Parses `--deadline` (ISO 8601, with a time zone or Z) to epoch ms. */
export function parseDeadline(value: string): number {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim()) || Number.isNaN(ms)) {
    throw new UsageError(`--deadline: '${value}' is not an ISO 8601 time`, 'e.g. --deadline 2026-12-01T23:59:00+09:00').inKorean(`--deadline: '${value}'는 ISO 8601 시각이 아닙니다`, '예: --deadline 2026-12-01T23:59:00+09:00');
  }
  return ms;
}

/**
 * `dockgrade grade`: grades every submission and live engine of a class and writes the gradebook, the
 * class report, each student's reports and the summary. Exit 0 when every row was graded, 1 when some
 * row is invalid, unreachable or missing, 2 for bad usage (including a bad roster).
 */
export async function runGrade(options: GradeArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (options.paths.length === 0 && !options.roster) throw new UsageError('name submission files or folders, or a --roster', 'e.g. dockgrade grade submissions/ --roster roster.csv').inKorean('제출 파일이나 폴더, 또는 --roster를 적으세요', '예: dockgrade grade submissions/ --roster roster.csv');
  if (!(options.concurrency >= 1 && options.concurrency <= 256)) throw new UsageError(`--concurrency: expected a number from 1 to 256, got '${options.concurrency}'`).inKorean(`--concurrency: 1에서 256 사이의 수를 적으세요 ('${options.concurrency}')`);
  if (!(options.engineTimeout > 0)) throw new UsageError('--engine-timeout: expected seconds > 0').inKorean('--engine-timeout: 0보다 큰 초를 적으세요');
  if (options.classTimeout !== undefined && !(options.classTimeout > 0)) throw new UsageError('--class-timeout: expected seconds > 0').inKorean('--class-timeout: 0보다 큰 초를 적으세요');
  // Without a roster, paths none of which exists are a typo (`grade nosuchdir`), not a class of one invalid
  // row written to the output folder: one line, exit 2, nothing written. With a roster, a missing file is a row.
  if (!options.roster && options.paths.length > 0 && options.paths.every((path) => !pathExists(path))) {
    const path = options.paths[0];
    throw new InputError(`${path}: no such file or folder`, 'name the folder of submissions, e.g. dockgrade grade submissions/').inKorean(`${path}: 그런 파일이나 폴더가 없습니다`, '제출 파일이 든 폴더를 적으세요. 예: dockgrade grade submissions/');
  }
  // --deadline, else a course pack's own (course.yaml `deadline`).
  const deadlineText = options.deadline ?? catalog.course?.deadline;
  const deadline = deadlineText !== undefined ? parseDeadline(deadlineText) : undefined;
  const { parseShard } = await import('../batch/shard.js');
  const shard = options.shard ? parseShard(options.shard) : null;
  const { readRoster } = await import('../batch/roster.js');
  const roster = options.roster ? await readRoster(options.roster) : null;
  const { loadClassRenderers, ClassOutputWriter } = await import('../batch/class-output.js');
  // Load the reporters before grading, so a broken install fails before the work, not after.
  const renderers = await loadClassRenderers();
  // Each student's reports are written as the row is graded; the class files at the end.
  const { studentFilesWorkerScript } = await import('../batch/student-files.js');
  const workerScript = studentFilesWorkerScript();
  // A class repeats exercise results: each distinct one is hidden and serialized once (exercise-memo.ts).
  const { ExerciseMemo } = await import('../pipeline/exercise-memo.js');
  const memo = new ExerciseMemo(catalog.publicWords);
  // The students' own reports are rendered on the second core while this thread grades (when built).
  // A planted link at a class file or at students/ is refused here, before the work (exit 2); one at a
  // student's own report costs that row a finding and one warning line.
  const writer = new ClassOutputWriter(options.outputDir, renderers, {
    lang: options.lang,
    color: false,
    publicWords: catalog.publicWords,
    studentFiles: true,
    worker: workerScript,
    warn: warnTo(err),
    memo,
  });
  const { gradeClass, classExitCode } = await import('../batch/grade-class.js');
  const { createProgress } = await import('../batch/progress.js');
  const { SubmissionReadAhead } = await import('../batch/submission-read-ahead.js');
  const result = await gradeClass({
    catalog,
    paths: options.paths,
    roster,
    deadline,
    concurrency: options.concurrency,
    engineTimeoutMs: options.engineTimeout * 1000,
    ...(options.classTimeout !== undefined ? { classTimeoutMs: options.classTimeout * 1000 } : {}),
    tlsDir: options.tlsDir,
    probes: options.probes,
    currentOnly: options.currentOnly,
    countUnconfirmed: options.countUnconfirmed,
    shard,
    // a course pack's gradebook carries its title unless --title says another
    title: options.title ?? (catalog.course ? catalog.title[options.lang] : undefined),
    exclude: [options.outputDir],
    progress: (total) => createProgress(total),
    retain: writer.retain,
    beforeFile: writer.room,
    memo,
    // The files are read, validated and digested ahead of grading by a second worker (when built).
    ...(workerScript ? { readAhead: (files, maxBytes) => new SubmissionReadAhead(workerScript, files, maxBytes) } : {}),
  });
  await writer.finish(result);
  out.write(options.lang === 'ko' ? `${summaryLine(result.students, 'ko')}; ${options.outputDir}에 썼습니다\n` : `${summaryLine(result.students)}; wrote ${options.outputDir}\n`);
  // a report that could not be written is a finding too
  return writer.refusedStudents > 0 ? 1 : classExitCode(result);
}

/**
 * `graded 480 of 500: 12 invalid, 3 unreachable, 5 missing, 2 not on the roster, 4 with integrity findings`;
 * in Korean `500명 가운데 480명 채점: 잘못된 파일 12, 접속 불가 3, 미제출 5, 명단에 없음 2, 부정 의심 4`.
 */
export function summaryLine(rows: ReadonlyArray<{ status: string; onRoster: boolean; integrity: readonly unknown[] }>, lang: Lang = 'en'): string {
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const KO: Record<string, string> = { invalid: '잘못된 파일', unreachable: '접속 불가', missing: '미제출' };
  const parts = ['invalid', 'unreachable', 'missing'].map((s) => [count(s), s] as const).filter(([n]) => n > 0).map(([n, s]) => (lang === 'ko' ? `${KO[s]} ${n}` : `${n} ${s}`));
  const offRoster = rows.filter((r) => !r.onRoster).length;
  const flagged = rows.filter((r) => r.integrity.length > 0).length;
  if (offRoster) parts.push(lang === 'ko' ? `명단에 없음 ${offRoster}` : `${offRoster} not on the roster`);
  if (flagged) parts.push(lang === 'ko' ? `부정 의심 ${flagged}` : `${flagged} with integrity findings`);
  const head = lang === 'ko' ? `${rows.length}명 가운데 ${count('graded')}명 채점` : `graded ${count('graded')} of ${rows.length}`;
  return `${head}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
