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
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', prefix]);
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
});

describe('errors are one line with an exit code', () => {
  it('engine unreachable: exit 3', async () => {
    const run = await dockgrade(['check', '2.2.1'], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('unix:///nonexistent/docker.sock');
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
