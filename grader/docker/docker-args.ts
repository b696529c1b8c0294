/**
 * Reads docker command lines (an exercise's steps, or the book's commands as text) for what they use and
 * make: the images they run, the host ports they bind, the containers, networks and volumes they
 * create. Also rewrites steps for `solve` (labels) and `selftest` (never pull). Pure: no Docker here.
 */
import type { DockerStep } from '../check/types.js';

/** Short flags of `run`/`create` that take a value (`-p 80:80`, `-e A=b`). */
const SHORT_WITH_VALUE = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);
/** Long flags of `run`/`create` that take a value when not written as `--flag=value`. */
const LONG_WITH_VALUE = new Set(
  (
    'add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count ' +
    'cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device ' +
    'device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops dns dns-option dns-opt dns-search ' +
    'domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-period ' +
    'health-start-interval health-timeout hostname ip ip6 ipc isolation kernel-memory label label-file link link-local-ip ' +
    'log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name network net ' +
    'network-alias net-alias oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size ' +
    'stop-signal stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir ' +
    // network create / volume create
    'driver subnet ip-range gateway aux-address opt ipam-driver ipam-opt scope config-from'
  ).split(' '),
);
const SHORT_ALIASES: Record<string, string> = { a: 'attach', c: 'cpu-shares', e: 'env', h: 'hostname', l: 'label', m: 'memory', p: 'publish', u: 'user', v: 'volume', w: 'workdir', d: 'detach', i: 'interactive', t: 'tty', P: 'publish-all', o: 'opt' };

/** A docker command split into its verb (`run`, `network create`, …), its options and positionals. */
export interface ParsedStep {
  /** `run`, `create`, `pull`, `network create`, `volume create`, `start`, … (`container run` → `run`). */
  verb: string;
  /** Options by long name, in order (`-p 80:80` → `publish: ['80:80']`; booleans → `['true']`). */
  options: Map<string, string[]>;
  /** Arguments that are not options: for `run` the image first, then the command. */
  positionals: string[];
}

const GROUPS = new Set(['container', 'image', 'network', 'volume']);
const GROUP_DEFAULT: Record<string, string> = { 'container run': 'run', 'container create': 'create', 'image pull': 'pull', 'container start': 'start', 'container stop': 'stop', 'container rm': 'rm' };
/** Verbs whose first positional ends the options (the rest is the container's command). */
const STOPS_AT_FIRST_POSITIONAL = new Set(['run', 'create', 'exec']);

/** Splits a docker step into verb, options and positionals. */
export function parseStep(step: DockerStep): ParsedStep {
  let args = [...step];
  if (args[0] === 'docker') args = args.slice(1);
  let verb = args.shift() ?? '';
  if (GROUPS.has(verb) && args.length) {
    const full = `${verb} ${args.shift()}`;
    verb = GROUP_DEFAULT[full] ?? full;
  }
  const options = new Map<string, string[]>();
  const add = (name: string, value: string) => options.set(name, [...(options.get(name) ?? []), value]);
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (positionals.length && STOPS_AT_FIRST_POSITIONAL.has(verb)) {
      positionals.push(arg);
    } else if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) add(arg.slice(2, eq), arg.slice(eq + 1));
      else if (LONG_WITH_VALUE.has(arg.slice(2))) add(arg.slice(2), args[++i] ?? '');
      else add(arg.slice(2), 'true');
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const flag = arg[j];
        const name = SHORT_ALIASES[flag] ?? flag;
        if (SHORT_WITH_VALUE.has(flag) || (flag === 'd' && (verb === 'network create' || verb === 'volume create')) || (flag === 'o' && verb !== 'run')) {
          const rest = arg.slice(j + 1);
          add(name === 'detach' ? 'driver' : name, rest || (args[++i] ?? ''));
          break;
        }
        add(name, 'true');
      }
    } else {
      positionals.push(arg);
    }
  }
  return { verb, options, positionals };
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
    if (parsed.verb === 'tag' || parsed.verb === 'image tag') {
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

function namedVolumeOf(bind: string): string | null {
  const source = bind.split(':')[0];
  return bind.includes(':') && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) ? source : null;
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
      for (const bind of parsed.options.get('volume') ?? []) add(found.volumes, namedVolumeOf(bind));
      for (const mount of parsed.options.get('mount') ?? []) {
        const fields = Object.fromEntries(mount.split(',').map((kv) => [kv.split('=')[0], kv.split('=').slice(1).join('=')]));
        if ((fields.type ?? 'volume') === 'volume') add(found.volumes, fields.source ?? fields.src);
      }
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
  return GROUPS.has(step[0]) ? 2 : 1;
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
