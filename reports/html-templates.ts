/**
 * The handlebars environment of the HTML reports: templates and partials read once from
 * reports/templates/ (shipped in the package), compiled in an isolated environment. Only the HTML
 * reporters import this module, so handlebars is loaded only when HTML is asked for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** reports/templates/ next to the sources, beside dist/ for the tsc output (dist/reports/) or the bundle (dist/dockgrade.cjs). */
export function templatesDir(): string {
  for (const candidate of ['./templates/', '../reports/templates/', '../../reports/templates/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error('reports/templates/ not found next to the reports module');
}

type Template = (context: unknown) => string;
let compiled: Map<string, Template> | null = null;

function load(): Map<string, Template> {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const dir = templatesDir();
  const templates = new Map<string, Template>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.hbs')) continue;
    const source = readFileSync(`${dir}/${file}`, 'utf8');
    const name = file.replace(/\.hbs$/, '');
    // Partials are named `_name.hbs`; pages are everything else. Escaping stays on (no triple-stash).
    if (name.startsWith('_')) env.registerPartial(name.slice(1), source);
    else templates.set(name, env.compile(source, { strict: false, preventIndent: true }));
  }
  return templates;
}

/** Renders page template `name` (e.g. `student`, `class`) with a view model. */
export function renderTemplate(name: string, view: unknown): string {
  compiled ??= load();
  const template = compiled.get(name);
  if (!template) throw new Error(`no template ${name}.hbs in reports/templates/`);
  return template(view);
}
