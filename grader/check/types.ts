/**
 * The exercise format: an exercise declares its checks from the check kinds (kinds/index.ts); each check
 * is a pure function of the Snapshot (plus the Probe for live evidence). Checkers never import dockerode.
 */
import type { Msg } from '../core/i18n.js';
import type { Status } from '../model/result-schema.js';
import type { Container, EngineEvent, ProbeRecord, Snapshot } from '../model/snapshot-schema.js';
import type { ProbeRequest } from '../model/probe-request.js';

/** What one check concludes. */
export interface Outcome {
  status: Status;
  message: Msg;
  expected?: string;
  actual?: string;
  /** The reader's words for `expected`/`actual` when the check has them (else grader/core/value-text.ts describes the code). */
  expectedText?: Msg;
  actualText?: Msg;
  /** What to do next, usually with the command that fixes it. */
  hint?: Msg;
}

/** Live evidence: read-only HTTP requests to published ports and read-only commands in containers. */
export interface Probe {
  /** False with `--no-probes`: probe checks are `skip`. */
  readonly enabled: boolean;
  /** GET / on the host port published for `containerPort` (e.g. `80/tcp`). */
  http(container: Container, containerPort: string): Promise<ProbeRecord>;
  /** Runs a read-only command inside a running container. */
  exec(container: Container, cmd: readonly string[]): Promise<ProbeRecord>;
  /**
   * The general form (grader/model/probe-request.ts), of which `http` and `exec` are the oldest cases:
   * GET a path on a container's published port or on the engine host's loopback (`127.0.0.1:5000`
   * `/v2/_catalog`), or a read-only command; with `expect` (statuses or exit code, texts the answer
   * includes) the record says whether it `matched`, judged on the whole answer.
   */
  request(request: ProbeRequest): Promise<ProbeRecord>;
}

/** Names as the learner's objects carry them, with the shared-host prefix applied. */
export interface Names {
  readonly prefix: string;
  /** `wordpressdb` → `alice-wordpressdb` under prefix `alice`. */
  name(base: string): string;
  /**
   * For containers the book leaves unnamed: `['--name', prefixed]` under a prefix (so the run sees
   * them), nothing otherwise.
   */
  nameFlag(base: string): string[];
}

/**
 * The container a group of checks is about: by name (with names the learner may have used instead), or,
 * for exercises where the book gives no name, the best container that `match` admits.
 */
export interface ContainerTarget {
  /** The name the book gives, before the prefix. */
  readonly name?: string;
  /**
   * A named target claims its container: no other exercise's unnamed target may pick it (2.2.1's
   * "any ubuntu container" is not 2.2.4's network_test). `shared`: the book reuses an earlier
   * exercise's container under this name (2.2.2 renames 2.2.1's), so it stays available to them.
   */
  readonly shared?: boolean;
  /** Other names that count as near misses (the blog post's `kmsCentos` for `mycentos`). */
  readonly aliases?: readonly string[];
  /**
   * Only a container of exactly this name is graded (a course pack's targets, unless the file says
   * `nearMiss: grade`): a near miss (an alias, a close name that no other target claims) is named by the
   * target's `exists` check and its other checks are skipped. Otherwise (the book's exercises) a near
   * miss is graded in its place, `exists` alone failing, so a learner's typo costs one point.
   */
  readonly exactName?: boolean;
  /** For unnamed targets: which containers are candidates (e.g. made from an ubuntu image). */
  readonly match?: (container: Container) => boolean;
  /** "the ubuntu:14.04 container", for messages. */
  readonly describe: Msg;
  /** The book's command that creates it, with names prefixed. */
  readonly create: (names: Names) => string;
  /**
   * What to do when no container fits, when the book's command alone is not it (2.2.2 renames the
   * learner's own container, whose name only the state knows). Default: create it with `create`.
   */
  readonly missingHint?: (ctx: CheckContext) => Msg;
}

/** How a target was found. */
export interface Resolved {
  container: Container | null;
  /** exact: by name; alias: by a known other name; closest: a typo-near name; match: best candidate. */
  how: 'exact' | 'alias' | 'closest' | 'match' | 'none';
  /** Closest existing names, for "did you mean". */
  suggestions: string[];
  /**
   * An exact-name target's near miss (`how` is alias or closest, `container` null): the container the
   * `exists` check names, which no other check grades.
   */
  near?: Container;
}

/**
 * What a check's explanation may read besides the names: the public words of the catalog it is graded
 * in (the book's example values, `password` in `-e MYSQL_ROOT_PASSWORD=password`), which are printed
 * as they are; any other secret-looking value is hidden.
 */
export interface ExplainContext extends Names {
  /** None when absent: every secret-looking value hidden. */
  readonly publicWords?: ReadonlySet<string>;
}

/** Everything a check may read. */
export interface CheckContext extends ExplainContext {
  readonly publicWords: ReadonlySet<string>;
  readonly snapshot: Snapshot;
  /** The containers visible to this run: all, or under a prefix only those named with it. */
  readonly containers: readonly Container[];
  readonly probe: Probe;
  resolve(target: ContainerTarget): Resolved;
}

interface CheckBase {
  /** Stable id within the exercise (`tty`, `image`, `env-MYSQL_DATABASE`). */
  readonly id: string;
  readonly title: Msg;
  readonly points: number;
  /** Other checks of the exercise that must pass first; otherwise this one is `skip` (and earns nothing). */
  readonly requires?: string | readonly string[];
  /** A hidden check (course packs): graded and counted for the teacher; `check` shows a student only how many and their points. */
  readonly hidden?: boolean;
  /**
   * What the check looks for and how to satisfy it, without looking at any state (`dockgrade explain`).
   * Given the names so the commands carry the learner's prefix.
   */
  readonly explain?: (ctx: ExplainContext) => Msg;
}

/** A pure check of one container's state; the runner also uses it to pick the best candidate. */
export interface ContainerCheck extends CheckBase {
  readonly kind: 'container';
  readonly target: ContainerTarget;
  /**
   * The check is about the target's name (`exists`): on an exact-name target whose container is a near
   * miss, it is the one check that looks at the near miss (to name it and say how to fix it).
   */
  readonly aboutName?: boolean;
  test(container: Container, ctx: CheckContext, resolved: Resolved): Outcome;
  /**
   * Whether `test` would pass, without its messages: what picking the best of a target's candidates
   * asks of each (grader/check/run.ts). Optional; when given it must agree with `test` (a test holds
   * every recorded exercise case to it).
   */
  passes?(container: Container, ctx: CheckContext, resolved: Resolved): boolean;
}

/** Live evidence about one container (HTTP, exec). */
export interface ProbeCheck extends CheckBase {
  readonly kind: 'probe';
  readonly target: ContainerTarget;
  run(container: Container, ctx: CheckContext): Promise<Outcome>;
}

/** Any other check of the snapshot (an image is present, a container is gone). */
export interface StateCheck extends CheckBase {
  readonly kind: 'state';
  /**
   * The check takes live evidence about no container (the engine answering on a TCP port of its host's
   * loopback): with probes off it is left out of the maximum, as a probe check is.
   */
  readonly probes?: true;
  run(ctx: CheckContext): Outcome | Promise<Outcome>;
}

export type CheckSpec = ContainerCheck | ProbeCheck | StateCheck;

/**
 * One `docker` command line, as arguments after `docker`; a `docker build` that needs its Dockerfile and
 * files is a BuildStep.
 */
export type DockerStep = readonly string[] | BuildStep;

/**
 * `docker build …` with the files it reads, by path relative to where the command runs (the Dockerfile
 * among them: `Dockerfile`, or the path `-f` names): the runner writes them into a fresh folder, runs the
 * command there as typed, and removes the folder (grader/docker/docker-cli.ts).
 */
export interface BuildStep {
  readonly args: readonly string[];
  readonly files: Readonly<Record<string, string>>;
}

/** A deliberate mistake that must make exactly one check fail. */
export interface Mutation {
  /** The check it must fail. */
  readonly check: string;
  readonly description: Msg;
  /** The learner's commands with the mistake, replacing the reference solution. */
  readonly steps: (names: Names) => DockerStep[];
  /**
   * For mistakes a shared test engine cannot show without touching what it does not own (an image
   * that must be absent): applied to the snapshot of the reference solution instead. Say why.
   */
  readonly edit?: (snapshot: Snapshot, names: Names) => Snapshot;
}

/** Engine events by type of object: the actions read (a check kind's, an exercise's). */
export type EventsRead = Readonly<Partial<Record<EngineEvent['type'], readonly string[]>>>;

export interface ExerciseDefinition {
  /** Stable public id `<section>/<slug>`. */
  readonly id: string;
  /** Book section, e.g. `2.2.1`. */
  readonly section: string;
  /**
   * Its place in its section, in reading order (the exercise file's `order`): 2.2.1's `docker run`
   * before `docker pull`. Catalogs list exercises by section, then this, then id.
   */
  readonly order?: number;
  readonly title: Msg;
  /** What the learner should achieve, one or two sentences. */
  readonly goal: Msg;
  /** The book's commands, verbatim. */
  readonly commands: readonly string[];
  readonly checks: readonly CheckSpec[];
  /**
   * The reference solution as docker commands a machine can run (no TTY: `-d` stands in for leaving
   * with Ctrl+P,Q). Under a prefix every object it creates is named with the prefix.
   */
  readonly solution: (names: Names) => DockerStep[];
  /** One mutation per check at least (the exercise tester enforces it). */
  readonly mutations: readonly Mutation[];
  /** Container names this exercise creates, so fixtures and `reset` remove exactly those. */
  readonly creates?: readonly string[];
  /**
   * false: no "your container as a docker run command" view. For exercises graded from the engine's
   * events (a docker exec, the order of starts): the container's run command is another exercise's.
   */
  readonly commandView?: boolean;
  /**
   * The learner's TLS certificates it needs (2.5.3.3, grader/model/exercise-schema.ts CertificatesSchema):
   * a proof makes them with openssl in the folder its steps run in and grades with that folder as the
   * learner's DOCKER_CERT_PATH (grader/docker/certificates.ts).
   */
  readonly certificates?: { readonly subjectAltName: string };
  /**
   * Why it cannot be graded on one host (it needs a second host or a cloud: a remote log server): its
   * checks still say what they see (the container's definition), for no points; `list` shows the reason.
   */
  readonly notGradable?: Msg;
  /**
   * The engine's recent events its checks read (its kinds' `readsEvents` together, set by the exercise
   * builder; `{}`: none). Unset, as an exercise defined in TypeScript leaves it: every event.
   */
  readonly readsEvents?: EventsRead;
}
