/** `dockgrade grade`: teachers grade a class. */
import { defineCommand, type CommandArgs } from '../command-declaration.js';
import { msg } from '../../core/i18n.js';
import { courseOption } from '../global-options.js';

export const gradeCommand = defineCommand({
  command: 'grade [paths..]',
  describe: msg(
    '교사용: 반 전체(제출 파일, 폴더, 명단의 실제 엔진)를 채점해 성적표와 반 보고서를 만듭니다',
    'teachers: grade a class (submission files, folders, live engines on a roster) into a gradebook and class report',
  ),
  positionals: {
    paths: { type: 'string', array: true, default: [], describe: msg('제출 파일 또는 폴더', 'submission files or folders') },
  },
  options: {
    course: courseOption,
    roster: { type: 'string', describe: msg('명단 CSV: `student_id`, `name`, `email` 열과 `file` 또는 `engine` 열 (tls)', 'roster CSV: `student_id`, `name`, `email`, and `file` or `engine` (tls)') },
    'output-dir': { type: 'string', alias: 'o', default: 'grades', describe: msg('grades.csv, class.html, students/, summary.json을 쓸 폴더', 'folder for grades.csv, class.html, students/, summary.json') },
    deadline: { type: 'string', describe: msg('ISO 시각; 이보다 늦게 만든 컨테이너를 알려 줍니다', 'ISO time; containers created later are reported') },
    concurrency: { type: 'number', default: 8, describe: msg('동시에 채점할 실제 엔진 수', 'live engines graded at once') },
    'engine-timeout': { type: 'number', default: 60, describe: msg('실제 엔진 하나를 채점하는 데 쓸 수 있는 초', 'seconds allowed for each live engine') },
    'class-timeout': { type: 'number', describe: msg('명단의 실제 엔진을 모두 채점하는 데 쓸 수 있는 초 (넘으면 남은 엔진은 연결 불가로 기록)', "seconds allowed for all the roster's live engines together (past it, the rest are unreachable)") },
    'tls-dir': { type: 'string', describe: msg('자체 인증서가 없는 tcp 엔진에 쓸 ca.pem, cert.pem, key.pem이 있는 폴더', 'folder with ca.pem, cert.pem, key.pem for tcp engines without their own') },
    shard: { type: 'string', describe: msg('반을 N개로 나눈 것 중 K번째만 채점합니다 (K/N; CI 매트릭스, 인덱스 Job용)', 'grade only slice K of N of the class (K/N), for CI matrices and indexed Jobs') },
    title: { type: 'string', describe: msg('보고서에 보일 반 또는 강의 이름', 'class or course name shown in the report') },
    probes: { type: 'boolean', default: true, describe: msg('실제 엔진을 탐침합니다 (제출 파일은 기록된 증거를 다시 씀)', 'probe live engines (submissions replay their recorded evidence)') },
    'current-only': {
      type: 'boolean',
      default: false,
      describe: msg('제출물의 지금 상태만 채점합니다: 학생의 통과 기록으로 인정하지 않습니다', "grade each submission's current state only: exercises that passed earlier (the student's journal) do not count"),
    },
    'count-unconfirmed': {
      type: 'boolean',
      default: false,
      describe: msg('저장된 상태가 뒷받침하지 않는 통과 기록의 통과도 점수에 넣습니다 (늘 journal-unconfirmed로 표시합니다)', "count journal passes the snapshot does not confirm too (always shown as journal-unconfirmed)"),
    },
  },
});

/** The arguments `runGrade` receives: the options above, parsed. */
export type GradeArgs = CommandArgs<typeof gradeCommand>;
