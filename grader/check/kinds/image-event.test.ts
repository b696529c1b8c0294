import { z } from 'zod';
import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { imageEvent, imageEventKind } from './image-event.js';

const params = (p: Record<string, unknown>) => imageEventKind.params(z).safeParse(p);
const ubuntu = makeImage(['ubuntu:14.04'], { id: 'sha256:u1' });
const check = imageEvent({ name: 'ubuntu:14.04', action: 'load', fix: () => 'docker save -o ubuntu_14_04.tar ubuntu:14.04 && docker load -i ubuntu_14_04.tar' });
const event = (action: string, id: string): EngineEvent => ({ time: '2026-12-06T01:00:00.000Z', type: 'image', action, id, containerId: '', name: id });
const withEvents = (items: EngineEvent[] | null, images = [ubuntu]) => makeSnapshot({ images, ...(items ? { events: items } : {}) });

describe('kind image-event', () => {
  it('takes an image, an action the collector keeps, and the commands', () => {
    expect(params({ name: 'ubuntu:14.04', action: 'load', fix: 'docker load -i ubuntu_14_04.tar' }).success).toBe(true);
    for (const bad of [{ name: 'a', action: 'load' }, { name: 'a', action: 'build', fix: 'docker build .' }, { name: 'a', action: 'load', fix: 'load -i x' }]) expect([bad, params(bad).success]).toEqual([bad, false]);
  });

  it('passes on the engine event of that image, by its id', async () => {
    const r = await stateOf(check, withEvents([event('save', 'sha256:u1'), event('load', 'sha256:u1')]));
    expect(r).toMatchObject({ status: 'pass', expected: 'docker load ubuntu:14.04', actual: 'docker load ubuntu:14.04 2026-12-06 01:00:00 UTC' });
    expect(r.message.ko).toBe('엔진이 ubuntu:14.04 이미지의 docker load를 보았습니다 (2026-12-06 01:00:00 UTC)');
  });

  it('skips, earning nothing, when the engine has no such event (another image loaded, or no events at all)', async () => {
    for (const snapshot of [withEvents([event('load', 'sha256:other'), event('save', 'sha256:u1')]), withEvents(null)]) {
      const r = await stateOf(check, snapshot);
      expect(r).toMatchObject({ status: 'skip', actual: 'unknown', points: 0 });
      expect(r.hint?.en).toBe('do it where the engine sees it:\n1. docker save -o ubuntu_14_04.tar ubuntu:14.04\n2. docker load -i ubuntu_14_04.tar');
    }
    expect((await stateOf(check, withEvents(null))).message.en).toContain('this state has no engine events');
  });

  it('fails when the image is not there at all', async () => {
    const r = await stateOf(check, withEvents([event('load', 'sha256:u1')], [makeImage(['ubuntu:16.04'])]));
    expect(r).toMatchObject({ status: 'fail', expected: 'ubuntu:14.04' });
  });
});
