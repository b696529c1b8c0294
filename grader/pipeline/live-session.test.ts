/**
 * The live session on a fake engine (no Docker): it grades at once, a burst of relevant events costs
 * one re-grade of the state after it, events that change nothing (our own probes' execs, another
 * prefix's containers) cost none, a lost event stream is said and reopened, and nothing is graded after
 * stop(). `check --watch` (watch-command.ts) and the class board run on exactly this.
 */
import { fakeContainer as rawContainer, fakeEngine } from '../../fixtures/board-fake-engine.js';
import type { RunResult } from '../model/result-schema.js';
import { bookCatalog } from './book-catalog.js';
import { LiveSession } from './live-session.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error('timed out');
    await wait(10);
  }
}

function session(engine: ReturnType<typeof fakeEngine>, prefix = '') {
  const runs: RunResult[] = [];
  const errors: unknown[] = [];
  const lost: unknown[] = [];
  const catalog = bookCatalog();
  const live = new LiveSession({
    client: engine.client,
    stages: { catalog, exercises: catalog.exercises.filter((e) => e.id === '2.2.1/create-mycentos'), prefix, journal: false, warn: () => undefined },
    probes: false,
    debounceMs: 30,
    onRun: (run) => void runs.push(run),
    onError: (error) => void errors.push(error),
    onStreamLost: (error) => void lost.push(error ?? 'ended'),
  });
  return { live, runs, errors, lost };
}

const mycentos = (run: RunResult) => run.exercises.find((e) => e.id === '2.2.1/create-mycentos')!;

describe('LiveSession', () => {
  it('grades at once, with the catalog (sections), then once per burst of relevant events, in the state after the burst', async () => {
    const engine = fakeEngine();
    const { live, runs, errors } = session(engine);
    await live.start();
    expect(runs).toHaveLength(1);
    expect(mycentos(runs[0]).checks.find((c) => c.id === 'exists')?.status).toBe('fail');
    expect(runs[0].sections?.[0]).toMatchObject({ id: '2.2.1', title: { en: 'Creating a container' } });

    engine.containers.set('c1', rawContainer('c1', 'mycentos'));
    for (const action of ['create', 'attach', 'start', 'die', 'rename']) engine.event(action, 'mycentos');
    await until(() => runs.length === 2);
    await wait(200);
    expect(runs).toHaveLength(2);
    expect(mycentos(runs[1]).checks.find((c) => c.id === 'exists')?.status).toBe('pass');
    expect(errors).toEqual([]);
    await live.stop();
  });

  it("costs nothing for events that change no grade: our own probes' execs, another prefix's containers", async () => {
    const engine = fakeEngine();
    const { live, runs } = session(engine, 'alice');
    await live.start();
    const readsAfterStart = engine.reads();
    engine.event('exec_start: mysql -uroot -e show databases', 'alice-wordpressdb');
    engine.event('create', 'bob-mycentos');
    await wait(300);
    expect(runs).toHaveLength(1);
    expect(engine.reads()).toBe(readsAfterStart);
    // the learner's own container under the prefix does count
    engine.event('create', 'alice-mycentos');
    await until(() => runs.length === 2);
    await live.stop();
  });

  it('says when the event stream is lost and opens it again; a failed read is reported and the session goes on', async () => {
    const engine = fakeEngine();
    const { live, runs, errors, lost } = session(engine);
    await live.start();
    engine.streams[0].end();
    await until(() => lost.length === 1);
    expect(lost).toEqual(['ended']);
    // reopened after RECONNECT_MS, and the state graded again (what happened meanwhile is not missed)
    await until(() => engine.streams.length === 2 && runs.length === 2, 5000);
    const list = engine.client.listContainerIds;
    engine.client.listContainerIds = async () => {
      throw new Error('engine gone');
    };
    engine.event('start', 'mycentos');
    await until(() => errors.length === 1);
    engine.client.listContainerIds = list;
    engine.event('start', 'mycentos');
    await until(() => runs.length === 3);
    await live.stop();
  }, 15_000);

  it('grades nothing after stop, and closes its event stream', async () => {
    const engine = fakeEngine();
    const { live, runs } = session(engine);
    await live.start();
    await live.stop();
    expect(engine.streams[0].destroyed).toBe(true);
    const reads = engine.reads();
    engine.streams[0].emit('data', Buffer.from(`${JSON.stringify({ Type: 'container', Action: 'create', Actor: { Attributes: { name: 'x' } } })}\n`));
    await wait(200);
    expect(runs).toHaveLength(1);
    expect(engine.reads()).toBe(reads);
  });
});
