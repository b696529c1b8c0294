import { endingSyllable, josa, pickParticle } from './korean-particles.js';

/**
 * Real words from our output, how their end is read aloud, and the particles that follow them. Each
 * row fails if the rule for its kind of ending breaks (digits, loanwords, acronyms, Hangul).
 */
const TABLE: [word: string, reading: string, iGa: string, eulReul: string, euro: string][] = [
  // names and images of the book
  ['ubuntu', '우', '가', '를', '로'], // 우분투
  ['centos', '스', '가', '를', '로'], // 센토스
  ['mycentos', '스', '가', '를', '로'],
  ['mysql', '엘', '이', '을', '로'], // 마이에스큐엘: ㄹ takes 로
  ['wordpress', '스', '가', '를', '로'],
  ['wordpressdb', '브', '가', '를', '로'], // 워드프레스디비
  ['my_container', '어', '가', '를', '로'], // 마이 컨테이너
  ['network_test', '트', '가', '를', '로'], // 네트워크 테스트
  ['latest', '트', '가', '를', '로'],
  ['apache2', '이', '가', '를', '로'],
  ['eth0', '영', '이', '을', '으로'],
  ['docker', '어', '가', '를', '로'],
  ['ifconfig', '그', '가', '를', '로'],
  // numbers: the reading of the whole number, after a dot digit by digit
  ['80', '십', '이', '을', '으로'], // 팔십
  ['8080', '십', '이', '을', '으로'], // 팔천팔십
  ['3306', '육', '이', '을', '으로'], // 삼천삼백육
  ['1', '일', '이', '을', '로'], // 일: ㄹ takes 로
  ['7', '칠', '이', '을', '로'],
  ['2', '이', '가', '를', '로'],
  ['200', '백', '이', '을', '으로'], // 이백
  ['1000', '천', '이', '을', '으로'],
  ['20000', '만', '이', '을', '으로'],
  ['0', '영', '이', '을', '으로'],
  ['-p 80:80', '십', '이', '을', '으로'],
  ['-p 8080:80', '십', '이', '을', '으로'],
  ['HTTP 200', '백', '이', '을', '으로'],
  ['ubuntu:14.04', '사', '가', '를', '로'], // 십사 점 영사
  ['5.7', '칠', '이', '을', '로'], // 오 점 칠
  ['mysql:5.7', '칠', '이', '을', '로'],
  ['centos:7', '칠', '이', '을', '로'],
  ['centos:8', '팔', '이', '을', '로'],
  // acronyms by letter name; capital words read as words
  ['HTTP', '피', '가', '를', '로'],
  ['TLS', '스', '가', '를', '로'],
  ['URL', '엘', '이', '을', '로'],
  ['DB', '비', '가', '를', '로'],
  ['PostgreSQL', '엘', '이', '을', '로'],
  ['MYSQL_ROOT_PASSWORD', '드', '가', '를', '로'],
  ['WORDPRESS_DB_USER', '어', '가', '를', '로'], // 유저, not 알
  ['WORDPRESS_DB_NAME', '엠', '이', '을', '으로'], // 네임, not 이
  ['MYSQL_DATABASE', '스', '가', '를', '로'],
  ['JSON', '엔', '이', '을', '으로'], // 제이슨
  // loanwords: a short vowel before p/t/k closes the syllable, a silent e does not count
  ['--output', '잇', '이', '을', '으로'], // 아웃풋
  ['exec', '익', '이', '을', '으로'], // 이그젝
  ['root', '트', '가', '를', '로'], // 루트
  ['check', '크', '가', '를', '로'], // 체크 (accepted spelling)
  ['exit', '트', '가', '를', '로'], // 엑시트 (accepted spelling)
  ['--timeout', '잇', '이', '을', '으로'], // 타임아웃
  ['set', '잇', '이', '을', '으로'], // 셋
  ['stack', '익', '이', '을', '으로'], // 스택
  ['name', '엠', '이', '을', '으로'], // 네임
  ['file', '엘', '이', '을', '로'], // 파일
  ['image', '그', '가', '를', '로'], // 이미지
  ['string', '응', '이', '을', '으로'],
  ['volume', '엠', '이', '을', '으로'],
  ['free', '이', '가', '를', '로'],
  // everyday words Korean writes with a 받침, alone or ending a compound; a voiced end otherwise stays open
  ['web', '웹', '이', '을', '으로'], // 웹 (was read 브: "web가")
  ['myweb', '웹', '이', '을', '으로'], // 마이웹
  ['app', '앱', '이', '을', '으로'], // 앱 (was 프: "app를")
  ['webapp', '앱', '이', '을', '으로'],
  ['lab', '랩', '이', '을', '으로'], // 랩
  ['crontab', '탭', '이', '을', '으로'],
  ['hub', '브', '가', '를', '로'], // 허브
  ['log', '그', '가', '를', '로'], // 로그
  // Hangul, punctuation around a word, a parenthesis after it
  ['컨테이너', '너', '가', '를', '로'],
  ['이름', '름', '이', '을', '으로'],
  ['물', '물', '이', '을', '로'],
  ['<이름>', '름', '이', '을', '으로'],
  ["'mysql'", '엘', '이', '을', '로'],
  ['포트(보통 2376)', '트', '가', '를', '로'],
  ['(hidden)', '엔', '이', '을', '으로'],
];

describe('particles chosen from the word', () => {
  it.each(TABLE)('%s is read ending in %s: %s, %s, %s', (word, reading, iGa, eulReul, euro) => {
    expect(endingSyllable(word)).toBe(reading);
    expect([pickParticle(word, '이/가'), pickParticle(word, '을/를'), pickParticle(word, '으로/로')]).toEqual([iGa, eulReul, euro]);
  });

  it('picks the other pairs from the same reading', () => {
    expect(josa('mycentos', '은/는')).toBe('mycentos는');
    expect(josa('mysql', '은/는')).toBe('mysql은');
    expect(josa('wordpress', '와/과')).toBe('wordpress와');
    expect(josa('mysql', '와/과')).toBe('mysql과');
    expect(josa('mysql', '이라는/라는')).toBe('mysql이라는');
    expect(josa('db', '이라는/라는')).toBe('db라는');
    expect(josa('mycentos', '이어야/여야')).toBe('mycentos여야');
    expect(josa('my_container', '이어야/여야')).toBe('my_container여야');
    expect(josa('eth0', '이어야/여야')).toBe('eth0이어야');
    expect(josa('80', '이나/나')).toBe('80이나');
  });

  it('takes the form without 받침 where no end can be read', () => {
    expect(endingSyllable('')).toBeUndefined();
    expect(endingSyllable('...')).toBeUndefined();
    expect(endingSyllable('日本')).toBeUndefined();
    expect(josa('', '이/가')).toBe('가');
    expect(josa('日本', '을/를')).toBe('日本를');
  });

  it('reads large round numbers by their unit', () => {
    expect(endingSyllable('100000000')).toBe('억'); // 일억
    expect(endingSyllable('110000')).toBe('만'); // 십일만
    expect(endingSyllable('00')).toBe('영');
  });
});
