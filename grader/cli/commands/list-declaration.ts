/** `dockgrade list`: sections and exercises. */
import { defineCommand } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';

export const listCommand = defineCommand({
  command: 'list',
  describe: msg('절과 실습을 ID, 제목, 배점과 함께 보여 줍니다', 'list sections and exercises with ids, titles and points'),
  positionals: {},
  options: {
    format: { type: 'string', choices: ['pretty', 'json'], default: 'pretty', describe: msg('출력 형식', 'output format') },
  },
  async handler(args) {
    const { runList } = await import('../list-command.js');
    return runList({ format: args.format, lang: args.lang });
  },
});
