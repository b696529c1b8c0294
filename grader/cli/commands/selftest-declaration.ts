/** `dockgrade selftest`: proves the rubric on this engine. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, courseStudentOption, timeoutOption } from '../global-options.js';

export const selftestCommand = defineCommand({
  command: 'selftest [selectors..]',
  describe: msg(
    '이 엔진에서 채점 기준을 검증합니다: 모범 답안은 통과하고, 검사 하나만 틀리게 만든 상태에서는 정확히 그 검사만 실패해야 합니다',
    'prove the rubric on this engine: each reference solution passes, each mutation fails exactly its check',
  ),
  positionals: {
    selectors: { type: 'string', array: true, default: [], describe: msg('실습 ID, 절 번호 또는 all', 'exercise ids, section prefixes, or all') },
  },
  options: {
    course: courseOption,
    student: courseStudentOption,
    yes: { type: 'boolean', alias: 'y', default: false, describe: msg('dgself-… 컨테이너를 만들고 지우기 전에 묻지 않습니다', 'do not ask before creating (and removing) the dgself-… containers') },
    format: { type: 'string', choices: ['pretty', 'json'], default: 'pretty', describe: msg('출력 형식', 'output format') },
    probes: { type: 'boolean', default: true, describe: msg('실시간 증거 (HTTP, exec)', 'live evidence (HTTP, exec)') },
    wait: { type: 'string', default: '10s', describe: msg('경우마다, 성립하거나 DURATION이 지날 때까지 다시 채점합니다 (느린 컨테이너)', 'per case, re-grade until it holds or DURATION runs out (slow containers)') },
    interval: { type: 'string', describe: msg('다시 채점하는 간격 (기본값 500ms)', 'pause between re-grades (default 500ms)') },
    timeout: timeoutOption(30),
  },
});

/** The arguments `runSelftest` receives: the options above, parsed. */
export type SelftestArgs = CommandArgs<typeof selftestCommand>;
