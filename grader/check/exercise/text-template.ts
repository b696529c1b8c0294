/**
 * The texts of exercise files are handlebars templates (`{{josa (name 'wordpressdb') '이/가'}} 실행 중`).
 * They are parsed by handlebars when the exercise is compiled (text-template-compile.ts, at build time for
 * the built-in exercises) into the small tree below, which this module renders: a `check` loads neither
 * handlebars nor its runtime. Text, not HTML: nothing is escaped here; every reporter escapes for its format.
 *
 * Helpers: `name` (a name under the learner's prefix: `{{name 'mycentos'}}` is `alice-mycentos` under
 * `--prefix alice`), `josa` (a word and the Korean particle it takes: `{{josa container '이/가'}}`).
 * Variables: `container` (the learner's container the check looked at), `create` (the command that
 * creates the target as the book does, with the learner's names), `prefix`, `engineNamed` (in a
 * target's missingHint: the learner's newest container named by the engine, such as `angry_morse`). `{{#if x}}…{{else}}…{{/if}}`
 * and `{{#unless x}}` choose between texts.
 */
import type { Msg } from '../../core/i18n.js';
import { josa, type Particle } from '../../core/korean-particles.js';
import type { Container } from '../../model/snapshot-schema.js';
import type { ContainerTarget, Names } from '../types.js';

/** A value inside `{{…}}`: a variable, a literal, or a helper call. */
export type TemplateExpr = { readonly v: string } | { readonly l: string | number | boolean } | { readonly h: string; readonly a: readonly TemplateExpr[] };
/** `{{#if x}}…{{else}}…{{/if}}` (`not`: `unless`). */
export interface TemplateIf {
  readonly if: TemplateExpr;
  readonly not?: true;
  readonly then: readonly TemplatePart[];
  readonly else: readonly TemplatePart[];
}
export type TemplatePart = string | TemplateExpr | TemplateIf;
/** A compiled template: plain text as it is, else its parts. */
export type Template = string | readonly TemplatePart[];
/** A text of an exercise file, compiled: one template per language. */
export interface TextTemplate {
  readonly ko: Template;
  readonly en: Template;
}

/** The variables a template may read. */
export const TEMPLATE_VARIABLES = ['container', 'create', 'prefix', 'engineNamed'] as const;
/** The helpers, with how many arguments each takes. */
export const TEMPLATE_HELPERS: Readonly<Record<string, number>> = { name: 1, josa: 2 };

/** What a template is rendered with. */
export interface TemplateScope {
  readonly names: Names;
  readonly container?: string;
  readonly create?: string;
  /** The newest of the learner's containers whose name the engine gave it (`angry_morse`), for hints of renaming exercises. */
  readonly engineNamed?: string;
}

function value(expr: TemplateExpr, scope: TemplateScope): string | number | boolean | undefined {
  if ('l' in expr) return expr.l;
  if ('v' in expr) return expr.v === 'prefix' ? scope.names.prefix : scope[expr.v as 'container' | 'create' | 'engineNamed'];
  const args = expr.a.map((a) => value(a, scope));
  if (expr.h === 'name') return scope.names.name(String(args[0] ?? ''));
  if (expr.h === 'josa') return josa(String(args[0] ?? ''), String(args[1]) as Particle);
  throw new Error(`unknown template helper '${expr.h}'`);
}

function renderParts(parts: readonly TemplatePart[], scope: TemplateScope): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('if' in part) out += renderParts(Boolean(value(part.if, scope)) !== Boolean(part.not) ? part.then : part.else, scope);
    else out += String(value(part, scope) ?? '');
  }
  return out;
}

/** Renders one compiled template. */
export function renderTemplate(template: Template, scope: TemplateScope): string {
  return typeof template === 'string' ? template : renderParts(template, scope);
}

/** Renders a compiled text in both languages. */
export function renderText(text: TextTemplate, scope: TemplateScope): Msg {
  return { ko: renderTemplate(text.ko, scope), en: renderTemplate(text.en, scope) };
}

/** Whether a compiled text reads nothing of the state (so it can be rendered once). */
export function isPlainText(text: TextTemplate): text is { ko: string; en: string } {
  return typeof text.ko === 'string' && typeof text.en === 'string';
}

/** A text that must read nothing of the state (a source's name): as it is; a template there is a mistake of the file. */
export function plainText(text: TextTemplate): Msg {
  if (!isPlainText(text)) throw new Error(`this text is shown as written: no {{…}} in it (${JSON.stringify(text)})`);
  return { ko: text.ko, en: text.en };
}

/** Hints of a check as functions of the learner's container and names, rendered from the file's templates. */
export function targetHints<K extends string>(target: ContainerTarget, texts: Partial<Record<K, TextTemplate>>): Partial<Record<K, (c: Container, names: Names) => Msg>> {
  const out: Partial<Record<K, (c: Container, names: Names) => Msg>> = {};
  for (const [key, text] of Object.entries(texts) as Array<[K, TextTemplate | undefined]>) {
    if (text) out[key] = (c, names) => renderText(text, { names, container: c.name, create: target.create(names) });
  }
  return out;
}
