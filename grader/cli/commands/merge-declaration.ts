/** `dockgrade merge`: joins sharded `grade` outputs. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';

export const mergeCommand = defineCommand({
  command: 'merge <outputs..>',
  describe: msg(
    '`grade --shard K/N` 실행 결과들을 성적표와 반 보고서 하나로 합칩니다',
    'join the outputs of `grade --shard K/N` runs into one gradebook and class report',
  ),
  positionals: {
    outputs: { type: 'string', array: true, demandOption: true, describe: msg('샤드 출력 폴더 (또는 그 summary.json)', 'shard output folders (or their summary.json)') },
  },
  options: {
    'output-dir': { type: 'string', alias: 'o', default: 'grades', describe: msg('합친 결과를 쓸 폴더', 'folder for the merged outputs') },
  },
});

/** The arguments `runMerge` receives: the options above, parsed. */
export type MergeArgs = CommandArgs<typeof mergeCommand>;
