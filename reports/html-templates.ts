/**
 * The handlebars environment of the HTML reports: the templates and partials of reports/templates/,
 * precompiled into templates.generated.ts (see template-precompile.ts), set up once in an isolated
 * environment of the handlebars runtime (no template compiler is loaded or run). Only the HTML
 * reporters import this module, so handlebars is loaded only when HTML is asked for.
 */
import type FullHandlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { PAGES, PARTIALS } from './templates.generated.js';

// The runtime build is the full one without the compiler; its typings declare nothing of their own.
const Handlebars = runtime as unknown as typeof FullHandlebars;

type Template = (context: unknown) => string;
type Spec = Parameters<typeof Handlebars.template>[0];
let compiled: Map<string, Template> | null = null;

function load(): Map<string, Template> {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Partials are named `_name.hbs`; pages are everything else. Escaping stays on (no triple-stash).
  for (const [name, spec] of Object.entries(PARTIALS)) env.registerPartial(name, env.template(spec as Spec));
  return new Map(Object.entries(PAGES).map(([name, spec]) => [name, env.template(spec as Spec) as Template]));
}

/** Renders page template `name` (e.g. `student`, `class`) with a view model. */
export function renderTemplate(name: string, view: unknown): string {
  compiled ??= load();
  const template = compiled.get(name);
  if (!template) throw new Error(`no template ${name}.hbs in reports/templates/`);
  return template(view);
}
