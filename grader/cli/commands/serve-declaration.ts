/** `dockgrade serve`: the live class board for the lab hour (issue 24). */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption } from '../global-options.js';

export const serveCommand = defineCommand({
  command: 'serve',
  describe: msg(
    '교사용: 반 전체의 실습 진행을 실시간으로 보여 주는 웹 보드를 엽니다 (명단의 실제 엔진, 또는 한 엔진의 접두사들)',
    "teachers: a live web board of the class's progress (the roster's live engines, or prefixes on one engine)",
  ),
  positionals: {},
  options: {
    roster: { type: 'string', describe: msg('명단 CSV: `student_id`, `name`, `email`, `engine` (tls, prefix) 열', 'roster CSV: `student_id`, `name`, `email`, `engine` (tls, prefix)') },
    prefixes: { type: 'string', describe: msg('한 엔진(--host)을 나눠 쓰는 학생들의 접두사, 쉼표로 구분 (alice,bob,…)', 'prefixes of the students sharing one engine (--host), comma-separated (alice,bob,…)') },
    listen: {
      type: 'string',
      default: '127.0.0.1:8765',
      describe: msg('보드의 주소 HOST:PORT; 127.0.0.1이 아닌 주소에서는 처음에 보여 주는 토큰이 있어야 열립니다', 'address of the board, HOST:PORT; beyond 127.0.0.1 it asks for the token printed at start'),
    },
    // each student's row with the course's catalog, and that student's own values (the row's id)
    course: courseOption,
    title: { type: 'string', describe: msg('보드에 보일 반 또는 강의 이름', 'class or course name shown on the board') },
    'tls-dir': { type: 'string', describe: msg('자체 인증서가 없는 tcp 엔진에 쓸 ca.pem, cert.pem, key.pem이 있는 폴더', 'folder with ca.pem, cert.pem, key.pem for tcp engines without their own') },
    probes: { type: 'boolean', default: true, describe: msg('실시간 확인 (HTTP, exec); --no-probes는 엔진의 상태만으로 채점합니다', 'live evidence (HTTP, exec); --no-probes grades the state alone') },
    'engine-timeout': { type: 'number', default: 30, describe: msg('엔진에 연결하고 상태를 한 번 읽는 데 쓸 수 있는 초; 넘으면 접속 불가', 'seconds allowed to connect to an engine and for each reading of its state; past it, unreachable') },
    debounce: { type: 'number', default: 100, hidden: true, describe: msg('다시 채점하기 전 조용한 시간(밀리초)', 'milliseconds of quiet before a re-grade') },
  },
});

/** The arguments `runServe` receives: the options above, parsed. */
export type ServeArgs = CommandArgs<typeof serveCommand>;
