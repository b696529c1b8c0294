/** Check kind `image-present` (`docker pull`; `docker commit`, `tag`, `import`, `load` for an image the steps make). */
import { msg } from '../../core/i18n.js';
import type { Names, StateCheck } from '../types.js';
import { fail, fixHint, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { findImage, repositoryOf } from '../image-reference.js';
import { josa } from '../../core/korean-particles.js';
import { prefixedImage } from '../../docker/prefix-rewriter.js';
import { visibleUnder } from '../object-targets.js';
import { commandParam, defineKind } from './kind.js';

export interface ImagePresentOptions extends CheckOptions {
  /** The learner's steps make it (commit, tag, import): under a prefix its tag carries the prefix, and only their own tags are named. */
  made?: boolean;
  /** The command that makes it, as the learner types it (default for a book image: docker pull). */
  fix?: (names: Names) => string;
}

/** An image tag is present (`docker pull`, or made by the learner's steps). */
export function imagePresent(reference: string, options: ImagePresentOptions = {}): StateCheck {
  const { made, fix, ...checkOptions } = options;
  const wantedUnder = (prefix: string) => (made ? prefixedImage(prefix, reference) : reference);
  const how = (n: Names) => fix?.(n) ?? (made ? 'docker images' : `docker pull ${reference}`);
  const explain = (n: Names) =>
    msg(`${wantedUnder(n.prefix)} 이미지가 있어야 합니다 (docker images로 확인): ${how(n)}`, `the image ${wantedUnder(n.prefix)} is present (see docker images): ${how(n)}`);
  return stateCheck({ id: 'image-present', title: msg(`이미지 ${reference} 존재`, `image ${reference} present`), explain }, checkOptions, (ctx) => {
    const wanted = wantedUnder(ctx.prefix);
    if (findImage(ctx.snapshot, wanted)) return pass(msg(`${wanted} 이미지가 있습니다`, `image ${wanted} is present`), { expected: wanted, actual: wanted });
    const repo = repositoryOf(wanted);
    // an image the learner makes: only their own tags are named (never another learner's on a shared engine)
    const visible = made ? visibleUnder(ctx.prefix, 'image') : () => true;
    const sameRepo = ctx.snapshot.images.flatMap((i) => i.tags).filter((tag) => repositoryOf(tag) === repo && visible(tag));
    const fixed = fix?.(ctx);
    const hint = fixed ? fixHint(fixed, { missing: true }) : made ? msg('있는 것을 확인하세요: docker images', 'see what there is: docker images') : msg(`내려받으세요: docker pull ${reference}`, `pull it: docker pull ${reference}`);
    return fail(
      sameRepo.length
        ? msg(`${josa(wanted, '이/가')} 없습니다 (${josa(sameRepo.join(', '), '은/는')} 있습니다)`, `no image ${wanted} (found ${sameRepo.join(', ')})`)
        : msg(`${wanted} 이미지가 없습니다`, `no image ${wanted}`),
      { expected: wanted, actual: sameRepo.join(', ') || '(none)', hint },
    );
  });
}

export const imagePresentKind = defineKind({
  name: 'image-present',
  code: 'DG201',
  target: 'state',
  docs: msg('이미지 태그가 있음 (docker pull, 또는 단계가 만든 이미지)', 'an image tag is present (docker pull, or an image the steps make)'),
  params: (z) =>
    z
      .object({
        reference: z.string().min(1),
        made: z.boolean().optional().describe("the learner's steps make it (commit, tag, import): under a prefix its tag carries the prefix"),
        fix: commandParam(z, 'the command that makes it, as the book types it (names get the prefix); default: docker pull').optional(),
      })
      .strict(),
  build: ({ params, options, line }) => imagePresent(params.reference, { ...options, ...(params.made ? { made: true } : {}), ...(params.fix ? { fix: line(params.fix) } : {}) }),
});
