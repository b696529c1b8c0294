/** `check --course`: a pack that gives each student their own values needs to know whose (`--student`). */
import { UsageError } from '../core/errors.js';
import type { Catalog } from '../pipeline/catalog.js';

export function courseCheckCatalog(catalog: Catalog): Catalog {
  const course = catalog.course;
  if (!course?.usesValues || course.student !== undefined) return catalog;
  throw new UsageError(`--course ${course.dir}: this course gives each student their own values (ports, names): add --student ID`, `dockgrade explain <id> --course ${course.dir} --student ID shows them`).inKorean(
    `--course ${course.dir}: 이 코스는 학생마다 다른 값(포트, 이름)을 줍니다: --student ID를 더하세요`,
    `dockgrade explain <id> --course ${course.dir} --student ID로 내 값을 볼 수 있습니다`,
  );
}
