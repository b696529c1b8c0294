/** `dockgrade init-course DIR`: writes a starter course pack (docs/course-packs.md). */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';

export const initCourseCommand = defineCommand({
  command: 'init-course <dir>',
  describe: msg('시작용 코스 팩(course.yaml과 책의 2.2.4-2.2.5 실습 파일)을 DIR에 만듭니다', "write a starter course pack (course.yaml and the book's 2.2.4-2.2.5 exercise files) into DIR"),
  positionals: {
    dir: { type: 'string', demandOption: true, describe: msg('만들 폴더 (없거나 비어 있어야 합니다)', 'the folder to write (absent or empty)') },
  },
  options: {},
});

/** The arguments `runInitCourse` receives. */
export type InitCourseArgs = CommandArgs<typeof initCourseCommand>;
