import { z } from 'zod';
import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import { imageLayers, imageLayersKind } from './image-layers.js';

const params = (p: Record<string, unknown>) => imageLayersKind.params(z).safeParse(p);

/** An image with these layers (diff ids), oldest first. */
const layered = (tags: string[], layerIds: string[], id = tags[0]) => makeImage(tags, { id: `sha256:${id.replace(/[^a-z0-9]/g, '')}`, layers: layerIds.length, layerIds });

const ubuntu = layered(['ubuntu:14.04'], ['l1']);
const first = layered(['commit_test:first'], ['l1', 'c1']);
const second = layered(['commit_test:second'], ['l1', 'c1', 'c2']);
const check = imageLayers({ image: { name: 'commit_test:second', made: true }, base: { name: 'commit_test:first', made: true }, more: 1, fix: (n) => `docker commit -a "alicek106" -m "my second commit" ${n.name('commit_test2')} commit_test:${n.prefix ? `${n.prefix}-` : ''}second` });

describe('kind image-layers: parameters', () => {
  it('takes two images and a count (default 1), nothing else', () => {
    expect(params({ name: 'commit_test:second', made: true, base: 'commit_test:first', baseMade: true }).data).toMatchObject({ more: 1 });
    expect(params({ name: 'commit_test:first', made: true, base: 'ubuntu:14.04', more: 2 }).success).toBe(true);
    for (const bad of [{ name: 'a' }, { base: 'b' }, { name: 'a', base: 'b', more: -1 }, { name: 'a', base: 'b', more: 1.5 }, { name: 'a', base: 'b', layers: 3 }, { name: 'a', base: 'b', fix: 'commit x' }]) {
      expect([bad, params(bad).success]).toEqual([bad, false]);
    }
  });
});

describe('kind image-layers', () => {
  it('passes when the image holds every layer of the base and one more', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [ubuntu, first, second] }));
    expect(r).toMatchObject({ status: 'pass', expected: 'layers=3 (commit_test:first: 2 + 1)', actual: 'layers=3' });
    expect(r.message.en).toBe('image commit_test:second holds the 2 layers of commit_test:first and 1 more');
  });

  it('fails a commit that added no layer (the container was not changed), saying why', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [first, layered(['commit_test:second'], ['l1', 'c1'])] }));
    expect(r).toMatchObject({ status: 'fail', expected: 'layers=3 (commit_test:first: 2 + 1)', actual: 'layers=2' });
    expect(r.message.en).toBe('image commit_test:second has 0 more layers than commit_test:first, expected 1 (2 layers; commit_test:first: 2). A commit of a container whose files did not change adds no layer.');
    expect(r.message.ko).toContain('파일을 바꾸지 않고 커밋하면');
    expect(r.hint?.en).toBe('fix it: docker commit -a "alicek106" -m "my second commit" commit_test2 commit_test:second (look: docker history commit_test:second)');
  });

  it('fails an image made from another image with as many layers (commit_test2 run from ubuntu, not from commit_test:first)', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [first, layered(['commit_test:second'], ['l1', 'x1', 'x2'])] }));
    expect(r).toMatchObject({ status: 'fail', actual: 'layers=3' });
    expect(r.message.en).toBe('image commit_test:second is not made from commit_test:first: its lower layers are not those of commit_test:first (3 layers; commit_test:first: 2)');
    expect(r.message.ko).toBe('commit_test:second 이미지는 commit_test:first 이미지로 만든 것이 아닙니다: 아래 레이어가 commit_test:first의 레이어와 다릅니다 (레이어 3개, commit_test:first: 2개)');
  });

  it('compares the counts alone in a snapshot without the layers, and says so', async () => {
    const old = (image: ReturnType<typeof makeImage>) => ({ ...image, layerIds: undefined });
    const ok = await stateOf(check, makeSnapshot({ images: [old(first), old(second)] }));
    expect(ok.status).toBe('pass');
    expect(ok.message.en).toContain('(layer counts compared)');
    const two = await stateOf(check, makeSnapshot({ images: [old(first), old(layered(['commit_test:second'], ['l1', 'c1', 'c2', 'c3']))] }));
    expect(two).toMatchObject({ status: 'fail', actual: 'layers=4' });
  });

  it('names a missing image or base with the nearest of the learner own tags, never another learner', async () => {
    const tags = (image: ReturnType<typeof makeImage>, t: string[]) => ({ ...image, tags: t });
    const missing = await stateOf(check, makeSnapshot({ images: [tags(first, ['commit_test:alice-first']), tags(second, ['commit_test:alice-secnd']), tags(second, ['commit_test:bob-second'])] }), 'alice');
    expect(missing).toMatchObject({ status: 'fail', expected: 'commit_test:alice-second', actual: 'commit_test:alice-secnd, commit_test:alice-first' });
    expect(missing.message).toEqual({ ko: 'commit_test:alice-second 이미지가 없습니다. commit_test:alice-secnd를 말한 것입니까?', en: 'no image commit_test:alice-second; did you mean commit_test:alice-secnd?' });
    expect(missing.hint?.en).toBe('make it: docker commit -a "alicek106" -m "my second commit" alice-commit_test2 commit_test:alice-second');
    expect(JSON.stringify(missing)).not.toContain('bob');
    const noBase = await stateOf(check, makeSnapshot({ images: [second] }));
    expect(noBase).toMatchObject({ status: 'fail', expected: 'commit_test:first' });
    expect(noBase.message.en).toBe('no image commit_test:first (nothing to compare commit_test:second with)');
    expect(noBase.message.ko).toBe('commit_test:first 이미지가 없습니다 (commit_test:second 이미지와 비교할 수 없습니다)');
  });

  it('finds the images under the prefix in their tags, and a base the book gives by its own name', async () => {
    const onUbuntu = imageLayers({ image: { name: 'commit_test:first', made: true }, base: { name: 'ubuntu:14.04' }, more: 1 });
    const r = await stateOf(onUbuntu, makeSnapshot({ images: [ubuntu, { ...first, tags: ['commit_test:alice-first'] }] }), 'alice');
    expect(r).toMatchObject({ status: 'pass', expected: 'layers=2 (ubuntu:14.04: 1 + 1)' });
    expect(r.hint).toBeUndefined();
  });
});
