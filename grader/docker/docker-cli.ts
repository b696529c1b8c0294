/**
 * Runs the `docker` CLI. `solve`, `reset`, `selftest` and `doctor --deep` apply exercises' steps with it
 * because steps ARE docker command lines: what we print is exactly what runs, and flags like `-p
 * 127.0.0.1:7777:80`, `--link`, `--net-alias` or `--mount` keep the CLI's own meaning instead of a
 * translation to API calls that could drift. `--host` is passed through as `docker --host`; otherwise
 * the CLI finds the engine as the grader does (DOCKER_HOST, context, default socket).
 * This is the only way dockgrade changes an engine, and only where it acts as the learner would
 * (solve, reset, selftest's steps, doctor --deep) under its own prefix or label; grading, `--watch` and
 * `doctor`'s read-only lines reach the engine through grader/engine/ (EngineClient) instead.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DockerUnavailableError, DockgradeError, ExitCode, InputError } from '../core/errors.js';
import type { BuildStep, DockerStep } from '../check/types.js';
import { formatStep, isBuildStep, normalRelative, parseStep } from './docker-args.js';
import { PREFIX_LABEL } from '../core/constants.js';

/** A docker command that ran and failed; carries the CLI's own message. Exit 1. */
export class DockerCommandError extends DockgradeError {
  readonly args: readonly string[];
  readonly stderr: string;
  constructor(args: readonly string[], stderr: string) {
    super(`${formatStep(args)} failed: ${stderr.trim().split('\n').filter(Boolean).join(' / ') || 'no message'}`, ExitCode.Findings);
    this.args = args;
    this.stderr = stderr;
  }
}

export interface DockerCliOptions {
  /** Engine URL, passed as `docker --host`. */
  host?: string;
  /** Per-command limit (default 120 s). */
  timeoutMs?: number;
  /** The binary (default `docker` on PATH). */
  bin?: string;
}

/** Runs docker commands against one engine. */
export interface DockerCli {
  /** `docker [--host H] ...args` (in `cwd` when given); resolves stdout, rejects with DockerCommandError. */
  run(args: readonly string[], options?: { timeoutMs?: number; cwd?: string }): Promise<string>;
  /** One step: a command line as it is, or a build in a fresh folder holding its files. */
  runStep(step: DockerStep): Promise<string>;
  /**
   * Runs steps in order; stops at the first that fails. Steps that write or read files run in `cwd`
   * when given (the caller's folder, left in place), else in a fresh folder removed afterwards.
   */
  apply(steps: readonly DockerStep[], options?: { cwd?: string }): Promise<void>;
}

/**
 * Runs `run` in a fresh folder (under the system's temporary folder) holding the build's files, as typed,
 * so `docker build -t mybuild:0.0 ./` reads exactly the Dockerfile and files the step carries; the folder
 * is removed afterwards whatever happened. A path that would leave the folder is refused before anything runs.
 */
export async function inBuildFolder<T>(step: BuildStep, run: (cwd: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dockgrade-build-'));
  try {
    for (const [path, text] of Object.entries(step.files)) {
      const relative = normalRelative(path);
      if (relative === null || relative === '.') {
        throw new InputError(`build file '${path}': not a path inside the build folder`, 'name it relative to where docker build runs (Dockerfile, test.html, ctx/Dockerfile)').inKorean(
          `빌드 파일 '${path}': 빌드 폴더 안의 경로가 아닙니다`,
          'docker build를 실행하는 곳 기준의 상대 경로로 쓰세요 (Dockerfile, test.html, ctx/Dockerfile)',
        );
      }
      await mkdir(dirname(join(dir, relative)), { recursive: true });
      await writeFile(join(dir, relative), text);
    }
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Whether a step writes or reads a file where it runs: `export -o`, `save -o`, `import FILE`, `load -i`, or
 * a `run`/`create` that binds a folder relative to it (`-v .:/certs:ro`, the certificates of 2.5.3.3).
 */
export function usesFiles(step: DockerStep): boolean {
  if (isBuildStep(step)) return false;
  const { verb, options } = parseStep(step);
  if (verb === 'run' || verb === 'create') return (options.get('volume') ?? []).some((spec) => /^\.\.?(\/|:)/.test(spec));
  return verb === 'export' || verb === 'save' || verb === 'import' || verb === 'load';
}

export function dockerCli(options: DockerCliOptions = {}): DockerCli {
  const bin = options.bin ?? 'docker';
  const hostArgs = options.host ? ['--host', options.host] : [];
  const run = (args: readonly string[], runOptions: { timeoutMs?: number; cwd?: string } = {}) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(bin, [...hostArgs, ...args], { timeout: runOptions.timeoutMs ?? options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024, ...(runOptions.cwd ? { cwd: runOptions.cwd } : {}) }, (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return reject(new DockerUnavailableError(`the docker CLI is not installed ('${bin}' is not on PATH)`, 'install the Docker CLI (solve, reset, selftest and doctor --deep run docker commands), or use the grader image, which has it').inKorean(`docker CLI가 설치되어 있지 않습니다 (PATH에 '${bin}' 파일이 없습니다)`, 'Docker CLI를 설치하거나(solve, reset, selftest, doctor --deep은 docker 명령을 실행합니다) CLI가 든 채점기 이미지를 쓰세요'));
        }
        reject(new DockerCommandError(args, stderr || (error.killed ? `timed out after ${runOptions.timeoutMs ?? options.timeoutMs ?? 120_000} ms` : error.message)));
      });
      // No command here is fed input: its standard input ends at once, so `docker exec -i x bash` (a
      // learner's -it without a terminal) ends as a shell does at end of input instead of waiting for it.
      child.stdin?.end();
    });
  const runStep = (step: DockerStep, cwd?: string) => (isBuildStep(step) ? inBuildFolder(step, (folder) => run(step.args, { cwd: folder })) : run(step, cwd ? { cwd } : {}));
  return {
    run,
    runStep,
    async apply(steps, applyOptions = {}) {
      // Steps that write or read a tar file (export -o, save -o, import FILE, load -i) run together in a
      // fresh folder, removed afterwards: rootFS.tar is found by the import after it, and none is left behind.
      if (applyOptions.cwd) {
        for (const step of steps) await runStep(step, usesFiles(step) ? applyOptions.cwd : undefined);
        return;
      }
      if (!steps.some(usesFiles)) {
        for (const step of steps) await runStep(step);
        return;
      }
      const dir = await mkdtemp(join(tmpdir(), 'dockgrade-files-'));
      try {
        for (const step of steps) await runStep(step, dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A prefix only tools use (`dgt-…-` tests, `dgself-…-` selftest, `dgdoctor-…-`): never a learner's. */
export const TOOL_PREFIX = /^dg[a-z]*-[a-z0-9-]+-$/;

/** Names of the objects of one kind (`container`, `network`, `volume`) whose names start with `prefix`. */
export async function namesWithPrefix(cli: DockerCli, kind: 'container' | 'network' | 'volume', prefix: string): Promise<string[]> {
  const args = kind === 'container' ? ['ps', '-a', '--format', '{{.Names}}'] : [kind, 'ls', '--format', '{{.Name}}'];
  return (await cli.run(args)).split('\n').filter((name) => name && name.startsWith(prefix));
}

/** Image references (`repository:tag`) whose tag starts with `prefix`: the tags a run made itself (grader/check/names.ts anotherTag). */
export async function imageTagsWithPrefix(cli: DockerCli, prefix: string): Promise<string[]> {
  return (await cli.run(['images', '--format', '{{.Repository}}:{{.Tag}}'])).split('\n').filter((ref) => ref.slice(ref.lastIndexOf(':') + 1).startsWith(prefix));
}

/**
 * Ids of the dangling images labelled with the prefix (PREFIX_LABEL: a Dockerfile's `LABEL dockgrade.prefix=…`
 * under it): a rebuilt tag's old image has no tag left to find it by, and no other image carries that label.
 */
export async function danglingWithPrefix(cli: DockerCli, prefix: string): Promise<string[]> {
  return (await cli.run(['images', '-q', '--no-trunc', '--filter', 'dangling=true', '--filter', `label=${PREFIX_LABEL}=${prefix}`])).split('\n').filter(Boolean);
}

/**
 * Names of the containers labelled with the prefix (PREFIX_LABEL), whatever their name: a container takes
 * its image's labels, so a build step's container that the engine could not start (and so kept, under a
 * name the engine gave it) is found by the label of the image it was made from.
 */
export async function labelledWithPrefix(cli: DockerCli, prefix: string): Promise<string[]> {
  return (await cli.run(['ps', '-a', '--filter', `label=${PREFIX_LABEL}=${prefix}`, '--format', '{{.Names}}'])).split('\n').filter(Boolean);
}

/**
 * Removes the containers (with their anonymous volumes), networks and volumes named with a tool's
 * prefix (and the containers labelled with it), then the image tags that start with it (`docker rmi`
 * without force: a tag of a book image is only untagged) and the dangling images labelled with it, and
 * nothing else. Refuses a prefix that could match what a learner made.
 */
export async function removeByPrefix(cli: DockerCli, prefix: string): Promise<void> {
  if (!TOOL_PREFIX.test(prefix)) throw new Error(`refusing to clean up with prefix '${prefix}'`);
  // Listed together (six quick calls in parallel), removed in dependency order: the containers first,
  // then the networks and volumes they used (side by side), then the images they could still use.
  const [[named, networks, volumes], labelled, tags, dangling] = await Promise.all([
    Promise.all((['container', 'network', 'volume'] as const).map((kind) => namesWithPrefix(cli, kind, prefix))),
    labelledWithPrefix(cli, prefix),
    imageTagsWithPrefix(cli, prefix),
    danglingWithPrefix(cli, prefix),
  ]);
  const containers = [...new Set([...named, ...labelled])];
  if (containers.length) await cli.run(['rm', '-f', '-v', ...containers]);
  await Promise.all([networks.length ? cli.run(['network', 'rm', ...networks]) : null, volumes.length ? cli.run(['volume', 'rm', '-f', ...volumes]) : null]);
  if (tags.length || dangling.length) await cli.run(['rmi', ...tags, ...dangling]);
}
