/**
 * Compiles one exercise file (already parsed from YAML) into the data the grader runs: validates it with
 * the exercise schema (grader/model/exercise-schema.ts) and each check's parameters with its kind's
 * schema, parses every text as a handlebars template, splits command lines into steps, then builds the
 * exercise once to prove its checks, requirements and mutations agree (define.ts' rules, and one mutation
 * per check). Any problem is an InputError naming the file and the field. Runs at build time for the
 * built-in exercises (scripts/compile-exercises.mjs), so a `check` never loads this module.
 */
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import type { Msg } from '../../core/i18n.js';
import { buildPaths, normalRelative, objectsCreatedBy, splitCommandLine } from '../../docker/docker-args.js';
import { formatIssues } from '../../io/input-file.js';
import { ExerciseFileSchema, type ExerciseFile, type ExerciseStep } from '../../model/exercise-schema.js';
import { defineExercise } from '../define.js';
import { KINDS } from '../kinds/index.js';
import type { BuildStep, DockerStep } from '../types.js';
import type { CompiledCheck, CompiledExercise, CompiledTarget } from './compiled-exercise.js';
import { buildExercise, noPrefixLines } from './exercise-builder.js';
import { compileTemplate, compileText } from './text-template-compile.js';

/** Keys of a check that are the check's own, not its kind's parameters. */
const CHECK_KEYS = new Set(['kind', 'target', 'id', 'points', 'requires', 'hidden']);

function fail(source: string, message: string): never {
  // The field path and the reason stay as written (keys and values of the file); the frame is Korean.
  throw new InputError(`${source}: ${message}`, 'see schemas/exercise.schema.json and CONTRIBUTING.md (add an exercise)').inKorean(
    `${source}: 실습 파일 오류: ${message}`,
    'schemas/exercise.schema.json과 CONTRIBUTING.md의 실습 추가 방법을 보세요',
  );
}

/** A text shown as written (titles, goals, descriptions): no {{…}}, since nothing of the state is known there. */
function plain(source: string, text: Msg, where: string): Msg {
  if (text.ko.includes('{{') || text.en.includes('{{')) fail(source, `${where}: this text is shown as written, without {{…}}`);
  return { ko: text.ko, en: text.en };
}

/** `sectionTitles`: only the exercise's own section and its parents (`2.6` and `2.6.1` for 2.6.1), shown as written. */
function sectionTitlesOf(source: string, section: string, titles: Readonly<Record<string, Msg>>): Record<string, Msg> {
  const own = section.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
  return Object.fromEntries(
    Object.entries(titles).map(([id, title]) => {
      if (!own.includes(id)) fail(source, `sectionTitles.${id}: expected the exercise's section or one of its parents (${own.join(', ')})`);
      return [id, plain(source, title, `sectionTitles.${id}`)];
    }),
  );
}

/** A docker command line as arguments after `docker`. */
function stepOf(source: string, line: string, where: string): string[] {
  const words = splitCommandLine(line);
  if (words[0] !== 'docker' || words.length < 2) fail(source, `${where}: '${line}' is not a docker command line`);
  return words.slice(1);
}

/** Steps with nested lists (YAML aliases of other lists) spliced in place. */
function stepsOf(source: string, steps: readonly ExerciseStep[], where: string): DockerStep[] {
  return steps.flatMap((step, i): DockerStep[] => {
    if (Array.isArray(step)) return stepsOf(source, step, `${where}[${i}]`);
    if (typeof step === 'string') return [stepOf(source, step, `${where}[${i}]`)];
    return [buildStepOf(source, step, `${where}[${i}]`)];
  });
}

/**
 * A `docker build` step with its files: `dockerfile` goes where the command reads it (`-f PATH`, else
 * `Dockerfile` in its context), `files` into the context (`test.html` beside the Dockerfile of `./`).
 */
function buildStepOf(source: string, step: { command: string; dockerfile?: string; files?: Record<string, string> }, where: string): BuildStep {
  const args = stepOf(source, step.command, `${where}.command`);
  const paths = buildPaths(args);
  if (!paths) fail(source, `${where}.command: '${step.command}' builds from no folder of files (a relative context such as ./, and -f inside it)`);
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(step.files ?? {})) {
    const relative = normalRelative(path);
    const inContext = relative === null || relative === '.' ? null : paths.context === '.' ? relative : `${paths.context}/${relative}`;
    if (inContext === null) fail(source, `${where}.files: '${path}' is not a path inside the build context`);
    files[inContext] = text;
  }
  if (step.dockerfile !== undefined) {
    if (files[paths.dockerfile] !== undefined) fail(source, `${where}: the Dockerfile ${paths.dockerfile} is given twice (dockerfile and files)`);
    files[paths.dockerfile] = step.dockerfile;
  }
  if (files[paths.dockerfile] === undefined) fail(source, `${where}: no Dockerfile: give dockerfile (written to ${paths.dockerfile})`);
  return { args, files };
}

/** Every `{ ko, en }` text among a kind's parameters, compiled into templates. */
function compileTexts(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => compileTexts(v, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 2 && typeof (value as Msg).ko === 'string' && typeof (value as Msg).en === 'string') return compileText(value as Msg, where);
    return Object.fromEntries(entries.map(([k, v]) => [k, compileTexts(v, `${where}.${k}`)]));
  }
  return value;
}

function compileTargets(source: string, file: ExerciseFile): Record<string, CompiledTarget> {
  const out: Record<string, CompiledTarget> = {};
  for (const [key, t] of Object.entries(file.targets ?? {})) {
    const where = `targets.${key}`;
    if (t.name === undefined && !t.describe) fail(source, `${where}: an unnamed target needs describe (how messages name it)`);
    out[key] = {
      ...(t.name !== undefined ? { name: t.name } : {}),
      ...(t.aliases ? { aliases: t.aliases } : {}),
      ...(t.shared ? { shared: true } : {}),
      ...(t.nearMiss ? { nearMiss: t.nearMiss } : {}),
      ...(t.match ? { match: t.match } : {}),
      describe: t.describe ? plain(source, t.describe, `${where}.describe`) : { ko: `컨테이너 ${t.name}`, en: `container ${t.name}` },
      create: t.create?.includes('{{') ? { template: compileTemplate(t.create, `${source}: ${where}.create`) } : stepOf(source, t.create ?? file.commands[0], `${where}.create`),
      ...(t.missingHint ? { missingHint: compileText(t.missingHint, `${source}: ${where}.missingHint`) } : {}),
    };
  }
  return out;
}

function compileCheck(source: string, file: ExerciseFile, index: number): CompiledCheck {
  const check = file.checks[index];
  const where = `checks[${index}]`;
  const kind = KINDS[check.kind];
  if (!kind) fail(source, `${where}.kind: no check kind '${check.kind}' (known: ${Object.keys(KINDS).sort().join(', ')})`);
  if (kind.target === 'container') {
    if (check.target === undefined) fail(source, `${where}: kind ${kind.name} checks a container: give target (a key of targets)`);
    if (!file.targets?.[check.target]) fail(source, `${where}.target: no target '${check.target}' under targets`);
  } else if (check.target !== undefined) {
    if (kind.target === 'state') fail(source, `${where}.target: kind ${kind.name} checks the state as a whole, not a target`);
    if (!file.targets?.[check.target]) fail(source, `${where}.target: no target '${check.target}' under targets`);
  }
  const params = Object.fromEntries(Object.entries(check).filter(([key]) => !CHECK_KEYS.has(key)));
  const parsed = kind.params(z).safeParse(params);
  if (!parsed.success) fail(source, `${where} (${kind.name}): ${formatIssues(parsed.error.issues)}`);
  return {
    kind: check.kind,
    ...(check.target !== undefined ? { target: check.target } : {}),
    ...(check.id !== undefined ? { id: check.id } : {}),
    ...(check.points !== undefined ? { points: check.points } : {}),
    ...(check.requires !== undefined ? { requires: check.requires } : {}),
    ...(check.hidden ? { hidden: true } : {}),
    params: compileTexts(parsed.data, `${source}: ${where}`) as Record<string, unknown>,
  };
}

/** Compiles a parsed exercise file; `source` names it in errors (`exercises/2.2.1-run-ubuntu.yaml`). */
export function compileExercise(raw: unknown, source: string): CompiledExercise {
  const parsed = ExerciseFileSchema.safeParse(raw);
  if (!parsed.success) fail(source, formatIssues(parsed.error.issues, 5));
  const file = parsed.data;
  if (!file.id.startsWith(`${file.section}/`)) fail(source, `id: ${file.id} does not start with its section ${file.section}/`);
  const solution = stepsOf(source, file.solution, 'solution');
  const mutations = file.mutations.map((m, i) => ({
    check: m.check,
    description: plain(source, m.description, `mutations[${i}].description`),
    steps: stepsOf(source, m.steps, `mutations[${i}].steps`),
    ...(m.edit ? { edit: m.edit } : {}),
  }));
  // What `reset` and the tests remove: every container the steps name, and the unnamed one's name.
  const made = objectsCreatedBy([...solution, ...mutations.flatMap((m) => m.steps)]).containers;
  const creates = [...new Set([...made, ...(file.unnamed ? [file.unnamed] : []), ...(file.creates ?? [])])];
  const compiled: CompiledExercise = {
    id: file.id,
    section: file.section,
    order: file.order,
    source,
    title: plain(source, file.title, 'title'),
    goal: plain(source, file.goal, 'goal'),
    commands: file.commands,
    ...(file.unnamed ? { unnamed: file.unnamed } : {}),
    targets: compileTargets(source, file),
    checks: file.checks.map((_, i) => compileCheck(source, file, i)),
    solution,
    mutations,
    creates,
    ...(file.commandView === false ? { commandView: false } : {}),
    ...(file.certificates ? { certificates: { subjectAltName: file.certificates.subjectAltName } } : {}),
    ...(file.notGradableOn ? { notGradableOn: file.notGradableOn.map((n, i) => ({ host: n.host, reason: plain(source, n.reason, `notGradableOn[${i}].reason`) })) } : {}),
    ...(file.sectionTitles ? { sectionTitles: sectionTitlesOf(source, file.section, file.sectionTitles) } : {}),
  };
  // Built once here, so a file whose checks, requirements or mutations disagree never ships.
  let built;
  try {
    built = defineExercise(buildExercise(compiled));
  } catch (error) {
    return fail(source, (error as Error).message);
  }
  const mutated = new Set(built.mutations.map((m) => m.check));
  const bare = built.checks.map((c) => c.id).filter((id) => !mutated.has(id));
  if (bare.length) fail(source, `mutations: no mutation fails ${bare.join(', ')} (one per check proves the check can fail)`);
  let typed;
  try {
    typed = noPrefixLines(compiled);
  } catch (error) {
    return fail(source, (error as Error).message);
  }
  const targets = Object.fromEntries(Object.entries(compiled.targets).map(([key, t]) => [key, typed.creates[key] === undefined ? t : { ...t, createLine: typed.creates[key] }]));
  return { ...compiled, targets, ...(Object.keys(typed.lines).length ? { lines: typed.lines } : {}) };
}
