/** `dockgrade submit`: the one sealed file a student uploads. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, timeoutOption } from '../global-options.js';

export const submitCommand = defineCommand({
  command: 'submit',
  describe: msg(
    '상태, 증거, 통과 기록을 봉인된 파일 하나로 저장합니다 (수업 사이트(LMS)에 올릴 파일)',
    'save your state, evidence and journal into one sealed file to upload to your course (LMS)',
  ),
  positionals: {},
  options: {
    course: courseOption,
    student: { type: 'string', demandOption: true, describe: msg('내 학생 ID', 'your student id') },
    output: { type: 'string', alias: 'o', describe: msg('쓸 파일 (기본값 submission-<ID>.json; -는 표준 출력)', 'file to write (default submission-<ID>.json; - is stdout)') },
    probes: { type: 'boolean', default: true, describe: msg('모든 실습의 실시간 증거를 기록합니다', 'record live evidence for every exercise') },
    timeout: timeoutOption(120),
  },
});

/** The arguments `runSubmit` receives: the options above, parsed. */
export type SubmitArgs = CommandArgs<typeof submitCommand>;
