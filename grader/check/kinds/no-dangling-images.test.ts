import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { noDanglingImages } from './no-dangling-images.js';

const dangling = (id: string) => makeImage([], { id, dangling: true });
const tag = (id: string, name: string): EngineEvent => ({ time: '2026-12-06T01:00:00.000Z', type: 'image', action: 'tag', id, containerId: '', name });
const check = noDanglingImages();

describe('kind no-dangling-images', () => {
  it('passes with none, fails naming the ids left, with docker image prune', async () => {
    expect(await stateOf(check, makeSnapshot({ images: [makeImage(['ubuntu:14.04'])] }))).toMatchObject({ status: 'pass', actual: 'none' });
    const r = await stateOf(check, makeSnapshot({ images: [makeImage(['ubuntu:14.04']), dangling('sha256:0123456789abcdef')] }));
    expect(r).toMatchObject({ status: 'fail', expected: 'none', actual: '0123456789ab' });
    expect(r.message).toEqual({ ko: '댕글링 이미지 1개가 남아 있습니다: 0123456789ab', en: '1 dangling image(s) left: 0123456789ab' });
    expect(r.hint?.en).toBe('remove them: docker image prune (look: docker images -f dangling=true)');
  });

  it('under a prefix counts only the images the engine saw tagged under it, and never says prune', async () => {
    const snapshot = makeSnapshot({ images: [dangling('sha256:aaaaaaaaaaaaaaaa'), dangling('sha256:bbbbbbbbbbbbbbbb')], events: [tag('sha256:aaaaaaaaaaaaaaaa', 'commit_test:alice-first'), tag('sha256:bbbbbbbbbbbbbbbb', 'commit_test:bob-first')] });
    const r = await stateOf(check, snapshot, 'alice');
    expect(r).toMatchObject({ status: 'fail', actual: 'aaaaaaaaaaaa' });
    expect(r.hint?.en).toBe('remove them: docker rmi aaaaaaaaaaaa (look: docker images -f dangling=true)');
    const bobsOnly = await stateOf(check, makeSnapshot({ images: [dangling('sha256:bbbbbbbbbbbbbbbb')], events: [tag('sha256:bbbbbbbbbbbbbbbb', 'commit_test:bob-first')] }), 'alice');
    expect(bobsOnly).toMatchObject({ status: 'pass' });
    expect(bobsOnly.message.en).toBe('no dangling images (1 other dangling images of this engine are not counted: whose they are cannot be told)');
  });
});
