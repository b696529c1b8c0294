/**
 * `dockgrade report FILE --format …`: re-renders a saved result (`check --format json`) or class result
 * (`grade`) in any format, without touching an engine. The file is validated with zod; a bad one is a
 * one-line `FILE: path: message` error (exit 2).
 */
import { CLASS_REPORTER_NAMES, loadClassReporter, loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { CLASS_RESULT_KIND, CLASS_RESULT_VERSION, ClassResultSchema } from '../model/class-schema.js';
import { RESULT_KIND, RESULT_VERSION } from '../core/constants.js';
import { InputError } from '../core/errors.js';
import { inputLabel, parseVersioned, readJsonFile } from '../io/input-file.js';
import { RunResultSchema, type RunResult } from '../model/result-schema.js';
import { withSections, type Catalog } from '../pipeline/catalog.js';
import { useColor } from './options.js';
import type { ReportArgs } from './commands/report-declaration.js';
import { emitReports, parseOutputTargets } from './report-outputs.js';

/** Renders a saved run or class result; exit 0 once every report is written. */
export async function runReport(options: ReportArgs, catalog: Catalog, out: NodeJS.WriteStream = process.stdout): Promise<number> {
  const data = readJsonFile(options.file);
  const file = inputLabel(options.file);
  const kind = data && typeof data === 'object' && !Array.isArray(data) ? (data as { kind?: unknown }).kind : undefined;
  const formats = ([] as string[]).concat(options.format ?? []);
  const color = useColor(out, process.env, options.color);
  if (kind === CLASS_RESULT_KIND) {
    const saved = parseVersioned(file, data, ClassResultSchema, CLASS_RESULT_KIND, CLASS_RESULT_VERSION);
    const result = { ...saved, students: saved.students.map((row) => (row.result ? { ...row, result: sectioned(row.result, catalog) } : row)) };
    const targets = parseOutputTargets(formats.length ? formats : ['json'], options.output, CLASS_REPORTER_NAMES);
    await emitReports(targets, async (format, c) => (await loadClassReporter(format))!(result, { lang: options.lang, color: c, showSecrets: options.showSecrets, publicWords: catalog.publicWords }), { lang: options.lang, color, out });
    return 0;
  }
  if (kind !== RESULT_KIND) {
    throw new InputError(`${file}: kind: expected '${RESULT_KIND}' or '${CLASS_RESULT_KIND}', found ${JSON.stringify(kind ?? null)?.slice(0, 60)}`).inKorean(`${file}: 다른 종류의 파일입니다 (kind: 기대 '${RESULT_KIND}' 또는 '${CLASS_RESULT_KIND}', 실제 ${JSON.stringify(kind ?? null)?.slice(0, 60)})`, 'check --format json이나 grade가 쓴 파일을 주세요');
  }
  const run = sectioned(parseVersioned(file, data, RunResultSchema, RESULT_KIND, RESULT_VERSION), catalog);
  const targets = parseOutputTargets(formats, options.output, REPORTER_NAMES);
  await emitReports(targets, async (format, c) => (await loadReporter(format))!(run, { lang: options.lang, color: c, showSecrets: options.showSecrets, publicWords: catalog.publicWords }), { lang: options.lang, color, out });
  return 0;
}

/** A run as saved, or, saved before runs carried their sections, with the catalog's (titles and order as they were then). */
function sectioned(run: RunResult, catalog: Catalog): RunResult {
  return run.sections ? run : withSections(run, catalog);
}
