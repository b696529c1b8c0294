/** `dockgrade init-course DIR`: the starter pack (grader/course/starter-pack.ts) into an absent or empty folder. */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ExitCode, UsageError } from '../core/errors.js';
import type { Catalog } from '../pipeline/catalog.js';
import type { InitCourseArgs } from './commands/init-course-declaration.js';

export async function runInitCourse(args: InitCourseArgs, _catalog: Catalog, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const dir = args.dir;
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new UsageError(`init-course: ${dir} is not empty: a starter pack is written only into an absent or empty folder`, 'name a new folder').inKorean(
      `init-course: ${dir}${statSync(dir).isDirectory() ? ' 폴더가 비어 있지 않습니다' : '는 폴더가 아닙니다'}: 시작용 코스 팩은 없거나 빈 폴더에만 씁니다`,
      '새 폴더 이름을 주세요',
    );
  }
  const { STARTER_FILES } = await import('../course/starter-pack.js');
  for (const [path, text] of Object.entries(STARTER_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text, { flag: 'wx' });
  }
  out.write(
    args.lang === 'ko'
      ? `${dir}에 코스 팩을 만들었습니다: course.yaml, exercises/ (docs/course-packs.md). 확인: dockgrade list --course ${dir}\n`
      : `wrote a course pack into ${dir}: course.yaml, exercises/ (docs/course-packs.md). Try: dockgrade list --course ${dir}\n`,
  );
  return ExitCode.Ok;
}
