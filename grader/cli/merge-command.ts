import { lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassResult, StudentRow } from '../model/class-schema.js';
import { compareRows, classExitCode } from '../batch/grade-class.js';
import { withCrossRowFindings } from '../batch/integrity.js';
import { InputError, UsageError } from '../core/errors.js';
import { warnTo } from './run-output.js';
import type { Catalog } from '../pipeline/catalog.js';
import type { MergeArgs } from './commands/merge-declaration.js';

const STATUS_RANK: Record<string, number> = { graded: 0, unreachable: 1, invalid: 2, missing: 3 };

/**
 * Joins shard results into one class: rows concatenated (a student found in two shards keeps the best
 * row), sorted, cross-row integrity recomputed over the whole class. Throws InputError when the shards were
 * graded with different exercise sets or split differently.
 */
export function mergeClassResults(parts: ReadonlyArray<{ file: string; result: ClassResult }>, now = new Date()): { result: ClassResult; missingShards: number[] } {
  if (parts.length === 0) throw new UsageError('name the shard outputs to merge').inKorean('합칠 샤드 출력 폴더를 적으세요', '예: dockgrade merge grades-1 grades-2');
  const first = parts[0];
  const signature = (r: ClassResult) => JSON.stringify(r.exercises.map((e) => [e.id, e.maxPoints, e.checks.map((c) => [c.id, c.maxPoints])]));
  const counts = new Set(parts.map((p) => p.result.shard?.count ?? 1));
  if (counts.size > 1) throw new InputError(`the shard outputs split the class differently (N = ${[...counts].join(', ')})`, 'merge the outputs of one `grade --shard K/N` run').inKorean(`샤드 출력들이 반을 서로 다르게 나눴습니다 (N = ${[...counts].join(', ')})`, '한 번의 `grade --shard K/N` 실행에서 나온 출력만 합치세요');
  const seenShards = new Set<number>();
  for (const part of parts) {
    if (signature(part.result) !== signature(first.result)) {
      throw new InputError(`${part.file}: graded with another exercise set than ${first.file}`, 'grade every shard with the same dockgrade version').inKorean(`${part.file}: ${first.file}과 다른 실습 목록으로 채점했습니다`, '모든 샤드를 같은 dockgrade 버전으로 채점하세요');
    }
    if (part.result.shard) {
      if (seenShards.has(part.result.shard.index)) throw new InputError(`${part.file}: shard ${part.result.shard.index}/${part.result.shard.count} is given twice`).inKorean(`${part.file}: 샤드 ${part.result.shard.index}/${part.result.shard.count}가 두 번 주어졌습니다`, '샤드마다 출력 폴더를 하나씩만 적으세요');
      seenShards.add(part.result.shard.index);
    }
  }
  const count = [...counts][0];
  const missingShards = parts.some((p) => p.result.shard) ? Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seenShards.has(k)) : [];
  const byKey = new Map<string, StudentRow>();
  for (const part of parts) {
    for (const row of part.result.students) {
      const key = row.studentId || `\u0000${row.source}`;
      const earlier = byKey.get(key);
      if (!earlier || STATUS_RANK[row.status] < STATUS_RANK[earlier.status]) byKey.set(key, row);
    }
  }
  const students = withCrossRowFindings([...byKey.values()].sort(compareRows));
  return { result: { ...first.result, gradedAt: now.toISOString(), title: parts.find((p) => p.result.title)?.result.title ?? '', students, shard: null }, missingShards };
}

/** `dockgrade merge <outputs..>`: one gradebook and class report from the summary.json of each shard. */
export async function runMerge(options: MergeArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { readJsonFile, parseVersioned } = await import('../io/input-file.js');
  const { ClassResultSchema, CLASS_RESULT_KIND, CLASS_RESULT_VERSION } = await import('../model/class-schema.js');
  const parts = options.outputs.map((input) => {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // readJsonFile says why the file cannot be read
    }
    const file = isDir ? join(input, 'summary.json') : input;
    // a shard folder's summary.json is never followed when it is a link (it could name any file of the machine)
    if (isDir && lstatOrNull(file)?.isSymbolicLink()) {
      throw new InputError(`${file}: is a symbolic link; not followed`, 'merge the shard folders `grade` wrote').inKorean(`${file}: 심볼릭 링크라서 따라가지 않습니다`, '`grade`가 쓴 조각 폴더를 합치세요');
    }
    return { dir: isDir ? input : join(input, '..'), file, result: parseVersioned(file, readJsonFile(file), ClassResultSchema, CLASS_RESULT_KIND, CLASS_RESULT_VERSION) };
  });
  const { result, missingShards } = mergeClassResults(parts);
  const { loadClassRenderers, writeClassOutputs, copyStudentFiles, reportNotWrittenFinding, studentOfReportFile } = await import('../batch/class-output.js');
  const renderers = await loadClassRenderers();
  const warn = warnTo(err);
  const { refused } = copyStudentFiles(
    parts.map((p) => p.dir),
    options.outputDir,
    warn,
  );
  // a report path in the merged folder that held a planted link or FIFO: a finding in that student's row
  const ids = result.students.map((row) => row.studentId);
  for (const row of result.students) {
    const mine = refused.filter((r) => studentOfReportFile(r.file, ids) === row.studentId);
    if (mine.length) row.integrity = [...row.integrity, reportNotWrittenFinding(options.outputDir, mine)];
  }
  await writeClassOutputs(options.outputDir, result, renderers, { lang: options.lang, color: false, publicWords: catalog.publicWords, studentFiles: false, warn });
  const { summaryLine } = await import('./grade-command.js');
  out.write(
    options.lang === 'ko'
      ? `출력 ${parts.length}개를 합침: ${summaryLine(result.students, 'ko')}; ${options.outputDir}에 썼습니다\n`
      : `merged ${parts.length} output${parts.length > 1 ? 's' : ''}: ${summaryLine(result.students)}; wrote ${options.outputDir}\n`,
  );
  if (missingShards.length) {
    err.write(`dockgrade: shard${missingShards.length > 1 ? 's' : ''} ${missingShards.map((k) => `${k}/${[...new Set(parts.map((p) => p.result.shard?.count))][0]}`).join(', ')} not given: the class is incomplete\n`);
    return 1;
  }
  return refused.length ? 1 : classExitCode(result);
}

function lstatOrNull(file: string): ReturnType<typeof lstatSync> | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}
