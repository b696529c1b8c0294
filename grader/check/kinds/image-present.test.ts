import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { imagePresent } from './image-present.js';

describe('imagePresent', () => {
  it('both ways, naming other tags of the repository', async () => {
    expect((await stateOf(imagePresent('centos:7'), makeSnapshot())).status).toBe('pass');
    const absent = await stateOf(imagePresent('centos:7'), makeSnapshot({ images: [makeImage(['centos:8'])] }));
    expect(absent.status).toBe('fail');
    expect(absent.message.en).toBe('no image centos:7 (found centos:8)');
  });
});
