import { z } from 'zod';
import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { imageSmaller, imageSmallerKind } from './image-smaller.js';

const params = (p: Record<string, unknown>) => imageSmallerKind.params(z).safeParse(p);
const check = imageSmaller({ image: { name: 'go_helloworld:multi-stage', made: true }, than: { name: 'go_helloworld', made: true }, fraction: 0.5, fix: () => 'docker build . -t go_helloworld:multi-stage' });
const single = (tag: string, size: number) => makeImage([tag], { id: `sha256:${size}`, size });

describe('kind image-smaller', () => {
  it('takes two images and a share below 1 (default one half), nothing else', () => {
    expect(params({ name: 'a', than: 'b' }).data).toMatchObject({ fraction: 0.5 });
    for (const bad of [{ name: 'a' }, { than: 'b' }, { name: 'a', than: 'b', fraction: 1 }, { name: 'a', than: 'b', fraction: 0 }, { name: 'a', than: 'b', size: 3 }]) expect([bad, params(bad).success]).toEqual([bad, false]);
  });

  it('passes when the image is at most the share of the other, by the sizes the engine reports', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [single('go_helloworld:latest', 800_000_000), single('go_helloworld:multi-stage', 7_200_000)] }));
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('image go_helloworld:multi-stage (7.2MB) is much smaller than go_helloworld (800.0MB)');
    expect(r.message.ko).toBe('go_helloworld:multi-stage 이미지(7.2MB)는 go_helloworld(800.0MB)보다 훨씬 작습니다');
  });

  it('fails on a single-stage build as large as the other, in both languages, with the fix', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [single('go_helloworld:latest', 800_000_000), single('go_helloworld:multi-stage', 790_000_000)] }));
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('image go_helloworld:multi-stage (790.0MB) is more than 50% of go_helloworld (800.0MB)');
    expect(r.message.ko).toBe('go_helloworld:multi-stage 이미지(790.0MB)가 go_helloworld(800.0MB)의 50%보다 큽니다');
    expect(r.expected).toBe('≤ 400.0MB = go_helloworld 800.0MB × 0.5');
    expect(r.actual).toBe('go_helloworld:multi-stage 790.0MB');
    expect(r.hint?.en).toBe('build it again in the folder that holds the Dockerfile: docker build . -t go_helloworld:multi-stage (look: docker images)');
  });

  it('names what is missing: the image (with a near tag) or the one to compare with; under a prefix the prefixed tags', async () => {
    const none = await stateOf(check, makeSnapshot({ images: [single('go_helloworld:latest', 800_000_000)] }));
    expect(none.status).toBe('fail');
    expect(none.message.en).toContain('no image go_helloworld:multi-stage');
    const alone = await stateOf(check, makeSnapshot({ images: [single('go_helloworld:multi-stage', 7_000_000)] }));
    expect(alone.message.en).toContain('nothing to compare go_helloworld:multi-stage with');
    const prefixed = await stateOf(check, makeSnapshot({ images: [single('go_helloworld:alice-latest', 800_000_000), single('go_helloworld:alice-multi-stage', 7_000_000)] }), 'alice');
    expect(prefixed.status).toBe('pass');
  });
});
