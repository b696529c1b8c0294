import { z } from 'zod';
import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { imageTagged, imageTaggedKind, tagPattern } from './image-tagged.js';

const params = (p: Record<string, unknown>) => imageTaggedKind.params(z).safeParse(p);
const check = imageTagged({ name: 'my-image-name:0.0', made: true, as: '*/my-image-name:0.0', fix: (n) => `docker tag my-image-name:${n.prefix ? `${n.prefix}-` : ''}0.0 alicek106/my-image-name:${n.prefix ? `${n.prefix}-` : ''}0.0` });
const one = (tags: string[], id = 'sha256:aaaaaaaaaaaaaaaa') => makeImage(tags, { id });

describe('kind image-tagged: parameters', () => {
  it('takes the image, the other name with at most one *, and a fix', () => {
    expect(params({ name: 'my-image-name:0.0', made: true, as: '*/my-image-name:0.0', fix: 'docker tag my-image-name:0.0 alicek106/my-image-name:0.0' }).success).toBe(true);
    for (const bad of [{ name: 'a' }, { name: 'a', as: '*/*:1' }, { name: 'a', as: 'b@sha256:00' }, { name: 'a', as: 'b', fix: 'tag a b' }, { name: 'a', as: 'b', user: 'x' }]) expect([bad, params(bad).success]).toEqual([bad, false]);
  });

  it('reads * as one path part (a user name), nothing more', () => {
    const p = tagPattern('*/my-image-name:0.0');
    expect(p.exec('alicek106/my-image-name:0.0')?.[1]).toBe('alicek106');
    for (const no of ['my-image-name:0.0', 'a/b/my-image-name:0.0', 'alicek106/my-image-name:0.1', 'Alice/my-image-name:0.0', 'alicek106/my-image-namex:0.0']) expect([no, p.test(no)]).toEqual([no, false]);
  });
});

describe('kind image-tagged', () => {
  it('passes on one image with both names, and says which user name it found', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [one(['my-image-name:0.0', 'kim/my-image-name:0.0'])] }));
    expect(r).toMatchObject({ status: 'pass', expected: '*/my-image-name:0.0 → aaaaaaaaaaaa', actual: 'kim/my-image-name:0.0 → aaaaaaaaaaaa' });
    expect(r.message).toEqual({ ko: 'my-image-name:0.0과 kim/my-image-name:0.0은 같은 이미지입니다 (ID aaaaaaaaaaaa) (사용자 이름 kim)', en: 'my-image-name:0.0 and kim/my-image-name:0.0 are one image (id aaaaaaaaaaaa) (user name kim)' });
  });

  it('fails a second image made under the other name (two ids), with the docker tag that fixes it', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [one(['my-image-name:0.0']), one(['alicek106/my-image-name:0.0'], 'sha256:bbbbbbbbbbbbbbbb')] }));
    expect(r).toMatchObject({ status: 'fail', expected: '*/my-image-name:0.0 → aaaaaaaaaaaa', actual: 'alicek106/my-image-name:0.0 → bbbbbbbbbbbb' });
    expect(r.message.en).toBe('alicek106/my-image-name:0.0 is another image (id bbbbbbbbbbbb; my-image-name:0.0: aaaaaaaaaaaa): name the image with docker tag instead of making it again');
    expect(r.hint?.en).toBe('fix it: docker tag my-image-name:0.0 alicek106/my-image-name:0.0');
  });

  it('fails an image without the other name, listing its names; a missing image is named as missing', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [one(['my-image-name:0.0', 'my-image-name:latest'])] }));
    expect(r).toMatchObject({ status: 'fail', actual: 'my-image-name:0.0, my-image-name:latest' });
    expect(r.message.ko).toBe('my-image-name:0.0 이미지에 */my-image-name:0.0 이름이 없습니다 (이 이미지의 이름: my-image-name:0.0, my-image-name:latest)');
    expect(r.hint?.en).toBe('name it: docker tag my-image-name:0.0 alicek106/my-image-name:0.0');
    const missing = await stateOf(check, makeSnapshot({ images: [] }));
    expect(missing).toMatchObject({ status: 'fail', expected: 'my-image-name:0.0', actual: '(none)' });
  });

  it('under a prefix looks for both tags with it, and never counts another learner tag', async () => {
    const mine = one(['my-image-name:alice-0.0']);
    const bobs = { ...mine, tags: ['my-image-name:alice-0.0', 'bob/my-image-name:bob-0.0'] };
    const r = await stateOf(check, makeSnapshot({ images: [bobs] }), 'alice');
    expect(r.status).toBe('fail');
    expect(JSON.stringify(r)).not.toContain('bob-0.0');
    const ok = await stateOf(check, makeSnapshot({ images: [{ ...mine, tags: ['my-image-name:alice-0.0', 'alicek106/my-image-name:alice-0.0'] }] }), 'alice');
    expect(ok).toMatchObject({ status: 'pass', actual: 'alicek106/my-image-name:alice-0.0 → aaaaaaaaaaaa' });
  });
});
