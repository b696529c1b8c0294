import { makeSnapshot, makeVolume } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import type { Volume } from '../../model/snapshot-schema.js';
import { volumeExists } from './volume-exists.js';

describe('volumeExists', () => {
  it('both ways', async () => {
    const volume = (name: string): Volume => makeVolume(name);
    const base = makeSnapshot();
    expect((await stateOf(volumeExists('myvolume'), { ...base, volumes: [volume('myvolume')] })).status).toBe('pass');
    const r = await stateOf(volumeExists('myvolume'), { ...base, volumes: [] });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('no volume myvolume');
    expect(r.hint?.en).toBe('create it: docker volume create --name myvolume');
  });
});
