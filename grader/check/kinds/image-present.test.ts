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

describe('imagePresent of an image the steps make', () => {
  const commit = imagePresent('commit_test:first', { made: true, fix: (n) => `docker commit commit_test ${n.prefix ? `commit_test:${n.prefix}-first` : 'commit_test:first'}` });

  it('looks for the tag under the prefix, and names only the learner own tags of the repository', async () => {
    const mine = makeImage(['commit_test:alice-first']);
    expect(await stateOf(commit, makeSnapshot({ images: [mine] }), 'alice')).toMatchObject({ status: 'pass', expected: 'commit_test:alice-first' });
    const absent = await stateOf(commit, makeSnapshot({ images: [makeImage(['commit_test:alice-latest']), makeImage(['commit_test:bob-first'])] }), 'alice');
    expect(absent).toMatchObject({ status: 'fail', expected: 'commit_test:alice-first', actual: 'commit_test:alice-latest' });
    expect(absent.message).toEqual({ ko: 'commit_test:alice-first가 없습니다 (commit_test:alice-latest는 있습니다)', en: 'no image commit_test:alice-first (found commit_test:alice-latest)' });
    expect(absent.hint?.en).toBe('make it: docker commit commit_test commit_test:alice-first');
    expect(JSON.stringify(absent)).not.toContain('bob');
  });

  it('never tells the learner to pull an image they make', async () => {
    const r = await stateOf(imagePresent('myimage:0.0', { made: true }), makeSnapshot({ images: [] }));
    expect(r).toMatchObject({ status: 'fail', actual: '(none)' });
    expect(r.hint?.en).toBe('see what there is: docker images');
  });
});
