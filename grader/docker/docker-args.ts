/**
 * Reads docker command lines (an exercise's steps, or the book's commands as text) for what they use and
 * make: the images they run, the host ports they bind, the containers, networks and volumes they
 * create. Also rewrites steps for `solve` (labels) and `selftest` (never pull). Pure: no Docker here.
 */
import type { BuildStep, DockerStep } from '../check/types.js';
import { readArgs, verbOf } from './docker-flags.js';
import { formatCpuList, parseCpuList, standInCpus } from '../core/cpu-list.js';
import { normalizeReference } from '../check/image-reference.js';

/** A volume name (as opposed to a host path) at the start of `-v NAME:/path`. */
const VOLUME_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The volume `-v NAME:/path[:ro]` names; null for a host path (`/h:/c`, `./x:/y`) or an anonymous `-v /path`. */
export function volumeOfSpec(spec: string): string | null {
  const colon = spec.indexOf(':');
  return colon > 0 && VOLUME_NAME.test(spec.slice(0, colon)) ? spec.slice(0, colon) : null;
}

/** The volume `--mount type=volume,source=NAME,…` names (type volume is the default); null for a bind, a tmpfs or an anonymous volume. */
export function volumeOfMount(spec: string): string | null {
  const fields = new Map(spec.split(',').map((field) => [field.split('=')[0].trim().toLowerCase(), field.split('=').slice(1).join('=')]));
  return (fields.get('type') ?? 'volume') === 'volume' ? fields.get('source') || fields.get('src') || null : null;
}

/** Whether a step is a `docker build` carrying its files. */
export function isBuildStep(step: DockerStep): step is BuildStep {
  return !Array.isArray(step);
}

/** A step's words after `docker` (a build's command without its files). */
export function stepArgs(step: DockerStep): readonly string[] {
  return isBuildStep(step) ? step.args : step;
}

/** The step with its words changed, a build keeping its files. */
export function withArgs(step: DockerStep, args: readonly string[]): DockerStep {
  return isBuildStep(step) ? { args, files: step.files } : args;
}

/**
 * Where a `docker build` reads from, relative to where it runs: its context (the last positional: `./`,
 * `.`, `ctx`) and its Dockerfile (`-f PATH` as typed, else `Dockerfile` in the context), both normalised
 * (`./` → `.`, `ctx/./Dockerfile` → `ctx/Dockerfile`). null for a context no folder of files can be
 * (`-` for stdin, a URL or git address, an absolute path, `..`).
 */
export function buildPaths(args: readonly string[]): { context: string; dockerfile: string } | null {
  const parsed = parseStep(args);
  if (parsed.verb !== 'build') return null;
  const context = normalRelative(parsed.positionals.at(-1) ?? '');
  if (context === null || /^[a-z][a-z0-9+.-]*:\/\//i.test(parsed.positionals.at(-1) ?? '') || (parsed.positionals.at(-1) ?? '').startsWith('git@')) return null;
  const file = parsed.options.get('file')?.at(-1);
  const dockerfile = normalRelative(file ?? (context === '.' ? 'Dockerfile' : `${context}/Dockerfile`));
  return dockerfile === null || dockerfile === '.' ? null : { context, dockerfile };
}

/** A relative path without `.` parts, or null when it is empty, absolute, `-`, or climbs out with `..`. */
export function normalRelative(path: string): string | null {
  if (!path || path === '-' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return null;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..')) return null;
  return parts.length ? parts.join('/') : '.';
}

/** The images a Dockerfile starts from (`FROM image [AS name]`), less its own stages' names, in order. */
export function dockerfileBases(text: string): string[] {
  const stages = new Set<string>();
  const bases: string[] = [];
  for (const line of dockerfileLines(text)) {
    const words = line.trim().split(/\s+/);
    if (words[0]?.toUpperCase() !== 'FROM') continue;
    const rest = words.slice(1).filter((w) => !w.startsWith('--'));
    const image = rest[0];
    // `scratch` is no image: the empty start a small last stage builds on
    if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && !bases.includes(image)) bases.push(image);
    if (rest[1]?.toUpperCase() === 'AS' && rest[2]) stages.add(rest[2].toLowerCase());
  }
  return bases;
}

/** A Dockerfile's instructions, one a line (continuations joined, comments left out). */
export function dockerfileLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    if (!current && /^\s*#/.test(raw)) continue;
    if (/\\\s*$/.test(raw)) {
      current += raw.replace(/\\\s*$/, ' ');
      continue;
    }
    lines.push(current + raw);
    current = '';
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.trim());
}

/** The images a build step starts from (its Dockerfile's FROM lines); none for any other step. */
export function buildBases(step: DockerStep): string[] {
  if (!isBuildStep(step)) return [];
  const paths = buildPaths(step.args);
  const text = paths ? step.files[paths.dockerfile] : undefined;
  return text === undefined ? [] : dockerfileBases(text);
}

/** A docker command split into its verb (`run`, `network create`, …), its options and positionals. */
export interface ParsedStep {
  /** `run`, `create`, `pull`, `network create`, `volume create`, `start`, … (`container run` → `run`, `image tag` → `tag`). */
  verb: string;
  /** Options by the long name of the one flag table, in order (`-p 80:80` → `publish: ['80:80']`, `--net x` → `network: ['x']`; booleans → `['true']`). */
  options: Map<string, string[]>;
  /** Arguments that are not options: for `run` the image first, then the command. */
  positionals: string[];
}

/**
 * Splits a docker step into verb, options and positionals, reading flags through the one flag table
 * (docker-flags.ts). Lenient, for the book's command lines whatever they hold: a flag the table does not
 * know reads as a boolean (prefixSteps refuses it instead).
 */
export function parseStep(step: DockerStep): ParsedStep {
  const words = stepArgs(step);
  const args = words[0] === 'docker' ? words.slice(1) : words;
  const { verb, words: verbWords } = verbOf(args);
  const read = readArgs(verb, args.slice(verbWords));
  const options = new Map<string, string[]>();
  for (const use of read.uses) options.set(use.flag.long, [...(options.get(use.flag.long) ?? []), use.value ?? 'true']);
  return { verb, options, positionals: read.positionals.map((p) => p.value) };
}

/**
 * Splits a shell command line into words: single and double quotes, backslash escapes and line
 * continuations; enough for the book's commands. With `firstCommand`, reading stops at an unquoted
 * `;`, `&` or `|` (a second command on the line).
 */
export function shellWords(line: string, options: { firstCommand?: boolean } = {}): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) word += line[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\') {
      if (line[i + 1] === '\n') i++;
      else if (i + 1 < line.length) {
        word += line[++i];
        inWord = true;
      }
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (options.firstCommand && (ch === ';' || ch === '&' || ch === '|')) {
      break;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * The commands of a line joined by `&&` outside quotes, each as written (`docker export -o rootFS.tar c &&
 * docker import rootFS.tar i` → two lines): a fix that takes several commands is written this way.
 */
export function commandsOfLine(line: string): string[] {
  const parts: string[] = [];
  let quote: '"' | "'" | null = null;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '&' && line[i + 1] === '&') {
      parts.push(line.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  parts.push(line.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

/** The words of the first command on a line. */
export function splitCommandLine(line: string): string[] {
  return shellWords(line, { firstCommand: true });
}

/** The docker steps of the book's command lines (lines that are not `docker …` are left out). */
export function stepsOfCommands(lines: readonly string[]): DockerStep[] {
  return lines.map(splitCommandLine).filter((words) => words[0] === 'docker' && words.length > 1).map((words) => words.slice(1));
}

/** Host ports a `-p` value binds: `80:80` → [80], `127.0.0.1:7777:80` → [7777], `80` → [] (random), `8000-8001:80-81` → both. */
export function hostPortsOfPublish(value: string): number[] {
  const spec = value.replace(/\/(tcp|udp|sctp)$/, '');
  // An IPv6 host address is bracketed: [::1]:80:80.
  const parts = spec.startsWith('[') ? [spec.slice(0, spec.indexOf(']') + 1), ...spec.slice(spec.indexOf(']') + 2).split(':')] : spec.split(':');
  if (parts.length < 2) return [];
  const host = parts[parts.length - 2];
  const range = /^(\d+)(?:-(\d+))?$/.exec(host);
  if (!range) return [];
  const from = Number(range[1]);
  const to = range[2] ? Number(range[2]) : from;
  if (!(from > 0) || to < from || to > 65535 || to - from > 1000) return [];
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function isRunLike(parsed: ParsedStep): boolean {
  return parsed.verb === 'run' || parsed.verb === 'create';
}

/** Host ports that steps bind explicitly, which parallel runs (and learners) would fight over; sorted. */
export function fixedHostPorts(steps: readonly DockerStep[]): number[] {
  const ports = new Set<number>();
  for (const step of steps) {
    const parsed = parseStep(step);
    if (!isRunLike(parsed)) continue;
    for (const value of parsed.options.get('publish') ?? []) hostPortsOfPublish(value).forEach((p) => ports.add(p));
  }
  return [...ports].sort((a, b) => a - b);
}

/** Images the steps run, create from or pull, in first-use order. */
export function imagesOf(steps: readonly DockerStep[]): string[] {
  const images: string[] = [];
  for (const step of steps) {
    const parsed = parseStep(step);
    const image = isRunLike(parsed) || parsed.verb === 'pull' ? parsed.positionals[0] : undefined;
    if (image && !images.includes(image)) images.push(image);
  }
  return images;
}

/** The image a `tag SRC X`, `commit C X` or `import F X` step makes; else undefined (a build's are its `-t` tags). */
function imageMadeBy(parsed: ParsedStep): string | undefined {
  return parsed.verb === 'tag' || parsed.verb === 'commit' || parsed.verb === 'import' ? parsed.positionals[1] : undefined;
}

/**
 * The images steps need from the engine: those they run, create or pull (as imagesOf) and those they
 * tag from, less the images the steps make themselves (`docker tag ubuntu:14.04 dgself-…-ubuntu:16.04`
 * needs ubuntu:14.04 only; `docker commit c commit_test:first` then `docker run commit_test:first`
 * needs none), in first-use order.
 */
export function neededImages(steps: readonly DockerStep[]): string[] {
  const made = new Set<string>();
  const needed: string[] = [];
  const need = (image: string | undefined) => {
    if (image && !made.has(normalizeReference(image)) && !needed.includes(image)) needed.push(image);
  };
  for (const step of steps) {
    const parsed = parseStep(step);
    if (parsed.verb === 'tag') need(parsed.positionals[0]);
    // a build needs what its Dockerfile starts FROM, unless an earlier step made it
    else if (parsed.verb === 'build') buildBases(step).forEach(need);
    else imagesOf([step]).forEach(need);
    // every tag a build gives (-t a -t b), or the one image a tag, commit or import makes
    for (const image of parsed.verb === 'build' ? parsed.options.get('tag') ?? [] : [imageMadeBy(parsed)]) if (image) made.add(normalizeReference(image));
  }
  return needed;
}

/** What steps create, by name. */
export interface CreatedObjects {
  containers: string[];
  networks: string[];
  volumes: string[];
  /** Image references the steps make (`build -t`, `tag SRC X`, `commit C X`, `import F X`), as typed. */
  images: string[];
}


/**
 * The containers (`--name`), networks (`network create`), named volumes (`-v name:/path`, `volume
 * create`) and image references (`build -t`, `tag`, `commit`, `import`) steps create.
 */
export function objectsCreatedBy(steps: readonly DockerStep[]): CreatedObjects {
  const found: CreatedObjects = { containers: [], networks: [], volumes: [], images: [] };
  const add = (list: string[], name: string | null | undefined) => {
    if (name && !list.includes(name)) list.push(name);
  };
  for (const step of steps) {
    const parsed = parseStep(step);
    if (isRunLike(parsed)) {
      add(found.containers, parsed.options.get('name')?.at(-1));
      for (const bind of parsed.options.get('volume') ?? []) add(found.volumes, volumeOfSpec(bind));
      for (const mount of parsed.options.get('mount') ?? []) add(found.volumes, volumeOfMount(mount));
    } else if (parsed.verb === 'network create') {
      add(found.networks, parsed.positionals.at(-1));
    } else if (parsed.verb === 'volume create') {
      add(found.volumes, parsed.options.get('name')?.at(-1) ?? parsed.positionals.at(-1));
    } else if (parsed.verb === 'rename') {
      add(found.containers, parsed.positionals[1]);
    } else if (parsed.verb === 'build') {
      for (const tag of parsed.options.get('tag') ?? []) add(found.images, tag);
    } else if (parsed.verb === 'tag' || parsed.verb === 'commit' || parsed.verb === 'import') {
      add(found.images, parsed.positionals[1]);
    }
  }
  return found;
}

/** How many leading words name the command (`run`: 1, `container run` / `network create`: 2). */
function verbLength(step: DockerStep): number {
  return verbOf(stepArgs(step)).words;
}

/** Adds `--label k=v` to steps that create something labellable (run, create, network/volume create, and build: the image). */
export function withLabels(step: DockerStep, labels: Record<string, string>): DockerStep {
  const parsed = parseStep(step);
  if (!isRunLike(parsed) && parsed.verb !== 'network create' && parsed.verb !== 'volume create' && parsed.verb !== 'build') return step;
  const n = verbLength(step);
  const args = stepArgs(step);
  const flags = Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
  return withArgs(step, [...args.slice(0, n), ...flags, ...args.slice(n)]);
}

/**
 * For the tool's own runs (selftest, the walk's pasted hints): what makes an image labels it, so an image
 * still says whose it is once a later commit or build to the same tag has left it dangling (no tag to carry
 * the prefix); removeByPrefix finds it by the label. `commit` and `import` get `--change 'LABEL k=v'` (no
 * layer, no history step), `build` gets `--label k=v` (the legacy builder records it as a last step, which
 * the snapshot's history leaves out, grader/collect/map-inspect.ts). No check reads these labels.
 */
export function withImageLabels(step: DockerStep, labels: Record<string, string>): DockerStep {
  const parsed = parseStep(step);
  if (parsed.verb === 'build') return withLabels(step, labels);
  if (parsed.verb !== 'commit' && parsed.verb !== 'import') return step;
  const n = verbLength(step);
  const args = stepArgs(step);
  const changes = Object.entries(labels).flatMap(([key, value]) => ['--change', `LABEL ${key}=${JSON.stringify(value)}`]);
  return withArgs(step, [...args.slice(0, n), ...changes, ...args.slice(n)]);
}

/**
 * For the tool's own runs (selftest, the walk's pasted hints): `docker rm` gets `-v`, so a container a step
 * removes takes its anonymous volumes with it (an image's VOLUME, `-v /root`), which have no name for
 * removeByPrefix to find; a named volume is never removed by it. No check reads a volume no container mounts.
 */
export function removingVolumes(step: DockerStep): DockerStep {
  const parsed = parseStep(step);
  if (parsed.verb !== 'rm' || parsed.options.has('volumes')) return step;
  const n = verbLength(step);
  const args = stepArgs(step);
  return withArgs(step, [...args.slice(0, n), '-v', ...args.slice(n)]);
}

/**
 * For runs that must never reach a registry (selftest, tests): `run`/`create` get `--pull=never`, and
 * `pull IMAGE` becomes `image inspect IMAGE`, which passes when the image is present and fails otherwise.
 */
export function withoutPulling(step: DockerStep): DockerStep {
  const parsed = parseStep(step);
  if (isRunLike(parsed)) {
    if (parsed.options.has('pull')) return step;
    const n = verbLength(step);
    const args = stepArgs(step);
    return [...args.slice(0, n), '--pull=never', ...args.slice(n)];
  }
  if (parsed.verb === 'pull') return ['image', 'inspect', '--format', '{{.Id}}', parsed.positionals[0] ?? ''];
  return step;
}

/** What a host offers that the book's steps assume (its `docker info`). */
export interface HostFacts {
  /** CPUs the engine sees (`NCPU`; 0: unknown). */
  ncpu: number;
}

/**
 * A step as it runs on this host (selftest, solve): a `--cpuset-cpus` of `run`, `create` or `update`
 * naming CPUs the host lacks (the book's `2` on a two-CPU host, which the engine refuses) names as many of
 * the host's last CPUs instead (`1`), as a learner on that host does and as the cpuset check accepts
 * there. Any other step, and any list the host has, is returned as it is.
 */
export function forHost(step: DockerStep, host: HostFacts): DockerStep {
  if (isBuildStep(step)) return step;
  const args = step[0] === 'docker' ? step.slice(1) : step;
  const { verb, words } = verbOf(args);
  if (verb !== 'run' && verb !== 'create' && verb !== 'update') return step;
  const read = readArgs(verb, args.slice(words));
  const out = [...step];
  const offset = step.length - args.length + words;
  for (const use of read.uses) {
    if (use.flag.long !== 'cpuset-cpus' || use.value === undefined || use.valueAt === undefined) continue;
    const book = parseCpuList(use.value);
    const instead = book && standInCpus(book, host.ncpu);
    if (!instead) continue;
    const at = offset + use.valueAt;
    out[at] = use.valueAt === use.at ? `${out[at].slice(0, out[at].length - use.value.length)}${formatCpuList(instead)}` : formatCpuList(instead);
  }
  return out;
}

/** Whether any step names CPUs (`--cpuset-cpus`), so running it needs the host's CPU count. */
export function namesCpus(steps: readonly DockerStep[]): boolean {
  return steps.some((step) => parseStep(step).options.has('cpuset-cpus'));
}

/** A step as a shell command line, quoted only where needed, for people to read and copy (a build without its files). */
export function formatStep(step: DockerStep): string {
  return ['docker', ...stepArgs(step)].map((word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}
