import { makeContainer, makeImage, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import type { EngineEvent } from '../../model/snapshot-schema.js';
import { prefixSteps } from '../../docker/prefix-rewriter.js';
import { stepArgs } from '../../docker/docker-args.js';
import type { Names } from '../types.js';
import { noDanglingImages } from './no-dangling-images.js';

const dangling = (id: string, labels: Record<string, string> = {}) => makeImage([], { id, dangling: true, labels });
const tag = (id: string, name: string): EngineEvent => ({ time: '2026-12-06T01:00:00.000Z', type: 'image', action: 'tag', id, containerId: '', name });
/** The prune line as an exercise's `line` gives it: the prefix rewriter's. */
const prune = (n: Names) => ['docker', ...stepArgs(prefixSteps([['image', 'prune', '-f']], n.prefix)[0])].join(' ');
const check = noDanglingImages({}, { prune });

describe('kind no-dangling-images', () => {
  it('passes with none, fails naming the ids left, with docker image prune -f', async () => {
    expect(await stateOf(check, makeSnapshot({ images: [makeImage(['ubuntu:14.04'])] }))).toMatchObject({ status: 'pass', actual: 'none' });
    const r = await stateOf(check, makeSnapshot({ images: [makeImage(['ubuntu:14.04']), dangling('sha256:0123456789abcdef')] }));
    expect(r).toMatchObject({ status: 'fail', expected: 'none', actual: '0123456789ab' });
    expect(r.message).toEqual({ ko: '댕글링 이미지 1개가 남아 있습니다: 0123456789ab', en: '1 dangling image left: 0123456789ab' });
    expect(r.hint).toEqual({ ko: '지우세요: docker image prune -f (확인: docker images -f dangling=true)', en: 'remove them: docker image prune -f (look: docker images -f dangling=true)' });
  });

  it('with label, counts only the images carrying it', async () => {
    const scoped = noDanglingImages({}, { label: 'purpose=dangling', prune });
    const other = dangling('sha256:bbbbbbbbbbbbbbbb', { purpose: 'practice' });
    const r = await stateOf(scoped, makeSnapshot({ images: [other] }));
    expect(r).toMatchObject({ status: 'pass' });
    expect(r.message.en).toBe('no dangling images (labelled purpose=dangling)');
    const two = await stateOf(scoped, makeSnapshot({ images: [other, dangling('sha256:aaaaaaaaaaaaaaaa', { purpose: 'dangling' }), dangling('sha256:cccccccccccccccc', { purpose: 'dangling' })] }));
    expect(two).toMatchObject({ status: 'fail', actual: 'aaaaaaaaaaaa, cccccccccccc' });
    expect(two.message).toEqual({ ko: '댕글링 이미지 2개가 남아 있습니다 (purpose=dangling 레이블): aaaaaaaaaaaa, cccccccccccc', en: '2 dangling images left (labelled purpose=dangling): aaaaaaaaaaaa, cccccccccccc' });
  });

  it('an image a container uses: names the container, and the hint removes it first', async () => {
    const image = dangling('sha256:aaaaaaaaaaaaaaaa');
    const r = await stateOf(check, makeSnapshot({ images: [image], containers: [makeContainer({ name: 'dangle_test', imageId: image.id }), makeContainer({ name: 'web' })] }));
    expect(r.message.en).toBe('1 dangling image left: aaaaaaaaaaaa (used by container dangle_test)');
    expect(r.message.ko).toBe('댕글링 이미지 1개가 남아 있습니다: aaaaaaaaaaaa (컨테이너 dangle_test에서 사용 중)');
    expect(r.hint?.en).toBe(
      'an image a container uses is removed by neither docker rmi nor docker image prune: remove the container first, then the image:\n1. docker rm -f dangle_test\n2. docker image prune -f\n(look: docker images -f dangling=true)',
    );
    expect(r.hint?.ko).toContain('컨테이너를 먼저 지우고 이미지를 지우세요:\n1. docker rm -f dangle_test\n2. docker image prune -f\n');
  });

  it("under a prefix counts the images labelled dockgrade.prefix with it or seen tagged under it, never another learner's; the prune keeps to the label", async () => {
    const alices = dangling('sha256:aaaaaaaaaaaaaaaa', { 'dockgrade.prefix': 'alice' });
    const bobs = dangling('sha256:bbbbbbbbbbbbbbbb', { 'dockgrade.prefix': 'bob' });
    const r = await stateOf(check, makeSnapshot({ images: [alices, bobs] }), 'alice');
    expect(r).toMatchObject({ status: 'fail', actual: 'aaaaaaaaaaaa' });
    expect(r.hint?.en).toBe('remove them: docker image prune -f --filter label=dockgrade.prefix=alice (look: docker images -f dangling=true)');
    // known from the events alone (no label): by id, beside the prune of the labelled one
    const seen = dangling('sha256:cccccccccccccccc');
    const both = await stateOf(check, makeSnapshot({ images: [alices, bobs, seen], events: [tag('sha256:cccccccccccccccc', 'commit_test:alice-first'), tag('sha256:bbbbbbbbbbbbbbbb', 'commit_test:bob-first')] }), 'alice');
    expect(both).toMatchObject({ status: 'fail', actual: 'aaaaaaaaaaaa, cccccccccccc' });
    expect(both.hint?.en).toBe('remove them:\n1. docker image prune -f --filter label=dockgrade.prefix=alice\n2. docker rmi cccccccccccc\n(look: docker images -f dangling=true)');
    const bobsOnly = await stateOf(check, makeSnapshot({ images: [bobs, dangling('sha256:dddddddddddddddd')] }), 'alice');
    expect(bobsOnly).toMatchObject({ status: 'pass' });
    expect(bobsOnly.message.en).toBe("no dangling images (2 other dangling images of this engine not counted: another learner's, or whose cannot be told)");
    expect(bobsOnly.message.ko).toBe('댕글링 이미지가 없습니다 (이 엔진의 다른 댕글링 이미지 2개는 다른 학습자의 것이거나 누구의 것인지 알 수 없어 세지 않았습니다)');
  });
});
