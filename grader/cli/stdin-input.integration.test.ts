/**
 * `-` as an input file (`check --snapshot -`, `report -`) reads standard input, and an empty
 * `--snapshot` is a usage error: neither ever falls back to the live engine. Every run points
 * DOCKER_HOST at a socket that does not exist, so a run that reached for an engine would end with exit
 * 3 instead; and the journal stays untouched (a snapshot is never recorded). No engine is used.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockgrade } from '../../fixtures/dockgrade-bin.js';
import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { RunResultSchema } from '../model/result-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'dockgrade-stdin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const state = join(dir, 'state');
const NO_ENGINE = { DOCKER_HOST: 'unix:///nonexistent/dgt-eco.sock', DOCKGRADE_STATE_DIR: state };
const snapshot = JSON.stringify(makeSnapshot({ containers: [makeContainer({ name: 'mycentos', image: 'centos:7' })], images: [makeImage(['ubuntu:14.04']), makeImage(['centos:7'])] }));
const snapshotFile = join(dir, 'snapshot.json');
writeFileSync(snapshotFile, snapshot);

const statuses = (json: string) => Object.fromEntries(RunResultSchema.parse(JSON.parse(json)).exercises.map((e) => [e.id, e.status]));

describe('check --snapshot - and report -', () => {
  it('check --snapshot - grades the snapshot piped in, as the file itself grades, and records nothing', async () => {
    const line = ['check', '2.2.1', '--format', 'json', '--deterministic'];
    const piped = await dockgrade([...line, '--snapshot', '-'], NO_ENGINE, { input: snapshot });
    const named = await dockgrade([...line, '--snapshot', snapshotFile], NO_ENGINE);
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(1);
    expect(statuses(piped.stdout)).toEqual({ '2.2.1/create-mycentos': 'fail', '2.2.1/pull-centos': 'pass', '2.2.1/run-ubuntu': 'fail' });
    expect(statuses(piped.stdout)).toEqual(statuses(named.stdout));
    expect(existsSync(state) ? readdirSync(state) : []).toEqual([]);
  });

  it('a bad snapshot on stdin is exit 2 naming stdin', async () => {
    const bad = await dockgrade(['check', '--snapshot', '-'], NO_ENGINE, { input: '{"kind":' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^dockgrade: stdin: \(root\): not valid JSON/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['--snapshot ""', ['--snapshot', '']],
    ['--snapshot=', ['--snapshot=']],
  ])('check %s is exit 2, one line that says the name is empty, never the live engine', async (_, args) => {
    const run = await dockgrade(['check', '2.2.1', ...args], NO_ENGINE);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^dockgrade: --snapshot: the file name is empty \(''\)/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(state) ? readdirSync(state) : []).toEqual([]);
  });

  it('report - re-renders a result piped in; -o reports/junit.xml creates the folder', async () => {
    const result = await dockgrade(['check', '2.2.1', '--snapshot', snapshotFile, '--format', 'json', '--deterministic'], NO_ENGINE);
    const out = join(dir, 'reports', 'ci', 'junit.xml');
    const report = await dockgrade(['report', '-', '--format', 'junit', '-o', out], NO_ENGINE, { input: result.stdout });
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuite name="2.2.1\/pull-centos"/);
    const empty = await dockgrade(['report', ''], NO_ENGINE);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^dockgrade: the file name is empty \(''\)/);
  });

  it('--verbose names the config file and the engine endpoint on the real engine (read only)', async () => {
    const run = await dockgrade(['check', '2.2.1', '--verbose', '--no-journal', '--no-probes', '--format', 'json'], { DOCKGRADE_STATE_DIR: state });
    expect([0, 1]).toContain(run.code);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^dockgrade: config file: /);
    expect(lines[1]).toMatch(/^dockgrade: engine: (unix|tcp|ssh):\/\/\S+ \(.+\)$/);
    expect(lines).toHaveLength(2);
  });
});
