/** Check kind `image-present` (`docker pull`). */
import { msg } from '../../core/i18n.js';
import type { StateCheck } from '../types.js';
import { fail, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { findImage, repositoryOf } from '../image-reference.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind } from './kind.js';

/** An image tag is present (`docker pull`). */
export function imagePresent(reference: string, options: CheckOptions = {}): StateCheck {
  return stateCheck({ id: 'image-present', title: msg(`이미지 ${reference} 존재`, `image ${reference} present`), explain: () => msg(`${reference} 이미지가 있어야 합니다 (docker images로 확인): docker pull ${reference}`, `the image ${reference} is present (see docker images): docker pull ${reference}`) }, options, (ctx) => {
    if (findImage(ctx.snapshot, reference)) return pass(msg(`${reference} 이미지가 있습니다`, `image ${reference} is present`), { expected: reference, actual: reference });
    const repo = repositoryOf(reference);
    const sameRepo = ctx.snapshot.images.flatMap((i) => i.tags).filter((tag) => repositoryOf(tag) === repo);
    return fail(
      sameRepo.length
        ? msg(`${josa(reference, '이/가')} 없습니다 (${josa(sameRepo.join(', '), '은/는')} 있습니다)`, `no image ${reference} (found ${sameRepo.join(', ')})`)
        : msg(`${reference} 이미지가 없습니다`, `no image ${reference}`),
      { expected: reference, actual: sameRepo.join(', ') || '(none)', hint: msg(`내려받으세요: docker pull ${reference}`, `pull it: docker pull ${reference}`) },
    );
  });
}

export const imagePresentKind = defineKind({
  name: 'image-present',
  code: 'DG201',
  target: 'state',
  docs: msg('이미지 태그가 있음 (docker pull)', 'an image tag is present (docker pull)'),
  params: (z) => z.object({ reference: z.string().min(1) }).strict(),
  build: ({ params, options }) => imagePresent(params.reference, options),
});
