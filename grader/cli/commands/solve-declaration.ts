/** `dockgrade solve`: applies reference solutions (asks first). */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, courseStudentOption } from '../global-options.js';

export const solveCommand = defineCommand({
  command: 'solve <selectors..>',
  describe: msg(
    '실습의 모범 답안을 엔진에 적용합니다 (docker 명령을 보여 주고, --yes가 없으면 묻습니다)',
    "apply exercises' reference solutions to the engine (prints the docker commands, asks unless --yes)",
  ),
  positionals: {
    selectors: { type: 'string', array: true, demandOption: true, describe: msg('실습 ID 또는 절', 'exercise ids or sections') },
  },
  options: {
    course: courseOption,
    student: courseStudentOption,
    yes: { type: 'boolean', alias: 'y', default: false, describe: msg('명령을 실행하기 전에 묻지 않습니다', 'do not ask before running the commands') },
  },
});

/** The arguments `runSolve` receives: the options above, parsed. */
export type SolveArgs = CommandArgs<typeof solveCommand>;
