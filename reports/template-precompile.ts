/**
 * Precompiles the handlebars templates of reports/templates/ into reports/templates.generated.ts, so a
 * run renders HTML with the handlebars runtime alone instead of parsing and compiling every template
 * first (the compile cost more than rendering a whole class of 100). Regenerate after editing a
 * template: `npm run build` regenerates it first (scripts/precompile-templates.mjs); a test fails while the generated
 * module and the templates differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

/** The compile options of every template and partial: escaping stays on; partials are not re-indented. */
export const TEMPLATE_OPTIONS = { strict: false, preventIndent: true } as const;

/** The generated module's text for the `.hbs` files of `dir`: `_name.hbs` are partials, the rest pages. */
export function precompiledModule(dir: string): string {
  const pages: string[] = [];
  const partials: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.hbs')) continue;
    const name = file.replace(/\.hbs$/, '');
    const spec = Handlebars.precompile(readFileSync(join(dir, file), 'utf8'), TEMPLATE_OPTIONS);
    (name.startsWith('_') ? partials : pages).push(`  ${JSON.stringify(name.replace(/^_/, ''))}: ${spec},\n`);
  }
  return [
    '// @ts-nocheck\n',
    '/* eslint-disable */\n',
    '// Generated from reports/templates/*.hbs by reports/template-precompile.ts (node scripts/precompile-templates.mjs). Do not edit.\n',
    '\n',
    '/** Page templates, precompiled. */\n',
    `export const PAGES: Record<string, object> = {\n${pages.join('')}};\n\n`,
    '/** Partials (`_name.hbs`), precompiled. */\n',
    `export const PARTIALS: Record<string, object> = {\n${partials.join('')}};\n`,
  ].join('');
}
