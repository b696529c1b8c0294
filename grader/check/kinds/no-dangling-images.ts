/**
 * Check kind `no-dangling-images` (`docker image prune`): no dangling image (`<none>:<none>` in `docker
 * images`, what `docker rmi -f` of an image in use leaves) is left. A dangling image has no name, so on a
 * shared engine whose it is shows only in the engine's events: under a prefix an image counts as the
 * learner's when the engine saw it tagged with a tag under their prefix; the others are not counted
 * (and the hint is `docker rmi` of their own, never a prune that would remove other learners' images).
 */
import { msg } from '../../core/i18n.js';
import type { Image, Snapshot } from '../../model/snapshot-schema.js';
import { visibleUnder } from '../object-targets.js';
import type { StateCheck } from '../types.js';
import { fail, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { defineKind, noParams } from './kind.js';

const shortId = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** The dangling images that are the learner's: all without a prefix; under one, those the engine saw tagged under it. */
export function danglingOf(snapshot: Snapshot, prefix: string): Image[] {
  const dangling = snapshot.images.filter((i) => i.dangling);
  if (!prefix) return dangling;
  const ours = visibleUnder(prefix, 'image');
  const tagged = new Set((snapshot.events?.items ?? []).filter((e) => e.type === 'image' && e.action === 'tag' && ours(e.name)).map((e) => e.id));
  return dangling.filter((i) => tagged.has(i.id));
}

/** No dangling image of the learner's is left. */
export function noDanglingImages(options: CheckOptions = {}): StateCheck {
  const title = msg('댕글링 이미지 없음', 'no dangling images');
  const explain = () => msg('이름이 없는 이미지(<none>:<none>)가 남아 있지 않아야 합니다: docker image prune', 'no image without a name (<none>:<none>) is left: docker image prune');
  return stateCheck({ id: 'no-dangling', title, explain }, options, (ctx) => {
    const left = danglingOf(ctx.snapshot, ctx.prefix);
    const others = ctx.prefix ? ctx.snapshot.images.filter((i) => i.dangling).length - left.length : 0;
    const note = others > 0 ? msg(` (이 엔진의 다른 댕글링 이미지 ${others}개는 누구의 것인지 알 수 없어 세지 않았습니다)`, ` (${others} other dangling images of this engine are not counted: whose they are cannot be told)`) : msg('', '');
    if (!left.length) return pass(msg(`댕글링 이미지가 없습니다${note.ko}`, `no dangling images${note.en}`), { expected: 'none', actual: 'none' });
    const ids = left.map((i) => shortId(i.id));
    // under a prefix a prune would remove other learners' dangling images too: remove your own by id
    const fix = ctx.prefix ? `docker rmi ${ids.join(' ')}` : 'docker image prune';
    return fail(msg(`댕글링 이미지 ${left.length}개가 남아 있습니다: ${ids.join(', ')}`, `${left.length} dangling image(s) left: ${ids.join(', ')}`), {
      expected: 'none',
      actual: ids.join(', '),
      hint: msg(`지우세요: ${fix} (확인: docker images -f dangling=true)`, `remove them: ${fix} (look: docker images -f dangling=true)`),
    });
  });
}

export const noDanglingImagesKind = defineKind({
  name: 'no-dangling-images',
  code: 'DG220',
  target: 'state',
  docs: msg('댕글링 이미지가 남지 않음 (docker image prune; 접두사가 있으면 엔진이 그 접두사의 태그로 본 이미지만)', "no dangling image left (docker image prune; under a prefix only those the engine saw tagged under it)"),
  params: noParams,
  build: ({ options }) => noDanglingImages(options),
});
