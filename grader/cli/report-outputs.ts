/**
 * Several reports from one run: `--format pretty --format junit=results.xml --format html=report.html`.
 * A format without `=FILE` goes to stdout (at most one may); `--output FILE` sends the single format to
 * a file. Every report is rendered before anything is written, and files are written atomically.
 */
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';

/** One requested report: a format name and where it goes (no file: stdout). */
export interface OutputTarget {
  format: string;
  file?: string;
}

/** `-` as a file name means standard output (`-o -`, `--format json=-`), as in most Unix tools. */
export const STDOUT_FILE = '-';

/** The file to write, or undefined for standard output (`-` or nothing). */
export function fileOrStdout(file: string | undefined): string | undefined {
  return file === STDOUT_FILE ? undefined : file;
}

/** Parses `--format` values (and `--output`) into targets; UsageError on anything ambiguous. */
export function parseOutputTargets(formats: readonly string[], givenOutput: string | undefined, known: readonly string[]): OutputTarget[] {
  const list = formats.length ? formats : ['pretty'];
  const output = fileOrStdout(givenOutput);
  const targets = list.map((spec): OutputTarget => {
    const at = spec.indexOf('=');
    const format = (at < 0 ? spec : spec.slice(0, at)).trim();
    const file = at < 0 || spec.slice(at + 1) === STDOUT_FILE ? undefined : spec.slice(at + 1);
    if (!known.includes(format)) throw new UsageError(`unknown format '${format}'`, `choose one of ${known.join(', ')}, optionally as FORMAT=FILE`).inKorean(`알 수 없는 형식입니다: '${format}'`, `${known.join(', ')} 가운데 하나를 고르세요 (FORMAT=FILE 꼴도 됩니다)`);
    if (file !== undefined && file.trim() === '') throw new UsageError(`--format ${format}=: the file name is missing`, `write --format ${format}=FILE`).inKorean(`--format ${format}=: 파일 이름이 빠졌습니다`, `--format ${format}=FILE 꼴로 쓰세요`);
    return file === undefined ? { format } : { format, file };
  });
  const toStdout = targets.filter((target) => target.file === undefined);
  if (output !== undefined) {
    if (toStdout.length !== 1 || targets.length !== 1) {
      throw new UsageError('--output names the file of a single format', 'with several formats write each as --format FORMAT=FILE').inKorean('--output은 형식이 하나일 때의 파일 이름입니다', '형식이 여럿이면 저마다 --format FORMAT=FILE 꼴로 쓰세요');
    }
    return [{ format: toStdout[0].format, file: output }];
  }
  if (toStdout.length > 1) {
    const formats = toStdout.map((t) => t.format).join(', ');
    throw new UsageError(`only one format can go to stdout (${formats})`, 'send the others to files: --format FORMAT=FILE').inKorean(`표준 출력으로는 형식 하나만 보낼 수 있습니다 (${formats})`, '나머지는 파일로 보내세요: --format FORMAT=FILE');
  }
  const files = targets.flatMap((t) => (t.file === undefined ? [] : [t.file]));
  const duplicate = files.find((file, index) => files.indexOf(file) !== index);
  if (duplicate !== undefined) throw new UsageError(`two formats write to ${duplicate}`, 'give each format its own file').inKorean(`두 형식이 같은 파일에 씁니다: ${duplicate}`, '형식마다 다른 파일을 주세요');
  return targets;
}

export interface EmitOptions {
  lang: Lang;
  /** Colour for the stdout report (a terminal, no NO_COLOR). */
  color: boolean;
  out: NodeJS.WritableStream;
}

/** Renders every target with `render`, then writes the files (atomically) and the stdout report. */
export async function emitReports(targets: readonly OutputTarget[], render: (format: string, color: boolean) => Promise<string>, options: EmitOptions): Promise<void> {
  const rendered: Array<{ target: OutputTarget; text: string }> = [];
  for (const target of targets) rendered.push({ target, text: await render(target.format, target.file === undefined && options.color) });
  const files = rendered.filter((r) => r.target.file !== undefined);
  if (files.length) {
    const { writeOutputFile } = await import('../io/output-file.js');
    for (const { target, text } of files) writeOutputFile(target.file!, text);
  }
  for (const { target, text } of rendered) if (target.file === undefined) options.out.write(text);
}
