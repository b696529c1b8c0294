/**
 * The options every command takes, and the one `--timeout`, declared once for yargs (main.ts) and the
 * fast path (fast-argv.ts).
 */
import type { OptionDeclaration } from './command-declaration.js';
import { msg } from '../core/i18n.js';

/** `--lang`, `--host`, `--prefix`, `--color`: accepted by every command. */
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
      'Docker 엔진 (unix://, tcp://, ssh://); 기본값은 DOCKER_HOST, 현재 컨텍스트, 그다음 로컬 소켓',
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
      'Docker 엔진이 상태를 한 번 읽어 오는 데 쓸 수 있는 초; 넘으면 종료 코드 3 (check, snapshot, submit은 수집 전체, doctor와 selftest는 요청마다)',
      'seconds the Docker engine may take over one reading of its state, then exit 3 (check, snapshot, submit: the whole collection; doctor, selftest: each request)',
    ),
  } as const satisfies OptionDeclaration;
}
