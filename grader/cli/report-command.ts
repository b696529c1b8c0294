/**
 * `dockgrade report FILE --format …`: re-renders a saved result (`check --format json`) or class result
 * (`grade`) in any format, without touching an engine. The file is validated with zod; a bad one is a
 * one-line `FILE: path: message` error (exit 2).
 */
import { CLASS_REPORTER_NAMES, loadClassReporter, loadReporter, REPORTER_NAMES } from '../../reports/index.js';
import { CLASS_RESULT_KIND, CLASS_RESULT_VERSION, ClassResultSchema } from '../model/class-schema.js';
import { RESULT_KIND, RESULT_VERSION } from '../core/constants.js';
import { InputError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { inputLabel, parseVersioned, readJsonFile } from '../io/input-file.js';
import { RunResultSchema } from '../model/result-schema.js';
import { useColor } from './options.js';
import { emitReports, parseOutputTargets } from './report-outputs.js';

export interface ReportCommandOptions {
  file: string;
  /** `FORMAT` or `FORMAT=FILE`, one or several (default pretty; json for a class result). */
  format: string | string[];
  output?: string;
  lang: Lang;
  showSecrets?: boolean;
  /** `--color` / `--no-color`; undefined: decided by the terminal and the environment. */
  color?: boolean;
}

/** Renders a saved run or class result; exit 0 once every report is written. */
export async function runReport(options: ReportCommandOptions, out: NodeJS.WriteStream = process.stdout): Promise<number> {
  const data = readJsonFile(options.file);
  const file = inputLabel(options.file);
  const kind = data && typeof data === 'object' && !Array.isArray(data) ? (data as { kind?: unknown }).kind : undefined;
  const formats = ([] as string[]).concat(options.format ?? []);
  const color = useColor(out, process.env, options.color);
  if (kind === CLASS_RESULT_KIND) {
    const result = parseVersioned(file, data, ClassResultSchema, CLASS_RESULT_KIND, CLASS_RESULT_VERSION);
    const targets = parseOutputTargets(formats.length ? formats : ['json'], options.output, CLASS_REPORTER_NAMES);
    await emitReports(targets, async (format, c) => (await loadClassReporter(format))!(result, { lang: options.lang, color: c, showSecrets: options.showSecrets }), { lang: options.lang, color, out });
    return 0;
  }
  if (kind !== RESULT_KIND) {
    throw new InputError(`${file}: kind: expected '${RESULT_KIND}' or '${CLASS_RESULT_KIND}', found ${JSON.stringify(kind ?? null)?.slice(0, 60)}`).inKorean(`${file}: 다른 종류의 파일입니다 (kind: 기대 '${RESULT_KIND}' 또는 '${CLASS_RESULT_KIND}', 실제 ${JSON.stringify(kind ?? null)?.slice(0, 60)})`, 'check --format json이나 grade가 쓴 파일을 주세요');
  }
  const run = parseVersioned(file, data, RunResultSchema, RESULT_KIND, RESULT_VERSION);
  const targets = parseOutputTargets(formats, options.output, REPORTER_NAMES);
  await emitReports(targets, async (format, c) => (await loadReporter(format))!(run, { lang: options.lang, color: c, showSecrets: options.showSecrets }), { lang: options.lang, color, out });
  return 0;
}
