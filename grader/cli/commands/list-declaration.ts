/** `dockgrade list`: sections and exercises. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption, courseStudentOption } from '../global-options.js';

export const listCommand = defineCommand({
  command: 'list',
  describe: msg('절과 실습을 ID, 제목, 배점과 함께 보여 줍니다', 'list sections and exercises with ids, titles and points'),
  positionals: {},
  options: {
    course: courseOption,
    student: courseStudentOption,
    format: { type: 'string', choices: ['pretty', 'json'], default: 'pretty', describe: msg('출력 형식', 'output format') },
  },
});

/** The arguments `runList` receives: the options above, parsed. */
export type ListArgs = CommandArgs<typeof listCommand>;
