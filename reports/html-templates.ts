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

type Template = (context: unknown, options?: { partials?: Record<string, unknown> }) => string;
type Spec = Parameters<typeof Handlebars.template>[0];
let compiled: Map<string, Template> | null = null;
/** The compiled partials, by name (for renderTemplatePieces). */
let partials: Record<string, (context: unknown, options: unknown) => string> = {};

function load(): Map<string, Template> {
  const env = Handlebars.create();
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Partials are named `_name.hbs`; pages are everything else. Escaping stays on (no triple-stash).
  for (const [name, spec] of Object.entries(PARTIALS)) env.registerPartial(name, env.template(spec as Spec));
  partials = env.partials as typeof partials;
  return new Map(Object.entries(PAGES).map(([name, spec]) => [name, env.template(spec as Spec) as Template]));
}

/** Renders page template `name` (e.g. `student`, `class`) with a view model. */
export function renderTemplate(name: string, view: unknown): string {
  compiled ??= load();
  const template = compiled.get(name);
  if (!template) throw new Error(`no template ${name}.hbs in reports/templates/`);
  return template(view);
}

/**
 * Renders page template `name` as `renderTemplate` does, in pieces: each use of partial `partial` is
 * given to `piece` with the partial's context and a function rendering it as the page would (the
 * same handlebars call), and `piece` returns its UTF-8 bytes (one it made before, say: a class's
 * reports repeat the same exercises). The page comes back as UTF-8 bytes: the page's own text
 * encoded, each piece's bytes in its place. The partial's output is put into the page as it is
 * either way (handlebars never escapes a partial), so the bytes are the same as
 * `utf8(renderTemplate(name, view))`.
 */
export function renderTemplatePieces(name: string, view: unknown, partial: string, piece: (context: unknown, render: () => string) => Uint8Array, mark = randomMark()): Uint8Array {
  compiled ??= load();
  const template = compiled.get(name);
  const original = partials[partial];
  if (!template || !original) throw new Error(`no template ${name}.hbs or partial _${partial}.hbs in reports/templates/`);
  const pieces: Uint8Array[] = [];
  const page = template(view, {
    partials: {
      [partial]: (context: unknown, options: unknown) => {
        pieces.push(piece(context, () => original(context, options)));
        return mark;
      },
    },
  });
  const texts = page.split(mark);
  // Pieces are made in the order handlebars writes the page, so the marks are in that order too. A
  // learner text that held the mark would make one more part: the page is then rendered whole.
  if (texts.length !== pieces.length + 1) return encoder.encode(renderTemplate(name, view));
  const parts: Uint8Array[] = [];
  let length = 0;
  texts.forEach((text, i) => {
    const bytes = encoder.encode(text);
    parts.push(bytes);
    length += bytes.length;
    if (i < pieces.length) {
      parts.push(pieces[i]);
      length += pieces[i].length;
    }
  });
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const encoder = new TextEncoder();

/** The mark each piece leaves in the page text: a random one, so no learner text holds it by chance. */
function randomMark(): string {
  return `\u0000dockgrade-piece-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}\u0000`;
}
