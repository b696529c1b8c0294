/** Check kind `image`: the container was made from the book's image. */
import { msg } from '../../core/i18n.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, whom, recreate, type CheckOptions } from './check-builder.js';
import { normalizeReference, repositoryOf, usesImage } from '../image-reference.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind } from './kind.js';
import { prefixedImage } from '../../docker/prefix-rewriter.js';

/**
 * The container runs the given image reference. `made`: the learner's steps make that image (`docker build
 * -t mybuild:0.0`, `commit`, `tag`), so under a prefix its tag carries the prefix (`mybuild:alice-0.0`), as
 * the prefix rewriter writes it.
 */
export function image(target: ContainerTarget, bookReference: string, options: CheckOptions & { made?: boolean } = {}): ContainerCheck {
  const named = (n: Names) => (options.made ? prefixedImage(n.prefix, bookReference) : bookReference);
  // A target the book leaves unnamed is described by its image ("a container made from an ubuntu
  // image"): naming it that way here would say the image twice.
  const explain = (n: Names) => {
    const reference = named(n);
    return target.name
      ? msg(`${reference} 이미지로 만들어야 합니다 (${whom(target, n).ko}): ${target.create(n)}`, `${whom(target, n).en} is made from ${reference}: ${target.create(n)}`)
      : msg(`${reference} 이미지로 만들어야 합니다: ${target.create(n)}`, `the container is made from ${reference}: ${target.create(n)}`);
  };
  return containerCheck({ id: 'image', title: msg(`이미지 ${bookReference}`, `image ${bookReference}`), explain }, target, options, (c, ctx) => {
    const reference = named(ctx);
    const wanted = normalizeReference(reference);
    if (usesImage(c, ctx.snapshot, reference)) return pass(msg(`이미지 ${josa(reference, '으로/로')} 만들었습니다`, `made from ${reference}`), { expected: reference, actual: c.image });
    const sameRepo = repositoryOf(c.image) === repositoryOf(wanted);
    // `mysql` typed without a tag means `mysql:latest`: say so, it is the usual slip.
    const found = normalizeReference(c.image) !== c.image && !c.image.includes('@') ? `${c.image} (= ${normalizeReference(c.image)})` : c.image;
    return fail(
      sameRepo
        ? msg(`태그가 다릅니다: ${found} ≠ ${reference}`, `wrong tag: ${found} is not ${reference}`)
        : msg(`다른 이미지입니다: ${found} (필요: ${reference})`, `expected image ${reference}, found ${found}`),
      {
        expected: reference,
        actual: c.image,
        hint: msg(`${reference} 이미지로 다시 만드세요: ${recreate(c, target, ctx)}`, `recreate it from ${reference}: ${recreate(c, target, ctx)}`),
      },
    );
  });
}

export const imageKind = defineKind({
  name: 'image',
  code: 'DG102',
  target: 'container',
  docs: msg('컨테이너를 만든 이미지', 'the image the container was made from'),
  params: (z) =>
    z
      .object({
        reference: z.string().min(1).describe('the image reference, as the book writes it (mysql:5.7)'),
        made: z.boolean().optional().describe('the steps make this image (build -t, commit, tag): under a prefix its tag carries the prefix'),
      })
      .strict(),
  build: ({ target, params, options }) => image(target!, params.reference, { ...options, ...(params.made ? { made: true } : {}) }),
});
