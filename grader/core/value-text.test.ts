import { commandPartText, describeValue, shownValue, stateKo } from './value-text.js';

describe('describeValue', () => {
  it.each([
    ['absent', '없음 (삭제됨)', 'absent'],
    ['started', '시작한 적 있음', 'started'],
    ['running', '실행 중', 'running'],
    ['created', '생성만 됨 (시작 전)', 'created'],
    ['exited (137)', '종료됨 (종료 코드 137)', 'exited (137)'],
    ['0 stopped', '정지된 컨테이너 0개', '0 stopped containers'],
    ['1 stopped', '정지된 컨테이너 1개', '1 stopped container'],
    ['an HTTP answer', 'HTTP 응답', 'an HTTP answer'],
    ['(none)', '(없음)', '(none)'],
    ['(unset)', '(설정 안 됨)', '(unset)'],
    ['0.0.0.0:(random)->80/tcp', '0.0.0.0:(임의)->80/tcp', '0.0.0.0:(random)->80/tcp'],
    ['-p 80 (0.0.0.0:(any)->80/tcp)', '-p 80 (0.0.0.0:(아무 포트)->80/tcp)', '-p 80 (0.0.0.0:(any)->80/tcp)'],
    ['db running whenever web is', 'web 실행 중이면 db도 실행 중', 'db running whenever web is'],
    ['web: running, db: exited (0)', 'web: 실행 중, db: 종료됨 (종료 코드 0)', 'web: running, db: exited (0)'],
    ['db: none', 'db: 없음', 'db: none'],
    ['not recorded in the snapshot', '저장된 상태에 기록되지 않음', 'not recorded in the snapshot'],
    ['container is not running', '컨테이너가 실행 중이 아님', 'container is not running'],
    ['AttachStdout=false', '-d로 백그라운드 실행 (AttachStdout=false)', 'detached, -d (AttachStdout=false)'],
    ['OpenStdin=false', '-i 없음: 표준 입력 닫힘 (OpenStdin=false)', 'no -i: stdin closed (OpenStdin=false)'],
    ['Tty=true', '-t: TTY 할당됨 (Tty=true)', '-t: a TTY (Tty=true)'],
    ['127.0.0.1:80: ECONNRESET', '127.0.0.1:80: 연결이 끊김 (ECONNRESET)', '127.0.0.1:80: connection reset (ECONNRESET)'],
    ['127.0.0.1:32768: connect ECONNREFUSED 127.0.0.1:32768', '127.0.0.1:32768: 연결이 거부됨 (ECONNREFUSED)', '127.0.0.1:32768: connection refused (ECONNREFUSED)'],
  ])('%s', (code, ko, en) => {
    expect(describeValue(code)).toEqual({ ko, en });
  });

  it('leaves plain values alone: names, images, bindings, flags, learner text', () => {
    for (const code of ['mycentos', 'ubuntu:14.04', '0.0.0.0:80->80/tcp', 'running-app', 'web: EXITED', 'MYSQL_ROOT_PASSWORD=(hidden)', 'HTTP 200', 'information_schema, mysql']) {
      expect(describeValue(code)).toBeUndefined();
    }
  });

  it('never rewrites a name that looks like a state word (Docker names hold no spaces, colons or parentheses)', () => {
    expect(describeValue('running: running')?.ko).toBe('running: 실행 중');
    expect(describeValue('created, exited: exited (1)')).toEqual({ ko: 'created, exited: 종료됨 (종료 코드 1)', en: 'created, exited: exited (1)' });
  });
});

describe('shownValue', () => {
  it('prefers the result’s own text, then describes the code, then shows the code', () => {
    expect(shownValue({ expected: 'absent', expectedText: { ko: '삭제', en: 'gone' } }, 'expected', 'ko')).toBe('삭제');
    expect(shownValue({ actual: 'exited (1)' }, 'actual', 'ko')).toBe('종료됨 (종료 코드 1)');
    expect(shownValue({ actual: 'exited (1)' }, 'actual', 'en')).toBe('exited (1)');
    expect(shownValue({ actual: 'mycentos' }, 'actual', 'ko')).toBe('mycentos');
    expect(shownValue({}, 'actual', 'ko')).toBeUndefined();
  });
});

it('stateKo and commandPartText', () => {
  expect(stateKo('paused')).toBe('일시 정지됨');
  expect(stateKo('toString')).toBeUndefined();
  expect(commandPartText('-e A=(hidden) (differs)', 'ko')).toBe('-e A=(hidden) (값이 다름)');
  expect(commandPartText('-e A=(hidden) (differs)', 'en')).toBe('-e A=(hidden) (differs)');
});
