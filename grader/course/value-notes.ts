/**
 * Why a check of a course with per-student values failed when the state was made with someone else's:
 * a failed check whose expected value is one of the student's own values says so in its hint (the value
 * is this student's; every student has their own; `explain --student` shows them). Applied by `check`
 * and by `grade` (each submission with its student's values).
 */
import type { Catalog } from '../pipeline/catalog.js';
import type { RunResult } from '../model/result-schema.js';

export function withValueNotes(run: RunResult, catalog: Catalog): RunResult {
  const course = catalog.course;
  if (!course?.usesValues || course.student === undefined) return run;
  const student = course.student;
  const exercises = run.exercises.map((exercise) => ({
    ...exercise,
    checks: exercise.checks.map((check) => {
      if (check.status !== 'fail' || check.expected === undefined) return check;
      const value = course.values.find((v) => check.expected!.includes(v.value));
      if (!value) return check;
      const en = `${value.value} is student ${student}'s own value ({{${value.helper}}}): each student has their own, so a state made with another student's values fails here — dockgrade explain ${exercise.id} --course ${course.dir} --student ${student} shows yours`;
      const ko = `${value.value}은 학생 ${student}의 값입니다 ({{${value.helper}}}): 학생마다 값이 달라서 다른 학생의 값으로 만든 상태는 여기서 통과하지 못합니다 — dockgrade explain ${exercise.id} --course ${course.dir} --student ${student}로 내 값을 볼 수 있습니다`;
      return { ...check, hint: check.hint ? { en: `${check.hint.en}; ${en}`, ko: `${check.hint.ko}; ${ko}` } : { en, ko } };
    }),
  }));
  return { ...run, exercises };
}
