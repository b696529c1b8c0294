/**
 * Secrets never printed: the real CLI runs against a prefixed container whose secret-looking env values
 * are known (and, as a positive control, also leak into a field a report does print: the image tag the
 * container was made from). Every output of every format, the snapshot file, a re-rendered report and
 * the error lines are grepped for the values: absent by default, present only with --show-secrets.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StartedTestContainer } from 'testcontainers';
import { docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { startOwnContainer } from '../../fixtures/own-container.js';
import { runCli } from '../../fixtures/run-cli.js';
import { REPORTER_NAMES } from '../../reports/index.js';

const prefix = uniquePrefix('rl');
const password = `s3cr3t-${randomBytes(6).toString('hex')}`;
const token = `tok-${randomBytes(6).toString('hex')}`;
const image = `${prefix}img:${password}`;
const exercise = '2.2.1/create-mycentos';
let outputsGrepped = 0;
const own: StartedTestContainer[] = [];

function grep(label: string, text: string, showSecrets = false): void {
  outputsGrepped++;
  for (const secret of [password, token]) {
    if (showSecrets) continue;
    if (text.includes(secret)) throw new Error(`${label} prints the secret ${secret}`);
  }
}

beforeAll(async () => {
  await removeByPrefix(prefix);
  await docker(['tag', 'centos:7', image]);
  // mycentos as `docker create -i -t` + `docker start` leave it, with the secrets in its env
  own.push(await startOwnContainer(image, `${prefix}mycentos`, (c) => c.withTerminal().withEnvironment({ MYSQL_ROOT_PASSWORD: password, API_TOKEN: token })));
  // a container that printed the secret to its log and exited non-zero (its log tail is collected)
  own.push(
    await startOwnContainer('ubuntu:14.04', `${prefix}leaky`, (c) => c.withEnvironment({ DB_PASSWORD: password }).withCommand(['sh', '-c', 'echo "connecting with $DB_PASSWORD"; exit 1']).untilExited()),
  );
}, 120_000);

afterAll(async () => {
  for (const container of own) await container.stop({ timeout: 1 }).catch(() => undefined);
  await removeByPrefix(prefix);
  await docker(['rmi', image]).catch(() => undefined); // untags ours only; centos:7 keeps the image
  console.log(`[reliability] secrets: ${outputsGrepped} outputs grepped for 2 known secret values, 0 leaks without --show-secrets`);
});

describe('no output prints a secret unless --show-secrets', () => {
  it('positive control: with --show-secrets the value is there, so the greps below can see it', async () => {
    const run = await runCli(['check', exercise, '--prefix', prefix, '--show-secrets']);
    expect(run.stdout).toContain(password);
  });

  it.each(REPORTER_NAMES.map((f) => [f]))('check --format %s (stdout and stderr)', async (format) => {
    const run = await runCli(['check', exercise, '--prefix', prefix, '--format', format, '--lang', 'ko']);
    expect(run.code).toBe(1);
    grep(`check --format ${format}`, run.stdout + run.stderr);
    // the gradebook CSV carries points only; every other format shows the hidden evidence
    if (format !== 'csv') expect(run.stdout).toContain('(hidden)');
  });

  it('every format at once to files, then re-rendered with dockgrade report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rl-'));
    const run = await runCli(['check', 'all', '--prefix', prefix, ...REPORTER_NAMES.flatMap((f) => ['--format', `${f}=${join(dir, `out.${f}`)}`])]);
    grep('check all (files)', run.stdout + run.stderr);
    for (const file of readdirSync(dir)) grep(file, readFileSync(join(dir, file), 'utf8'));
    for (const format of REPORTER_NAMES) {
      const again = await runCli(['report', join(dir, 'out.json'), '--format', format, '--show-secrets']);
      grep(`report --format ${format}`, again.stdout + again.stderr); // nothing left to show: the saved result never had it
    }
  });

  it('the snapshot file hides them (log tails too); --show-secrets keeps them for a private backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockgrade-rl-'));
    const run = await runCli(['snapshot', '--prefix', prefix, '-o', join(dir, 'snap.json')]);
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'snap.json'), 'utf8');
    grep('snapshot', text + run.stdout + run.stderr);
    const snapshot = JSON.parse(text);
    const leaky = snapshot.containers.find((c: { name: string }) => c.name === `${prefix}leaky`);
    expect(leaky.logTail).toEqual(['connecting with (hidden)']);
    expect(leaky.env.DB_PASSWORD).toBe('(hidden)');
    // graded from the file, the result is what the live engine gives
    const fromFile = await runCli(['check', exercise, '--prefix', prefix, '--snapshot', join(dir, 'snap.json'), '--format', 'json']);
    grep('check --snapshot', fromFile.stdout + fromFile.stderr);
    expect(JSON.parse(fromFile.stdout).exercises[0].status).toBe('fail');

    const clear = await runCli(['snapshot', '--prefix', prefix, '--show-secrets']);
    expect(clear.stdout).toContain(password);
  });

  it('credentials in a host URL never reach an error line', async () => {
    for (const host of [`tcp://admin:${token}@127.0.0.1:1`, `ssh://admin:${token}@127.0.0.1:1`, `tcp://${token}@127.0.0.1:1`, `tcp://admin:${token}@[bad`]) {
      const run = await runCli(['check', exercise, '--host', host]);
      expect([2, 3]).toContain(run.code);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      grep(`--host ${host.replace(token, 'TOKEN')}`, run.stdout + run.stderr);
    }
  });
});
