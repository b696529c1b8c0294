import { jest } from '@jest/globals';
import { Coalescer, EventLineParser, isRelevantEvent } from './watch-command.js';

describe('isRelevantEvent', () => {
  const container = (action: string, name: string, extra: Record<string, string> = {}) => ({ Type: 'container', Action: action, Actor: { ID: 'abc', Attributes: { name, ...extra } } });

  it('ignores our own read-only probes and other actions that change nothing the checks read', () => {
    expect(isRelevantEvent(container('exec_start: mysql -uroot -e show databases', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('exec_create: env', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('exec_die', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('attach', 'x'), '')).toBe(false);
    expect(isRelevantEvent(container('resize', 'x'), '')).toBe(false);
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

describe('Coalescer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('turns a burst of events into one run after the quiet time', async () => {
    const task = jest.fn(async () => {});
    const c = new Coalescer(task, 300, 2000, () => Date.now());
    for (let i = 0; i < 5; i++) {
      c.poke();
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(task).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(300);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('still runs within the longest wait during a steady stream', async () => {
    const task = jest.fn(async () => {});
    const c = new Coalescer(task, 300, 1000, () => Date.now());
    for (let i = 0; i < 12; i++) {
      c.poke();
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(task).toHaveBeenCalledTimes(1);
    c.stop();
  });

  it('never runs twice at once: events during a run give exactly one more run', async () => {
    let release: () => void = () => {};
    let active = 0;
    let maxActive = 0;
    const task = jest.fn(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      active--;
    });
    const c = new Coalescer(task, 50, 1000, () => Date.now());
    c.poke();
    await jest.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
    c.poke();
    c.poke();
    c.poke();
    release();
    await jest.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(2);
    release();
    await c.idle();
    await jest.advanceTimersByTimeAsync(500);
    expect(task).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it('does nothing after stop', async () => {
    const task = jest.fn(async () => {});
    const c = new Coalescer(task, 50, 1000, () => Date.now());
    c.poke();
    c.stop();
    c.poke();
    await jest.advanceTimersByTimeAsync(500);
    expect(task).not.toHaveBeenCalled();
  });
});
