/** `dockgrade explain <id>`: an exercise's goal, the book's commands and each check. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, courseStudentOption } from '../global-options.js';

export const explainCommand = defineCommand({
  command: 'explain <id>',
  describe: msg("실습의 목표, 책의 명령, 검사마다의 배점과 힌트를 보여 줍니다", "an exercise's goal, the book's commands, and each check with its points and hint"),
  positionals: {
    id: { type: 'string', demandOption: true, describe: msg('실습 ID (또는 2.2.1 같은 절)', 'exercise id (or a section, e.g. 2.2.1)') },
  },
  options: {
    course: courseOption,
    student: courseStudentOption,
    format: { type: 'string', choices: ['pretty', 'json'], default: 'pretty', describe: msg('출력 형식', 'output format') },
  },
});

/** The arguments `runExplain` receives: the options above, parsed. */
export type ExplainArgs = CommandArgs<typeof explainCommand>;
