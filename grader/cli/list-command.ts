import { pointsText } from '../core/units.js';
import { sectionHeadingIn, type Catalog } from '../pipeline/catalog.js';
import { ExitCode } from '../core/errors.js';
import { t } from '../core/i18n.js';
import type { ListArgs } from './commands/list-declaration.js';
import { inertJsonText } from '../core/inert-json.js';
import { notGradableText } from '../../reports/not-gradable-text.js';

/** `dockgrade list`: sections and exercises with ids, titles and points. */
export async function runList(options: ListArgs, catalog: Catalog, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  // An exercise not gradable on one host (a remote log server, a cloud) earns no points: listed with why.
  const rows = catalog.exercises.map((e) => ({
    id: e.id,
    section: e.section,
    title: e.title,
    points: e.notGradable ? 0 : e.checks.reduce((s, c) => s + c.points, 0),
    checks: e.checks.map((c) => c.id),
    ...(e.notGradable ? { notGradable: e.notGradable } : {}),
  }));
  if (options.format === 'json') {
    out.write(`${inertJsonText({ exercises: rows }, 2)}\n`);
    return ExitCode.Ok;
  }
  let section = '';
  const lines: string[] = [];
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      // The catalog's section title beside its number: `2.2.1 컨테이너 생성`.
      lines.push(`${lines.length ? '\n' : ''}${sectionHeadingIn(catalog, section, options.lang)}`);
    }
    const points = row.notGradable ? '—' : pointsText(row.points, options.lang);
    lines.push(`  ${row.id.padEnd(28)} ${points.padStart(options.lang === 'ko' ? 4 : 7)}  ${t(row.title, options.lang)}`);
    if (row.notGradable) lines.push(`  ${''.padEnd(28)} ${''.padStart(options.lang === 'ko' ? 4 : 7)}  (${notGradableText(row.notGradable, options.lang)})`);
  }
  out.write(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}
