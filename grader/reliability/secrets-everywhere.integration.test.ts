/**
 * One learner state carrying secrets in every form issue 13 names (MYSQL_PWD, a credential URL, a
 * value copied into `-e NOTE=…`, a secret-named command-line argument, all of them echoed into the
 * container's log) is graded through EVERY entry point of the grading pipeline: check in each format,
 * `--watch` (one round), `--wait`, snapshot, submit, grade of submission files (one a snapshot taken
 * with --show-secrets, so the file itself carries them), grade of a live engine row, merge, and selftest's
 * proof. No output shows any of the values; positive controls prove the values are there to be found.
 *
 * Issue 26.4 adds the secrets that name themselves in other ways: `docker exec` command lines in the
 * engine's events (`mysql -pX`, `mongosh -p X`, `redis-cli -a X`, `psql --password X`), and in the log
 * tail `Authorization: Bearer X`, a token alone in a URL, `curl -u user:X`, `--requirepass X`,
 * `tcp://admin:pw@X@host`, and env names `DB_PW`, `PGPASS`.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StartedTestContainer } from 'testcontainers';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { startOwnContainer } from '../../fixtures/own-container.js';
import { runCli } from '../../fixtures/run-cli.js';
import { REPORTER_NAMES } from '../../reports/index.js';
import { defineExercise } from '../check/define.js';
import { env } from '../check/kinds/env.js';
import { named } from '../check/targets.js';
import { msg } from '../core/i18n.js';
import { dockerCli } from '../docker/docker-cli.js';
import { failing, holds, proveExercise } from '../docker/selftest.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import { connect } from '../engine/engine-client.js';
import { lineOf, renderTable } from '../cli/selftest-command.js';

const prefix = uniquePrefix('sx');
const tag = () => randomBytes(5).toString('hex');
const SECRETS = {
  pwd: `pwd-${tag()}`,
  url: `url-${tag()}`,
  arg: `arg-${tag()}`,
  token: `tok-${tag()}`,
  // issue 26.4
  bearer: `bea-${tag()}`,
  urlToken: `ut-${tag()}`,
  curl: `cu-${tag()}`,
  requirepass: `rp-${tag()}`,
  atTail: `at-${tag()}`,
  dbPw: `dbpw-${tag()}`,
  pgpass: `pgp-${tag()}`,
  mysqlP: `my-${tag()}`,
  mongo: `mo-${tag()}`,
  redis: `re-${tag()}`,
  psql: `ps-${tag()}`,
};
const ALL = Object.values(SECRETS);
let dir: string;
let mycentos: StartedTestContainer | undefined;
let execs: StartedTestContainer | undefined;
let grepped = 0;

/** Fails when `text` shows any secret; counts the outputs looked at. */
function grep(label: string, text: string): void {
  grepped += 1;
  for (const secret of ALL) if (text.includes(secret)) throw new Error(`${label} shows the secret ${secret}`);
}

/** Every regular file under `root`, with its text. */
function filesUnder(root: string): Array<[string, string]> {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [[path, readFileSync(path, 'utf8')] as [string, string]];
  });
}

beforeAll(async () => {
  await removeByPrefix(prefix);
  dir = mkdtempSync(join(tmpdir(), 'dockgrade-sx-'));
  // mycentos as the book names it, but it printed its secrets and exited 1 (its log tail is collected).
  mycentos = await startOwnContainer('centos:7', `${prefix}mycentos`, (c) =>
    c
      .withEnvironment({ MYSQL_PWD: SECRETS.pwd, DATABASE_URL: `mysql://root:${SECRETS.url}@db:3306/app`, NOTE: SECRETS.arg, API_TOKEN: SECRETS.token, DB_PW: SECRETS.dbPw, PGPASS: SECRETS.pgpass })
      .withCommand([
        'sh',
        '-c',
        [
          'echo "connecting as $MYSQL_PWD to $DATABASE_URL ($NOTE, $API_TOKEN)"',
          `echo 'curl -H "Authorization: Bearer ${SECRETS.bearer}" https://${SECRETS.urlToken}@github.com/a/b.git'`,
          `echo 'curl -u admin:${SECRETS.curl} http://127.0.0.1/ && redis-server --requirepass ${SECRETS.requirepass}'`,
          `echo 'engine tcp://admin:pw@${SECRETS.atTail}@lab-07:2375'`,
          'exit 1',
        ].join('; '),
        'sh',
        `--password=${SECRETS.arg}`,
      ])
      .untilExited(),
  );
  // A running container the learner ran client commands in: the engine's exec_start events carry them.
  execs = await startOwnContainer('centos:7', `${prefix}execs`, (c) => c.withCommand(['sleep', '600']));
  for (const command of [
    ['mysql', '-uroot', `-p${SECRETS.mysqlP}`, '-e', 'select 1'],
    ['mongosh', '-u', 'admin', '-p', SECRETS.mongo],
    ['redis-cli', '-a', SECRETS.redis, 'ping'],
    ['psql', '--password', SECRETS.psql, '-U', 'app'],
  ]) {
    await docker(['exec', `${prefix}execs`, 'echo', ...command]);
  }
}, 120_000);

afterAll(async () => {
  await mycentos?.stop().catch(() => undefined);
  await execs?.stop({ timeout: 1 }).catch(() => undefined);
  await removeByPrefix(prefix);
  console.log(`[reliability] secrets everywhere: ${grepped} outputs of every entry point grepped for ${ALL.length} secret values, 0 leaks`);
});

describe('every entry point hides the same secrets', () => {
  it('positive control: the state really carries them (snapshot --show-secrets, check --show-secrets)', async () => {
    const clear = await runCli(['snapshot', '--prefix', prefix, '--show-secrets']);
    for (const secret of ALL) expect(clear.stdout).toContain(secret);
    const check = await runCli(['check', 'all', '--prefix', prefix, '--show-secrets', '--format', 'json']);
    expect(ALL.some((secret) => check.stdout.includes(secret))).toBe(true);
  });

  it('check: every format (stdout and files)', async () => {
    const out = join(dir, 'check');
    mkdirSync(out);
    const run = await runCli(['check', 'all', '--prefix', prefix, '--format', 'pretty', ...REPORTER_NAMES.map((f) => `--format=${f}=${join(out, `out.${f}`)}`)]);
    expect(run.code).toBe(1);
    grep('check (stdout, stderr)', run.stdout + run.stderr);
    expect(readdirSync(out).length).toBe(REPORTER_NAMES.length);
    for (const [file, text] of filesUnder(out)) grep(file, text);
    expect(readFileSync(join(out, 'out.json'), 'utf8')).toContain('(hidden)');
  });

  it('check --watch (one round, then SIGTERM) and check --wait', async () => {
    const watch = await runCli(['check', 'all', '--watch', '--prefix', prefix, '--format', 'json'], {}, { killAfterMs: 20_000 });
    expect(watch.stdout).toContain('dockgrade check --watch');
    expect(watch.stdout).toContain('"exercises"');
    grep('check --watch', watch.stdout + watch.stderr);
    const wait = await runCli(['check', 'all', '--prefix', prefix, '--wait', '1s', '--interval', '500ms', '--format', 'json']);
    expect(wait.code).toBe(1);
    expect(JSON.parse(wait.stdout).waited.attempts).toBeGreaterThanOrEqual(1);
    grep('check --wait', wait.stdout + wait.stderr);
  }, 120_000);

  it('snapshot, submit, grade of submission files (one carrying the secrets in clear), grade of a live engine row, merge', async () => {
    const snap = await runCli(['snapshot', '--prefix', prefix, '-o', join(dir, 'snap.json')]);
    expect(snap.code).toBe(0);
    grep('snapshot', readFileSync(join(dir, 'snap.json'), 'utf8') + snap.stdout + snap.stderr);

    const subs = join(dir, 'subs');
    mkdirSync(subs);
    const submit = await runCli(['submit', '--student', 's1', '--prefix', prefix, '-o', join(subs, 's1.json')]);
    expect(submit.code).toBe(0);
    grep('submit', readFileSync(join(subs, 's1.json'), 'utf8') + submit.stdout + submit.stderr);
    // A private backup in clear (a snapshot taken with --show-secrets), handed in anyway: grading must not print what the file carries.
    const clear = await runCli(['snapshot', '--student', 's2', '--prefix', prefix, '--show-secrets', '-o', join(subs, 's2.json')]);
    expect(clear.code).toBe(0);
    expect(readFileSync(join(subs, 's2.json'), 'utf8')).toContain(SECRETS.pwd);

    const files = await runCli(['grade', subs, '-o', join(dir, 'out-files')]);
    expect(files.stdout).toContain('graded 2 of 2');
    grep('grade (files)', files.stdout + files.stderr);
    for (const [file, text] of filesUnder(join(dir, 'out-files'))) grep(file, text);

    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, `student_id,engine,prefix\nlive1,unix:///var/run/docker.sock,${prefix}\n`);
    const live = await runCli(['grade', '--roster', roster, '-o', join(dir, 'out-live')]);
    expect(live.stdout).toContain('graded 1 of 1');
    grep('grade (live row)', live.stdout + live.stderr);
    const liveFiles = filesUnder(join(dir, 'out-live'));
    for (const [file, text] of liveFiles) grep(file, text);
    expect(liveFiles.some(([, text]) => text.includes('(hidden)'))).toBe(true);

    const merged = await runCli(['merge', join(dir, 'out-files'), join(dir, 'out-live'), '-o', join(dir, 'merged')]);
    expect(merged.stdout).toContain('merged 2 outputs');
    grep('merge', merged.stdout + merged.stderr);
    for (const [file, text] of filesUnder(join(dir, 'merged'))) grep(file, text);
  }, 300_000);

  it("selftest's proof and table (a solution whose state carries a secret a failing check shows)", async () => {
    const selfPrefix = uniquePrefix('sxself');
    const db = named('db', { create: (n) => `docker create --name ${n.name('db')} centos:7` });
    const exercise = defineExercise({
      id: '9.9.9/secret-note',
      section: '9.9.9',
      title: msg('비밀', 'secret'),
      goal: msg('비밀', 'secret'),
      commands: [],
      checks: [env(db, 'NOTE', 'expected-note')],
      solution: (n) => [['create', '--name', n.name('db'), '-e', `API_TOKEN=${SECRETS.token}`, '-e', `NOTE=${SECRETS.token}`, 'centos:7']],
      mutations: [],
    });
    const client = await connect({});
    const proof = await proveExercise(exercise, { catalog: bookCatalog(), prefix: selfPrefix, client, cli: dockerCli({}), probes: false });
    const solution = proof.cases[0];
    expect(solution.result).not.toBeNull();
    expect(failing(solution.result!)).toEqual(['env-NOTE']);
    // What selftest prints: the proof's results and its table. The graded snapshot each case keeps (for
    // fixtures/record-exercise-snapshots.ts) is the test's own state and never printed.
    const printed = { ...proof, cases: proof.cases.map(({ snapshot: _snapshot, ...rest }) => rest) };
    const shown = JSON.stringify(printed) + renderTable(proof.cases.map((c) => lineOf(proof.exercise, c, 'en', holds(c), failing)));
    grep('selftest', shown);
    expect(shown).toContain('(hidden)');
  }, 120_000);
});
