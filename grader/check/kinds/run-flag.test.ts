import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { makeNames } from '../names.js';
import { interactive, runFlag, tty } from './run-flag.js';

describe('run-flag', () => {
  it('-t passes with a TTY and fails without, with the tty id and texts', async () => {
    const ok = await statusOf(tty(web), [makeContainer({ name: 'web', tty: true })]);
    expect([ok.id, ok.status, ok.message.en]).toEqual(['tty', 'pass', 'a TTY is allocated (-t)']);
    const r = await statusOf(tty(web), [makeContainer({ name: 'web', tty: false })]);
    expect([r.status, r.expected, r.actual, r.message.ko]).toEqual(['fail', 'Tty=true', 'Tty=false', '-t 옵션 없이 만들어져 셸을 쓸 수 없습니다']);
    expect(r.hint).toEqual({ ko: '-i -t를 붙여 다시 만드세요:\n1. docker rm -f web\n2. docker run --name web ubuntu:14.04', en: 'recreate it with -i -t:\n1. docker rm -f web\n2. docker run --name web ubuntu:14.04' });
  });

  it('-i passes with stdin open and fails without, with the stdin id and texts', async () => {
    const ok = await statusOf(interactive(web), [makeContainer({ name: 'web', openStdin: true })]);
    expect([ok.id, ok.status, ok.title.ko]).toEqual(['stdin', 'pass', '-i (표준 입력 유지)']);
    const r = await statusOf(interactive(web), [makeContainer({ name: 'web', openStdin: false, tty: true })]);
    expect([r.status, r.actual, r.message.en]).toEqual(['fail', 'OpenStdin=false', 'made without -i: stdin is closed']);
  });

  it('explains with the command under the prefix', () => {
    expect(runFlag(web, '-i').explain!(makeNames('alice'))).toEqual({ ko: '-i로 표준 입력을 열어 두어야 합니다: docker run --name alice-web ubuntu:14.04', en: '-i keeps stdin open: docker run --name alice-web ubuntu:14.04' });
  });
});
