import { z } from 'zod';
import { makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import type { ImageHistoryStep } from '../../model/snapshot-schema.js';
import { builtWithoutCache, builtWithoutCacheKind, compareHistories } from './built-without-cache.js';

const params = (p: Record<string, unknown>) => builtWithoutCacheKind.params(z).safeParse(p);
const check = builtWithoutCache({ image: { name: 'mybuild:0.0', made: true }, other: { name: 'mycache:0.0', made: true }, fix: () => 'docker build --no-cache -t mybuild:0.0 ./' });

const step = (createdBy: string, created: string, size = 0): ImageHistoryStep => ({ createdBy, created, size, comment: '' });
// ubuntu:14.04's own steps, shared by every image built FROM it
const base = [step('/bin/sh -c #(nop) ADD file:abc in / ', '2019-03-07T22:19:40.000Z', 196_000_000), step('/bin/sh -c #(nop)  CMD ["/bin/bash"]', '2019-03-07T22:19:41.000Z')];
const lines = ['/bin/sh -c #(nop)  MAINTAINER alicek106', '/bin/sh -c #(nop)  LABEL purpose=practice', '/bin/sh -c apt-get update'];
const built = (at: string) => lines.map((l, i) => step(l, `2026-12-06T10:00:${at}${i}.000Z`, i === 2 ? 1000 : 0));
// mycache:0.0 (Dockerfile2) took its lines from the first build's cache: the very same steps
const first = built('1');
const mycache = makeImage(['mycache:0.0'], { id: 'sha256:c', history: [...base, ...first] });
const withCache = makeImage(['mybuild:0.0'], { id: 'sha256:a', history: [...base, ...first, step('/bin/sh -c apt-get install apache2 -y', '2026-12-06T10:00:14.000Z', 5000)] });
const noCache = makeImage(['mybuild:0.0'], { id: 'sha256:b', history: [...base, ...built('3'), step('/bin/sh -c apt-get install apache2 -y', '2026-12-06T10:00:34.000Z', 5000)] });

describe('kind built-without-cache', () => {
  it('takes the image and the one to compare with, nothing else', () => {
    expect(params({ name: 'mybuild:0.0', made: true, other: 'mycache:0.0', otherMade: true, fix: 'docker build --no-cache -t mybuild:0.0 ./' }).success).toBe(true);
    for (const bad of [{ name: 'a' }, { other: 'b' }, { name: 'a', other: 'b', cached: true }, { name: '', other: 'b' }]) expect([bad, params(bad).success]).toEqual([bad, false]);
  });

  it('compares histories oldest step first: the steps that are one and the same, then those rebuilt', () => {
    expect(compareHistories(noCache, mycache)).toEqual({ same: 2, rebuilt: 3 });
    expect(compareHistories(withCache, mycache)).toEqual({ same: 5, rebuilt: 0 });
    // the same instruction with another size is a step of its own too
    const resized = makeImage(['x:1'], { history: [...base, { ...first[0] }, { ...first[1] }, { ...first[2], size: 999 }] });
    expect(compareHistories(resized, mycache)).toEqual({ same: 4, rebuilt: 1 });
  });

  it('passes when the lines it shares with the other image were built again (times of their own)', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [mycache, noCache] }));
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('image mybuild:0.0 built the lines it shares with mycache:0.0 (3 steps from MAINTAINER alicek106) again, not from the cache');
    expect(r.message.ko).toBe('mybuild:0.0 이미지는 mycache:0.0과 같은 줄(MAINTAINER alicek106부터 3단계)을 캐시 없이 다시 빌드했습니다');
    expect(r.actual).toBe('history[3] MAINTAINER alicek106: 2026-12-06T10:00:30.000Z ≠ 2026-12-06T10:00:10.000Z');
    expect(r.expected).toBe('history[3].created ≠ mycache:0.0 history[3].created');
  });

  it('fails when every shared step came from the cache, naming the last one, with the --no-cache fix, in both languages', async () => {
    const r = await stateOf(check, makeSnapshot({ images: [mycache, withCache] }));
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('image mybuild:0.0 took every step it shares with mycache:0.0 from the cache: its first 5 steps (the last: RUN apt-get update) are the same, times included');
    expect(r.message.ko).toBe('mybuild:0.0 이미지는 mycache:0.0과 같은 단계를 모두 캐시에서 가져왔습니다: 처음 5단계(마지막: RUN apt-get update)가 시각까지 같습니다');
    expect(r.actual).toBe('history[1..5] = mycache:0.0 history[1..5] (RUN apt-get update: 2026-12-06T10:00:12.000Z)');
    expect(r.hint?.en).toContain('docker build --no-cache -t mybuild:0.0 ./');
    expect(r.hint?.en).toContain('look: docker history mybuild:0.0 && docker history mycache:0.0');
  });

  it('fails on images that share no step, and names what is missing (with the prefixed tags under a prefix)', async () => {
    const other = makeImage(['mycache:0.0'], { history: [step('/bin/sh -c #(nop) ADD file:zzz in / ', '2020-01-01T00:00:00.000Z')] });
    const none = await stateOf(check, makeSnapshot({ images: [other, noCache] }));
    expect([none.status, none.message.en]).toEqual(['fail', 'images mybuild:0.0 and mycache:0.0 share no step (nothing to compare)']);
    const alone = await stateOf(check, makeSnapshot({ images: [noCache] }));
    expect([alone.status, alone.message.en]).toEqual(['fail', 'no image mycache:0.0 (nothing to compare mybuild:0.0 with)']);
    const missing = await stateOf(check, makeSnapshot({ images: [mycache] }));
    expect(missing.status).toBe('fail');
    expect(missing.message.en).toContain('no image mybuild:0.0');
    const noHistory = await stateOf(check, makeSnapshot({ images: [mycache, makeImage(['mybuild:0.0'], { history: [] })] }));
    expect([noHistory.status, noHistory.message.en]).toEqual(['fail', 'no build history (docker history) of image mybuild:0.0 was read']);
    const prefixed = await stateOf(check, makeSnapshot({ images: [makeImage(['mycache:alice-0.0'], { history: mycache.history }), makeImage(['mybuild:alice-0.0'], { history: noCache.history })] }), 'alice');
    expect(prefixed.status).toBe('pass');
  });
});
