/**
 * The one prefix rewriter: the docker commands of a reference solution or a mutation, written as a
 * person types them, rewritten so that every object they name carries the learner's prefix (`--prefix
 * alice` on a shared host): containers, networks, volumes, and the image tags the steps create
 * themselves. The book's images (ubuntu:14.04) never change. Every flag is read through the one flag
 * table (docker-flags.ts); a command or flag it does not know is an error, never passed on unread.
 * Words are changed in place, so `--name=web`, `-itd` and `-p80` keep their shape. Pure.
 */
import { prefixed } from '../check/names.js';
import { normalizeReference } from '../check/image-reference.js';
import type { BuildStep, DockerStep } from '../check/types.js';
import { buildPaths, isBuildStep, volumeOfMount, volumeOfSpec } from './docker-args.js';
import { DockerStepError, readArgs, verbOf, type FlagUse, type FlagValue } from './docker-flags.js';
import { PREFIX_LABEL } from '../core/constants.js';

/** Options of prefixSteps. */
export interface PrefixOptions {
  /**
   * The name a `docker run`/`create` without `--name` gets under a prefix (`--name alice-<unnamed>`,
   * right after the verb and its leading boolean flags), so the prefixed run sees it. Nothing without a prefix.
   */
  readonly unnamed?: string;
  /**
   * Images the exercise's own steps make elsewhere (its solution's `build -t mybuild:0.0`), which these
   * steps use: a target's create line or a hint's command (`docker run … mybuild:0.0`) names the tag the
   * learner's build made, under their prefix, as a later step of the same steps would.
   */
  readonly made?: readonly string[];
}

/** Commands that act on every object of the engine, which no prefix can narrow. */
const UNSCOPED = new Set(['network prune', 'volume prune']);
/**
 * `docker image prune` under a prefix: narrowed to the images labelled with it (`--filter
 * label=dockgrade.prefix=alice`, PREFIX_LABEL), the learner's own, since a dangling image has no tag to carry
 * the prefix; without the filter it would remove every other learner's dangling images too.
 */
const prefixFilter = (prefix: string) => `label=${PREFIX_LABEL}=${prefix}`;
/** The networks Docker gives every engine: never prefixed. */
const BUILT_IN_NETWORKS = new Set(['host', 'none', 'bridge', 'default']);

/**
 * An image reference the steps create, under a prefix: the prefix goes into the tag
 * (`myimage` → `myimage:alice-latest`, `127.0.0.1:5000/app:1.0` → `127.0.0.1:5000/app:alice-1.0`), as
 * grader/check/names.ts `anotherTag` does and the tool clean-up (`removeByPrefix`) finds them: tags
 * may hold capitals and the repository keeps its registry and path. The identity without a prefix.
 */
export function prefixedImage(prefix: string, reference: string): string {
  if (!prefix) return reference;
  if (reference.includes('@')) {
    throw new DockerStepError(`image '${reference}': a digest names an image no step creates`, 'name the image by repository and tag').inKorean(`이미지 '${reference}': 다이제스트로는 단계가 만드는 이미지를 이름 붙일 수 없습니다`, '저장소와 태그로 쓰세요');
  }
  const colon = reference.lastIndexOf(':');
  const [repository, tag] = colon > reference.lastIndexOf('/') ? [reference.slice(0, colon), reference.slice(colon + 1)] : [reference, 'latest'];
  return `${repository}:${prefixed(prefix, tag)}`;
}

/** What one step's words are rewritten with: names by kind, and the images created so far. */
class Renamer {
  /** Images the steps created so far, normalised (`myimage` → `myimage:latest`). */
  private readonly created = new Set<string>();
  constructor(
    private readonly prefix: string,
    made: readonly string[] = [],
  ) {
    for (const reference of made) this.created.add(normalizeReference(reference));
  }

  container = (name: string): string => prefixed(this.prefix, name);
  volume = (name: string): string => prefixed(this.prefix, name);
  network = (name: string): string => {
    if (BUILT_IN_NETWORKS.has(name)) return name;
    if (name.startsWith('container:')) return `container:${this.container(name.slice('container:'.length))}`;
    return prefixed(this.prefix, name);
  };
  /** An image the step creates (`build -t`, `tag SRC X`, `commit C X`, `import F X`): remembered, then prefixed. */
  creates = (reference: string): string => {
    this.created.add(normalizeReference(reference));
    return prefixedImage(this.prefix, reference);
  };
  /** An image the step uses: prefixed only when an earlier step created it (the book's images never). */
  image = (reference: string): string => (this.created.has(normalizeReference(reference)) ? prefixedImage(this.prefix, reference) : reference);
  isCreated = (reference: string): boolean => this.created.has(normalizeReference(reference));
}

/** `a=1,b=2` fields with one field's value changed; other fields and their order kept. */
function rewriteField(csv: string, keys: readonly string[], rename: (value: string) => string): string {
  return csv
    .split(',')
    .map((field) => {
      const eq = field.indexOf('=');
      return eq > 0 && keys.includes(field.slice(0, eq).trim().toLowerCase()) ? `${field.slice(0, eq + 1)}${rename(field.slice(eq + 1))}` : field;
    })
    .join(',');
}

/** `NAME[:rest]` with NAME renamed. */
function beforeColon(value: string, rename: (name: string) => string): string {
  const colon = value.indexOf(':');
  return colon < 0 ? rename(value) : `${rename(value.slice(0, colon))}${value.slice(colon)}`;
}

/** A filter `key=value` of `ps`, `images`, `network ls`, `volume ls`, by what its key names in that command. */
function rewriteFilter(verb: string, filter: string, r: Renamer): string {
  const eq = filter.indexOf('=');
  if (eq < 0) return filter;
  const key = filter.slice(0, eq);
  const value = filter.slice(eq + 1);
  const own: Record<string, (v: string) => string> =
    verb === 'network ls' || verb === 'network prune'
      ? { name: r.network }
      : verb === 'volume ls' || verb === 'volume prune'
        ? { name: r.volume }
        : verb === 'images'
          ? { reference: r.image, before: r.image, since: r.image }
          : { name: r.container, before: r.container, since: r.container, network: r.network, volume: r.volume, ancestor: r.image };
  return own[key] ? `${key}=${own[key](value)}` : filter;
}

/** A flag's value under the prefix, by what the table says it is. */
function rewriteValue(kind: FlagValue, value: string, verb: string, r: Renamer): string {
  switch (kind) {
    case 'container':
      return r.container(value);
    case 'link':
    case 'volumes-from':
      return beforeColon(value, r.container);
    case 'network':
      // Docker 25's long form `--network name=mynet,alias=web`.
      return /^[a-z-]+=/.test(value) ? rewriteField(value, ['name'], r.network) : r.network(value);
    case 'namespace':
      return value.startsWith('container:') ? `container:${r.container(value.slice('container:'.length))}` : value;
    case 'volume':
      return r.volume(value);
    case 'volume-spec': {
      const name = volumeOfSpec(value);
      return name ? `${r.volume(name)}${value.slice(name.length)}` : value;
    }
    case 'mount-spec':
      return volumeOfMount(value) ? rewriteField(value, ['source', 'src'], r.volume) : value;
    case 'image':
      return r.creates(value);
    case 'filter':
      return rewriteFilter(verb, value, r);
    default:
      return value;
  }
}

/** `CONTAINER:PATH` of `docker cp` (a local path has no container part: absolute, `./x`, or no colon). */
function rewriteCopyPath(arg: string, r: Renamer): string {
  if (arg.startsWith('/') || arg.startsWith('.')) return arg;
  const colon = arg.indexOf(':');
  return colon <= 0 ? arg : `${r.container(arg.slice(0, colon))}${arg.slice(colon)}`;
}

/** `docker inspect X`: by `--type`, or a created image, or an image reference of the book, or a container. */
function rewriteInspected(arg: string, type: string | undefined, r: Renamer): string {
  switch (type) {
    case 'image':
      return r.image(arg);
    case 'network':
      return r.network(arg);
    case 'volume':
      return r.volume(arg);
    case 'container':
      return r.container(arg);
    default:
      if (r.isCreated(arg)) return r.image(arg);
      // A container name holds no `:`, `/` or `@`: those are the book's images.
      return /[:/@]/.test(arg) ? arg : r.container(arg);
  }
}

/** How each command's positional arguments are renamed (index among the positionals → new value). */
function positionalRewriter(verb: string, uses: readonly FlagUse[], r: Renamer): ((value: string, index: number) => string) | undefined {
  const all = (rename: (v: string) => string) => (v: string) => rename(v);
  const first = (rename: (v: string) => string) => (v: string, i: number) => (i === 0 ? rename(v) : v);
  switch (verb) {
    case 'run':
    case 'create':
      return first(r.image);
    case 'exec':
    case 'top':
    case 'port':
      return first(r.container);
    case 'start':
    case 'stop':
    case 'restart':
    case 'rm':
    case 'rename':
    case 'attach':
    case 'logs':
    case 'container inspect':
    case 'export':
    case 'update':
    case 'kill':
    case 'pause':
    case 'unpause':
    case 'wait':
    case 'diff':
    case 'stats':
      return all(r.container);
    case 'commit':
      return (v, i) => (i === 0 ? r.container(v) : i === 1 ? r.creates(v) : v);
    case 'cp':
      return (v) => rewriteCopyPath(v, r);
    case 'inspect': {
      const type = uses.find((u) => u.flag.long === 'type')?.value;
      return (v) => rewriteInspected(v, type, r);
    }
    case 'network create':
    case 'network rm':
    case 'network inspect':
      return all(r.network);
    case 'network connect':
    case 'network disconnect':
      return (v, i) => (i === 0 ? r.network(v) : i === 1 ? r.container(v) : v);
    case 'volume create':
    case 'volume rm':
    case 'volume inspect':
      return all(r.volume);
    case 'tag':
      return (v, i) => (i === 0 ? r.image(v) : i === 1 ? r.creates(v) : v);
    case 'import':
      return (v, i) => (i === 1 ? r.creates(v) : v);
    case 'rmi':
    case 'save':
    case 'push':
    case 'pull':
    case 'history':
    case 'image inspect':
    case 'images':
      return all(r.image);
    default:
      // build (a context path), load, ps, network ls/prune, volume ls/prune, version, info: no names.
      return undefined;
  }
}

/** The word with the value at its end replaced (`--name=web`, `-p80`, `-itp80`). */
function replaceJoined(word: string, value: string, next: string): string {
  return `${word.slice(0, word.length - value.length)}${next}`;
}

/** Whether a word is only boolean flags (`-i`, `-itd`, `--rm`), for where an added `--name` goes. */
function onlyBooleans(uses: readonly FlagUse[], at: number): boolean {
  const here = uses.filter((u) => u.at === at);
  return here.length > 0 && here.every((u) => u.flag.value === 'none' && u.value === undefined);
}

/** `dockgrade.prefix=VALUE` inside a LABEL line (VALUE bare or double-quoted). */
const PREFIX_LABEL_PAIR = new RegExp(`(?<=^|\\s)${PREFIX_LABEL.replace('.', '\\.')}=(?:"[^"]*"|\\S*)`, 'g');

/**
 * A build's Dockerfile with its `FROM` images renamed where an earlier step created them (`FROM
 * onbuild_test:0.0` → `FROM onbuild_test:alice-0.0`); the book's images and its own stages never. Under a
 * prefix, a `LABEL` line's `dockgrade.prefix=…` (PREFIX_LABEL) takes the prefix as its value, so the image
 * says whose it is even once it has lost its tag (a dangling image). Only those words change: every other
 * line, comment and spacing stays as written.
 */
export function rewriteDockerfile(text: string, image: (reference: string) => string, prefix = ''): string {
  const stages = new Set<string>();
  return text
    .split('\n')
    .map((line) => {
      if (prefix && /^\s*LABEL\s/i.test(line)) return line.replace(PREFIX_LABEL_PAIR, `${PREFIX_LABEL}=${prefix}`);
      const match = /^(\s*FROM\s+)((?:--\S+\s+)*)(\S+)(.*)$/i.exec(line);
      if (!match) return line;
      const [, head, flags, reference, rest] = match;
      const stage = /^\s+AS\s+(\S+)/i.exec(rest)?.[1];
      const renamed = stages.has(reference.toLowerCase()) ? reference : image(reference);
      if (stage) stages.add(stage.toLowerCase());
      return `${head}${flags}${renamed}${rest}`;
    })
    .join('\n');
}

/** A build step: its Dockerfile's FROM lines first (images created before it), then its words. */
function rewriteBuild(step: BuildStep, r: Renamer, prefix: string, options: PrefixOptions): BuildStep {
  const paths = buildPaths(step.args);
  const files = { ...step.files };
  if (paths && files[paths.dockerfile] !== undefined) files[paths.dockerfile] = rewriteDockerfile(files[paths.dockerfile], r.image, prefix);
  return { args: rewriteWords(step.args, r, prefix, options), files };
}

function rewriteStep(step: DockerStep, r: Renamer, prefix: string, options: PrefixOptions): DockerStep {
  return isBuildStep(step) ? rewriteBuild(step, r, prefix, options) : rewriteWords(step, r, prefix, options);
}

function rewriteWords(step: readonly string[], r: Renamer, prefix: string, options: PrefixOptions): string[] {
  const lead = step[0] === 'docker' ? 1 : 0;
  const { verb, words: verbWords } = verbOf(step.slice(lead));
  if (!verb) throw new DockerStepError('an empty docker step').inKorean('빈 docker 명령입니다');
  const head = step.slice(0, lead + verbWords);
  const words = [...step.slice(lead + verbWords)];
  const { uses, positionals } = readArgs(verb, words, { strict: true });
  if (prefix && UNSCOPED.has(verb)) {
    throw new DockerStepError(`docker ${verb}: removes what other learners made too; a run under --prefix cannot keep it to its own names`, 'remove the objects by name (docker network rm / volume rm)').inKorean(
      `docker ${verb}: 다른 학습자가 만든 것까지 지웁니다; --prefix 실행은 자기 이름으로만 한정할 수 없습니다`,
      '이름으로 지우세요 (docker network rm / volume rm)',
    );
  }
  for (const use of uses) {
    if (use.value === undefined || use.valueAt === undefined) continue;
    const next = rewriteValue(use.flag.value, use.value, verb, r);
    if (next === use.value) continue;
    words[use.valueAt] = use.valueAt === use.at ? replaceJoined(words[use.at], use.value, next) : next;
  }
  const rename = positionalRewriter(verb, uses, r);
  if (rename) positionals.forEach((p, i) => (words[p.at] = rename(p.value, i)));
  if (prefix && verb === 'image prune') words.push('--filter', prefixFilter(prefix));
  if ((verb === 'run' || verb === 'create') && prefix && options.unnamed && !uses.some((u) => u.flag.long === 'name')) {
    let at = 0;
    while (at < words.length && onlyBooleans(uses, at)) at++;
    words.splice(at, 0, '--name', r.container(options.unnamed));
  }
  return [...head, ...words];
}

/**
 * The steps with every object they name under `prefix` (joined as grader/check/names.ts `prefixed()`
 * joins: `alice` + `web` → `alice-web`):
 * - containers: `--name`, the target of `--link x:alias`, `--volumes-from`, `--net container:x`,
 *   `--pid`/`--ipc container:x`, and the container arguments of exec, start, stop, restart, rm, rename,
 *   attach, logs, inspect, port, commit, export, update, kill, pause, unpause, wait, top, diff, cp, stats;
 * - networks: `network create/rm/connect/disconnect/inspect`, `--net`/`--network` (not host, none, bridge, default);
 * - volumes: `volume create [--name] x`, `volume rm/inspect`, `-v NAME:/path` (not a host path or an
 *   anonymous `-v /path`), `--mount type=volume,source=NAME`;
 * - images the steps create (`build -t`, `commit C x`, `tag SRC x`, `import F x`), and every later use
 *   of them (`run`, `tag`, `rmi`, `push`, …, and a later build's `FROM`), by prefixedImage; the book's images never;
 * - a Dockerfile's `LABEL dockgrade.prefix=…` takes the prefix, and `image prune` keeps to the images so
 *   labelled (`--filter label=dockgrade.prefix=alice`); `network prune` and `volume prune` are refused.
 * `options.unnamed` names an unnamed `run`/`create` under a prefix; `options.made` names images made before these steps. Without a prefix the steps come back
 * as they are (checked all the same). Throws DockerStepError for a command or flag the table does not know.
 */
export function prefixSteps(steps: readonly DockerStep[], prefix: string, options: PrefixOptions = {}): DockerStep[] {
  const r = new Renamer(prefix, options.made);
  return steps.map((step) => rewriteStep(step, r, prefix, options));
}
