/**
 * Live engines on a roster, graded against the real test engine: over its unix socket, over tcp through
 * a small proxy this test starts on 127.0.0.1, an engine nobody listens for (unreachable) and one that
 * accepts and never answers (per-engine timeout). None of them may stop the class.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { ClassResultSchema, type ClassResult } from '../model/class-schema.js';
import { classExitCode, gradeClass } from './grade-class.js';
import { readRoster } from './roster.js';
import { bookCatalog } from '../pipeline/book-catalog.js';

const SOCKET = '/var/run/docker.sock';
const prefix = uniquePrefix('bt');
const names = makeNames(prefix);
const exercises = EXERCISES.filter((e) => e.section === '2.2.1');
const sockets = new Set<Socket>();
let proxy: Server;
let silent: Server;
let closedPort: number;
let dir: string;
let result: ClassResult;
let silentResult: ClassResult;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

function track(socket: Socket): void {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
}

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of exercises) await applySteps(exercise.solution(names));
  // tcp://127.0.0.1:<port> → the engine's unix socket, byte for byte.
  proxy = createServer((client) => {
    track(client);
    const upstream = createConnection(SOCKET);
    track(upstream);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  silent = createServer((client) => track(client)); // accepts, never answers
  const proxyPort = await listen(proxy);
  const silentPort = await listen(silent);
  const probe = createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-bt-'));
  const roster = join(dir, 'roster.csv');
  writeFileSync(
    roster,
    [
      'student_id,name,email,engine,prefix',
      `u1,"소켓, 학생",u1@school.example,unix://${SOCKET},${prefix}`,
      `t1,TCP 학생,t1@school.example,tcp://127.0.0.1:${proxyPort},${prefix}`,
      `x1,Unreachable,x1@school.example,tcp://127.0.0.1:${closedPort},${prefix}`,
      '',
    ].join('\n'),
  );
  // The shared engine may hold many containers of other test runs: a generous timeout for real engines.
  result = ClassResultSchema.parse(await gradeClass({ catalog: bookCatalog(), paths: [], roster: await readRoster(roster), exercises, concurrency: 4, engineTimeoutMs: 90_000 }));
  const silentRoster = join(dir, 'silent.csv');
  writeFileSync(silentRoster, `student_id,name,engine\nz1,Silent,tcp://127.0.0.1:${silentPort}\n`);
  silentResult = await gradeClass({ catalog: bookCatalog(), paths: [], roster: await readRoster(silentRoster), exercises, engineTimeoutMs: 2000 });
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all([proxy, silent].map((server) => new Promise((resolve) => server?.close(resolve))));
  rmSync(dir, { recursive: true, force: true });
  await removeByPrefix(prefix);
});

const row = (id: string) => result.students.find((s) => s.studentId === id)!;

describe('grade: live engines on the roster', () => {
  it('grades the engine over its unix socket and over tcp alike: the reference solution passes', () => {
    for (const id of ['u1', 't1']) {
      expect([row(id).status, row(id).reason]).toEqual(['graded', '']);
      expect(row(id).onRoster).toBe(true);
      expect(row(id).result!.exercises.map((e) => [e.id, e.status])).toEqual(exercises.map((e) => [e.id, 'pass']));
      expect(row(id).points).toBe(row(id).maxPoints);
    }
    expect(row('u1').source).toBe(`unix://${SOCKET}`);
    expect(row('t1').source).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
  });

  it('sees only the student prefix, and reports the two rows as one engine', () => {
    expect(row('u1').evidence!.containerIds.length).toBeGreaterThanOrEqual(2);
    expect(row('u1').integrity.map((f) => [f.code, f.others])).toEqual([['same-engine', ['t1']]]);
  });

  it('marks an engine nobody listens for as unreachable, with the reason', () => {
    expect(row('x1')).toMatchObject({ status: 'unreachable', result: null, points: 0 });
    expect(row('x1').reason).toContain(`tcp://127.0.0.1:${closedPort}`);
    expect(row('x1').reason).toMatch(/refused/);
  });

  it('gives up on an engine that never answers after the per-engine timeout', () => {
    const z1 = silentResult.students[0];
    expect(z1).toMatchObject({ studentId: 'z1', status: 'unreachable' });
    expect(z1.reason).toMatch(/^engine: (no answer within 2 s|.*did not answer in time)/);
    expect(classExitCode(silentResult)).toBe(1);
    expect(classExitCode(result)).toBe(1);
  });
});
