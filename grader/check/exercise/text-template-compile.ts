/**
 * Parses the handlebars templates of an exercise file into the tree text-template.ts renders. Runs when an
 * exercise file is compiled (at build time for the built-in ones: scripts/compile-exercises.mjs), never
 * on a plain `check`. Only what text-template.ts renders is accepted: text, `{{variable}}`, the helpers
 * with their arguments (literals, variables, `(helper …)`), `{{#if}}`/`{{#unless}}` with `{{else}}`; a
 * template that uses anything else, an unknown helper or variable, fails with where and why.
 */
import Handlebars from 'handlebars';
import type { Particle } from '../../core/korean-particles.js';
import { TEMPLATE_HELPERS, TEMPLATE_VARIABLES, type Template, type TemplateExpr, type TemplatePart, type TextTemplate } from './text-template.js';

type Node = hbs.AST.Node;

/** The particle pairs josa takes (grader/core/korean-particles.ts' Particle), the form after a 받침 first. */
const PARTICLES = new Set<Particle>([
  '이/가', '을/를', '은/는', '으로/로', '와/과', '이나/나', '이란/란', '아/야', '이랑/랑', '이에요/예요', '으로서/로서', '으로써/로써', '으로부터/로부터', '이라/라',
  '이라는/라는', '이어야/여야', '이고/고', '이며/며',
]);

function isParticle(pair: string): boolean {
  return PARTICLES.has(pair as Particle);
}

function expression(node: Node, where: string): TemplateExpr {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return { l: (node as hbs.AST.StringLiteral).value };
    case 'PathExpression': {
      const path = node as hbs.AST.PathExpression;
      if (path.data || path.parts.length !== 1 || !(TEMPLATE_VARIABLES as readonly string[]).includes(path.original)) {
        throw new Error(`${where}: unknown variable '${path.original}' (known: ${TEMPLATE_VARIABLES.join(', ')})`);
      }
      return { v: path.original };
    }
    case 'SubExpression':
      return call(node as hbs.AST.SubExpression, where);
    default:
      throw new Error(`${where}: ${node.type} is not supported in exercise texts`);
  }
}

function call(node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, where: string): TemplateExpr {
  const name = (node.path as hbs.AST.PathExpression).original;
  if (node.params.length === 0 && !node.hash) return expression(node.path, where);
  const arity = TEMPLATE_HELPERS[name];
  if (arity === undefined) throw new Error(`${where}: unknown helper '${name}' (known: ${Object.keys(TEMPLATE_HELPERS).join(', ')})`);
  if (node.hash && node.hash.pairs.length) throw new Error(`${where}: helper '${name}' takes no key=value arguments`);
  if (node.params.length !== arity) throw new Error(`${where}: helper '${name}' takes ${arity} argument${arity === 1 ? '' : 's'}, got ${node.params.length}`);
  const args = node.params.map((p) => expression(p, where));
  if (name === 'josa') {
    const pair = args[1];
    if (!('l' in pair) || !isParticle(String(pair.l))) throw new Error(`${where}: josa's second argument is a particle pair such as '이/가', '을/를', '은/는', '으로/로', '와/과'`);
  }
  return { h: name, a: args };
}

function parts(program: hbs.AST.Program, where: string): TemplatePart[] {
  const out: TemplatePart[] = [];
  for (const node of program.body) {
    if (node.type === 'ContentStatement') {
      const text = (node as hbs.AST.ContentStatement).value;
      if (typeof out.at(-1) === 'string') out[out.length - 1] += text;
      else if (text) out.push(text);
    } else if (node.type === 'MustacheStatement') {
      out.push(call(node as hbs.AST.MustacheStatement, where));
    } else if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      const helper = (block.path as hbs.AST.PathExpression).original;
      if ((helper !== 'if' && helper !== 'unless') || block.params.length !== 1) throw new Error(`${where}: only {{#if x}} and {{#unless x}} blocks are supported, not {{#${helper}}}`);
      out.push({ if: expression(block.params[0], where), ...(helper === 'unless' ? { not: true as const } : {}), then: parts(block.program, where), else: block.inverse ? parts(block.inverse, where) : [] });
    } else if (node.type !== 'CommentStatement') {
      throw new Error(`${where}: ${node.type} is not supported in exercise texts`);
    }
  }
  return out;
}

/** Compiles one template; plain text stays a string. `where` names it in errors (`checks[2].hint.ko`). */
export function compileTemplate(source: string, where: string): Template {
  if (!source.includes('{{')) return source;
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const compiled = parts(program, where);
  return compiled.length === 1 && typeof compiled[0] === 'string' ? compiled[0] : compiled;
}

/** Compiles a text in both languages. */
export function compileText(text: { ko: string; en: string }, where: string): TextTemplate {
  return { ko: compileTemplate(text.ko, `${where}.ko`), en: compileTemplate(text.en, `${where}.en`) };
}
