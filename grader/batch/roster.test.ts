import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { parseRoster } from './roster.js';

describe('parseRoster', () => {
  it('reads quoted fields, Korean names, a BOM and flexible headers; resolves files against the roster folder', async () => {
    const text = '\uFEFFStudent ID,이름,E-mail,File\n2024001,"김, 민준 ""MJ""",mj@school.example,subs/2024001.json\n2024002,이서연,sy@school.example,\n';
    const roster = await parseRoster(text, '/class/roster.csv');
    expect(roster.rows).toEqual([
      { studentId: '2024001', name: '김, 민준 "MJ"', email: 'mj@school.example', file: '/class/subs/2024001.json', engine: '', tls: '', prefix: '', lms: '' },
      { studentId: '2024002', name: '이서연', email: 'sy@school.example', file: '', engine: '', tls: '', prefix: '', lms: '' },
    ]);
  });

  it('takes a live engine and per-row TLS material', async () => {
    const roster = await parseRoster('id,name,engine,tls\na1,A,tcp://lab-07.example.edu:2376,certs/a1\nb2,B,ssh://student@lab-08,\n', '/c/r.csv');
    expect(roster.rows.map((r) => [r.engine, r.tls])).toEqual([
      ['tcp://lab-07.example.edu:2376', '/c/certs/a1'],
      ['ssh://student@lab-08', ''],
    ]);
  });

  it.each([
    ['id,name,phone\na,A,1\n', /r\.csv: \(header\): unknown column 'phone'/],
    ['id,name\na,A\na,B\n', /r\.csv: line 3: student_id: 'a' is already on line 2/],
    ['id,name\n,A\n', /r\.csv: line 2: studentId: required/],
    ['id,file,engine\na,x.json,tcp://h:2376\n', /line 2: file: give a file or an engine, not both/],
    ['id,engine\na,ftp://h\n', /line 2: engine: unsupported scheme 'ftp'/],
    ['id,name\na,"unterminated\n', /r\.csv: (line \d+: )?Quote Not Closed/i],
    ['id,name\na,A,extra\n', /r\.csv: line 2: .*(column|record)/i],
    ['id,name\n', /r\.csv: \(root\): the roster has no students/],
  ])('refuses a bad roster with one line: %j', async (text, message) => {
    const error = await parseRoster(text, 'r.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('keeps paths that are already absolute', async () => {
    const roster = await parseRoster(`id,file\na,${join('/abs', 'a.json')}\n`, 'rel/r.csv');
    expect(roster.rows[0].file).toBe('/abs/a.json');
  });
});
