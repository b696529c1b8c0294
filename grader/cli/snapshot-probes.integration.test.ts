/**
 * `dockgrade snapshot` records the probe evidence of 2.2.5 and `check --snapshot` replays it: the file
 * grades as the live engine did, even after the engine has changed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXERCISES } from '../../exercises/index.js';
import { applySteps, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { stepArgs } from '../docker/docker-args.js';
import { dockgrade as runDockgrade } from '../../fixtures/dockgrade-bin.js';
import { makeNames } from '../check/names.js';
import { RunResultSchema } from '../model/result-schema.js';
import { SnapshotSchema } from '../model/snapshot-schema.js';
import { remembersCreate, whileRemembered } from '../../fixtures/remembered-history.js';

// The journal goes to a directory of this test, never to the user's own state directory.
const STATE = mkdtempSync(join(tmpdir(), 'dockgrade-ex3-state-'));
const prefix = uniquePrefix('ex3');
const names = makeNames(prefix);

/** The built executable with this test's own journal. */
function dockgrade(args: string[]) {
  return runDockgrade(args, { XDG_STATE_HOME: STATE });
}

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;

/** The book's 2.2.5, made afresh: wordpressdb, wordpress, and the book's docker exec into wordpressdb. */
async function make2_2_5(): Promise<void> {
  await removeByPrefix(prefix);
  // the docker exec too: 2.2.5/exec-env is graded from that event, which the snapshot file carries with the
  // probe records
  await applySteps([...byId('2.2.5/wordpress').solution(names), ...byId('2.2.5/exec-env').solution(names).filter((step) => stepArgs(step)[0] === 'exec')]);
}

beforeAll(make2_2_5);
afterAll(() => removeByPrefix(prefix));

it('a snapshot file carries the 2.2.5 probe results and grades the same as the live engine', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'dockgrade-ex3-')), 'snap.json');
  // --no-journal: the journey differs by design (the live run is recorded later than the snapshot's journal).
  const checkLine = ['check', '2.2.5/wordpressdb', '2.2.5/wordpress', '2.2.5/exec-env', '--prefix', prefix, '--format', 'json', '--no-journal'];
  // The live check and the snapshot are two reads of the engine's history (2.2.5/exec-env), and a shared
  // engine may forget wordpressdb's start before the second (fixtures/remembered-history.ts): then 2.2.5 is
  // made again and both are taken again.
  const { live, snap, snapshot } = await whileRemembered(async () => {
    const live = await dockgrade(checkLine);
    const snap = await dockgrade(['snapshot', '--prefix', prefix, '-o', file]);
    const snapshot = snap.code === 0 ? SnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
    return { remembered: snapshot === null || remembersCreate(snapshot, names.name('wordpressdb')), value: { live, snap, snapshot } };
  }, make2_2_5);
  expect(snap.code).toBe(0);
  expect(live.code).toBe(0);
  expect(snapshot!.probes.some((r) => r.kind === 'http' && r.key === `http:${names.name('wordpress')}:80/tcp` && r.outcome === 'ok')).toBe(true);
  expect(snapshot!.probes.some((r) => r.kind === 'exec' && r.key.startsWith(`exec:${names.name('wordpressdb')}:["mysql"`) && r.outcome === 'ok')).toBe(true);
  expect(snapshot!.events?.items.some((e) => e.action === 'exec_start' && e.name === names.name('wordpressdb'))).toBe(true);
  // The engine changes after the snapshot: the file still grades from its own evidence.
  await applySteps([['stop', '-t', '1', names.name('wordpress')]]);
  const fromFile = await dockgrade(['check', '2.2.5/wordpressdb', '2.2.5/wordpress', '2.2.5/exec-env', '--snapshot', file, '--prefix', prefix, '--format', 'json', '--no-journal']);
  expect(fromFile.code).toBe(0);
  const exercises = (text: string) => RunResultSchema.parse(JSON.parse(text)).exercises;
  expect(exercises(fromFile.stdout)).toEqual(exercises(live.stdout));
  expect(exercises(fromFile.stdout).flatMap((e) => e.checks).filter((c) => c.status !== 'pass')).toEqual([]);
  // And the live engine now fails, showing the learner's command beside the book's.
  const now = await dockgrade(['check', '2.2.5/wordpress', '--prefix', prefix]);
  expect(now.code).toBe(1);
  expect(now.stdout).toContain(`docker start ${names.name('wordpress')}`);
});

it('the pretty report of a failing exercise shows the missing --link', async () => {
  await applySteps([
    // -v: the image's VOLUME /var/www/html is anonymous; removeByPrefix finds no name for it afterwards
    ['rm', '-f', '-v', names.name('wordpress')],
    ['run', '-d', '-e', 'WORDPRESS_DB_HOST=mysql', '-e', 'WORDPRESS_DB_USER=root', '-e', 'WORDPRESS_DB_PASSWORD=hunter2-cli', '--name', names.name('wordpress'), '-p', '80', 'wordpress'],
  ]);
  const run = await dockgrade(['check', '2.2.5/wordpress', '--prefix', prefix, '--no-probes']);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`- missing: -e WORDPRESS_DB_PASSWORD=(hidden)  --link ${names.name('wordpressdb')}:mysql`);
  expect(run.stdout).toContain(`yours: docker run -d --name ${names.name('wordpress')} -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=(hidden) -p 80 wordpress`);
  expect(run.stdout).not.toContain('hunter2-cli');
  const json = await dockgrade(['check', '2.2.5/wordpress', '--prefix', prefix, '--no-probes', '--format', 'json']);
  expect(json.stdout).not.toContain('hunter2-cli');
});
