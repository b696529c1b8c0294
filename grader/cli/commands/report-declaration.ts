/** `dockgrade report <file>`: re-renders a saved result in other formats. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';

export const reportCommand = defineCommand({
  command: 'report <file>',
  describe: msg(
    '저장한 결과(check --format json)나 반 결과를 다른 형식으로 다시 만듭니다',
    're-render a saved result (check --format json) or class result in other formats',
  ),
  positionals: {
    file: { type: 'string', demandOption: true, describe: msg('결과 또는 반 결과 JSON 파일', 'a result or class result JSON file') },
  },
  options: {
    format: {
      type: 'string',
      alias: 'f',
      repeatable: true,
      describe: msg('pretty|json|junit|html|csv (반 결과: json|csv|html); FORMAT=FILE 꼴로 반복', 'pretty|json|junit|html|csv (class: json|csv|html); repeat as FORMAT=FILE'),
    },
    output: { type: 'string', alias: 'o', describe: msg('보고서(하나)를 표준 출력 대신 FILE에 씁니다; -는 표준 출력', 'write the (single) report to FILE instead of stdout; - is stdout') },
    'show-secrets': { type: 'boolean', default: false, describe: msg('비밀 값을 그대로 보여 줍니다', 'print secret-looking values in clear') },
  },
});

/** The arguments `runReport` receives: the options above, parsed. */
export type ReportArgs = CommandArgs<typeof reportCommand>;
