/** `dockgrade reset`: removes exactly what `solve` made. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, courseStudentOption } from '../global-options.js';

export const resetCommand = defineCommand({
  command: 'reset <selectors..>',
  describe: msg(
    'solve가 그 실습에서 만든 것만 지웁니다 (--prefix 아래의 이름과 dockgrade 레이블로 찾음)',
    'remove exactly what solve made for those exercises (by name under --prefix, and by our label)',
  ),
  positionals: {
    selectors: { type: 'string', array: true, demandOption: true, describe: msg('실습 ID 또는 절', 'exercise ids or sections') },
  },
  options: {
    course: courseOption,
    student: courseStudentOption,
    yes: { type: 'boolean', alias: 'y', default: false, describe: msg('지우기 전에 묻지 않습니다', 'do not ask before removing') },
  },
});

/** The arguments `runReset` receives: the options above, parsed. */
export type ResetArgs = CommandArgs<typeof resetCommand>;
