/**
 * `dockgrade check`: the command a learner runs dozens of times an hour. bin.ts runs a plain line of it
 * without yargs (fast-argv.ts reads these same options), so this module stays light: declarations
 * only; runCheck (check-command.ts) is loaded when the command runs.
 */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, courseStudentOption, timeoutOption } from '../global-options.js';

const positionals = {
  selectors: { type: 'string', array: true, default: [], describe: msg('실습 ID, 절 번호(예: 2.2.5) 또는 all', 'exercise ids, section prefixes, or all') },
} as const;

const options = {
  course: courseOption,
  student: courseStudentOption,
  format: {
    type: 'string',
    alias: 'f',
    default: 'pretty',
    repeatable: true,
    describe: msg(
      'pretty|json|junit|html|csv; 여러 보고서는 FORMAT=FILE 꼴로 반복 (표준 출력으로는 하나만)',
      'pretty|json|junit|html|csv; repeat as FORMAT=FILE for several reports (one may go to stdout)',
    ),
  },
  output: { type: 'string', alias: 'o', describe: msg('보고서(하나)를 표준 출력 대신 FILE에 씁니다; -는 표준 출력', 'write the (single) report to FILE instead of stdout; - is stdout') },
  snapshot: { type: 'string', describe: msg('실제 엔진 대신 상태 파일(dockgrade snapshot이 저장한 도커 상태)을 채점합니다; -는 표준 입력', 'grade a snapshot file instead of a live engine; - reads standard input') },
  probes: { type: 'boolean', default: true, describe: msg('실시간 증거 (HTTP, exec); --no-probes는 저장된 상태만으로 채점합니다', 'live evidence (HTTP, exec); --no-probes grades the snapshot alone') },
  timeout: timeoutOption(120),
  'show-secrets': { type: 'boolean', default: false, describe: msg('비밀번호, 토큰 같은 비밀 값을 그대로 보여 줍니다', 'print secret-looking values (passwords, tokens) in clear') },
  journal: {
    type: 'boolean',
    default: true,
    describe: msg('통과 기록에 남기고 이전에 통과한 것을 보여 줍니다; --no-journal은 기록을 건드리지 않음', 'record progress in your journal and show what passed earlier; --no-journal leaves it alone'),
  },
  'current-only': {
    type: 'boolean',
    default: false,
    describe: msg('지금 상태만 채점합니다: 예전에 통과한 실습(통과 기록)은 점수에 넣지 않습니다', 'grade the current state only: an exercise that passed earlier (journal) does not count'),
  },
  watch: { type: 'boolean', alias: 'w', default: false, describe: msg('엔진이 바뀔 때마다 다시 채점합니다 (Ctrl+C까지)', 're-grade whenever the engine changes, until Ctrl+C') },
  debounce: { type: 'number', default: 100, hidden: true, describe: msg('watch: 다시 채점하기 전 조용한 시간(밀리초)', 'watch: milliseconds of quiet before a re-grade') },
  wait: { type: 'string', describe: msg('모두 통과하거나 DURATION(60s, 2m)이 지날 때까지 다시 채점합니다', 're-grade until everything passes or DURATION (60s, 2m) runs out') },
  interval: { type: 'string', describe: msg('--wait에서 시도 사이의 간격 (기본값 1s)', 'pause between attempts with --wait (default 1s)') },
  deterministic: { type: 'boolean', default: false, describe: msg('비교하기 좋게 정렬하고 시각과 기기 정보를 뺍니다', 'sorted output without timestamps or machine details, for diffs') },
} as const;

export const checkCommand = defineCommand({
  command: 'check [selectors..]',
  describe: msg('실습을 채점합니다 (실습 ID, 2.2.5 같은 절, 또는 all)', 'grade exercises (ids, sections like 2.2.5, or all)'),
  positionals,
  options,
});

/** The arguments `runCheck` receives: the options above, parsed. */
export type CheckArgs = CommandArgs<typeof checkCommand>;
