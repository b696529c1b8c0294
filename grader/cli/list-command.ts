import { EXERCISES } from '../../exercises/index.js';
import { pointsText } from '../core/units.js';
import { sectionHeading } from '../core/sections.js';
import { ExitCode } from '../core/errors.js';
import { t, type Lang } from '../core/i18n.js';
import { inertJsonText } from '../core/inert-json.js';

/** `dockgrade list`: sections and exercises with ids, titles and points. */
export async function runList(options: { format: 'pretty' | 'json'; lang: Lang }, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const rows = EXERCISES.map((e) => ({ id: e.id, section: e.section, title: e.title, points: e.checks.reduce((s, c) => s + c.points, 0), checks: e.checks.map((c) => c.id) }));
  if (options.format === 'json') {
    out.write(`${inertJsonText({ exercises: rows }, 2)}\n`);
    return ExitCode.Ok;
  }
  let section = '';
  const lines: string[] = [];
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      // The book's section title beside its number: `2.2.1 컨테이너 생성`.
      lines.push(`${lines.length ? '\n' : ''}${sectionHeading(section, options.lang)}`);
    }
    lines.push(`  ${row.id.padEnd(28)} ${pointsText(row.points, options.lang).padStart(options.lang === 'ko' ? 4 : 7)}  ${t(row.title, options.lang)}`);
  }
  out.write(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}
