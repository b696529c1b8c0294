/**
 * A real run on the real engine rendered in every format at once by the built binary, re-rendered
 * from the saved JSON, and handlebars loaded only when HTML is asked for.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { RunResultSchema } from '../model/result-schema.js';

const BIN = join(process.cwd(), 'dist/grader/cli/main.js');
const PROBE = join(process.cwd(), 'fixtures/loaded-modules-probe.mjs');

async function dockgrade(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['--import', PROBE, BIN, ...args], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', DOCKGRADE_STATE_DIR: stateDir }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const prefix = uniquePrefix('rp');
const names = makeNames(prefix);
const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rp-cli-'));
// Our own progress journal, so these runs never touch the user's.
const stateDir = mkdtempSync(join(tmpdir(), 'dockgrade-rp-state-'));

beforeAll(async () => {
  await removeByPrefix(prefix);
  for (const exercise of EXERCISES.filter((e) => e.id === '2.2.1/create-mycentos')) await applySteps(exercise.solution(names));
  // A learner mistake: mycentos stopped, so one check fails with a hint.
  await applySteps([['stop', '-t', '1', names.name('mycentos')]]);
});
afterAll(() => removeByPrefix(prefix));

describe('dockgrade check --format … on a real engine', () => {
  it('renders pretty, json, junit, html and csv in one run', async () => {
    const file = (name: string) => join(dir, name);
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', prefix, '--format', 'pretty', '--format', `json=${file('r.json')}`, '--format', `junit=${file('r.xml')}`, '--format', `html=${file('r.html')}`, '--format', `csv=${file('r.csv')}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`docker start ${names.name('mycentos')}`);
    const result = RunResultSchema.parse(JSON.parse(readFileSync(file('r.json'), 'utf8')));
    expect(result.exercises[0].checks.find((c) => c.id === 'running')?.status).toBe('fail');
    expect(XMLValidator.validate(readFileSync(file('r.xml'), 'utf8'))).toBe(true);
    expect(readFileSync(file('r.xml'), 'utf8')).toContain('<failure message=');
    const html = readFileSync(file('r.html'), 'utf8');
    expect(html).toContain(`docker start ${names.name('mycentos')}`);
    expect(html).toContain(result.engine!.serverVersion);
    expect(readFileSync(file('r.csv'), 'utf8')).toContain(`"${result.totals.points}","${result.totals.maxPoints}","graded"`);
    // The grading path talks to the engine over node:http; dockerode loads only for exec probes and events.
    expect(run.stderr).toMatch(/loaded-modules: handlebars\b/);
  });

  it('loads handlebars only when html is asked for', async () => {
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', prefix, '--format', 'json']);
    expect(run.stderr).toMatch(/loaded-modules: /);
    expect(run.stderr).not.toMatch(/loaded-modules: .*handlebars/);
  });

  it('report re-renders the saved run without an engine, identical to the direct HTML', async () => {
    const run = await dockgrade(['report', join(dir, 'r.json'), '--format', `html=${join(dir, 'again.html')}`, '--format', 'junit']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'again.html'), 'utf8')).toBe(readFileSync(join(dir, 'r.html'), 'utf8'));
    expect(run.stdout).toContain('<testsuites');
    expect(run.stderr).toMatch(/loaded-modules: handlebars\n/);
  });

  it('a broken saved run is one line and exit 2', async () => {
    const run = await dockgrade(['report', join(dir, 'r.xml')]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('dockgrade:'))).toEqual([expect.stringMatching(/^dockgrade: .*r\.xml: (\(root\): )?not valid JSON/)]);
  });
});
