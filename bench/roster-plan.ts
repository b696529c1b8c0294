/**
 * Pure parts of the roster scenario (bench/roster-bench.ts): the command line of one private dockerd,
 * how many real engines the machine holds, the roster CSV, and the mounts a run left under its scratch
 * folder. Kept apart from the processes so bench/roster-plan.test.ts can prove them without root.
 */

/** Where one bench engine keeps everything (all below the run's scratch folder). */
export interface EnginePaths {
  dir: string;
  socket: string;
  dataRoot: string;
  execRoot: string;
  pidfile: string;
  /** The daemon's own config file: its engine id key lives beside it, not in /etc/docker. */
  configFile: string;
  keyFile: string;
  log: string;
}

export function enginePaths(scratch: string, index: number): EnginePaths {
  const dir = `${scratch}/e${String(index).padStart(3, '0')}`;
  return { dir, socket: `${dir}/d.sock`, dataRoot: `${dir}/data`, execRoot: `${dir}/exec`, pidfile: `${dir}/pid`, configFile: `${dir}/daemon.json`, keyFile: `${dir}/key.json`, log: `${dir}/log` };
}

/**
 * The daemon.json of a bench engine. `deprecated-key-path` gives each engine its own trust key, hence
 * its own engine id: dockerd 20.10 otherwise reads /etc/docker/key.json, and every engine (the main
 * one too) would answer with the same id, which `grade` rightly reports as `same-engine`.
 */
export function daemonConfig(paths: EnginePaths): string {
  return `${JSON.stringify({ 'deprecated-key-path': paths.keyFile })}\n`;
}

/**
 * dockerd's arguments for bench engine `index`: its own data root, exec root, pidfile and socket, the
 * bench's own containerd in a namespace of its own, and nothing that touches the host network (no
 * bridge, no iptables, no forwarding or masquerading).
 */
export function dockerdArgs(paths: EnginePaths, containerdSocket: string, namespace: string): string[] {
  return [
    '--config-file', paths.configFile,
    '--data-root', paths.dataRoot,
    '--exec-root', paths.execRoot,
    '--pidfile', paths.pidfile,
    '-H', `unix://${paths.socket}`,
    '--containerd', containerdSocket,
    '--containerd-namespace', namespace,
    '--containerd-plugins-namespace', `${namespace}-plugins`,
    '--bridge=none', '--iptables=false', '--ip6tables=false', '--ip-forward=false', '--ip-masq=false',
    // containers left running at the end are killed after 1 s, not the default 15
    '--shutdown-timeout', '1',
  ];
}

/** The config of the bench's one containerd (TOML): every path under the scratch folder, no CRI. */
export function containerdConfig(dir: string): string {
  return [
    'version = 2',
    `root = "${dir}/root"`,
    `state = "${dir}/state"`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
    '[grpc]',
    `  address = "${dir}/containerd.sock"`,
    '[debug]',
    '  address = ""',
    '[metrics]',
    '  address = ""',
    '',
  ].join('\n');
}

/**
 * How many more real engines may start: none once the machine's available memory would fall under
 * `reserveMiB` with one more engine of `perEngineMiB` (the rest of the roster is proxied).
 */
export function roomForEngine(memAvailableMiB: number, perEngineMiB: number, reserveMiB: number): boolean {
  return memAvailableMiB - perEngineMiB >= reserveMiB;
}

/** MemAvailable of /proc/meminfo, MiB (NaN when absent). */
export function memAvailableMiB(meminfo: string): number {
  const kib = /^MemAvailable:\s+(\d+) kB/m.exec(meminfo)?.[1];
  return kib === undefined ? Number.NaN : Number(kib) / 1024;
}

export interface RosterRow {
  student: string;
  engine: string;
  prefix: string;
}

/** The roster `grade --roster` reads: `student_id,engine,prefix` (no value here needs quoting; refused if one would). */
export function rosterCsv(rows: readonly RosterRow[]): string {
  const plain = (value: string) => {
    if (/[",\r\n]/.test(value)) throw new Error(`roster value needs quoting: ${value}`);
    return value;
  };
  return `student_id,engine,prefix\n${rows.map((r) => [r.student, r.engine, r.prefix].map(plain).join(',')).join('\n')}\n`;
}

/**
 * The mount points at or below `root` in /proc/self/mountinfo text, deepest first (the order to
 * unmount them in). Mountinfo escapes space, tab, newline and backslash as octal (`\040`).
 */
export function mountsUnder(mountinfo: string, root: string): string[] {
  const base = root.replace(/\/+$/, '');
  const points = mountinfo
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((field): field is string => Boolean(field))
    .map((field) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))))
    .filter((point) => point === base || point.startsWith(`${base}/`));
  return [...new Set(points)].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? 1 : a > b ? -1 : 0));
}
