import { jest } from '@jest/globals';
import { Coalescer, EventLineParser, isMidChange, isRelevantEvent, type EngineEvent, type LiveRound as WatchRound } from '../pipeline/live-session.js';

describe('isRelevantEvent', () => {
  const container = (action: string, name: string, extra: Record<string, string> = {}) => ({ Type: 'container', Action: action, Actor: { ID: 'abc', Attributes: { name, ...extra } } });

  it('ignores our own read-only probes and other actions that change nothing the checks read', () => {
    expect(isRelevantEvent(container('exec_start: mysql -uroot -e show databases', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('exec_create: env', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('exec_die', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('attach', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('resize', 'x'), '')).toBe(false);
    // a kill only sends a signal: what the checks read changes with the die that may follow
    expect(isRelevantEvent(container('kill', 'x', { signal: '9' }), '')).toBe(false);
    expect(isRelevantEvent(container('destroy', 'x'), '')).toBe(true);
    expect(isRelevantEvent(container('start', 'x'), '')).toBe(true);
    expect(isRelevantEvent(container('die', 'x'), '')).toBe(true);
  });

  it("under a prefix, counts only the prefix's containers, networks and volumes, and every image", () => {
    expect(isRelevantEvent(container('create', 'alice-web'), 'alice')).toBe(true);
    expect(isRelevantEvent(container('create', 'bob-web'), 'alice')).toBe(false);
    expect(isRelevantEvent(container('create', 'alicex'), 'alice')).toBe(false);
    expect(isRelevantEvent(container('rename', 'web', { oldName: '/alice-web' }), 'alice')).toBe(true);
    expect(isRelevantEvent(container('rename', 'alice-web', { oldName: '/kmsWeb' }), 'alice')).toBe(true);
    expect(isRelevantEvent({ Type: 'network', Action: 'create', Actor: { ID: 'n', Attributes: { name: 'alice-net' } } }, 'alice')).toBe(true);
    expect(isRelevantEvent({ Type: 'network', Action: 'connect', Actor: { ID: 'n', Attributes: { name: 'bridge', container: 'c' } } }, 'alice')).toBe(false);
    expect(isRelevantEvent({ Type: 'volume', Action: 'create', Actor: { ID: 'alice-vol', Attributes: { driver: 'local' } } }, 'alice')).toBe(true);
    expect(isRelevantEvent({ Type: 'volume', Action: 'create', Actor: { ID: 'vol', Attributes: { driver: 'local' } } }, 'alice')).toBe(false);
    expect(isRelevantEvent({ Type: 'image', Action: 'tag', Actor: { ID: 'sha', Attributes: { name: 'centos:7' } } }, 'alice')).toBe(true);
  });

  it('reads the old `status` field of older engines', () => {
    expect(isRelevantEvent({ Type: 'container', status: 'exec_start: ls', Actor: { Attributes: { name: 'x' } } }, '')).toBe(false);
  });
});

describe('EventLineParser', () => {
  it('joins lines split across chunks and skips bad ones', () => {
    const parser = new EventLineParser();
    expect(parser.push('{"Type":"container","Act')).toEqual([]);
    expect(parser.push('ion":"start"}\n{"Type":"image","Action":"pull"}\nnot json\n{"Ty')).toEqual([
      { Type: 'container', Action: 'start' },
      { Type: 'image', Action: 'pull' },
    ]);
    expect(parser.push(Buffer.from('pe":"volume"}\n'))).toEqual([{ Type: 'volume' }]);
  });
});

describe('isMidChange', () => {
  const snap = (...containers: Array<[string, string]>) => ({ containers: containers.map(([name, status]) => ({ name, state: { status } })) }) as unknown as Parameters<typeof isMidChange>[0];

  it('is true while a container in scope is being removed', () => {
    expect(isMidChange(snap(['web', 'running'], ['db', 'removing']), '')).toBe(true);
    expect(isMidChange(snap(['alice-db', 'removing']), 'alice')).toBe(true);
  });

  it('is false for settled states and for removals outside the prefix', () => {
    expect(isMidChange(snap(), '')).toBe(false);
    expect(isMidChange(snap(['web', 'running'], ['db', 'exited'], ['x', 'dead'], ['y', 'created']), '')).toBe(false);
    expect(isMidChange(snap(['alice-web', 'running'], ['bob-db', 'removing']), 'alice')).toBe(false);
  });
});

/**
 * A fake engine for the Coalescer: containers by name with a status, changed by replayed events the
 * way dockerd changes them, read (after a simulated read time) the way runWatch reads the engine.
 */
class FakeEngine {
  readonly containers = new Map<string, string>();
  /** Names whose removal (`rm -f`) is in progress: they die into `removing`, not `exited`. */
  readonly removing = new Set<string>();
  readonly shown: Array<{ at: number; names: string[] }> = [];
  reads = 0;
  active = 0;
  maxActive = 0;
  constructor(
    readonly prefix = '',
    readonly readMs = 30,
    readonly showMs = 10,
  ) {}

  apply(event: EngineEvent): void {
    const name = event.Actor?.Attributes?.name ?? '';
    if (event.Type !== 'container') return;
    if (event.Action === 'create') this.containers.set(name, 'created');
    if (event.Action === 'start') this.containers.set(name, 'running');
    if (event.Action === 'die') this.containers.set(name, this.removing.has(name) ? 'removing' : 'exited');
    if (event.Action === 'destroy') this.containers.delete(name);
  }

  /** The watch's task: read a copy of the state, take `readMs`, then offer it to be shown. */
  readonly task = async (): Promise<WatchRound> => {
    this.reads++;
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    const read = [...this.containers].map(([name, status]) => ({ name, state: { status } }));
    await new Promise((resolve) => setTimeout(resolve, this.readMs));
    this.active--;
    const settled = !isMidChange({ containers: read } as unknown as Parameters<typeof isMidChange>[0], this.prefix);
    return {
      settled,
      show: async () => {
        this.active++;
        await new Promise((resolve) => setTimeout(resolve, this.showMs));
        this.active--;
        this.shown.push({ at: Date.now(), names: read.map((c) => `${c.name}:${c.state.status}`).sort() });
      },
    };
  };

  /** Plays `events` at their times (ms from now) into the engine and, when relevant, the coalescer. */
  play(coalescer: Coalescer, events: Array<[number, EngineEvent]>): void {
    for (const [at, event] of events)
      setTimeout(() => {
        this.apply(event);
        if (isRelevantEvent(event, this.prefix)) coalescer.poke();
      }, at);
  }
}

const ev = (Type: string, Action: string, name: string): EngineEvent => ({ Type, Action, Actor: { ID: name, Attributes: { name } } });

/**
 * `docker rm -f` of five running containers as dockerd 28 sent it on this machine (ms after the
 * command started; `docker events --format '{{.TimeNano}} …'`): 25 events over a second, with gaps
 * of ~330 ms (kill → die) and ~290 ms (die → destroy), longer than any quiet window can be.
 */
function rmForceTimeline(p: string): Array<[number, EngineEvent]> {
  const c = (n: number) => `${p}c${n}`;
  return [
    [157, ev('container', 'kill', c(4))], [183, ev('container', 'kill', c(3))], [214, ev('container', 'kill', c(2))],
    [252, ev('container', 'kill', c(0))], [252, ev('container', 'kill', c(1))],
    [579, ev('container', 'die', c(1))], [605, ev('container', 'die', c(3))], [605, ev('container', 'die', c(4))],
    [607, ev('container', 'die', c(2))], [615, ev('container', 'die', c(0))],
    [824, ev('network', 'disconnect', 'bridge')], [851, ev('network', 'disconnect', 'bridge')], [856, ev('network', 'disconnect', 'bridge')],
    [905, ev('container', 'destroy', c(1))], [917, ev('container', 'destroy', c(2))], [919, ev('container', 'destroy', c(3))],
    [978, ev('network', 'disconnect', 'bridge')], [989, ev('network', 'disconnect', 'bridge')],
    [1030, ev('container', 'destroy', c(0))], [1037, ev('container', 'destroy', c(4))],
  ];
}

describe('Coalescer', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  const make = (engine: FakeEngine, quietMs = 100, maxWaitMs = 2000) => new Coalescer(engine.task, { quietMs, maxWaitMs });

  it('shows a single change once, within 300 ms of its event', async () => {
    const engine = new FakeEngine();
    engine.containers.set('mycentos', 'created');
    const c = make(engine);
    engine.play(c, [[0, ev('container', 'start', 'mycentos')]]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.shown).toEqual([{ at: 140, names: ['mycentos:running'] }]);
    expect(engine.shown[0].at).toBeLessThanOrEqual(300);
    c.stop();
  });

  it('shows a `docker run` (create, start within tens of ms) once, in its final state', async () => {
    const engine = new FakeEngine();
    const c = make(engine);
    engine.play(c, [[0, ev('container', 'create', 'web')], [15, ev('network', 'connect', 'bridge')], [40, ev('container', 'start', 'web')]]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.shown).toEqual([{ at: 180, names: ['web:running'] }]);
    c.stop();
  });

  it.each([
    ['with a prefix (network events of `bridge` do not count)', 'dg-'],
    ['without a prefix (every event counts)', ''],
  ])('shows the recorded `docker rm -f` of five running containers once, in its final state, %s', async (_, prefix) => {
    const engine = new FakeEngine(prefix);
    engine.containers.set(`${prefix}keep`, 'exited');
    for (let n = 0; n < 5; n++) {
      engine.containers.set(`${prefix}c${n}`, 'running');
      engine.removing.add(`${prefix}c${n}`);
    }
    const c = make(engine);
    engine.play(c, rmForceTimeline(prefix));
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.shown).toHaveLength(1);
    expect(engine.shown[0].names).toEqual([`${prefix}keep:exited`]);
    // on screen well within 300 ms of the command's last event
    expect(engine.shown[0].at).toBeLessThanOrEqual(1037 + 300);
    expect(engine.maxActive).toBe(1);
    c.stop();
  });

  it('shows the same burst once when the engine is slower (the second spread over 1.8 s)', async () => {
    const engine = new FakeEngine();
    for (let n = 0; n < 5; n++) {
      engine.containers.set(`c${n}`, 'running');
      engine.removing.add(`c${n}`);
    }
    const c = make(engine);
    engine.play(c, rmForceTimeline('').map(([at, e]) => [Math.round(at * 1.75), e]));
    await jest.advanceTimersByTimeAsync(6000);
    expect(engine.shown).toHaveLength(1);
    expect(engine.shown[0].names).toEqual([]);
    c.stop();
  });

  it('shows a burst of 25 events over a second (gaps under the quiet time) once, in its final state', async () => {
    const engine = new FakeEngine();
    const c = make(engine);
    const burst: Array<[number, EngineEvent]> = Array.from({ length: 25 }, (_, i) => [i * 40, ev('container', 'create', `n${i}`)]);
    engine.play(c, burst);
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.shown).toHaveLength(1);
    expect(engine.shown[0].names).toHaveLength(25);
    expect(engine.shown[0].at).toBe(960 + 100 + 30 + 10);
    c.stop();
  });

  it('drops a round that events overtook while it read, and shows exactly one follow-up', async () => {
    const engine = new FakeEngine('', 200);
    const c = make(engine);
    // the round starts at 100 and reads until 300; both events land during the read
    engine.play(c, [[0, ev('container', 'create', 'a')], [150, ev('container', 'start', 'a')], [250, ev('container', 'create', 'b')]]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.reads).toBe(2);
    expect(engine.shown).toEqual([{ at: 300 + 100 + 200 + 10, names: ['a:running', 'b:created'] }]);
    expect(engine.maxActive).toBe(1);
    c.stop();
  });

  it('events while a round is being shown give exactly one follow-up round', async () => {
    const engine = new FakeEngine('', 30, 300);
    const c = make(engine);
    // shown from 130 to 430; three events land meanwhile
    engine.play(c, [[0, ev('container', 'create', 'a')], [200, ev('container', 'start', 'a')], [250, ev('container', 'create', 'b')], [300, ev('container', 'start', 'b')]]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.reads).toBe(2);
    expect(engine.shown.map((s) => s.names)).toEqual([['a:created'], ['a:running', 'b:running']]);
    expect(engine.maxActive).toBe(1);
    c.stop();
  });

  it('still shows a steady stream of events at least every maxWait', async () => {
    const engine = new FakeEngine();
    const c = make(engine, 100, 1000);
    engine.play(c, Array.from({ length: 100 }, (_, i): [number, EngineEvent] => [i * 50, ev('container', 'create', `n${i}`)]));
    await jest.advanceTimersByTimeAsync(5000);
    c.stop();
    const times = engine.shown.map((s) => s.at);
    expect(times.length).toBeGreaterThanOrEqual(4);
    // (a zero-delay timer fires after 1 ms)
    expect(times[0]).toBeLessThanOrEqual(1000 + 1 + 30 + 10);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThanOrEqual(1000 + 1 + 30 + 10 + 50);
  });

  it('shows a state stuck mid-change once the longest wait has passed, without another event', async () => {
    const engine = new FakeEngine();
    engine.containers.set('stuck', 'running');
    engine.removing.add('stuck');
    const c = make(engine);
    engine.play(c, [[0, ev('container', 'die', 'stuck')]]);
    await jest.advanceTimersByTimeAsync(1900);
    expect(engine.shown).toEqual([]);
    await jest.advanceTimersByTimeAsync(3000);
    expect(engine.shown).toEqual([{ at: 2000 + 30 + 10, names: ['stuck:removing'] }]);
    c.stop();
  });

  it('showNow shows the first state whatever it is, and a poke meanwhile gives one follow-up', async () => {
    const engine = new FakeEngine();
    engine.containers.set('x', 'removing');
    const c = make(engine);
    const first = c.showNow();
    await jest.advanceTimersByTimeAsync(10);
    // x goes while the first round reads
    engine.containers.delete('x');
    c.poke();
    await jest.advanceTimersByTimeAsync(30);
    await first;
    expect(engine.shown).toEqual([{ at: 40, names: ['x:removing'] }]);
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.shown.map((s) => s.names)).toEqual([['x:removing'], []]);
    c.stop();
  });

  it('does nothing after stop', async () => {
    const engine = new FakeEngine();
    const c = make(engine);
    c.poke();
    c.stop();
    c.poke();
    await jest.advanceTimersByTimeAsync(5000);
    expect(engine.reads).toBe(0);
    expect(engine.shown).toEqual([]);
  });
});
