/**
 * The probes for real: an HTTP answer from the stand-in apache on host port 80, from wordpress on the
 * random port the engine picked, `mysql … show databases` inside wordpressdb, a missing tool as `skip`,
 * and the same grades replayed from the records a snapshot file carries. Grading changes nothing.
 */
import { EXERCISES } from '../../exercises/index.js';
import { applySteps, docker, removeByPrefix, uniquePrefix } from '../../fixtures/docker-cli.js';
import { stepArgs } from '../docker/docker-args.js';
import { engine } from '../../fixtures/exercise-tester.js';
import { withHostPort } from '../../fixtures/host-port-lock.js';
import { startOwnContainer } from '../../fixtures/own-container.js';
import { makeNames } from '../check/names.js';
import { gradeExercise, NO_PROBE } from '../check/run.js';
import { collectSnapshot } from '../collect/collect.js';
import { probeHost } from '../engine/endpoint.js';
import { LiveProbe, ReplayProbe } from './probe.js';
import type { ExerciseResult } from '../model/result-schema.js';
import { SnapshotSchema } from '../model/snapshot-schema.js';

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
const publish80 = byId('2.2.4/publish-80');
const [wordpressdbExercise, wordpressExercise, execEnv] = ['2.2.5/wordpressdb', '2.2.5/wordpress', '2.2.5/exec-env'].map(byId);
/** wordpressdb, then the book's wordpress: 2.2.5/wordpress's reference solution. */
const runWordpress = wordpressExercise.solution;

const prefix = uniquePrefix('ex3');
const names = makeNames(prefix);

async function live() {
  const client = await engine();
  const snapshot = await collectSnapshot(client);
  const probe = new LiveProbe(client, probeHost(client.endpoint));
  return { snapshot, probe };
}

const check = (result: ExerciseResult, id: string) => result.checks.find((c) => c.id === id)!;

afterAll(() => removeByPrefix(prefix));

describe('HTTP on host port 80 via the stand-in apache (2.2.4/publish-80)', () => {
  it('fails with the apache2 hint before service apache2 start, passes after', async () => {
    await withHostPort(80, async () => {
      await removeByPrefix(prefix);
      try {
        await applySteps([['run', '-d', '-i', '-t', '--name', names.name('mywebserver'), '-p', '80:80', 'ubuntu:14.04']]);
        let { snapshot, probe } = await live();
        const before = check(await gradeExercise(publish80, snapshot, { prefix, probe }), 'http');
        expect(before.status).toBe('fail');
        expect(before.hint?.en).toBe(`apache2 is not running inside the container: docker exec -it ${names.name('mywebserver')} service apache2 start (install it first with apt-get install apache2 -y)`);
        await applySteps([['exec', names.name('mywebserver'), 'service', 'apache2', 'start']]);
        ({ snapshot, probe } = await live());
        const after = check(await gradeExercise(publish80, snapshot, { prefix, probe }), 'http');
        expect([after.status, after.message.en]).toEqual(['pass', '127.0.0.1:80 answered HTTP 200']);
      } finally {
        // port 80 is free again before its lock is let go, whatever failed
        await removeByPrefix(prefix);
      }
    });
  });
});

describe('2.2.5 on the real engine: random port, exec, replay', () => {
  let snapshot: Awaited<ReturnType<typeof live>>['snapshot'];
  let probe: LiveProbe;
  const results: ExerciseResult[] = [];

  beforeAll(async () => {
    await removeByPrefix(prefix);
    // the book's docker exec into wordpressdb too: 2.2.5/exec-env is graded from its engine event
    await applySteps([...runWordpress(names), ...execEnv.solution(names).filter((step) => stepArgs(step)[0] === 'exec')]);
    ({ snapshot, probe } = await live());
    for (const exercise of [wordpressdbExercise, wordpressExercise, execEnv]) results.push(await gradeExercise(exercise, snapshot, { prefix, probe }));
  });

  it('wordpress answers HTTP on the random host port the engine published', async () => {
    const port = (await docker(['port', names.name('wordpress'), '80/tcp'])).split('\n')[0].split(':').pop();
    expect(Number(port)).toBeGreaterThan(0);
    const http = check(results[1], 'http');
    expect([http.status, http.message.en]).toEqual(['pass', `127.0.0.1:${port} answered HTTP 200`]);
  });

  it("mysql -uroot -ppassword -e 'show databases' inside wordpressdb lists wordpress", () => {
    const mysql = check(results[0], 'mysql-wordpress');
    expect(mysql.status).toBe('pass');
    expect(mysql.actual).toContain('wordpress');
    expect(results[0].points).toBe(results[0].maxPoints);
  });

  it("the learner's docker exec into wordpressdb is seen from the engine's events, our own probes are not", () => {
    expect(results[2].checks.map((c) => [c.id, c.status])).toEqual([['exec-wordpressdb', 'pass']]);
    // dockgrade's own exec probes ran in wordpressdb too (mysql … show databases): not counted as the learner's
    expect(results[2].checks[0].actual).not.toMatch(/show databases/);
  });

  it('a snapshot file carries the probe records, and replaying them grades the same', async () => {
    const file = SnapshotSchema.parse(JSON.parse(JSON.stringify({ ...snapshot, probes: probe.records })));
    expect(file.probes.map((r) => r.kind).sort()).toEqual(expect.arrayContaining(['exec', 'http']));
    const replay = new ReplayProbe(file.probes);
    const replayed = [];
    for (const exercise of [wordpressdbExercise, wordpressExercise, execEnv]) replayed.push(await gradeExercise(exercise, file, { prefix, probe: replay }));
    expect(replayed).toEqual(results);
  });

  it('--no-probes: the probe checks are skip, the state checks unchanged', async () => {
    const result = await gradeExercise(wordpressExercise, snapshot, { prefix, probe: NO_PROBE });
    expect(check(result, 'http').status).toBe('skip');
    expect(result.checks.filter((c) => c.id !== 'http').map((c) => c.status)).toEqual(results[1].checks.filter((c) => c.id !== 'http').map((c) => c.status));
  });

  it('grading changes nothing on the engine', async () => {
    // ExecIDs lists the engine's bookkeeping of past execs, not the container's state.
    const inspect = async () =>
      (JSON.parse(await docker(['inspect', names.name('wordpress'), names.name('wordpressdb')])) as Array<Record<string, unknown>>).map(({ ExecIDs: _execs, ...rest }) => rest);
    const before = await inspect();
    const again = await live();
    for (const exercise of [wordpressdbExercise, wordpressExercise, execEnv]) await gradeExercise(exercise, again.snapshot, { prefix, probe: again.probe });
    expect(again.probe.records.length).toBeGreaterThan(0);
    expect(await inspect()).toEqual(before);
  });
});

describe('a probe whose tool is missing in the image', () => {
  it('is skip with the reason, not fail (mysql in an ubuntu container)', async () => {
    await removeByPrefix(prefix);
    // The test's own wrong container (ubuntu where the book runs mysql), not a command the book types.
    const wrong = await startOwnContainer('ubuntu:14.04', names.name('wordpressdb'), (c) => c.withEnvironment({ MYSQL_ROOT_PASSWORD: 'password', MYSQL_DATABASE: 'wordpress' }).withCommand(['sleep', '600']));
    const { snapshot, probe } = await live();
    const result = await gradeExercise(wordpressdbExercise, snapshot, { prefix, probe });
    const mysql = check(result, 'mysql-wordpress');
    expect([mysql.status, mysql.message.en]).toEqual(['skip', 'skipped, cannot probe: mysql is not available in the container']);
    expect(check(result, 'image').status).toBe('fail');
    await wrong.stop({ timeout: 1 });
  });
});
