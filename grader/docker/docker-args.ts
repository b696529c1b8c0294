/**
 * Reads docker command lines (an exercise's steps, or the book's commands as text) for what they use and
 * make: the images they run, the host ports they bind, the containers, networks and volumes they
 * create. Also rewrites steps for `solve` (labels) and `selftest` (never pull). Pure: no Docker here.
 */
import type { DockerStep } from '../check/types.js';
import { readArgs, verbOf } from './docker-flags.js';
import { volumeOfMount, volumeOfSpec } from './prefix-rewriter.js';

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
 * know reads as a boolean (prefixSteps and reviseRun refuse it instead).
 */
export function parseStep(step: DockerStep): ParsedStep {
  const args = step[0] === 'docker' ? step.slice(1) : step;
  const { verb, words } = verbOf(args);
  const read = readArgs(verb, args.slice(words));
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

/**
 * The images steps need from the engine: those they run, create or pull (as imagesOf) and those they
 * tag from, less the tags the steps make themselves (`docker tag ubuntu:14.04 dgself-…-ubuntu:16.04`
 * needs ubuntu:14.04 only), in first-use order.
 */
export function neededImages(steps: readonly DockerStep[]): string[] {
  const made = new Set<string>();
  const needed: string[] = [];
  for (const step of steps) {
    const parsed = parseStep(step);
    if (parsed.verb === 'tag') {
      const [source, target] = parsed.positionals;
      if (source && !made.has(source) && !needed.includes(source)) needed.push(source);
      if (target) made.add(target);
      continue;
    }
    for (const image of imagesOf([step])) if (!made.has(image) && !needed.includes(image)) needed.push(image);
  }
  return needed;
}

/** What steps create, by name. */
export interface CreatedObjects {
  containers: string[];
  networks: string[];
  volumes: string[];
}


/** The containers (`--name`), networks (`network create`) and named volumes (`-v name:/path`, `volume create`) steps create. */
export function objectsCreatedBy(steps: readonly DockerStep[]): CreatedObjects {
  const found: CreatedObjects = { containers: [], networks: [], volumes: [] };
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
    }
  }
  return found;
}

/** How many leading words name the command (`run`: 1, `container run` / `network create`: 2). */
function verbLength(step: DockerStep): number {
  return verbOf(step).words;
}

/** Adds `--label k=v` to steps that create something labellable (run, create, network/volume create). */
export function withLabels(step: DockerStep, labels: Record<string, string>): DockerStep {
  const parsed = parseStep(step);
  if (!isRunLike(parsed) && parsed.verb !== 'network create' && parsed.verb !== 'volume create') return step;
  const n = verbLength(step);
  const flags = Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
  return [...step.slice(0, n), ...flags, ...step.slice(n)];
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
    return [...step.slice(0, n), '--pull=never', ...step.slice(n)];
  }
  if (parsed.verb === 'pull') return ['image', 'inspect', '--format', '{{.Id}}', parsed.positionals[0] ?? ''];
  return step;
}

/** A step as a shell command line, quoted only where needed, for people to read and copy. */
export function formatStep(step: DockerStep): string {
  return ['docker', ...step].map((word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}
