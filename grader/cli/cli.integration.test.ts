/**
 * The built `dockgrade` binary, as a learner runs it, against the real engine.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { RunResultSchema } from '../model/result-schema.js';
import { SnapshotSchema } from '../model/snapshot-schema.js';

const prefix = uniquePrefix('cli');
const names = makeNames(prefix);

afterAll(() => removeByPrefix(prefix));

describe('dockgrade check 2.2.1 on a real engine', () => {
  beforeAll(async () => {
    await removeByPrefix(prefix);
    for (const exercise of EXERCISES.filter((e) => e.section === '2.2.1')) await applySteps(exercise.solution(names));
  });

  it('passes after the book commands, exit 0, JSON valid against the schema', async () => {
    const run = await dockgrade(['check', '2.2.1', '--prefix', prefix, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = RunResultSchema.parse(JSON.parse(run.stdout));
    expect(result.exercises.map((e) => [e.id, e.status])).toEqual([
      ['2.2.1/run-ubuntu', 'pass'],
      ['2.2.1/pull-centos', 'pass'],
      ['2.2.1/create-mycentos', 'pass'],
    ]);
    expect(result.totals.points).toBe(result.totals.maxPoints);
  });

  it('fails with exit 1 and the fixing command once the container is stopped', async () => {
    await applySteps([['stop', '-t', '1', names.name('mycentos')]]);
    // --current-only: the exercise passed earlier in this file, so the journal would count it (exit 0)
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', prefix, '--current-only']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`docker start ${names.name('mycentos')}`);
    await applySteps([['start', names.name('mycentos')]]);
  });

  it('speaks Korean with --lang ko', async () => {
    const run = await dockgrade(['check', '2.2.1/pull-centos', '--lang', 'ko']);
    expect(run.stdout).toContain('이미지 centos:7 존재');
  });

  it('grades a snapshot file the same as the live engine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-cli-'));
    const file = join(dir, 'snap.json');
    const snap = await dockgrade(['snapshot', '--output', file, '--prefix', prefix]);
    expect(snap.code).toBe(0);
    SnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    // --no-journal: the journey differs by design (the live run is recorded later than the snapshot's journal)
    const fromFile = await dockgrade(['check', '2.2.1', '--snapshot', file, '--prefix', prefix, '--format', 'json', '--no-journal']);
    const live = await dockgrade(['check', '2.2.1', '--prefix', prefix, '--format', 'json', '--no-journal']);
    const strip = (text: string) => RunResultSchema.parse(JSON.parse(text)).exercises;
    expect(strip(fromFile.stdout)).toEqual(strip(live.stdout));
  });

  it('-o - writes the snapshot to standard output, not to a file named -', async () => {
    // a file named - would leave stdout empty
    const snap = await dockgrade(['snapshot', '-o', '-', '--no-probes', '--no-journal', '--prefix', prefix]);
    expect(snap.code).toBe(0);
    expect(SnapshotSchema.parse(JSON.parse(snap.stdout)).containers.length).toBeGreaterThan(0);
  });

  it('colours a pipe with FORCE_COLOR=1 or --color (an empty NO_COLOR does not count), not otherwise', async () => {
    const line = ['check', '2.2.1/pull-centos', '--prefix', prefix, '--no-journal'];
    const ansi = /\u001b\[/;
    expect((await dockgrade(line, { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toMatch(ansi);
    expect((await dockgrade([...line, '--color'], { NO_COLOR: '' })).stdout).toMatch(ansi);
    expect((await dockgrade(line, { NO_COLOR: '' })).stdout).not.toMatch(ansi);
    expect((await dockgrade([...line, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(ansi);
  });
});

describe('errors are one line with an exit code', () => {
  it('engine unreachable: exit 3', async () => {
    const run = await dockgrade(['check', '2.2.1'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('unix:///nonexistent/docker.sock');
  });
  it('engine unreachable and unknown selector in Korean under --lang ko (the plain check path, no yargs)', async () => {
    const engine = await dockgrade(['check', '2.2.1', '--lang', 'ko'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(engine.code).toBe(3);
    expect(engine.stderr).toMatch(/^dockgrade: unix:\/\/\/nonexistent\/docker.sock .*에 도커 엔진이 없습니다: 소켓 파일이 없습니다 — Docker를 시작하거나/);
    const selector = await dockgrade(['check', '2.2.1/run-ubunt', '--lang', 'ko']);
    expect(selector.code).toBe(2);
    expect(selector.stderr).toBe("dockgrade: 없는 실습입니다: '2.2.1/run-ubunt' (비슷한 ID: 2.2.1/run-ubuntu) — `dockgrade list`로 모든 ID를 볼 수 있습니다\n");
  });
  it('unknown selector: exit 2 with close ids', async () => {
    const run = await dockgrade(['check', '2.2.1/run-ubunt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean 2.2.1/run-ubuntu');
  });
  it('bad snapshot file: exit 2 naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ kind: 'dockgrade.snapshot', version: 1, containers: 'nope' }));
    const run = await dockgrade(['check', '--snapshot', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json: [a-z.]+: /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('list works without an engine', async () => {
    const run = await dockgrade(['list', '--format', 'json'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).exercises.length).toBe(EXERCISES.length);
  });
});
