/**
 * The learner's container as the `docker run` command that would recreate it, beside the book's command,
 * with the differences marked. Pure: reads a Snapshot container (and its image, to leave out what the
 * image already gives: env, cmd, entrypoint, workdir, user, volumes).
 *
 * We write our own instead of using the npm package `rekcod` (prior art, v3.0.0 of 2026-04): rekcod
 * shells out to `docker inspect` and prints raw inspect JSON as flags. It prints the image's default
 * env, cmd and exposed ports as if the learner had typed them, keeps only the last binding of a port,
 * never masks secrets, and knows none of --mount, --log-driver/--log-opt, --memory, --cpus, --net-alias.
 * Our Snapshot is already mapped, so reconstruction is a small pure function we can test flag by flag.
 */
import { compareText } from '../core/compare-text.js';
import { normalizeReference } from '../check/image-reference.js';
import { parseStep, shellWords } from './docker-args.js';
import { RUN_FLAGS, runFlag } from './docker-flags.js';
import { isSecretName, MASK } from '../core/secrets.js';
import { derived } from '../check/grade-memo.js';
import type { Container, Image, Snapshot } from '../model/snapshot-schema.js';

/** One option (or the image, or the command) of a `docker run` line. */
export interface RunPart {
  /** What is compared: the flag with its canonical value, secrets included (never printed). */
  readonly key: string;
  /** What is printed: secrets masked. */
  readonly text: string;
  /** Grouping for the diff: parts of the same slot with different keys are the "same flag, other value". */
  readonly slot: string;
}

/** A `docker run` command as parts, in a stable order. */
export interface RunCommand {
  /** `create` when the book makes the container with `docker create` (default `run`). */
  readonly verb?: 'run' | 'create';
  readonly parts: readonly RunPart[];
}

/** The comparison the result carries (see ExerciseResult.command). */
export interface CommandComparison {
  learner: string;
  book: string;
  /** Parts of the book's command the learner's container lacks (as printed). */
  missing: string[];
  /** Parts of the learner's container the book's command does not have (as printed). */
  extra: string[];
}

/** Thrown for a command text that is not `docker run` / `docker create`. */
export class NotARunCommandError extends Error {}

/** The PATH the engine sets in a Linux container whose image has none. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The printed order: the flags the view shows, as the one flag table ranks them, then the image and the command. */
const ORDER = [
  ...RUN_FLAGS.flatMap((f) => (f.view && f.view !== 'ignored' ? [f.view] : []))
    .sort((a, b) => a.rank - b.rank)
    .map((v) => v.flag),
  'image',
  'cmd',
];

function shellQuote(word: string): string {
  if (word === '') return "''";
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function part(flag: string, value?: string, options: { secretText?: string; slot?: string } = {}): RunPart {
  const key = value === undefined ? flag : `${flag} ${value}`;
  // A masked value is shown as is: it is not meant to be pasted.
  const shown = options.secretText ?? (value === undefined ? undefined : shellQuote(value));
  return { key, text: shown === undefined ? flag : `${flag} ${shown}`, slot: options.slot ?? flag };
}

function envPart(name: string, value: string): RunPart {
  const secret = isSecretName(name) && value !== '';
  return part('-e', `${name}=${value}`, { slot: `-e ${name}`, ...(secret ? { secretText: `${name}=${MASK}` } : {}) });
}

const canonicalImage = normalizeReference;

function imagePart(reference: string): RunPart {
  return { key: `image ${canonicalImage(reference)}`, text: shellQuote(reference), slot: 'image' };
}

function cmdPart(cmd: readonly string[]): RunPart {
  return { key: `cmd ${JSON.stringify(cmd)}`, text: cmd.map(shellQuote).join(' '), slot: 'cmd' };
}

/** `[ip:][hostPort:]containerPort[/proto]` → canonical `ip:hostPort:port/proto` and its shortest spelling. */
export function canonicalPublish(spec: string): { key: string; text: string } {
  let rest = spec.trim();
  let proto = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash > rest.lastIndexOf(':')) {
    proto = rest.slice(slash + 1) || 'tcp';
    rest = rest.slice(0, slash);
  }
  let ip = '';
  let hostPort = '';
  let containerPort = rest;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    ip = bracket[1];
    const [h, c] = bracket[2].split(':');
    hostPort = h ?? '';
    containerPort = c ?? '';
  } else {
    const fields = rest.split(':');
    if (fields.length === 2) [hostPort, containerPort] = fields;
    else if (fields.length >= 3) {
      containerPort = fields.pop()!;
      hostPort = fields.pop()!;
      ip = fields.join(':');
    }
  }
  if (ip === '0.0.0.0' || ip === '::') ip = '';
  if (hostPort === '0') hostPort = '';
  const port = `${containerPort}${proto === 'tcp' ? '' : `/${proto}`}`;
  const text = ip ? `${ip.includes(':') ? `[${ip}]` : ip}:${hostPort}:${port}` : hostPort ? `${hostPort}:${port}` : port;
  return { key: `${ip}:${hostPort}:${containerPort}/${proto}`, text };
}

function publishPart(spec: string): RunPart {
  const c = canonicalPublish(spec);
  return { key: `-p ${c.key}`, text: `-p ${c.text}`, slot: `-p ${c.key.split(':').pop()}` };
}

/** `/wordpressdb:/wordpress/mysql` (as stored) or `wordpressdb:mysql` / `wordpressdb` (as typed) → `wordpressdb:mysql`. */
export function canonicalLink(link: string): string {
  const [from, to] = link.split(':');
  const target = (from ?? '').replace(/^\//, '');
  const alias = to ? to.split('/').pop() || target : target;
  return `${target}:${alias}`;
}

function linkPart(link: string): RunPart {
  const canonical = canonicalLink(link);
  const [target, alias] = canonical.split(':');
  return { key: `--link ${canonical}`, text: `--link ${alias === target ? target : canonical}`, slot: `--link ${target}` };
}

const UNITS: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `1g` → 1073741824; `-1` stays -1. */
export function parseBytes(text: string): number {
  const m = /^(-?\d+(?:\.\d+)?)\s*([bkmgt])?b?$/i.exec(text.trim());
  if (!m) return Number.NaN;
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}

/** 1073741824 → `1g`, 209715200 → `200m`. */
export function formatBytes(bytes: number): string {
  if (bytes <= 0) return String(bytes);
  for (const unit of ['t', 'g', 'm', 'k'] as const) if (bytes % UNITS[unit] === 0) return `${bytes / UNITS[unit]}${unit}`;
  return String(bytes);
}

function bytesPart(flag: string, bytes: number): RunPart {
  return { key: `${flag} ${bytes}`, text: `${flag} ${formatBytes(bytes)}`, slot: flag };
}

/** `type=volume,src=v,dst=/root,ro` → the canonical `type=volume,source=v,target=/root,readonly`. */
export function canonicalMount(spec: string | { type: string; source: string; target: string; readOnly: boolean }): string {
  let type = 'volume';
  let source = '';
  let target = '';
  let readOnly = false;
  if (typeof spec === 'string') {
    for (const field of spec.split(',')) {
      const [k, ...v] = field.split('=');
      const value = v.join('=');
      const key = k.trim().toLowerCase();
      if (key === 'type') type = value;
      else if (key === 'source' || key === 'src') source = value;
      else if (key === 'target' || key === 'destination' || key === 'dst') target = value;
      else if (key === 'readonly' || key === 'ro') readOnly = value === '' || value === 'true' || value === '1';
    }
  } else {
    ({ type, source, target, readOnly } = spec);
  }
  return `type=${type}${source ? `,source=${source}` : ''},target=${target}${readOnly ? ',readonly' : ''}`;
}

function cpusText(nanoCpus: number): string {
  return String(Math.round(nanoCpus / 1e6) / 1e3);
}

function restartText(name: string, count: number): string {
  return name === 'on-failure' && count > 0 ? `${name}:${count}` : name;
}

function sameList(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function sortParts(parts: RunPart[]): RunPart[] {
  const rank = (p: RunPart) => {
    const flag = p.slot.split(' ')[0];
    const i = ORDER.indexOf(flag);
    return i < 0 ? ORDER.length : i;
  };
  return parts.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);
}

/** The image a container runs, when the snapshot holds it. */
export function imageOf(container: Container, snapshot: Pick<Snapshot, 'images'>): Image | undefined {
  return (
    snapshot.images.find((i) => i.id === container.imageId) ??
    snapshot.images.find((i) => i.tags.some((t) => canonicalImage(t) === canonicalImage(container.image)))
  );
}

/** Whether a container's hostname is the one the engine gave it (its id's beginning): the same for every class's student, whose ids differ. */
function hostnameFromId(c: Container): boolean {
  return c.id.startsWith(c.hostname);
}

/**
 * The `docker run` command that would recreate `container`. What the image already provides (its env,
 * cmd, entrypoint, workdir, user, volumes) is left out, as the learner never typed it.
 */
export function reconstructRun(container: Container, snapshot: Pick<Snapshot, 'images' | 'containers'>): RunCommand {
  const c = container;
  const image = imageOf(c, snapshot);
  const parts: RunPart[] = [];
  if (!c.attachStdin && !c.attachStdout && !c.attachStderr) parts.push(part('-d'));
  if (c.openStdin) parts.push(part('-i'));
  if (c.tty) parts.push(part('-t'));
  parts.push(part('--name', c.name));
  if (c.hostname && !derived(c, hostnameFromId) && c.networkMode !== 'host' && !c.networkMode.startsWith('container:')) parts.push(part('-h', c.hostname));
  const imageEnv = new Set(image?.config.env ?? []);
  for (const [name, value] of Object.entries(c.env)) {
    if (imageEnv.has(`${name}=${value}`)) continue;
    // The engine gives this PATH to any container whose image sets none; an image that is gone most surely set it.
    if (name === 'PATH' && (value === DEFAULT_PATH || !image)) continue;
    parts.push(envPart(name, value));
  }
  for (const [port, list] of Object.entries(c.portBindings)) {
    for (const b of list.length ? list : [{ hostIp: '', hostPort: '' }]) {
      const [p, proto] = port.split('/');
      parts.push(publishPart(`${b.hostIp ? `${b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp}:` : ''}${b.hostPort || b.hostIp ? `${b.hostPort}:` : ''}${p}/${proto ?? 'tcp'}`));
    }
  }
  if (c.publishAllPorts) parts.push(part('-P'));
  for (const link of c.links) parts.push(linkPart(link));
  for (const bind of c.binds) parts.push(part('-v', bind, { slot: `-v ${bind.split(':')[1] ?? bind}` }));
  // Anonymous volumes (`-v /root`) live only in Mounts; leave out the image's VOLUMEs and what --volumes-from, -v and --mount gave.
  const dir = (path: string) => path.replace(/(.)\/+$/, '$1');
  const covered = new Set<string>([...(image?.config.volumes ?? []), ...c.binds.map((b) => b.split(':')[1] ?? ''), ...c.mountSpecs.map((m) => m.target)].map(dir));
  for (const from of c.volumesFrom) {
    const source = snapshot.containers.find((x) => x.name === from.split(':')[0] || x.id.startsWith(from.split(':')[0]));
    source?.mounts.forEach((m) => covered.add(dir(m.destination)));
  }
  for (const m of c.mounts) {
    if (m.type === 'volume' && !covered.has(dir(m.destination)) && !c.volumesFrom.length) parts.push(part('-v', m.destination, { slot: `-v ${m.destination}` }));
  }
  for (const from of c.volumesFrom) parts.push(part('--volumes-from', from));
  for (const m of c.mountSpecs) parts.push(part('--mount', canonicalMount(m), { slot: `--mount ${m.target}` }));
  const mode = c.networkMode;
  // the engine keeps `--net container:NAME` by id; the name when the snapshot knows it
  if (mode && mode !== 'default' && mode !== 'bridge') parts.push(part('--net', c.networkContainer ? `container:${c.networkContainer}` : mode));
  const attachment = c.networks[mode];
  if (attachment && mode !== 'default' && mode !== 'bridge') {
    for (const alias of attachment.aliases) if (!c.id.startsWith(alias) && alias !== c.name) parts.push(part('--net-alias', alias, { slot: `--net-alias ${alias}` }));
  }
  if (c.logConfig.type && c.logConfig.type !== 'json-file') parts.push(part('--log-driver', c.logConfig.type));
  for (const [k, v] of Object.entries(c.logConfig.config).sort(([a], [b]) => compareText(a, b))) parts.push(part('--log-opt', `${k}=${v}`, { slot: `--log-opt ${k}` }));
  const r = c.resources;
  if (r.memory > 0) parts.push(bytesPart('--memory', r.memory));
  if (r.memorySwap !== 0) parts.push(bytesPart('--memory-swap', r.memorySwap));
  if (r.nanoCpus > 0) parts.push(part('--cpus', cpusText(r.nanoCpus)));
  if (r.cpuShares > 0) parts.push(part('--cpu-shares', String(r.cpuShares)));
  if (r.cpusetCpus) parts.push(part('--cpuset-cpus', r.cpusetCpus));
  if (r.cpuPeriod > 0) parts.push(part('--cpu-period', String(r.cpuPeriod)));
  if (r.cpuQuota > 0) parts.push(part('--cpu-quota', String(r.cpuQuota)));
  if (c.restartPolicy.name && c.restartPolicy.name !== 'no') parts.push(part('--restart', restartText(c.restartPolicy.name, c.restartPolicy.maximumRetryCount)));
  if (c.autoRemove) parts.push(part('--rm'));
  if (c.workingDir && c.workingDir !== (image?.config.workingDir ?? '')) parts.push(part('-w', c.workingDir));
  if (c.user && c.user !== (image?.config.user ?? '')) parts.push(part('-u', c.user));
  const entrypointChanged = image ? !sameList(c.entrypoint?.length ? c.entrypoint : null, image.config.entrypoint?.length ? image.config.entrypoint : null) : false;
  if (entrypointChanged) parts.push(part('--entrypoint', c.entrypoint?.[0] ?? ''));
  parts.push(imagePart(c.image));
  // `--entrypoint a` keeps only its first word; the rest of the entrypoint reads as arguments.
  const cmd = [...(entrypointChanged ? c.entrypoint?.slice(1) ?? [] : []), ...(c.cmd ?? [])];
  const cmdIsDefault = !entrypointChanged && image !== undefined && sameList(c.cmd, image.config.cmd);
  if (cmd.length && !cmdIsDefault) parts.push(cmdPart(cmd));
  return { parts: sortParts(parts) };
}

function valuePart(flag: string, value: string): RunPart {
  switch (flag) {
    case '-e': {
      const at = value.indexOf('=');
      return at < 0 ? envPart(value, '') : envPart(value.slice(0, at), value.slice(at + 1));
    }
    case '-p':
      return publishPart(value);
    case '--link':
      return linkPart(value);
    case '-v':
      return part('-v', value, { slot: `-v ${value.split(':')[1] ?? value}` });
    case '--mount':
      return part('--mount', canonicalMount(value), { slot: `--mount ${/(?:target|destination|dst)=([^,]*)/.exec(value)?.[1] ?? ''}` });
    case '--memory':
    case '--memory-swap':
      return bytesPart(flag, parseBytes(value));
    case '--cpus':
      return part('--cpus', String(Number(value)));
    case '--log-opt':
      return part('--log-opt', value, { slot: `--log-opt ${value.split('=')[0]}` });
    case '--net-alias':
      return part('--net-alias', value, { slot: `--net-alias ${value}` });
    case '--net':
      return part('--net', value === 'default' ? 'bridge' : value);
    default:
      return part(flag, value);
  }
}

/**
 * Parses a `docker run` / `docker create` command as the book prints it into comparable parts.
 * Throws NotARunCommandError for anything else (`docker pull`, `docker rm`).
 */
export function parseRun(command: string): RunCommand {
  // One flag parser for every docker command line (grader/docker/docker-args.ts); this maps its options to parts.
  const parsed = parseStep(shellWords(command));
  if (parsed.verb !== 'run' && parsed.verb !== 'create') throw new NotARunCommandError(`not a docker run command: ${command}`);
  const parts: RunPart[] = [];
  for (const [name, values] of parsed.options) {
    // What the view does with each flag is the one flag table's `view` (docker-flags.ts).
    const flag = runFlag(name);
    const spelled = `${name.length === 1 ? '-' : '--'}${name}`;
    if (!flag) throw new NotARunCommandError(`unknown docker run option '${spelled}' in: ${command}`);
    if (!flag.view) throw new NotARunCommandError(`docker run option '${spelled}' is not shown by the command view, in: ${command}`);
    if (flag.view === 'ignored') continue;
    const shown = flag.view.flag;
    values.forEach((value) => parts.push(flag.value === 'none' ? part(shown) : valuePart(shown, value)));
  }
  const [image, ...cmd] = parsed.positionals;
  if (image === undefined) throw new NotARunCommandError(`no image in: ${command}`);
  parts.push(imagePart(image));
  if (cmd.length) parts.push(cmdPart(cmd));
  return { verb: parsed.verb === 'create' ? 'create' : 'run', parts: sortParts(parts) };
}

/** The command as one line (secrets masked). */
export function formatRun(command: RunCommand): string {
  return [`docker ${command.verb ?? 'run'}`, ...command.parts.map((p) => p.text)].join(' ');
}

/**
 * Compares the learner's container with the book's command. `--name` counts only when the book names
 * the container; `-d` only when the book says `-d` or the learner ran in the foreground against a `-d`.
 * A part whose value differs under the same flag (another password) is marked "(differs)" when masked.
 */
export function compareRun(learner: RunCommand, book: RunCommand): CommandComparison {
  const bookKeys = new Set(book.parts.map((p) => p.key));
  const learnerKeys = new Set(learner.parts.map((p) => p.key));
  const bookNames = book.parts.some((p) => p.slot === '--name');
  const bookSlots = new Set(book.parts.map((p) => p.slot));
  const missing = book.parts.filter((p) => !learnerKeys.has(p.key));
  const extra = learner.parts.filter((p) => !bookKeys.has(p.key) && !(p.slot === '--name' && !bookNames));
  const differs = (p: RunPart) => (p.text.includes(MASK) && bookSlots.has(p.slot) ? `${p.text} (differs)` : p.text);
  // The engine does not keep the order -e options were typed in: show the learner's in the book's order.
  const bookOrder = new Map(book.parts.map((p, i) => [p.slot, i]));
  const envIndexes = learner.parts.flatMap((p, i) => (p.slot.startsWith('-e ') ? [i] : []));
  const envInBookOrder = envIndexes.map((i) => learner.parts[i]).sort((a, b) => (bookOrder.get(a.slot) ?? Infinity) - (bookOrder.get(b.slot) ?? Infinity));
  const shown = [...learner.parts];
  envIndexes.forEach((at, k) => (shown[at] = envInBookOrder[k]));
  return { learner: formatRun({ parts: shown }), book: formatRun(book), missing: missing.map((p) => p.text), extra: extra.map(differs) };
}
