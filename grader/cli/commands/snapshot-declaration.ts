/** `dockgrade snapshot`: the engine state and probe evidence in one JSON file. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, timeoutOption } from '../global-options.js';

export const snapshotCommand = defineCommand({
  command: 'snapshot',
  describe: msg('엔진 상태와 실시간 증거(HTTP, exec)를 JSON 파일로 저장합니다', 'save the engine state (and probe evidence) to a JSON file'),
  positionals: {},
  options: {
    course: courseOption,
    output: { type: 'string', alias: 'o', describe: msg('쓸 파일 (기본값: 표준 출력; -도 표준 출력)', 'file to write (default stdout; - is stdout too)') },
    probes: { type: 'boolean', default: true, describe: msg('모든 실습의 실시간 증거를 기록합니다', 'record live evidence for every exercise') },
    student: { type: 'string', describe: msg('파일에 기록할 학생 ID', 'student id recorded in the file') },
    timeout: timeoutOption(120),
    'show-secrets': { type: 'boolean', default: false, describe: msg('비밀로 보이는 환경 변수 값을 파일에 그대로 둡니다', 'keep secret-looking env values in clear in the file') },
    journal: { type: 'boolean', default: true, describe: msg('통과 기록을 함께 넣습니다; --no-journal이면 넣지 않습니다', 'include your progress journal; --no-journal leaves it out') },
  },
});

/** The arguments `runSnapshot` receives: the options above, parsed. */
export type SnapshotArgs = CommandArgs<typeof snapshotCommand>;
