/**
 * The one table of docker command-line flags: what every flag of `docker run`/`docker create` (Docker
 * 20–28) and of the other commands an exercise's steps use takes, so one parser reads them
 * (docker-args.ts `parseStep`), one rewriter renames what they create (prefix-rewriter.ts), and the
 * "your container as a docker run command" view (run-command.ts) prints them. (Mutations are written
 * whole in each exercise's YAML, as the commands a person types, so nothing revises a command.) Pure data and look-ups; no Docker here.
 */
import { InputError } from '../core/errors.js';

/**
 * What a flag's value is, so a rewriter knows which values carry object names:
 * - `none`: a boolean flag (`-d`; `--rm=false` is still accepted);
 * - `container`: a container name (`--name`); `link`: `container[:alias]`; `volumes-from`: `container[:ro|rw]`;
 * - `network`: a network name, or `host`/`none`/`bridge`/`default`, `container:NAME`, or Docker 25's `name=N,alias=A`;
 * - `namespace`: `host`, `private`, `shareable` or `container:NAME` (`--pid`, `--ipc`);
 * - `volume`: a volume name (`volume create --name`); `volume-spec`: `-v [NAME|/host/path:]/path[:opts]`;
 *   `mount-spec`: `--mount type=volume,source=NAME,…`;
 * - `image`: an image reference the step creates (`build -t`);
 * - `filter`: `key=value` of `ps`/`images`/`network ls` filters (`name=`, `network=`, `volume=`, `ancestor=`);
 * - `port`, `env`, `label`, `bytes`, `number`, `duration`, `file`, `text`: values without object names.
 */
export type FlagValue =
  | 'none'
  | 'container'
  | 'link'
  | 'volumes-from'
  | 'network'
  | 'namespace'
  | 'volume'
  | 'volume-spec'
  | 'mount-spec'
  | 'image'
  | 'filter'
  | 'port'
  | 'env'
  | 'label'
  | 'bytes'
  | 'number'
  | 'duration'
  | 'file'
  | 'text';

/** How the "your container as a docker run command" view treats a `docker run` flag. */
export type FlagView =
  /** Shown and compared, written as `flag` (`-p`, `--net`), at `rank` in the printed command. */
  | { readonly flag: string; readonly rank: number }
  /** Accepted and not compared: it leaves nothing a learner's container shows differently. */
  | 'ignored';

/** One flag of one docker command. */
export interface DockerFlag {
  /** The long name without dashes, as Docker's own help prints it (`publish`, `network`). */
  readonly long: string;
  /** The one-letter short form without the dash (`p`). */
  readonly short?: string;
  /** Other long names Docker accepts (`net` for `network`, `net-alias` for `network-alias`). */
  readonly aliases?: readonly string[];
  /** `none` for a boolean flag; otherwise what its value is. */
  readonly value: FlagValue;
  /** Whether it may be given more than once, each adding a value (`-e`, `-p`, `-v`); otherwise the last wins. */
  readonly repeatable: boolean;
  /** `docker run`/`create` only: how the command view treats it; absent: the view cannot show it. */
  readonly view?: FlagView;
}

/** The flags of one command, and where its own options end. */
export interface CommandFlags {
  /** The canonical verb (`run`, `network create`). */
  readonly verb: string;
  readonly flags: readonly DockerFlag[];
  /** The first positional ends the options: the rest is the container's command (`run IMAGE CMD…`, `exec C CMD…`). */
  readonly optionsEndAtFirstPositional?: boolean;
}

type FlagOptions = Partial<Pick<DockerFlag, 'short' | 'aliases' | 'view'>>;

/** A flag given at most once. */
function one(long: string, value: FlagValue, options: FlagOptions = {}): DockerFlag {
  return { long, value, repeatable: false, ...options };
}

/** A flag given any number of times. */
function many(long: string, value: FlagValue, options: FlagOptions = {}): DockerFlag {
  return { long, value, repeatable: true, ...options };
}

/** A boolean flag. */
function bool(long: string, options: FlagOptions = {}): DockerFlag {
  return { long, value: 'none', repeatable: false, ...options };
}

const view = (flag: string, rank: number): FlagView => ({ flag, rank });

/**
 * Every flag of `docker run` (Docker 20–28; `docker create` has the same less `-d`, `--detach-keys`,
 * `--sig-proxy`), with how the command view prints the ones it compares: ranks give the printed order
 * (`-d -i -t --name -h -e -p -P --link -v …`, then the image and the command).
 */
export const RUN_FLAGS: readonly DockerFlag[] = [
  bool('detach', { short: 'd', view: view('-d', 0) }),
  bool('interactive', { short: 'i', view: view('-i', 1) }),
  bool('tty', { short: 't', view: view('-t', 2) }),
  one('name', 'container', { view: view('--name', 3) }),
  one('hostname', 'text', { short: 'h', view: view('-h', 4) }),
  many('env', 'env', { short: 'e', view: view('-e', 5) }),
  many('publish', 'port', { short: 'p', view: view('-p', 6) }),
  bool('publish-all', { short: 'P', view: view('-P', 7) }),
  many('link', 'link', { view: view('--link', 8) }),
  many('volume', 'volume-spec', { short: 'v', view: view('-v', 9) }),
  many('volumes-from', 'volumes-from', { view: view('--volumes-from', 10) }),
  many('mount', 'mount-spec', { view: view('--mount', 11) }),
  many('network', 'network', { aliases: ['net'], view: view('--net', 12) }),
  many('network-alias', 'text', { aliases: ['net-alias'], view: view('--net-alias', 13) }),
  one('log-driver', 'text', { view: view('--log-driver', 14) }),
  many('log-opt', 'text', { view: view('--log-opt', 15) }),
  one('memory', 'bytes', { short: 'm', view: view('--memory', 16) }),
  one('memory-swap', 'bytes', { view: view('--memory-swap', 17) }),
  one('cpus', 'number', { view: view('--cpus', 18) }),
  one('cpu-shares', 'number', { short: 'c', view: view('--cpu-shares', 19) }),
  one('cpuset-cpus', 'text', { view: view('--cpuset-cpus', 20) }),
  one('cpu-period', 'number', { view: view('--cpu-period', 21) }),
  one('cpu-quota', 'number', { view: view('--cpu-quota', 22) }),
  one('restart', 'text', { view: view('--restart', 23) }),
  bool('rm', { view: view('--rm', 24) }),
  one('workdir', 'text', { short: 'w', view: view('-w', 25) }),
  one('user', 'text', { short: 'u', view: view('-u', 26) }),
  one('entrypoint', 'text', { view: view('--entrypoint', 27) }),
  // Accepted by the view and not compared.
  one('platform', 'text', { view: 'ignored' }),
  many('device-write-bps', 'text', { view: 'ignored' }),
  many('device-write-iops', 'text', { view: 'ignored' }),
  many('label', 'label', { short: 'l', view: 'ignored' }),
  many('expose', 'port', { view: 'ignored' }),
  // The rest of `docker run --help` (and the hidden, deprecated or newer ones).
  many('add-host', 'text'),
  many('annotation', 'label'),
  many('attach', 'text', { short: 'a' }),
  one('blkio-weight', 'number'),
  many('blkio-weight-device', 'text'),
  many('cap-add', 'text'),
  many('cap-drop', 'text'),
  one('cgroup-parent', 'text'),
  one('cgroupns', 'text'),
  one('cidfile', 'file'),
  one('cpu-count', 'number'),
  one('cpu-percent', 'number'),
  one('cpu-rt-period', 'number'),
  one('cpu-rt-runtime', 'number'),
  one('cpuset-mems', 'text'),
  one('detach-keys', 'text'),
  many('device', 'text'),
  many('device-cgroup-rule', 'text'),
  many('device-read-bps', 'text'),
  many('device-read-iops', 'text'),
  bool('disable-content-trust'),
  many('dns', 'text'),
  many('dns-option', 'text', { aliases: ['dns-opt'] }),
  many('dns-search', 'text'),
  one('domainname', 'text'),
  many('env-file', 'file'),
  one('gpus', 'text'),
  many('group-add', 'text'),
  one('health-cmd', 'text'),
  one('health-interval', 'duration'),
  one('health-retries', 'number'),
  one('health-start-interval', 'duration'),
  one('health-start-period', 'duration'),
  one('health-timeout', 'duration'),
  bool('help'),
  bool('init'),
  one('io-maxbandwidth', 'bytes'),
  one('io-maxiops', 'number'),
  one('ip', 'text'),
  one('ip6', 'text'),
  one('ipc', 'namespace'),
  one('isolation', 'text'),
  one('kernel-memory', 'bytes'),
  many('label-file', 'file'),
  many('link-local-ip', 'text'),
  one('mac-address', 'text'),
  one('memory-reservation', 'bytes'),
  one('memory-swappiness', 'number'),
  bool('no-healthcheck'),
  bool('oom-kill-disable'),
  one('oom-score-adj', 'number'),
  one('pid', 'namespace'),
  one('pids-limit', 'number'),
  bool('privileged'),
  one('pull', 'text'),
  bool('quiet', { short: 'q' }),
  bool('read-only'),
  one('runtime', 'text'),
  many('security-opt', 'text'),
  one('shm-size', 'bytes'),
  bool('sig-proxy'),
  one('stop-signal', 'text'),
  one('stop-timeout', 'number'),
  many('storage-opt', 'text'),
  many('sysctl', 'text'),
  many('tmpfs', 'text'),
  many('ulimit', 'text'),
  bool('use-api-socket'),
  one('userns', 'text'),
  one('uts', 'text'),
  one('volume-driver', 'text'),
];

const RUN_ONLY = new Set(['detach', 'detach-keys', 'sig-proxy']);

const FORMAT = one('format', 'text', { short: 'f' });
const FORCE = bool('force', { short: 'f' });
const FILTER = many('filter', 'filter', { short: 'f' });
const STOP_FLAGS = [one('signal', 'text', { short: 's' }), one('timeout', 'number', { short: 't', aliases: ['time'] })];

/** Every command the steps may use, by canonical verb. */
const COMMANDS: readonly CommandFlags[] = [
  { verb: 'run', flags: RUN_FLAGS, optionsEndAtFirstPositional: true },
  { verb: 'create', flags: RUN_FLAGS.filter((f) => !RUN_ONLY.has(f.long)), optionsEndAtFirstPositional: true },
  {
    verb: 'exec',
    flags: [bool('detach', { short: 'd' }), one('detach-keys', 'text'), many('env', 'env', { short: 'e' }), many('env-file', 'file'), bool('interactive', { short: 'i' }), bool('privileged'), bool('tty', { short: 't' }), one('user', 'text', { short: 'u' }), one('workdir', 'text', { short: 'w' })],
    optionsEndAtFirstPositional: true,
  },
  { verb: 'start', flags: [bool('attach', { short: 'a' }), one('checkpoint', 'text'), one('checkpoint-dir', 'file'), one('detach-keys', 'text'), bool('interactive', { short: 'i' })] },
  { verb: 'stop', flags: STOP_FLAGS },
  { verb: 'restart', flags: STOP_FLAGS },
  { verb: 'rm', flags: [FORCE, bool('link', { short: 'l' }), bool('volumes', { short: 'v' })] },
  { verb: 'rename', flags: [] },
  { verb: 'attach', flags: [one('detach-keys', 'text'), bool('no-stdin'), bool('sig-proxy')] },
  { verb: 'logs', flags: [bool('details'), bool('follow', { short: 'f' }), one('since', 'text'), one('tail', 'text', { short: 'n' }), bool('timestamps', { short: 't' }), one('until', 'text')] },
  { verb: 'inspect', flags: [FORMAT, bool('size', { short: 's' }), one('type', 'text')] },
  { verb: 'container inspect', flags: [FORMAT, bool('size', { short: 's' })] },
  { verb: 'port', flags: [] },
  { verb: 'commit', flags: [one('author', 'text', { short: 'a' }), many('change', 'text', { short: 'c' }), one('message', 'text', { short: 'm' }), bool('pause', { short: 'p' }), bool('no-pause')] },
  { verb: 'export', flags: [one('output', 'file', { short: 'o' })] },
  {
    verb: 'update',
    flags: [
      one('blkio-weight', 'number'), one('cpu-period', 'number'), one('cpu-quota', 'number'), one('cpu-rt-period', 'number'), one('cpu-rt-runtime', 'number'),
      one('cpu-shares', 'number', { short: 'c' }), one('cpus', 'number'), one('cpuset-cpus', 'text'), one('cpuset-mems', 'text'), one('kernel-memory', 'bytes'),
      one('memory', 'bytes', { short: 'm' }), one('memory-reservation', 'bytes'), one('memory-swap', 'bytes'), one('pids-limit', 'number'), one('restart', 'text'),
    ],
  },
  { verb: 'kill', flags: [one('signal', 'text', { short: 's' })] },
  { verb: 'pause', flags: [] },
  { verb: 'unpause', flags: [] },
  { verb: 'wait', flags: [] },
  { verb: 'top', flags: [], optionsEndAtFirstPositional: true },
  { verb: 'diff', flags: [] },
  { verb: 'cp', flags: [bool('archive', { short: 'a' }), bool('follow-link', { short: 'L' }), bool('quiet', { short: 'q' })] },
  { verb: 'ps', flags: [bool('all', { short: 'a' }), FILTER, one('format', 'text'), one('last', 'number', { short: 'n' }), bool('latest', { short: 'l' }), bool('no-trunc'), bool('quiet', { short: 'q' }), bool('size', { short: 's' })] },
  { verb: 'stats', flags: [bool('all', { short: 'a' }), one('format', 'text'), bool('no-stream'), bool('no-trunc')] },
  {
    verb: 'network create',
    flags: [
      bool('attachable'), many('aux-address', 'text'), one('config-from', 'network'), bool('config-only'), one('driver', 'text', { short: 'd' }), many('gateway', 'text'),
      bool('ingress'), bool('internal'), many('ip-range', 'text'), one('ipam-driver', 'text'), many('ipam-opt', 'text'), bool('ipv4'), bool('ipv6'), many('label', 'label'),
      many('opt', 'text', { short: 'o' }), one('scope', 'text'), many('subnet', 'text'),
    ],
  },
  { verb: 'network rm', flags: [FORCE] },
  { verb: 'network connect', flags: [many('alias', 'text'), many('driver-opt', 'text'), one('gw-priority', 'number'), one('ip', 'text'), one('ip6', 'text'), many('link', 'link'), many('link-local-ip', 'text')] },
  { verb: 'network disconnect', flags: [FORCE] },
  { verb: 'network inspect', flags: [FORMAT, bool('verbose', { short: 'v' })] },
  { verb: 'network ls', flags: [FILTER, one('format', 'text'), bool('no-trunc'), bool('quiet', { short: 'q' })] },
  { verb: 'network prune', flags: [many('filter', 'filter'), FORCE] },
  {
    verb: 'volume create',
    flags: [
      one('driver', 'text', { short: 'd' }), many('label', 'label'), one('name', 'volume'), many('opt', 'text', { short: 'o' }),
      // Cluster volumes (Docker 23+).
      one('availability', 'text'), one('group', 'text'), one('limit-bytes', 'bytes'), one('required-bytes', 'bytes'), one('scope', 'text'), many('secret', 'text'),
      one('sharing', 'text'), many('topology-preferred', 'text'), many('topology-required', 'text'), one('type', 'text'),
    ],
  },
  { verb: 'volume rm', flags: [FORCE] },
  { verb: 'volume inspect', flags: [FORMAT] },
  { verb: 'volume ls', flags: [bool('cluster'), FILTER, one('format', 'text'), bool('quiet', { short: 'q' })] },
  { verb: 'volume prune', flags: [bool('all', { short: 'a' }), many('filter', 'filter'), FORCE] },
  {
    verb: 'build',
    flags: [
      many('add-host', 'text'), many('allow', 'text'), many('annotation', 'label'), many('attest', 'text'), many('build-arg', 'env'), many('build-context', 'text'), one('builder', 'text'),
      many('cache-from', 'text'), many('cache-to', 'text'), one('call', 'text'), one('cgroup-parent', 'text'), bool('check'), bool('compress'), one('cpu-period', 'number'), one('cpu-quota', 'number'),
      one('cpu-shares', 'number', { short: 'c' }), one('cpuset-cpus', 'text'), one('cpuset-mems', 'text'), bool('disable-content-trust'), one('file', 'file', { short: 'f' }), bool('force-rm'),
      one('iidfile', 'file'), one('isolation', 'text'), many('label', 'label'), bool('load'), one('memory', 'bytes', { short: 'm' }), one('memory-swap', 'bytes'), one('metadata-file', 'file'),
      one('network', 'network'), bool('no-cache'), many('no-cache-filter', 'text'), many('output', 'text', { short: 'o' }), many('platform', 'text'), one('progress', 'text'), one('provenance', 'text'),
      bool('pull'), bool('push'), bool('quiet', { short: 'q' }), bool('rm'), one('sbom', 'text'), many('secret', 'text'), many('security-opt', 'text'), one('shm-size', 'bytes'), bool('squash'),
      many('ssh', 'text'), many('tag', 'image', { short: 't' }), one('target', 'text'), many('ulimit', 'text'),
    ],
  },
  { verb: 'tag', flags: [] },
  { verb: 'import', flags: [many('change', 'text', { short: 'c' }), one('message', 'text', { short: 'm' }), one('platform', 'text')] },
  { verb: 'rmi', flags: [FORCE, bool('no-prune')] },
  { verb: 'save', flags: [one('output', 'file', { short: 'o' }), many('platform', 'text')] },
  { verb: 'load', flags: [one('input', 'file', { short: 'i' }), many('platform', 'text'), bool('quiet', { short: 'q' })] },
  { verb: 'push', flags: [bool('all-tags', { short: 'a' }), bool('disable-content-trust'), one('platform', 'text'), bool('quiet', { short: 'q' })] },
  { verb: 'pull', flags: [bool('all-tags', { short: 'a' }), bool('disable-content-trust'), one('platform', 'text'), bool('quiet', { short: 'q' })] },
  { verb: 'history', flags: [one('format', 'text'), bool('human', { short: 'H' }), bool('no-trunc'), one('platform', 'text'), bool('quiet', { short: 'q' })] },
  { verb: 'image inspect', flags: [FORMAT, one('platform', 'text')] },
  { verb: 'image prune', flags: [bool('all', { short: 'a' }), many('filter', 'filter'), FORCE] },
  { verb: 'images', flags: [bool('all', { short: 'a' }), bool('digests'), FILTER, one('format', 'text'), bool('no-trunc'), bool('quiet', { short: 'q' }), bool('tree')] },
  { verb: 'login', flags: [one('password', 'text', { short: 'p' }), bool('password-stdin'), one('username', 'text', { short: 'u' })] },
  { verb: 'logout', flags: [] },
  { verb: 'search', flags: [many('filter', 'text', { short: 'f' }), one('format', 'text'), one('limit', 'number'), bool('no-trunc')] },
  { verb: 'events', flags: [FILTER, one('format', 'text'), one('since', 'text'), one('until', 'text')] },
  { verb: 'system df', flags: [one('format', 'text'), bool('verbose', { short: 'v' })] },
  { verb: 'version', flags: [FORMAT] },
  { verb: 'info', flags: [FORMAT] },
];

/** `docker container X`, `docker image X`: the verbs they stand for. */
const GROUPED: Record<string, string> = {
  'container run': 'run', 'container create': 'create', 'container exec': 'exec', 'container start': 'start', 'container stop': 'stop', 'container restart': 'restart',
  'container rm': 'rm', 'container remove': 'rm', 'container rename': 'rename', 'container attach': 'attach', 'container logs': 'logs', 'container port': 'port',
  'container commit': 'commit', 'container export': 'export', 'container update': 'update', 'container kill': 'kill', 'container pause': 'pause', 'container unpause': 'unpause',
  'container wait': 'wait', 'container top': 'top', 'container diff': 'diff', 'container cp': 'cp', 'container ls': 'ps', 'container list': 'ps', 'container ps': 'ps', 'container stats': 'stats',
  'image build': 'build', 'image tag': 'tag', 'image import': 'import', 'image rm': 'rmi', 'image remove': 'rmi', 'image save': 'save', 'image load': 'load', 'image push': 'push',
  'image pull': 'pull', 'image history': 'history', 'image ls': 'images', 'image list': 'images',
  'network remove': 'network rm', 'network list': 'network ls', 'volume remove': 'volume rm', 'volume list': 'volume ls', 'builder build': 'build',
  'system events': 'events', 'system info': 'info',
};

/** Words that start a two-word command (`network create`). */
const COMMAND_GROUPS: ReadonlySet<string> = new Set(['container', 'image', 'network', 'volume', 'builder', 'system']);

const BY_VERB = new Map(COMMANDS.map((c) => [c.verb, c]));

/** How a step starts: its canonical verb and how many words name it (`container run` → `run`, 2). */
export function verbOf(step: readonly string[]): { verb: string; words: number } {
  const first = step[0] ?? '';
  if (COMMAND_GROUPS.has(first) && step.length > 1) {
    const full = `${first} ${step[1]}`;
    return { verb: GROUPED[full] ?? full, words: 2 };
  }
  return { verb: first, words: 1 };
}

/** The flags of a command by its canonical verb (`run`, `network create`), or undefined for one the table does not know. */
export function commandFlags(verb: string): CommandFlags | undefined {
  return BY_VERB.get(verb);
}

/** Every command the table knows, by canonical verb. */
export function knownVerbs(): string[] {
  return COMMANDS.map((c) => c.verb);
}

/**
 * The flag a word names in a command's table: `--publish`, `--net` (an alias), `-p`, or the bare long
 * name (`publish`). Undefined when the command has no such flag.
 */
export function findFlag(flags: readonly DockerFlag[], spelling: string): DockerFlag | undefined {
  if (/^-[^-]$/.test(spelling)) return flags.find((f) => f.short === spelling[1]);
  const name = spelling.replace(/^--/, '');
  return flags.find((f) => f.long === name || f.aliases?.includes(name));
}

/** The `docker run` flag a word names (`-p`, `--net`, `publish`), or undefined. */
export function runFlag(spelling: string): DockerFlag | undefined {
  return findFlag(RUN_FLAGS, spelling);
}

/** How a flag is written on a command line by default: `-p` when it has a short form, else `--publish`. */
export function spellingOf(flag: DockerFlag): string {
  return flag.short ? `-${flag.short}` : `--${flag.long}`;
}

/**
 * A docker step the table cannot read, rewrite or revise: an unknown command or flag, a flag without
 * its value, a change that cannot apply. Exit 2: the exercise (or the command) that holds it is wrong.
 */
export class DockerStepError extends InputError {}

/** One flag as a step writes it. */
export interface FlagUse {
  readonly flag: DockerFlag;
  /** As written: `-p`, `--publish`, `--net` (one letter of a cluster `-itd` reads `-i`). */
  readonly spelling: string;
  /** Its value; for a boolean only when written `--rm=false`. */
  readonly value?: string;
  /** The index (in the words read) of the word that holds the flag. */
  readonly at: number;
  /** The index of the word that holds the value: `at` when joined (`--name=x`, `-p80`, `-itp80`), `at + 1` when separate. */
  readonly valueAt?: number;
  /** Whether it shares its word with other one-letter flags (`-itd`). */
  readonly inCluster: boolean;
}

/** The words of a command after its verb, read against its flags. */
export interface ReadArgs {
  readonly uses: readonly FlagUse[];
  /** Arguments that are not options, with their word indexes. */
  readonly positionals: ReadonlyArray<{ readonly value: string; readonly at: number }>;
}

/** Flags used for commands the table does not know, when reading leniently: those of `run` and of `network`/`volume create`. */
const LENIENT_FLAGS: readonly DockerFlag[] = [...RUN_FLAGS, ...['network create', 'volume create'].flatMap((v) => BY_VERB.get(v)!.flags).filter((f) => !RUN_FLAGS.some((r) => r.long === f.long) && f.short !== 'd')];

function unknownFlag(verb: string, spelling: string): DockerStepError {
  return new DockerStepError(`docker ${verb}: unknown flag '${spelling}'`, 'use a flag of the docker CLI (docker ' + verb + ' --help); dockgrade knows every flag of Docker 20–28').inKorean(
    `docker ${verb}: 알 수 없는 플래그 '${spelling}'`,
    `docker CLI의 플래그를 쓰세요 (docker ${verb} --help)`,
  );
}

/**
 * Reads the words after a command's verb. `strict`: an unknown command or flag, or a value flag at the
 * end without its value, is a DockerStepError; otherwise an unknown long flag reads as a boolean (or
 * `--flag=value`), an unknown letter as a boolean, and an unknown command with the flags of `run`.
 */
export function readArgs(verb: string, words: readonly string[], options: { strict?: boolean } = {}): ReadArgs {
  const command = BY_VERB.get(verb);
  if (!command && options.strict) {
    throw new DockerStepError(`docker ${verb}: a command dockgrade cannot read`, `known commands: ${knownVerbs().join(', ')}`).inKorean(`docker ${verb}: dockgrade가 읽지 못하는 명령입니다`, `아는 명령: ${knownVerbs().join(', ')}`);
  }
  const flags = command?.flags ?? LENIENT_FLAGS;
  const uses: FlagUse[] = [];
  const positionals: Array<{ value: string; at: number }> = [];
  const missingValue = (spelling: string) => new DockerStepError(`docker ${verb}: flag '${spelling}' needs a value`).inKorean(`docker ${verb}: '${spelling}' 플래그에 값이 없습니다`);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (positionals.length && command?.optionsEndAtFirstPositional) {
      positionals.push({ value: word, at: i });
    } else if (word === '--') {
      for (let k = i + 1; k < words.length; k++) positionals.push({ value: words[k], at: k });
      break;
    } else if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const spelling = eq > 0 ? word.slice(0, eq) : word;
      const flag = findFlag(flags, spelling);
      if (!flag) {
        if (options.strict) throw unknownFlag(verb, spelling);
        const lenient = bool(spelling.slice(2));
        uses.push(eq > 0 ? { flag: lenient, spelling, value: word.slice(eq + 1), at: i, valueAt: i, inCluster: false } : { flag: lenient, spelling, at: i, inCluster: false });
      } else if (eq > 0) {
        uses.push({ flag, spelling, value: word.slice(eq + 1), at: i, valueAt: i, inCluster: false });
      } else if (flag.value === 'none') {
        uses.push({ flag, spelling, at: i, inCluster: false });
      } else {
        if (i + 1 >= words.length && options.strict) throw missingValue(spelling);
        uses.push({ flag, spelling, value: words[i + 1] ?? '', at: i, valueAt: i + 1, inCluster: false });
        i++;
      }
    } else if (word.startsWith('-') && word.length > 1) {
      // One-letter flags, several to a word (`-itd`), the last may take the rest of the word as its value (`-p80`, `-p=80`, `-itp80`).
      const letters: Array<Omit<FlagUse, 'inCluster'>> = [];
      for (let j = 1; j < word.length; j++) {
        const spelling = `-${word[j]}`;
        const flag = findFlag(flags, spelling) ?? (options.strict ? undefined : bool(word[j]));
        if (!flag) throw unknownFlag(verb, spelling);
        const rest = word.slice(word[j + 1] === '=' ? j + 2 : j + 1);
        if (flag.value === 'none') {
          // `-d=false`: a boolean letter with its value.
          if (word[j + 1] === '=') {
            letters.push({ flag, spelling, value: rest, at: i, valueAt: i });
            break;
          }
          letters.push({ flag, spelling, at: i });
        } else if (rest) {
          letters.push({ flag, spelling, value: rest, at: i, valueAt: i });
          break;
        } else {
          if (i + 1 >= words.length && options.strict) throw missingValue(spelling);
          letters.push({ flag, spelling, value: words[i + 1] ?? '', at: i, valueAt: i + 1 });
          i++;
          break;
        }
      }
      uses.push(...letters.map((use) => ({ ...use, inCluster: letters.length > 1 })));
    } else {
      positionals.push({ value: word, at: i });
    }
  }
  return { uses, positionals };
}
