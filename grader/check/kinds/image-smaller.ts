/**
 * Check kind `image-smaller` (2.4.3's multi-stage build): an image is much smaller than another, by the
 * sizes the engine reports for both (`docker images`), never a number written down: at most `fraction`
 * of the other's size (default one half).
 */
import { msg } from '../../core/i18n.js';
import type { Names, StateCheck } from '../types.js';
import { fail, fixHint, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';
import { comparedImages, imageWanted, type ImageName } from './image-layers.js';

export interface SmallerSpec {
  image: ImageName;
  than: ImageName;
  /** The image is at most this share of the other's size (0 < fraction < 1). */
  fraction: number;
  fix?: (names: Names) => string;
}

/** Bytes as docker images prints them (1000-based): 7.2MB. */
function size(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)}${units[unit]}`;
}

export function imageSmaller(spec: SmallerSpec, options: CheckOptions = {}): StateCheck {
  const id = `${spec.image.name}.smaller`.replace(/[^a-zA-Z0-9_.-]+/g, '-');
  const share = `${Math.round(spec.fraction * 100)}%`;
  const title = msg(`이미지 ${spec.image.name}의 크기: ${spec.than.name}의 ${share} 이하`, `image ${spec.image.name} size: at most ${share} of ${spec.than.name}`);
  const explain = (n: Names) => {
    const how = spec.fix ? ` (${spec.fix(n)})` : '';
    return msg(
      `${imageWanted(spec.image, n.prefix)} 이미지는 ${imageWanted(spec.than, n.prefix)} 이미지 크기의 ${share} 이하입니다${how}`,
      `image ${imageWanted(spec.image, n.prefix)} is at most ${share} of the size of ${imageWanted(spec.than, n.prefix)}${how}`,
    );
  };
  return stateCheck({ id, title, explain }, options, (ctx) => {
    const wanted = imageWanted(spec.image, ctx.prefix);
    const otherWanted = imageWanted(spec.than, ctx.prefix);
    const fix = spec.fix?.(ctx);
    const found = comparedImages(ctx, wanted, otherWanted, fix ? fixHint(fix, { missing: true }) : msg('있는 것을 확인하세요: docker images', 'see what there is: docker images'));
    if (!('other' in found)) return found;
    const { image, other } = found;
    const limit = Math.floor(other.size * spec.fraction);
    // values in no language, as kind field's are: the limit, how it is made, and the size found
    const evidence = { expected: `≤ ${size(limit)} = ${otherWanted} ${size(other.size)} × ${spec.fraction}`, actual: `${wanted} ${size(image.size)}` };
    if (image.size <= limit) {
      return pass(msg(`${wanted} 이미지(${size(image.size)})는 ${otherWanted}(${size(other.size)})보다 훨씬 작습니다`, `image ${wanted} (${size(image.size)}) is much smaller than ${otherWanted} (${size(other.size)})`), evidence);
    }
    const look = `docker images`;
    return fail(
      msg(
        `${wanted} 이미지(${size(image.size)})가 ${otherWanted}(${size(other.size)})의 ${share}보다 큽니다`,
        `image ${wanted} (${size(image.size)}) is more than ${share} of ${otherWanted} (${size(other.size)})`,
      ),
      { ...evidence, hint: fix ? ((h) => msg(`${h.ko} (확인: ${look})`, `${h.en} (look: ${look})`))(fixHint(fix)) : msg(`확인하세요: ${look}`, `look: ${look}`) },
    );
  });
}

export const imageSmallerKind = defineKind({
  name: 'image-smaller',
  code: 'DG210',
  target: 'state',
  docs: msg('이미지가 다른 이미지보다 훨씬 작음 (두 크기를 비교, 멀티 스테이지 빌드)', "an image is much smaller than another (both sizes compared: a multi-stage build)"),
  params: (z) =>
    z
      .object({
        name: z.string().min(1).describe("the smaller image, by the book's reference (go_helloworld:multi-stage)"),
        made: z.boolean().optional().describe("the learner's steps make it: under a prefix its tag carries the prefix"),
        than: z.string().min(1).describe('the image it is compared with (go_helloworld)'),
        thanMade: z.boolean().optional().describe("the learner's steps make that one too"),
        fraction: z.number().gt(0).lt(1).default(0.5).describe("at most this share of the other's size (default 0.5)"),
        fix: commandParam(z, 'the command that makes it right, as the book types it (names get the prefix)').optional(),
      })
      .strict(),
  build: ({ params, options, line }) =>
    imageSmaller(
      {
        image: { name: params.name, ...(params.made ? { made: true } : {}) },
        than: { name: params.than, ...(params.thanMade ? { made: true } : {}) },
        fraction: params.fraction,
        ...(params.fix ? { fix: line(params.fix) } : {}),
      },
      options,
    ),
});
