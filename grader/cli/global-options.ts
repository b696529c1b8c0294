/**
 * The options every command takes, and the one `--timeout`, declared once for yargs (main.ts) and the
 * fast path (fast-argv.ts).
 */
import type { OptionDeclaration } from './command-declaration.js';
import { msg } from '../core/i18n.js';

/** `--lang`, `--host`, `--prefix`, `--quiet`, `--verbose`, `--color`: accepted by every command. */
export const GLOBAL_OPTIONS = {
  lang: {
    type: 'string',
    choices: ['ko', 'en'],
    describe: msg('메시지 언어 (기본값: 설정 파일, 그다음 LC_ALL/LANG)', 'language of messages (default: config file, then LC_ALL/LANG)'),
  },
  host: {
    type: 'string',
    alias: 'H',
    describe: msg(
      '도커 엔진 (unix://, tcp://, ssh://); 기본값은 DOCKER_HOST, 현재 컨텍스트, 그다음 로컬 소켓',
      'Docker engine (unix://, tcp://, ssh://); default DOCKER_HOST, the current context, then the local socket',
    ),
  },
  prefix: {
    type: 'string',
    describe: msg(
      '공유 호스트에서 내 컨테이너, 네트워크, 볼륨 이름의 접두사 (환경 변수 DOCKGRADE_PREFIX 또는 설정 파일)',
      'name prefix of your containers, networks and volumes on a shared host (env DOCKGRADE_PREFIX, or the config file)',
    ),
  },
  quiet: {
    type: 'boolean',
    alias: 'q',
    describe: msg('표준 출력에 아무것도 쓰지 않습니다: 종료 코드만 (오류는 표준 오류에 한 줄)', 'print nothing on stdout: the exit code only (an error still gets one line on stderr)'),
  },
  verbose: {
    type: 'boolean',
    describe: msg('쓴 설정 파일과 도커 엔진 주소를 표준 오류에 알려 줍니다', 'tell on stderr which config file and Docker engine endpoint were used'),
  },
  color: {
    type: 'boolean',
    describe: msg(
      '터미널 출력에 색을 씁니다; --no-color는 색을 끕니다 (기본값: 터미널이면 색, FORCE_COLOR와 NO_COLOR를 따름)',
      'colour the terminal output; --no-color turns it off (default: on a terminal, following FORCE_COLOR and NO_COLOR)',
    ),
  },
} as const satisfies Record<string, OptionDeclaration>;

/**
 * `--timeout SECONDS`, one meaning in every command: how long the Docker engine may take over one
 * reading of its state before dockgrade gives up with exit 3. In `check`, `snapshot` and `submit` a
 * reading is the whole collection (lists, inspects, probes; with `--wait`, each attempt); in `doctor`
 * and `selftest`, which read the engine request by request, each request.
 */
export function timeoutOption<const D extends number>(seconds: D) {
  return {
    type: 'number',
    default: seconds,
    describe: msg(
      '도커 엔진이 상태를 한 번 읽어 오는 데 쓸 수 있는 초; 넘으면 종료 코드 3 (check, snapshot, submit은 수집 전체, doctor와 selftest는 요청마다)',
      'seconds the Docker engine may take over one reading of its state, then exit 3 (check, snapshot, submit: the whole collection; doctor, selftest: each request)',
    ),
  } as const satisfies OptionDeclaration;
}

/**
 * `--course DIR`: grade a course pack (course.yaml and its exercise files, docs/course-packs.md) instead
 * of the book. Declared by each command that grades or lists exercises; read by command-catalog.ts, which
 * loads the pack only when it is given.
 */
export const courseOption = {
  type: 'string',
  describe: msg('책 대신 코스 팩(course.yaml이 있는 폴더)의 실습을 씁니다', "use a course pack's exercises (the folder holding course.yaml) instead of the book's"),
} as const satisfies OptionDeclaration;

/** `--student ID` where a course pack gives each student their own values ({{port …}}, {{word}}). */
export const courseStudentOption = {
  type: 'string',
  describe: msg('내 학생 ID: 코스 팩이 학생마다 주는 값(포트, 이름)을 씁니다', 'your student id: the values (ports, names) a course pack gives each student'),
} as const satisfies OptionDeclaration;
