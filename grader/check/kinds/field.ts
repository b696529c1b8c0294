/**
 * Check kind `field`: one field of any object the snapshot holds, read by a path and compared: a
 * container of the exercise's targets (`resources.memory`, `logConfig.config["max-size"]`), or an image,
 * network or volume by the book's name (under the learner's prefix), or the engine itself (`ncpu`). The
 * lookup, path and comparisons are grader/check/object-targets.ts; this module words the outcome.
 * A path key or a compared text may name one of the learner's objects as `{{name 'mybridge'}}`: the
 * book's name under their prefix (`networks.{{name 'mybridge'}}.aliases`, `equals: "{{name 'mybridge'}}"`),
 * so a check about a network, volume or container the steps make holds under `--prefix` too.
 */
import { msg, type Msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import { isSecretName, maskEnvValues, MASK } from '../../core/secrets.js';
import { prefixedImage } from '../../docker/prefix-rewriter.js';
import type { CheckContext, CheckSpec, ContainerTarget, Names, Outcome } from '../types.js';
import { fieldText, findObject, meetsField, mentioning, parseFieldPath, readField, visibleUnder, type FieldExpectation, type FieldRead, type ObjectKind } from '../object-targets.js';
import { containerCheck, fail, fixHint, pass, recreate, stateCheck, whom, withNote, type CheckOptions } from './check-builder.js';
import { plainText } from '../exercise/text-template.js';
import { commandParam, defineKind, editParam, textParam } from './kind.js';
import { namedEdit, type FileEdit } from '../file-edit.js';

/** The objects a check names by `object` (a container is a target of the exercise instead). */
export const FIELD_OBJECTS = ['image', 'network', 'volume', 'engine'] as const;
export type FieldObject = (typeof FIELD_OBJECTS)[number];

/** The comparisons, exactly one of which a check gives. */
const COMPARISONS = ['equals', 'oneOf', 'includes', 'mentions', 'atLeast', 'atMost', 'present'] as const;

/** `{{name 'x'}}`: the book's name x under the learner's prefix (the hints' notation; nothing else of handlebars). */
const NAME_TOKEN = /\{\{\s*name\s+'([^'{}]+)'\s*\}\}/g;
/** A path key that is only such a name: `.{{name 'mybridge'}}`. */
const NAME_KEY = /\.\{\{\s*name\s+'([^'{}]+)'\s*\}\}/g;
/** A plain path key (object-targets.ts parseFieldPath); other names are written as quoted keys. */
const PLAIN_KEY = /^[A-Za-z0-9_/-]+$/;

/** A text with each `{{name 'x'}}` replaced by x under the learner's prefix. */
export function withNames(text: string, n: Pick<Names, 'name'>): string {
  return text.replace(NAME_TOKEN, (_, base: string) => n.name(base));
}

/** A path with its `.{{name 'x'}}` keys under the learner's prefix: `networks.alice-mybridge.aliases` (a name that is no plain key is quoted). */
export function pathWithNames(path: string, n: Pick<Names, 'name'>): string {
  return path.replace(NAME_KEY, (_, base: string) => {
    const name = n.name(base);
    return PLAIN_KEY.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
  });
}

/** The path with the book's names (titles and ids, which name no prefix). */
const bookPath = (path: string) => pathWithNames(path, { name: (x) => x });

/** Every text of a compared value with its names under the learner's prefix. */
function valueWithNames(value: unknown, n: Pick<Names, 'name'>): unknown {
  if (typeof value === 'string') return withNames(value, n);
  if (Array.isArray(value)) return value.map((item) => valueWithNames(item, n));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, valueWithNames(v, n)]));
  return value;
}

/** The spec as the learner's names make it: path and compared values under their prefix (unchanged when they name nothing). */
function underNames(spec: FieldSpec, n: Pick<Names, 'name'>): FieldSpec {
  if (!spec.field.includes('{{') && !JSON.stringify(spec.expect).includes('{{')) return spec;
  return { ...spec, field: pathWithNames(spec.field, n), expect: valueWithNames(spec.expect, n) as FieldExpectation };
}

/** What the check is about and what the field must be. */
export interface FieldSpec {
  /** A non-container object (with `name`, but for the engine); leave out with a container target. */
  object?: FieldObject;
  /** The book's name, before the learner's prefix (an image: its reference, `commit_test:first`). */
  name?: string;
  /** An image the learner's steps make (commit, tag, build): under a prefix its tag carries it. */
  made?: boolean;
  /** The path (object-targets.ts parseFieldPath); a key may be `{{name 'x'}}` (withNames). */
  field: string;
  expect: FieldExpectation;
  /** The command that makes it so, as the learner types it (names under their prefix). */
  fix?: (names: Names) => string;
  /** A build's fix: the Dockerfile line that makes it so, as the book writes it (`LABEL "purpose"="practice"`). */
  dockerfile?: string;
  /** A build's fix as a file edit the hint gives as a shell line before the build (`echo 'VOLUME /home/volume' >> Dockerfile`), under the learner's names. */
  edit?: (names: Names) => FileEdit;
  /** What the fix's command may need on the learner's host (macvlan's parent interface), after the commands. */
  note?: Msg;
}

const KO_OBJECT: Record<Exclude<ObjectKind, 'engine'>, string> = { container: '컨테이너', image: '이미지', network: '네트워크', volume: '볼륨' };

/** The name looked for, under the learner's prefix. */
function wantedName(spec: FieldSpec, n: Names): string {
  if (spec.object === 'image') return spec.made ? prefixedImage(n.prefix, spec.name!) : spec.name!;
  return spec.object === 'engine' ? '' : n.name(spec.name!);
}

/** The object as messages name it: `네트워크 alice-mynet` / `network alice-mynet`, `도커 엔진` / `the Docker engine`. */
function label(object: ObjectKind, name: string): Msg {
  return object === 'engine' ? msg('도커 엔진', 'the Docker engine') : msg(`${KO_OBJECT[object]} ${name}`, `${object} ${name}`);
}

/** Whether the value of this path is a secret (`env.MYSQL_ROOT_PASSWORD`, `config.env.0` cannot tell): shown masked. */
function secret(field: string): boolean {
  const keys = parseFieldPath(field) ?? [];
  const at = keys.lastIndexOf('env');
  return at >= 0 && at < keys.length - 1 && isSecretName(keys[at + 1]);
}

/** A whole environment (`env` as a map, an image's `config.env` as `NAME=value` lines) with its secret values masked. */
function maskedEnv(field: string, value: unknown): unknown {
  if ((parseFieldPath(field) ?? []).at(-1) !== 'env') return value;
  if (Array.isArray(value)) return value.map((line) => (typeof line === 'string' && isSecretName(line.split('=')[0]) ? `${line.split('=')[0]}=${MASK}` : line));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretName(k) ? MASK : v]));
  return value;
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What the field must be, in words: `172.72.0.0/16`, `always, on-failure 중 하나` / `one of always, on-failure`. */
function expectWords(expect: FieldExpectation, hidden: boolean): Msg {
  const v = (value: unknown) => (hidden ? MASK : valueText(value));
  if ('equals' in expect) return msg(v(expect.equals), v(expect.equals));
  if ('oneOf' in expect) return msg(`${expect.oneOf.map(v).join(', ')} 중 하나`, `one of ${expect.oneOf.map(v).join(', ')}`);
  if ('includes' in expect) return msg(`${v(expect.includes)} 포함`, `including ${v(expect.includes)}`);
  if ('mentions' in expect) return msg(`'${v(expect.mentions)}' 문구가 든 줄`, `a line with '${v(expect.mentions)}'`);
  if ('atLeast' in expect) return msg(`${expect.atLeast} 이상`, `at least ${expect.atLeast}`);
  if ('atMost' in expect) return msg(`${expect.atMost} 이하`, `at most ${expect.atMost}`);
  return expect.present ? msg('설정됨', 'set') : msg('설정 안 됨', 'not set');
}

/** The same as a result's `expected` value, in no language: `ipam.config.0.subnet=172.72.0.0/16`, `ncpu ≥ 3`. */
function expectValue(field: string, expect: FieldExpectation, hidden: boolean): string {
  const v = (value: unknown) => (hidden ? MASK : valueText(value));
  if ('equals' in expect) return `${field}=${v(expect.equals)}`;
  if ('oneOf' in expect) return `${field}=${expect.oneOf.map(v).join(' | ')}`;
  if ('includes' in expect) return `${field} ∋ ${v(expect.includes)}`;
  if ('mentions' in expect) return `${field} ∋ '…${v(expect.mentions)}…'`;
  if ('atLeast' in expect) return `${field} ≥ ${expect.atLeast}`;
  if ('atMost' in expect) return `${field} ≤ ${expect.atMost}`;
  return expect.present ? `${field} ≠ (none)` : `${field} = (none)`;
}

/** The field's outcome once its object is found. */
/** Whether the object's field meets the spec: judge's verdict without its words. */
function meets(spec: FieldSpec, object: unknown): boolean {
  const read: FieldRead = readField(object, spec.field);
  return meetsField(read.found ? read.value : undefined, spec.expect);
}

/** `hint` is made only for a failure (a target's candidates are each tried against its checks). */
function judge(spec: FieldSpec, who: Msg, object: unknown, hint: () => Msg, mask?: (text: string) => string): Outcome {
  const hidden = secret(spec.field);
  const read: FieldRead = readField(object, spec.field);
  const ok = meetsField(read.found ? read.value : undefined, spec.expect);
  // a text searched for a line (a log): the line that holds it, else the last line, not the whole list
  const raw = read.found ? read.value : undefined;
  const lines = 'mentions' in spec.expect && Array.isArray(raw) ? raw : undefined;
  const absent = raw === undefined || lines?.length === 0;
  const line = lines ? (mentioning(lines, (spec.expect as { mentions: string }).mentions) ?? lines.at(-1)) : undefined;
  // a log line is the learner's text: their own secret values stay hidden in it
  const value = line !== undefined ? (mask?.(String(line)) ?? line) : raw;
  const shown = absent ? '(none)' : hidden ? MASK : fieldText({ found: true, value: maskedEnv(spec.field, value) });
  const found = absent ? msg('없음', '(none)') : msg(shown, shown);
  const wanted = expectWords(spec.expect, hidden);
  const evidence = { expected: expectValue(spec.field, spec.expect, hidden), actual: `${spec.field}=${shown}` };
  if (ok) return pass(msg(`${who.ko}의 ${spec.field}: ${found.ko}`, `${who.en} ${spec.field}: ${found.en}`), evidence);
  return fail(msg(`${who.ko}의 ${spec.field} 값이 다릅니다: ${found.ko} (필요: ${wanted.ko})`, `${who.en} ${spec.field} is ${found.en}, expected ${wanted.en}`), { ...evidence, hint: hint() });
}

/** The inspect command that shows the object (`docker network inspect alice-mynet`, `docker info`). */
function inspectLine(object: ObjectKind, name: string): string {
  return object === 'engine' ? 'docker info' : object === 'container' ? `docker inspect ${name}` : `docker ${object} inspect ${name}`;
}

/** One field of a container target of the exercise: the runner finds the container (aliases, did you mean). */
function containerField(target: ContainerTarget, spec: FieldSpec, options: CheckOptions, id: string): CheckSpec {
  const path = bookPath(spec.field);
  const title = msg(`${target.name ? `컨테이너 ${target.name}` : target.describe.ko}의 ${path}`, `${target.name ? `container ${target.name}` : target.describe.en} ${path}`);
  const explain = (n: Names) => {
    const who = whom(target, n);
    const named = underNames(spec, n);
    const wanted = expectWords(named.expect, secret(spec.field));
    const how = spec.fix?.(n) ?? target.create(n);
    return msg(`${who.ko}의 ${named.field}: ${wanted.ko} (${how})`, `${who.en} ${named.field}: ${wanted.en} (${how})`);
  };
  return containerCheck({ id, title, explain }, target, options, (c, ctx) => {
    const hint = () => {
      const fix = spec.fix?.(ctx);
      return withNote(fix ? msg(`이렇게 고치세요: ${fix}`, `fix it: ${fix}`) : msg(`다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it: ${recreate(c, target, ctx)}`), spec.note);
    };
    return judge(underNames(spec, ctx), msg(`컨테이너 ${c.name}`, `container ${c.name}`), c, hint, (text) => maskEnvValues(text, c.env, ctx.publicWords));
  }, (c, ctx) => meets(underNames(spec, ctx), c));
}

/** One field of an image, network or volume found by name, or of the engine. */
function objectField(spec: FieldSpec & { object: FieldObject }, options: CheckOptions, id: string): CheckSpec {
  const { object } = spec;
  const title = msg(`${label(object, spec.name ?? '').ko}의 ${bookPath(spec.field)}`, `${label(object, spec.name ?? '').en} ${bookPath(spec.field)}`);
  const explain = (n: Names) => {
    const who = label(object, wantedName(spec, n));
    const named = underNames(spec, n);
    const wanted = expectWords(named.expect, secret(spec.field));
    const how = spec.fix ? ` (${spec.fix(n)})` : '';
    return msg(`${who.ko}의 ${named.field}: ${wanted.ko}${how}`, `${who.en} ${named.field}: ${wanted.en}${how}`);
  };
  return stateCheck({ id, title, explain }, options, (ctx: CheckContext) => {
    const wanted = wantedName(spec, ctx);
    const fix = spec.fix?.(ctx);
    const lookup = findObject(ctx.snapshot, object, wanted, object === 'engine' ? {} : { visible: visibleUnder(ctx.prefix, object) });
    if (!lookup.object) {
      const ko = KO_OBJECT[object as Exclude<FieldObject, 'engine'>];
      const near = lookup.suggestions;
      const list = object === 'image' ? 'docker images' : `docker ${object} ls`;
      const firstOff = object === 'network' && near.length ? `docker network rm ${near[0]} && ` : '';
      return fail(
        near.length
          ? msg(`${lookup.wanted} ${josa(ko, '이/가')} 없습니다. ${josa(near[0], '을/를')} 말한 것입니까?`, `no ${object} ${lookup.wanted}; did you mean ${near[0]}?`)
          : msg(`${lookup.wanted} ${josa(ko, '이/가')} 없습니다`, `no ${object} ${lookup.wanted}`),
        // a misnamed network holds the subnet the right one asks for ("Pool overlaps"): it goes first
        { expected: lookup.wanted, actual: near.join(', ') || '(none)', hint: fix ? withNote(fixHint(`${firstOff}${fix}`, { missing: true }), spec.note) : msg(`있는 것을 확인하세요: ${list}`, `see what there is: ${list}`) },
      );
    }
    // A network or volume is made again (its settings are fixed at creation); an image is tagged or committed over; the engine is the host's.
    // A network its containers are attached to cannot be removed ("has active endpoints"): they are taken
    // off it first and put back on the new one, so the hint works when pasted.
    const attached = object === 'network' ? ((lookup.object as { containers?: readonly string[] }).containers ?? []) : [];
    const off = attached.map((c) => `docker network disconnect ${lookup.wanted} ${c} && `).join('');
    const on = attached.map((c) => ` && docker network connect ${lookup.wanted} ${c}`).join('');
    const again = fix && (object === 'network' || object === 'volume') ? `${off}docker ${object} rm ${lookup.wanted} && ${fix}${on}` : fix;
    const hint = () => (again ? withNote(fixHint(again, spec.edit ? { edit: spec.edit(ctx) } : spec.dockerfile ? { line: spec.dockerfile } : {}), spec.note) : msg(`확인하세요: ${inspectLine(object, lookup.wanted)}`, `look: ${inspectLine(object, lookup.wanted)}`));
    return judge(underNames(spec, ctx), label(object, lookup.wanted), lookup.object, hint);
  });
}

/** A check id from the object and path: `my_custom_network.ipam.config.0.subnet`. */
function defaultId(base: string, field: string): string {
  return `${base}.${bookPath(field)}`.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '').replace(/-+$/, '');
}

/** One field of a container target (`target`) or of the object `spec.object` names. */
export function field(target: ContainerTarget | undefined, spec: FieldSpec, options: CheckOptions = {}): CheckSpec {
  if (target && spec.object) throw new Error(`field ${spec.field}: give target (a container) or object, not both`);
  if (target) return containerField(target, spec, options, options.id ?? defaultId(target.name ?? 'container', spec.field));
  if (!spec.object) throw new Error(`field ${spec.field}: give target (a container of targets) or object (${FIELD_OBJECTS.join(', ')})`);
  return objectField(spec as FieldSpec & { object: FieldObject }, options, options.id ?? defaultId(spec.name ?? spec.object, spec.field));
}

export const fieldKind = defineKind({
  name: 'field',
  code: 'DG206',
  target: 'any',
  docs: msg(
    '한 객체의 필드 하나 (docker inspect의 값): target의 컨테이너, 또는 object와 name으로 이미지, 네트워크, 볼륨, 엔진',
    "one field of one object (a docker inspect value): a container of targets, or an image, network, volume or the engine by object and name",
  ),
  params: (z) =>
    z
      .object({
        object: z.enum(FIELD_OBJECTS).optional().describe('image, network, volume or engine; leave out and give target for a container'),
        name: z.string().min(1).optional().describe("the book's name before the learner prefix (an image: its reference); not for the engine"),
        made: z.boolean().optional().describe('image only: the steps make it (commit, tag, build -t), so under a prefix its tag carries the prefix'),
        field: z
          .string()
          .refine((path) => parseFieldPath(pathWithNames(path, { name: (x) => `p.-${x}` })) !== null, 'a field path: keys joined by dots, list indexes, ["quoted keys"], {{name \'x\'}} for a name under the prefix')
          .describe("the path in the snapshot object: resources.memory, ipam.config.0.subnet, labels[\"com.example\"], networks.{{name 'mybridge'}}.aliases (a key that is the book's name under the learner's prefix)"),
        equals: z.unknown().optional().describe("the value, exactly; in a text, {{name 'x'}} is the book's name x under the learner's prefix (also in oneOf and includes)"),
        oneOf: z.array(z.unknown()).min(1).optional().describe('any of these values'),
        includes: z.union([z.string(), z.number()]).optional().describe('a list holding it, a text holding it, a map with this key'),
        mentions: z.string().min(1).optional().describe('a text holding this text, or a list with a text that holds it (a log line: logTail)'),
        atLeast: z.number().optional().describe('a number at least this'),
        atMost: z.number().optional().describe('a number at most this'),
        present: z.boolean().optional().describe('true: set (not empty, 0, false or null); false: not set'),
        fix: commandParam(z, 'the command that makes it so, as the book types it (names get the prefix); default: recreate the container, or a look with inspect').optional(),
        dockerfile: z.string().min(1).optional().describe('an image a build makes: the Dockerfile line that makes the field so, as the book writes it (LABEL "purpose"="practice"); the hint names it before the build'),
        note: textParam(z, 'what the fix may need on the learner\'s host, said after its commands (a macvlan network\'s parent interface)').optional(),
        edit: editParam(z, 'an image a build makes: the file edit that makes the field so; the hint gives it as echo … >> FILE before the build (instead of dockerfile)').optional(),
      })
      .strict()
      .superRefine((p, ctx) => {
        const given = COMPARISONS.filter((key) => p[key] !== undefined);
        if (given.length !== 1) ctx.addIssue({ code: 'custom', message: `give exactly one of ${COMPARISONS.join(', ')} (found ${given.join(', ') || 'none'})` });
        if (p.object === 'engine' ? p.name !== undefined : p.object !== undefined && p.name === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: p.object === 'engine' ? 'the engine has no name' : `an ${p.object} needs name` });
        if (p.made !== undefined && p.object !== 'image') ctx.addIssue({ code: 'custom', path: ['made'], message: 'made is for images' });
        if (p.dockerfile !== undefined && !/^docker (image )?build /.test(p.fix ?? '')) ctx.addIssue({ code: 'custom', path: ['dockerfile'], message: 'dockerfile names the line of a build: give fix: docker build …' });
        if (p.edit !== undefined && !/^docker (image )?build /.test(p.fix ?? '')) ctx.addIssue({ code: 'custom', path: ['edit'], message: 'edit changes a file of a build: give fix: docker build …' });
        if (p.edit !== undefined && p.dockerfile !== undefined) ctx.addIssue({ code: 'custom', path: ['edit'], message: 'give dockerfile or edit, not both' });
      }),
  build: ({ target, params, options, line, fileLine }) => {
    const comparison = COMPARISONS.find((key) => params[key] !== undefined)!;
    return field(
      target,
      {
        ...(params.object ? { object: params.object } : {}),
        ...(params.name !== undefined ? { name: params.name } : {}),
        ...(params.made ? { made: true } : {}),
        field: params.field,
        expect: { [comparison]: params[comparison] } as FieldExpectation,
        ...(params.fix ? { fix: line(params.fix) } : {}),
        ...(params.dockerfile ? { dockerfile: params.dockerfile } : {}),
        ...(params.edit ? { edit: namedEdit(params.edit, fileLine) } : {}),
        ...(params.note ? { note: plainText(params.note) } : {}),
      },
      options,
    );
  },
});
