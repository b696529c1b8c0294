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
import { fixedHostPorts, neededImages, objectsCreatedBy, stepsOfCommands } from '../docker/docker-args.js';
import { msg, type Msg } from '../core/i18n.js';
import { josa } from '../core/korean-particles.js';
import { endpointSourceKo } from '../engine/endpoint.js';

export type DoctorStatus = 'pass' | 'warn' | 'fail';

/** One line of the doctor's report. */
export interface DoctorLine {
  /** Stable id: `engine`, `version`, `image:mysql:5.7`, `port:80`, `disk`, `deep:link`. */
  id: string;
  status: DoctorStatus;
  /** What was checked and what was found, in both languages (`--lang` picks one when printed). */
  message: Msg;
  /** What to do about it (warn and fail). */
  fix?: Msg;
}

/** A doctor line as printed or written as JSON: its texts in one language. */
export interface DoctorLineText {
  id: string;
  status: DoctorStatus;
  message: string;
  fix?: string;
}

/** The line in `lang`: the form the report, JSON and annotations print. */
export function lineText(line: DoctorLine, lang: 'ko' | 'en'): DoctorLineText {
  return { id: line.id, status: line.status, message: line.message[lang], ...(line.fix ? { fix: line.fix[lang] } : {}) };
}

/** Exercise ids as a list in a sentence. */
const ids = (exercises: readonly string[]) => exercises.join(', ');

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
  // an image one exercise's steps make (2.3.4's docker tag of 2.3.4/tag's my-image-name:0.0) is the learner's, never a lab's
  const made = new Set(exercises.flatMap((e) => objectsCreatedBy(learnerSteps(e)).images.map(normalizeReference)));
  for (const exercise of exercises) {
    // each list of steps on its own: a tag one mutation makes is not there for the next
    for (const image of [learnerSteps(exercise), ...selftestSteps(exercise)].flatMap((steps) => neededImages(steps))) {
      const ref = normalizeReference(image);
      if (made.has(ref)) continue;
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
  return { id: 'engine', status: 'pass', message: msg(`도커 엔진이 ${location}에서 응답합니다 (${endpointSourceKo(source)})`, `the engine answers at ${location} (${source})`) };
}

/** The engine did not answer: the error's own line and fix, in both languages where it has them. */
export function engineDownLine(message: Msg, hint?: Msg): DoctorLine {
  return { id: 'engine', status: 'fail', message, fix: hint ?? msg('도커를 시작하거나 --host 또는 DOCKER_HOST로 실행 중인 엔진을 가리키세요', 'start Docker, or point --host / DOCKER_HOST at a running engine') };
}

/** The engine's version and platform from `GET /version`. */
export function versionLine(version: { Version?: string; ApiVersion?: string; Os?: string; Arch?: string }): DoctorLine {
  const text = `Docker ${version.Version ?? '?'} (API ${version.ApiVersion ?? '?'}, ${version.Os ?? '?'}/${version.Arch ?? '?'})`;
  if (version.Os && version.Os !== 'linux') {
    return {
      id: 'version',
      status: 'fail',
      message: msg(`${text}: 책의 이미지는 리눅스 이미지입니다`, `${text}: the book's images are Linux images`),
      fix: msg('Docker Desktop을 리눅스 컨테이너로 전환하세요', 'switch Docker Desktop to Linux containers'),
    };
  }
  if (!version.ApiVersion || compareApi(version.ApiVersion, MIN_API) < 0) {
    return {
      id: 'version',
      status: 'fail',
      message: msg(`${text}: API ${MIN_API} 이상이 필요합니다`, `${text}: API ${MIN_API} or newer is needed`),
      fix: msg('도커를 업그레이드하세요 (https://docs.docker.com/engine/install/)', 'upgrade Docker (https://docs.docker.com/engine/install/)'),
    };
  }
  const parsed = parseEngineVersion(version.Version ?? '');
  if (!parsed || parsed[0] < RECOMMENDED_ENGINE[0] || (parsed[0] === RECOMMENDED_ENGINE[0] && parsed[1] < RECOMMENDED_ENGINE[1])) {
    const recommended = RECOMMENDED_ENGINE.join('.');
    return {
      id: 'version',
      status: 'warn',
      message: msg(`${text}: ${recommended}보다 오래된 버전입니다`, `${text}: older than ${recommended}`),
      fix: msg('여유가 있을 때 도커를 업그레이드하세요. 실습은 그대로도 될 것입니다', 'upgrade Docker when you can; the exercises should still work'),
    };
  }
  return { id: 'version', status: 'pass', message: msg(text, text) };
}

/** Apple silicon and other arm64 hosts: mysql:5.7 has no arm64 build (the book's note). */
export function archLine(arch: string, images: readonly string[]): DoctorLine | null {
  if (!/^(arm64|aarch64)$/i.test(arch)) return null;
  const amd64Only = images.filter((i) => i === 'mysql:5.7');
  if (amd64Only.length === 0) return null;
  const list = amd64Only.join(', ');
  return {
    id: 'arch',
    status: 'warn',
    message: msg(`도커 엔진이 ${arch}에서 실행됩니다. ${josa(list, '은/는')} ${arch}용 이미지가 없습니다`, `the engine runs ${arch}; ${list} has no ${arch} image`),
    fix: msg('책이 Apple M1 맥에 대해 안내하듯 --platform linux/amd64를 붙여 실행하세요', 'run it with --platform linux/amd64 (as the book notes for Apple silicon)'),
  };
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
  const forWhat = msg(`${ids(exercises)} 실습에 필요`, `needed by ${ids(exercises)}`);
  const line = (status: DoctorStatus, ko: string, en: string, fix?: Msg): DoctorLine => ({ id, status, message: msg(`${ko} (${forWhat.ko})`, `${en} (${forWhat.en})`), ...(fix ? { fix } : {}) });
  if (fact.present && fact.standIn) {
    return line(
      'warn',
      `${josa(image, '은/는')} dockgrade의 오프라인 대체 이미지입니다`,
      `${image} is present as dockgrade's offline stand-in`,
      msg(`학생용 기기라면 진짜 이미지로 바꾸세요: docker rmi ${image} && docker pull ${image}`, `for learners, replace it with the real image: docker rmi ${image} && docker pull ${image}`),
    );
  }
  if (fact.present) return line('pass', `${josa(image, '이/가')} 있습니다`, `${image} is present`);
  if (fact.pullable === true) {
    return line('warn', `${josa(image, '이/가')} 없지만 레지스트리에서 받을 수 있습니다`, `${image} is missing but the registry has it`, msg(`수업 전에 받아 두세요: docker pull ${image}`, `pull it before class: docker pull ${image}`));
  }
  if (fact.pullable === false) {
    const why = fact.registryError ? `: ${fact.registryError}` : '';
    return line(
      'fail',
      `${josa(image, '이/가')} 없고 레지스트리에서도 받을 수 없습니다${why}`,
      `${image} is missing and the registry does not give it${why}`,
      msg('이 기기에서 레지스트리에 접근할 수 있는지 확인하세요 (프록시, 미러, docker login)', 'check the registry access (proxy, mirror, docker login) from this machine'),
    );
  }
  return line(
    'fail',
    `${josa(image, '이/가')} 없습니다`,
    `${image} is missing`,
    msg(`수업 전에 받아 두세요: docker pull ${image} (받을 수 있는지는 doctor --online이 레지스트리에 물어봅니다)`, `pull it before class: docker pull ${image} (doctor --online asks the registry whether it can)`),
  );
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
  const forWhat = msg(`${ids(exercises)} 실습이 바인딩`, `bound by ${ids(exercises)}`);
  const line = (status: DoctorStatus, ko: string, en: string, fix?: Msg): DoctorLine => ({ id, status, message: msg(`${ko} (${forWhat.ko})`, `${en} (${forWhat.en})`), ...(fix ? { fix } : {}) });
  const hostPort = `호스트의 ${port}번 포트`;
  const find = `sudo ss -ltnp 'sport = :${port}'`;
  if (fact.publishedBy.length) {
    const names = fact.publishedBy.join(', ');
    return line(
      'fail',
      `${josa(hostPort, '은/는')} 컨테이너 ${josa(names, '이/가')} 쓰고 있습니다`,
      `host port ${port} is published by container ${names}`,
      msg(`그 컨테이너를 멈추거나 지우세요: docker rm -f ${fact.publishedBy.join(' ')}`, `stop or remove it: docker rm -f ${fact.publishedBy.join(' ')}`),
    );
  }
  if (fact.listen === 'in-use') {
    return line('fail', `${josa(hostPort, '은/는')} 다른 프로그램이 쓰고 있습니다`, `host port ${port} is in use by another program`, msg(`${find}로 찾아서 멈추세요`, `find it with: ${find}, then stop it`));
  }
  if (fact.listen === 'denied') {
    return line(
      'pass',
      `${josa(hostPort, '은/는')} 어떤 컨테이너도 쓰지 않습니다. 특권 포트라 여기서 열어 보지는 않았습니다 (도커 엔진은 root로 바인딩합니다)`,
      `host port ${port} is published by no container; privileged, so not tried from here (the engine binds it as root)`,
    );
  }
  if (fact.listen === 'unchecked') {
    return line(
      'warn',
      `${josa(hostPort, '은/는')} 어떤 컨테이너도 쓰지 않습니다. 도커 엔진이 원격에 있어 그 기기의 다른 프로그램은 확인하지 않았습니다`,
      `host port ${port} is published by no container; the engine is remote, so other programs there were not checked`,
      msg(`도커 엔진이 있는 기기에서 확인하세요: ${find}`, `on the engine's host: ${find}`),
    );
  }
  return line('pass', `${josa(hostPort, '이/가')} 비어 있습니다`, `host port ${port} is free`);
}

const GiB = 1024 ** 3;
/** Below this the chapter's images cannot all be pulled. */
export const DISK_FAIL_BYTES = 2 * GiB;
/** Below this it fits, but not with much else. */
export const DISK_WARN_BYTES = 5 * GiB;

export function diskLine(rootDir: string, freeBytes: number | null, why?: Msg): DoctorLine {
  if (freeBytes === null) {
    const where = rootDir || null;
    const reason = (lang: 'ko' | 'en') => (why ? `: ${why[lang]}` : '');
    return {
      id: 'disk',
      status: 'warn',
      message: msg(`${where ?? '도커의 루트 디렉터리'} 아래 남은 공간을 재지 못했습니다${reason('ko')}`, `free space under ${where ?? "Docker's root dir"} not measured${reason('en')}`),
      fix: msg(`도커 엔진이 있는 기기에서 확인하세요: df -h ${rootDir || '/var/lib/docker'}`, `on the engine's host: df -h ${rootDir || '/var/lib/docker'}`),
    };
  }
  const gib = (freeBytes / GiB).toFixed(1);
  const text = msg(`${rootDir} 아래 ${gib} GiB가 남아 있습니다`, `${gib} GiB free under ${rootDir}`);
  const prune = msg('docker system prune으로 공간을 비우세요 (멈춘 컨테이너와 쓰지 않는 이미지를 지웁니다)', 'free space: docker system prune (removes stopped containers and unused images)');
  if (freeBytes < DISK_FAIL_BYTES) {
    const need = DISK_FAIL_BYTES / GiB;
    return { id: 'disk', status: 'fail', message: msg(`${text.ko}. 이 장의 이미지에는 약 ${need} GiB가 필요합니다`, `${text.en}; the chapter's images need about ${need} GiB`), fix: prune };
  }
  if (freeBytes < DISK_WARN_BYTES) {
    return {
      id: 'disk',
      status: 'warn',
      message: msg(`${text.ko}. 이 장의 이미지를 받기에는 빠듯합니다`, `${text.en}; tight for the chapter's images`),
      fix: msg('수업 전에 docker system prune으로 공간을 비우세요', 'free space before class: docker system prune'),
    };
  }
  return { id: 'disk', status: 'pass', message: text };
}

export function cliLine(version: string | null): DoctorLine {
  if (!version) {
    return {
      id: 'cli',
      status: 'warn',
      message: msg(
        'PATH에 docker CLI가 없습니다. 학생은 docker 명령을 입력하고, solve·selftest·doctor --deep도 그 명령을 실행합니다',
        'the docker CLI is not on PATH: learners type docker commands, and solve/selftest/doctor --deep run them',
      ),
      fix: msg('Docker CLI를 설치하세요 (docker-ce-cli 또는 docker.io)', 'install the Docker CLI (docker-ce-cli or docker.io)'),
    };
  }
  return { id: 'cli', status: 'pass', message: msg(`docker CLI ${version}`, `docker CLI ${version}`) };
}
