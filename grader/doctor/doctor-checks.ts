/**
 * `dockgrade doctor`'s judgements, pure: each turns facts gathered from the machine (doctor-probes.ts)
 * into one line, pass / warn / fail, with the fix. What the chapter needs (images, host ports) is read
 * from the exercises themselves: their reference solutions, the book's commands, and (images) the
 * mutations `selftest` runs, so doctor lists every image that check, solve and selftest need.
 */
import { compareText } from '../core/compare-text.js';
import type { ExerciseDefinition } from '../check/types.js';
import { normalizeReference } from '../check/image-reference.js';
import { makeNames } from '../check/names.js';
import { fixedHostPorts, neededImages, stepsOfCommands } from '../docker/docker-args.js';

export type DoctorStatus = 'pass' | 'warn' | 'fail';

/** One line of the doctor's report. */
export interface DoctorLine {
  /** Stable id: `engine`, `version`, `image:mysql:5.7`, `port:80`, `disk`, `deep:link`. */
  id: string;
  status: DoctorStatus;
  /** What was checked and what was found. */
  message: string;
  /** What to do about it (warn and fail). */
  fix?: string;
}

/** Exit code: 1 when a line fails; warnings don't fail. */
export function doctorExitCode(lines: readonly DoctorLine[]): number {
  return lines.some((l) => l.status === 'fail') ? 1 : 0;
}

/** The steps of everything learners type for these exercises: solutions and the book's commands. */
function learnerSteps(exercise: ExerciseDefinition) {
  return [...exercise.solution(makeNames('')), ...stepsOfCommands(exercise.commands)];
}

/** Every step `selftest` runs for an exercise (under a tool prefix like its own): the solution and each mutation. */
export function selftestSteps(exercise: ExerciseDefinition, prefix = 'dgself-doctor-') {
  const n = makeNames(prefix);
  return [exercise.solution(n), ...exercise.mutations.map((m) => m.steps(n))];
}

/**
 * Images the exercises need, for learners, `solve` and `selftest` (a mutation's "another tag" is made
 * from a book image, so it needs that one), normalised (`wordpress` → `wordpress:latest`), with the
 * exercises needing each; sorted.
 */
export function requiredImages(exercises: readonly ExerciseDefinition[]): Array<{ image: string; exercises: string[] }> {
  const map = new Map<string, string[]>();
  for (const exercise of exercises) {
    // each list of steps on its own: a tag one mutation makes is not there for the next
    for (const image of [learnerSteps(exercise), ...selftestSteps(exercise)].flatMap((steps) => neededImages(steps))) {
      const ref = normalizeReference(image);
      const list = map.get(ref) ?? [];
      if (!list.includes(exercise.id)) list.push(exercise.id);
      map.set(ref, list);
    }
  }
  return [...map.entries()].sort(([a], [b]) => compareText(a, b)).map(([image, ids]) => ({ image, exercises: ids }));
}

/** Host ports the exercises bind (`-p 80:80`, `-p 3306:3306`, `-p …:7777:80`), with the exercises binding each; sorted. */
export function requiredHostPorts(exercises: readonly ExerciseDefinition[]): Array<{ port: number; exercises: string[] }> {
  const map = new Map<number, string[]>();
  for (const exercise of exercises) {
    for (const port of fixedHostPorts(learnerSteps(exercise))) map.set(port, [...(map.get(port) ?? []), exercise.id]);
  }
  return [...map.entries()].sort(([a], [b]) => a - b).map(([port, ids]) => ({ port, exercises: ids }));
}

/** Parses `20.10.24+dfsg1` / `27.3.1` into [major, minor]. */
export function parseEngineVersion(version: string): [number, number] | null {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Oldest API the exercises work with (`--mount`, `network create --subnet`, user-defined aliases). */
export const MIN_API = '1.30';
/** Engines older than this work but are not what the book's screenshots show. */
export const RECOMMENDED_ENGINE: [number, number] = [20, 10];

function compareApi(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

export function engineLine(location: string, source: string): DoctorLine {
  return { id: 'engine', status: 'pass', message: `the engine answers at ${location} (${source})` };
}

export function engineDownLine(message: string, hint?: string): DoctorLine {
  return { id: 'engine', status: 'fail', message, fix: hint ?? 'start Docker, or point --host / DOCKER_HOST at a running engine' };
}

/** The engine's version and platform from `GET /version`. */
export function versionLine(version: { Version?: string; ApiVersion?: string; Os?: string; Arch?: string }): DoctorLine {
  const text = `Docker ${version.Version ?? '?'} (API ${version.ApiVersion ?? '?'}, ${version.Os ?? '?'}/${version.Arch ?? '?'})`;
  if (version.Os && version.Os !== 'linux') {
    return { id: 'version', status: 'fail', message: `${text}: the book's images are Linux images`, fix: 'switch Docker Desktop to Linux containers' };
  }
  if (!version.ApiVersion || compareApi(version.ApiVersion, MIN_API) < 0) {
    return { id: 'version', status: 'fail', message: `${text}: API ${MIN_API} or newer is needed`, fix: 'upgrade Docker (https://docs.docker.com/engine/install/)' };
  }
  const parsed = parseEngineVersion(version.Version ?? '');
  if (!parsed || parsed[0] < RECOMMENDED_ENGINE[0] || (parsed[0] === RECOMMENDED_ENGINE[0] && parsed[1] < RECOMMENDED_ENGINE[1])) {
    return { id: 'version', status: 'warn', message: `${text}: older than ${RECOMMENDED_ENGINE.join('.')}`, fix: 'upgrade Docker when you can; the exercises should still work' };
  }
  return { id: 'version', status: 'pass', message: text };
}

/** Apple silicon and other arm64 hosts: mysql:5.7 has no arm64 build (the book's note). */
export function archLine(arch: string, images: readonly string[]): DoctorLine | null {
  if (!/^(arm64|aarch64)$/i.test(arch)) return null;
  const amd64Only = images.filter((i) => i === 'mysql:5.7');
  if (amd64Only.length === 0) return null;
  return { id: 'arch', status: 'warn', message: `the engine runs ${arch}; ${amd64Only.join(', ')} has no ${arch} image`, fix: 'run it with --platform linux/amd64 (as the book notes for Apple silicon)' };
}

/** What the engine has for one needed image. */
export interface ImageFact {
  present: boolean;
  /** Our offline stand-in (label dockgrade.stand-in=true), not the real image. */
  standIn?: boolean;
  /** `--online`: whether the registry has it (undefined: not asked). */
  pullable?: boolean;
  /** `--online`: why the registry could not answer. */
  registryError?: string;
}

export function imageLine(image: string, exercises: readonly string[], fact: ImageFact): DoctorLine {
  const id = `image:${image}`;
  const forWhat = `needed by ${exercises.join(', ')}`;
  if (fact.present && fact.standIn) {
    return { id, status: 'warn', message: `${image} is present as dockgrade's offline stand-in (${forWhat})`, fix: `for learners, replace it with the real image: docker rmi ${image} && docker pull ${image}` };
  }
  if (fact.present) return { id, status: 'pass', message: `${image} is present (${forWhat})` };
  if (fact.pullable === true) return { id, status: 'warn', message: `${image} is missing but the registry has it (${forWhat})`, fix: `pull it before class: docker pull ${image}` };
  if (fact.pullable === false) return { id, status: 'fail', message: `${image} is missing and the registry does not give it${fact.registryError ? `: ${fact.registryError}` : ''} (${forWhat})`, fix: 'check the registry access (proxy, mirror, docker login) from this machine' };
  return { id, status: 'fail', message: `${image} is missing (${forWhat})`, fix: `pull it before class: docker pull ${image} (doctor --online asks the registry whether it can)` };
}

/** What the machine says about one host port. */
export interface PortFact {
  /** Containers that publish it now (from the engine). */
  publishedBy: string[];
  /** Listening on it briefly here: free, in use by something, not allowed (unprivileged), or not tried (remote engine). */
  listen: 'free' | 'in-use' | 'denied' | 'unchecked';
}

export function portLine(port: number, exercises: readonly string[], fact: PortFact): DoctorLine {
  const id = `port:${port}`;
  const forWhat = `bound by ${exercises.join(', ')}`;
  if (fact.publishedBy.length) {
    return { id, status: 'fail', message: `host port ${port} is published by container ${fact.publishedBy.join(', ')} (${forWhat})`, fix: `stop or remove it: docker rm -f ${fact.publishedBy.join(' ')}` };
  }
  if (fact.listen === 'in-use') return { id, status: 'fail', message: `host port ${port} is in use by another program (${forWhat})`, fix: `find it with: sudo ss -ltnp 'sport = :${port}', then stop it` };
  if (fact.listen === 'denied') return { id, status: 'pass', message: `host port ${port} is published by no container; privileged, so not tried from here (the engine binds it as root) (${forWhat})` };
  if (fact.listen === 'unchecked') return { id, status: 'warn', message: `host port ${port} is published by no container; the engine is remote, so other programs there were not checked (${forWhat})`, fix: `on the engine's host: sudo ss -ltnp 'sport = :${port}'` };
  return { id, status: 'pass', message: `host port ${port} is free (${forWhat})` };
}

const GiB = 1024 ** 3;
/** Below this the chapter's images cannot all be pulled. */
export const DISK_FAIL_BYTES = 2 * GiB;
/** Below this it fits, but not with much else. */
export const DISK_WARN_BYTES = 5 * GiB;

export function diskLine(rootDir: string, freeBytes: number | null, why?: string): DoctorLine {
  if (freeBytes === null) return { id: 'disk', status: 'warn', message: `free space under ${rootDir || "Docker's root dir"} not measured${why ? `: ${why}` : ''}`, fix: `on the engine's host: df -h ${rootDir || '/var/lib/docker'}` };
  const text = `${(freeBytes / GiB).toFixed(1)} GiB free under ${rootDir}`;
  if (freeBytes < DISK_FAIL_BYTES) return { id: 'disk', status: 'fail', message: `${text}; the chapter's images need about ${DISK_FAIL_BYTES / GiB} GiB`, fix: 'free space: docker system prune (removes stopped containers and unused images)' };
  if (freeBytes < DISK_WARN_BYTES) return { id: 'disk', status: 'warn', message: `${text}; tight for the chapter's images`, fix: 'free space before class: docker system prune' };
  return { id: 'disk', status: 'pass', message: text };
}

export function cliLine(version: string | null): DoctorLine {
  if (!version) return { id: 'cli', status: 'warn', message: 'the docker CLI is not on PATH: learners type docker commands, and solve/selftest/doctor --deep run them', fix: 'install the Docker CLI (docker-ce-cli or docker.io)' };
  return { id: 'cli', status: 'pass', message: `docker CLI ${version}` };
}
