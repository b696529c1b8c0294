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
import { DockerUnavailableError, DockgradeError, ExitCode } from '../core/errors.js';
import type { DockerStep } from '../check/types.js';
import { formatStep } from './docker-args.js';

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
  /** `docker [--host H] ...args`; resolves stdout, rejects with DockerCommandError. */
  run(args: readonly string[], options?: { timeoutMs?: number }): Promise<string>;
  /** Runs steps in order; stops at the first that fails. */
  apply(steps: readonly DockerStep[]): Promise<void>;
}

export function dockerCli(options: DockerCliOptions = {}): DockerCli {
  const bin = options.bin ?? 'docker';
  const hostArgs = options.host ? ['--host', options.host] : [];
  const run = (args: readonly string[], runOptions: { timeoutMs?: number } = {}) =>
    new Promise<string>((resolve, reject) => {
      execFile(bin, [...hostArgs, ...args], { timeout: runOptions.timeoutMs ?? options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return reject(new DockerUnavailableError(`the docker CLI is not installed ('${bin}' is not on PATH)`, 'install the Docker CLI (solve, reset, selftest and doctor --deep run docker commands), or use the grader image, which has it').inKorean(`docker CLI가 설치되어 있지 않습니다 (PATH에 '${bin}' 없음)`, 'Docker CLI를 설치하거나(solve, reset, selftest, doctor --deep은 docker 명령을 실행합니다) CLI가 든 채점기 이미지를 쓰세요'));
        }
        reject(new DockerCommandError(args, stderr || (error.killed ? `timed out after ${runOptions.timeoutMs ?? options.timeoutMs ?? 120_000} ms` : error.message)));
      });
    });
  return {
    run,
    async apply(steps) {
      for (const step of steps) await run(step);
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
 * Removes the containers (with their anonymous volumes), networks and volumes named with a tool's
 * prefix, then the image tags that start with it (`docker rmi` without force: a tag of a book image is
 * only untagged), and nothing else. Refuses a prefix that could match what a learner made.
 */
export async function removeByPrefix(cli: DockerCli, prefix: string): Promise<void> {
  if (!TOOL_PREFIX.test(prefix)) throw new Error(`refusing to clean up with prefix '${prefix}'`);
  // Listed together (three quick calls in parallel), removed in dependency order.
  const [containers, networks, volumes] = await Promise.all((['container', 'network', 'volume'] as const).map((kind) => namesWithPrefix(cli, kind, prefix)));
  if (containers.length) await cli.run(['rm', '-f', '-v', ...containers]);
  if (networks.length) await cli.run(['network', 'rm', ...networks]);
  if (volumes.length) await cli.run(['volume', 'rm', '-f', ...volumes]);
  // after the containers, which could still use them
  const tags = await imageTagsWithPrefix(cli, prefix);
  if (tags.length) await cli.run(['rmi', ...tags]);
}
