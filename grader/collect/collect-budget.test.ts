/**
 * The engine byte budget (issue 26.7) bounds one grading round, not a client's lifetime: a client kept
 * for many collections (--watch, the exercise tester, a class board) grades each round within the
 * budget, while one round that passes it still ends with EngineBytesError. A fake engine on 127.0.0.1
 * (any free port, no Docker) answers 2 inspections of 3 MB each: 6 MB a collection, budget 10 MB.
 */
import { hostileMemoryEngine, type HostileMemoryEngine } from '../../fixtures/hostile-memory-engine.js';
import { connect, type EngineClient } from '../engine/engine-client.js';
import { EngineBytesError } from '../engine/engine-budget.js';
import { collectSnapshot } from './collect.js';

const MB = 1024 * 1024;

describe('the engine budget is per collection', () => {
  let engine: HostileMemoryEngine;
  let client: EngineClient;
  beforeAll(async () => {
    engine = await hostileMemoryEngine({ inspects: 2, inspectMB: 3, eventsMB: 0 });
    client = await connect({ host: engine.url, timeoutMs: 20_000, maxEngineBytes: 10 * MB });
  });
  afterAll(async () => {
    client.close?.();
    await engine.close();
  });

  it('three collections of 6 MB each on one client all succeed under a 10 MB budget', async () => {
    for (let round = 0; round < 3; round++) {
      const snapshot = await collectSnapshot(client, { imageCache: false });
      expect(snapshot.containers).toHaveLength(2);
    }
    expect(engine.sent()).toBeGreaterThanOrEqual(18 * MB);
  });

  it('one collection over the budget still fails', async () => {
    const big = await hostileMemoryEngine({ inspects: 4, inspectMB: 3, eventsMB: 0 });
    const bigClient = await connect({ host: big.url, timeoutMs: 20_000, maxEngineBytes: 10 * MB });
    try {
      await expect(collectSnapshot(bigClient, { imageCache: false })).rejects.toBeInstanceOf(EngineBytesError);
    } finally {
      bigClient.close?.();
      await big.close();
    }
  });
});
