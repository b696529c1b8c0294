/**
 * The learner's journey with the built binary on the real engine: the journal across runs (passes now,
 * passed earlier, never), snapshots carrying it, the config file, and `check --watch` following the
 * engine's events until Ctrl+C.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { applySteps, docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { WatchChild } from '../../fixtures/watch-child.js';
import { EXERCISES } from '../../exercises/index.js';
import { makeNames } from '../check/names.js';
import { JournalSchema } from '../model/journal-schema.js';
import { RunResultSchema } from '../model/result-schema.js';
import { SnapshotSchema } from '../model/snapshot-schema.js';

const BIN = join(process.cwd(), 'dist/grader/cli/main.js');
const prefix = uniquePrefix('jr');
const names = makeNames(prefix);
const createMycentos = EXERCISES.find((e) => e.id === '2.2.1/create-mycentos')!;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function baseEnv(stateDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', DOCKGRADE_STATE_DIR: stateDir, HOME: stateDir };
  // the developer's own settings must not leak into the test
  delete env.DOCKGRADE_PREFIX;
  delete env.XDG_CONFIG_HOME;
  delete env.DOCKGRADE_CONFIG;
  return { ...env, ...extra };
}

async function dockgrade(args: string[], stateDir: string, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { env: baseEnv(stateDir, options.env), cwd: options.cwd ?? stateDir, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dockgrade-jr-'));
}

function statusesOf(stdout: string): Record<string, string | undefined> {
  const run = RunResultSchema.parse(JSON.parse(stdout));
  return Object.fromEntries(run.exercises.map((e) => [e.id, e.history?.state]));
}

beforeAll(() => removeByPrefix(prefix));
afterAll(() => removeByPrefix(prefix));

describe('the journal across runs', () => {
  const stateDir = tempDir();
  const journalFile = join(stateDir, 'journal.json');

  it('passes now, then passed earlier and the state changed since, and never passed', async () => {
    await applySteps(createMycentos.solution(names));
    const first = await dockgrade(['check', '2.2.1', '--prefix', prefix, '--format', 'json'], stateDir);
    expect(first.stderr).toBe('');
    expect(statusesOf(first.stdout)).toMatchObject({ '2.2.1/create-mycentos': 'passing', '2.2.1/run-ubuntu': 'never' });
    JournalSchema.parse(JSON.parse(readFileSync(journalFile, 'utf8')));

    // 2.2.3 of the book removes mycentos: the journal remembers it passed
    await docker(['rm', '-f', names.name('mycentos')]);
    const second = await dockgrade(['check', '2.2.1', '--prefix', prefix], stateDir);
    expect(second.code).toBe(1);
    // it passed earlier: the journey counts it, marked as counted from the journal
    expect(second.stdout).toMatch(/✔ 2\.2\.1\/create-mycentos .* 6\/6\n {4}↺ counted from the journal: passed at \d\d:\d\d \(the current state gives 0\/6\)/);
    const current = await dockgrade(['check', '2.2.1', '--prefix', prefix, '--current-only'], stateDir);
    expect(current.stdout).toMatch(/✘ 2\.2\.1\/create-mycentos .*\n {4}↺ passed at \d\d:\d\d; state changed since \(best 6\/6\)/);
    expect(second.stdout).toMatch(/✘ 2\.2\.1\/run-ubuntu .*\n {4}· never passed yet/);
    const ko = await dockgrade(['check', '2.2.1/create-mycentos', '--prefix', prefix, '--lang', 'ko', '--current-only'], stateDir);
    expect(ko.stdout).toMatch(/↺ \d\d:\d\d에 통과했지만 그 뒤 상태가 바뀌었습니다/);
  });

  it('--no-journal neither reads nor writes it', async () => {
    const before = readFileSync(journalFile, 'utf8');
    const run = await dockgrade(['check', '2.2.1', '--prefix', prefix, '--format', 'json', '--no-journal'], stateDir);
    expect(statusesOf(run.stdout)).toEqual({ '2.2.1/run-ubuntu': undefined, '2.2.1/pull-centos': undefined, '2.2.1/create-mycentos': undefined });
    expect(readFileSync(journalFile, 'utf8')).toBe(before);
  });

  it('a snapshot carries the journal; grading it shows the journey and never writes the journal', async () => {
    const file = join(tempDir(), 'snap.json');
    const snap = await dockgrade(['snapshot', '--prefix', prefix, '-o', file], stateDir);
    expect(snap.code).toBe(0);
    const snapshot = SnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(snapshot.journal?.scopes.find((s) => s.prefix === prefix)?.exercises['2.2.1/create-mycentos'].lastPassedAt).toBeDefined();

    // a teacher grades it with an empty state dir of their own: nothing is written there
    const teacherDir = tempDir();
    const graded = await dockgrade(['check', '2.2.1', '--snapshot', file, '--prefix', prefix, '--format', 'json'], teacherDir);
    expect(statusesOf(graded.stdout)).toMatchObject({ '2.2.1/create-mycentos': 'regressed', '2.2.1/run-ubuntu': 'never' });
    expect(existsSync(join(teacherDir, 'journal.json'))).toBe(false);
    // nor in the learner's, even with the learner's state dir
    const before = readFileSync(journalFile, 'utf8');
    await dockgrade(['check', '2.2.1', '--snapshot', file, '--prefix', prefix], stateDir);
    expect(readFileSync(journalFile, 'utf8')).toBe(before);

    const without = join(tempDir(), 'snap.json');
    await dockgrade(['snapshot', '--prefix', prefix, '-o', without, '--no-journal', '--no-probes'], stateDir);
    expect(SnapshotSchema.parse(JSON.parse(readFileSync(without, 'utf8'))).journal).toBeUndefined();
  });

  it('a corrupt journal is kept aside with one warning line, and the run goes on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journal.json'), '{ this is not json');
    const run = await dockgrade(['check', '2.2.1/pull-centos', '--prefix', prefix], dir);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^dockgrade: warning: journal .*journal\.json is unusable \(not valid JSON.*\); kept as journal\.json\.corrupt-\d{8}T\d{6}Z, starting a new one\n$/);
    expect(readdirSync(dir).filter((f) => f.startsWith('journal.json.corrupt-'))).toHaveLength(1);
    JournalSchema.parse(JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8')));
  });
});

describe('the config file', () => {
  it('supplies the prefix and the language; flags and DOCKGRADE_PREFIX win', async () => {
    const dir = tempDir();
    await applySteps(createMycentos.solution(names));
    writeFileSync(join(dir, '.dockgraderc.json'), JSON.stringify({ prefix: names.prefix, lang: 'ko' }));
    const run = await dockgrade(['check', '2.2.1/create-mycentos', '--no-journal'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('통과');
    const english = await dockgrade(['check', '2.2.1/create-mycentos', '--no-journal', '--lang', 'en', '--prefix', 'dgt-jr-nobody-'], dir);
    expect(english.code).toBe(1);
    expect(english.stdout).toContain('docker create -i -t --name dgt-jr-nobody-mycentos centos:7');
    const env = await dockgrade(['check', '2.2.1/create-mycentos', '--no-journal', '--format', 'json'], dir, { env: { DOCKGRADE_PREFIX: 'dgt-jr-nobody-' } });
    expect(RunResultSchema.parse(JSON.parse(env.stdout)).prefix).toBe('dgt-jr-nobody-');
  });

  it('a bad config file is one line naming the field, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.dockgraderc.json'), JSON.stringify({ prefix: 'alice', lang: 'fr' }));
    const run = await dockgrade(['check', '2.2.1'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/\.dockgraderc\.json: lang: /);
  });

  it('a prefix Docker cannot use is a usage error', async () => {
    const run = await dockgrade(['check', '2.2.1', '--prefix', 'bad prefix'], tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("prefix 'bad prefix' is not usable in Docker names");
  });
});

describe('dockgrade explain', () => {
  it('works without an engine, in Korean, and names close ids for an unknown one', async () => {
    const dir = tempDir();
    const ko = await dockgrade(['explain', '2.2.1/create-mycentos', '--lang', 'ko', '--prefix', 'alice'], dir, { env: { DOCKER_HOST: 'unix:///nonexistent.sock' } });
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('책의 명령');
    expect(ko.stdout).toContain('docker start alice-mycentos');
    const unknown = await dockgrade(['explain', '2.2.1/create-mycentso'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean 2.2.1/create-mycentos');
  });
});

describe('dockgrade check --watch', () => {
  it('re-grades as the engine changes, and Ctrl+C exits 0 without a trace', async () => {
    const stateDir = tempDir();
    const watchPrefix = `${prefix}w-`;
    const mycentos = makeNames(watchPrefix).name('mycentos');
    const watch = new WatchChild(['check', '2.2.1/create-mycentos', '--watch', '--prefix', watchPrefix, '--debounce', '200'], baseEnv(stateDir), 30_000, stateDir);
    try {
      let seen = await watch.waitFor(/create-mycentos .* 0\/6\n {4}· never passed yet/, 0);
      await docker(['create', '-i', '-t', '--name', mycentos, 'centos:7']);
      seen = await watch.waitFor(/create-mycentos .* 4\/6\n/, seen);
      await docker(['start', mycentos]);
      seen = await watch.waitFor(/✔ 2\.2\.1\/create-mycentos .* 6\/6\n {4}★ passes now/, seen);
      await docker(['stop', '-t', '1', mycentos]);
      // it passed: the journey counts it, and says what the current state gives
      await watch.waitFor(/✔ 2\.2\.1\/create-mycentos .* 6\/6\n {4}↺ counted from the journal: passed at \d\d:\d\d \(the current state gives 5\/6\)/, seen);
      // one re-grade per change: a `docker start` burst (start, network connect, …) is coalesced
      const redraws = watch.stdout.match(/── dockgrade check --watch/g)?.length ?? 0;
      expect(redraws).toBeLessThanOrEqual(6);
      // the watch changed nothing: the container is as the test left it
      expect((await docker(['inspect', '-f', '{{.State.Status}}', mycentos])).trim()).toBe('exited');
    } finally {
      watch.interrupt();
    }
    const { code, signal } = await watch.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(watch.stderr).toBe('');
    expect(watch.stdout).toMatch(/stopped watching\.\n$/);
  });
});
