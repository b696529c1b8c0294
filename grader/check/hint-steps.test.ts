import { numberedCommands, numberedHint, numberedLater } from './hint-steps.js';

describe('numberedCommands: a hint of several commands, one numbered step a line', () => {
  it('numbers a && chain after the colon and puts an aside after it on its own line', () => {
    expect(numberedCommands('recreate it: docker rm -f web && docker run -d --name web nginx (look: docker ps)')).toBe('recreate it:\n1. docker rm -f web\n2. docker run -d --name web nginx\n(look: docker ps)');
    expect(numberedHint({ ko: '다시 만드세요: docker rm -f web && docker run -d --name web nginx', en: 'recreate it: docker rm -f web && docker run -d --name web nginx' })).toEqual({
      ko: '다시 만드세요:\n1. docker rm -f web\n2. docker run -d --name web nginx',
      en: 'recreate it:\n1. docker rm -f web\n2. docker run -d --name web nginx',
    });
  });
  it('keeps one command, prose, a quoted && and an earlier command in prose as they are', () => {
    expect(numberedCommands('start it again: docker start web (if it stops, docker logs web && docker ps)')).toBe('start it again: docker start web (if it stops, docker logs web && docker ps)');
    expect(numberedCommands('write it: docker exec a sh -c \'echo a && echo b\'')).toBe('write it: docker exec a sh -c \'echo a && echo b\'');
    expect(numberedCommands('stopped from outside (exit 137: docker stop or docker kill). Start it: docker start x')).toBe('stopped from outside (exit 137: docker stop or docker kill). Start it: docker start x');
    expect(numberedCommands('no command here')).toBe('no command here');
  });
  it('ends the commands at a Korean word: what follows goes on its own line', () => {
    expect(numberedCommands('쓰세요: docker exec a sh -c \'echo hello, volume! >> /v\' && docker exec b cat /v 후 확인합니다')).toBe("쓰세요:\n1. docker exec a sh -c 'echo hello, volume! >> /v'\n2. docker exec b cat /v\n후 확인합니다");
  });
});

describe('numberedLater: the same hint, numbered when it is read', () => {
  it('reads as numberedHint, a plain { ko, en } in that order, and numbers nothing it is not asked for', () => {
    const hint = { ko: '다시 만드세요: docker rm -f web && docker run -d --name web nginx', en: 'recreate it: docker rm -f web && docker run -d --name web nginx' };
    const later = numberedLater(hint);
    expect(Object.keys(later)).toEqual(['ko', 'en']);
    expect(JSON.stringify(later)).toBe(JSON.stringify(numberedHint(hint)));
    expect({ ...later }).toEqual(numberedHint(hint));
    let reads = 0;
    const counted = numberedLater({
      get ko() {
        reads++;
        return hint.ko;
      },
      en: hint.en,
    });
    expect(reads).toBe(0);
    expect(counted.ko).toBe(numberedHint(hint).ko);
    expect(counted.ko).toBe(numberedHint(hint).ko);
    expect(reads).toBe(1);
  });
});
