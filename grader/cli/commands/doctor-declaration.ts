/** `dockgrade doctor`: can this machine do the chapter's exercises? */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { timeoutOption } from '../global-options.js';

export const doctorCommand = defineCommand({
  command: 'doctor',
  describe: msg(
    '이 기기에서 이 장의 실습을 할 수 있는지 확인합니다 (엔진, 버전, 이미지, 호스트 포트, 디스크)',
    "check that this machine can do the chapter's exercises (engine, version, images, host ports, disk)",
  ),
  positionals: {},
  options: {
    deep: {
      type: 'boolean',
      default: false,
      describe: msg('레이블을 붙인 임시 컨테이너를 띄워 링크와 네트워크 별명까지 확인합니다 (끝나면 지웁니다)', 'also start labelled throwaway containers to prove links and network aliases (removed after)'),
    },
    online: { type: 'boolean', default: false, describe: msg('없는 이미지를 받을 수 있는지 레지스트리에도 묻습니다', 'also ask the registry whether missing images can be pulled') },
    format: { type: 'string', choices: ['pretty', 'json'], default: 'pretty', describe: msg('출력 형식', 'output format') },
    timeout: timeoutOption(30),
  },
});

/** The arguments `runDoctor` receives: the options above, parsed. */
export type DoctorArgs = CommandArgs<typeof doctorCommand>;
