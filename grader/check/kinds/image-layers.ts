/**
 * Check kind `image-layers` (`docker commit`, `docker build`): an image is made on top of another and
 * adds exactly so many layers to it (`commit_test:second` is `commit_test:first` and one layer more).
 * Two images' layers are compared, never a number written down: where the snapshot has the layers
 * themselves (`layerIds`), the image must start with every layer of the other; in an older snapshot
 * only their counts are compared.
 */
import { msg, type Msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import { prefixedImage } from '../../docker/prefix-rewriter.js';
import type { Image } from '../../model/snapshot-schema.js';
import { findObject, visibleUnder } from '../object-targets.js';
import type { CheckContext, Names, Outcome, StateCheck } from '../types.js';
import { fail, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';

/** One image of the comparison: the book's reference, and whether the learner's steps make it (then its tag carries their prefix). */
export interface ImageName {
  name: string;
  made?: boolean;
}

export interface LayersSpec {
  image: ImageName;
  base: ImageName;
  /** How many layers the image adds to the base (a commit of a changed container: 1). */
  more: number;
  /** The command that makes the image right, as the learner types it. */
  fix?: (names: Names) => string;
  /** The commands that make it again on top of the base, when its lower layers are another image's. */
  fromBase?: (names: Names) => string;
}

/** The reference looked for, under the learner's prefix when their steps make it. */
export function imageWanted(image: ImageName, prefix: string): string {
  return image.made ? prefixedImage(prefix, image.name) : image.name;
}

/** A missing image, with the nearest of the learner's own tags. */
export function missingImage(ctx: CheckContext, wanted: string, hint: Msg): Outcome | Image {
  const lookup = findObject(ctx.snapshot, 'image', wanted, { visible: visibleUnder(ctx.prefix, 'image') });
  if (lookup.object) return lookup.object;
  const near = lookup.suggestions;
  return fail(
    near.length
      ? msg(`${lookup.wanted} 이미지가 없습니다. ${josa(near[0], '을/를')} 말한 것입니까?`, `no image ${lookup.wanted}; did you mean ${near[0]}?`)
      : msg(`${lookup.wanted} 이미지가 없습니다`, `no image ${lookup.wanted}`),
    { expected: lookup.wanted, actual: near.join(', ') || '(none)', hint },
  );
}

function isImage(found: Outcome | Image): found is Image {
  return 'tags' in found;
}

/**
 * The two images a comparison needs (the one graded, `wanted`, and the one it is compared with), or the
 * outcome that names the missing one: the first with `hint`, the other as nothing to compare with.
 */
export function comparedImages(ctx: CheckContext, wanted: string, otherWanted: string, hint: Msg): Outcome | { image: Image; other: Image } {
  const image = missingImage(ctx, wanted, hint);
  if (!isImage(image)) return image;
  const other = missingImage(ctx, otherWanted, msg(`비교할 ${otherWanted} 이미지가 있어야 합니다: docker images`, `the image ${otherWanted} to compare with must be there: docker images`));
  if (!isImage(other)) return { ...other, message: msg(`${other.message.ko} (${wanted} 이미지와 비교할 수 없습니다)`, `${other.message.en} (nothing to compare ${wanted} with)`) };
  return { image, other };
}

/** Whether `image` starts with every layer of `base` (null when either snapshot lacks the layers). */
function startsWith(image: Image, base: Image): boolean | null {
  if (!image.layerIds || !base.layerIds || image.layerIds.length !== image.layers || base.layerIds.length !== base.layers) return null;
  return base.layerIds.every((layer, i) => image.layerIds![i] === layer);
}

/** `image` adds `more` layers to `base`. */
export function imageLayers(spec: LayersSpec, options: CheckOptions = {}): StateCheck {
  const { more } = spec;
  const id = `${spec.image.name}.layers`.replace(/[^a-zA-Z0-9_.-]+/g, '-');
  const title = msg(`이미지 ${spec.image.name}의 레이어: ${spec.base.name}보다 ${more}개 더`, `image ${spec.image.name} layers: ${more} more than ${spec.base.name}`);
  const explain = (n: Names) => {
    const how = spec.fix ? ` (${spec.fix(n)})` : '';
    return msg(
      `${imageWanted(spec.image, n.prefix)} 이미지는 ${imageWanted(spec.base, n.prefix)} 이미지의 레이어 위에 레이어를 ${more}개 더 가집니다${how}`,
      `image ${imageWanted(spec.image, n.prefix)} holds the layers of ${imageWanted(spec.base, n.prefix)} and ${more} more${how}`,
    );
  };
  return stateCheck({ id, title, explain }, options, (ctx) => {
    const wanted = imageWanted(spec.image, ctx.prefix);
    const baseWanted = imageWanted(spec.base, ctx.prefix);
    const fix = spec.fix?.(ctx);
    const make = fix ? msg(`만드세요: ${fix}`, `make it: ${fix}`) : msg('있는 것을 확인하세요: docker images', 'see what there is: docker images');
    const found = comparedImages(ctx, wanted, baseWanted, make);
    if (!('other' in found)) return found;
    const { image, other: base } = found;
    const added = image.layers - base.layers;
    const evidence = { expected: `layers=${base.layers + more} (${baseWanted}: ${base.layers} + ${more})`, actual: `layers=${image.layers}` };
    const look = `docker history ${wanted}`;
    const hint = fix ? msg(`이렇게 고치세요: ${fix} (확인: ${look})`, `fix it: ${fix} (look: ${look})`) : msg(`확인하세요: ${look}`, `look: ${look}`);
    const on = startsWith(image, base);
    if (on === false) {
      const again = spec.fromBase?.(ctx);
      return fail(
        msg(
          `${wanted} 이미지는 ${baseWanted} 이미지로 만든 것이 아닙니다: 아래 레이어가 ${baseWanted}의 레이어와 다릅니다 (레이어 ${image.layers}개, ${baseWanted}: ${base.layers}개)`,
          `image ${wanted} is not made from ${baseWanted}: its lower layers are not those of ${baseWanted} (${image.layers} layers; ${baseWanted}: ${base.layers})`,
        ),
        { ...evidence, hint: again ? msg(`${baseWanted} 이미지로 컨테이너를 다시 만들고 바꾼 뒤 커밋하세요: ${again} (확인: ${look})`, `make the container again from ${baseWanted}, change it and commit: ${again} (look: ${look})`) : hint },
      );
    }
    const compared = on === null ? msg(' (레이어 개수만 비교했습니다)', ' (layer counts compared)') : msg('', '');
    if (added === more) {
      return pass(
        msg(`${wanted} 이미지는 ${baseWanted}의 레이어 ${base.layers}개 위에 ${more}개를 더 가집니다${compared.ko}`, `image ${wanted} holds the ${base.layers} layers of ${baseWanted} and ${more} more${compared.en}`),
        evidence,
      );
    }
    // A commit of a container whose files did not change adds no layer (measured on Docker 20.10).
    const unchanged =
      added === 0 && more > 0
        ? msg(' 컨테이너의 파일을 바꾸지 않고 커밋하면 레이어가 생기지 않습니다.', " A commit of a container whose files did not change adds no layer.")
        : msg('', '');
    return fail(
      msg(
        `${wanted} 이미지는 ${baseWanted}보다 레이어가 ${added}개 더 많습니다 (필요: ${more}개, 레이어 ${image.layers}개, ${baseWanted}: ${base.layers}개).${unchanged.ko}`,
        `image ${wanted} has ${added} more layers than ${baseWanted}, expected ${more} (${image.layers} layers; ${baseWanted}: ${base.layers}).${unchanged.en}`,
      ),
      { ...evidence, hint },
    );
  });
}

export const imageLayersKind = defineKind({
  name: 'image-layers',
  code: 'DG207',
  target: 'state',
  docs: msg(
    '이미지가 다른 이미지의 레이어 위에 레이어를 정해진 개수만큼 더 가짐 (docker commit: 1개)',
    "an image holds another image's layers and so many more (docker commit: one)",
  ),
  params: (z) =>
    z
      .object({
        name: z.string().min(1).describe("the image, by the book's reference (commit_test:second)"),
        made: z.boolean().optional().describe("the learner's steps make it (commit, tag, build): under a prefix its tag carries the prefix"),
        base: z.string().min(1).describe('the image it is made from (commit_test:first, ubuntu:14.04)'),
        baseMade: z.boolean().optional().describe("the learner's steps make the base too"),
        more: z.number().int().nonnegative().default(1).describe('how many layers it adds (default 1)'),
        fix: commandParam(z, 'the command that makes it right, as the book types it (names get the prefix)').optional(),
        fromBase: commandParam(z, 'the commands that make it again from base, when it was made from another image (names get the prefix)').optional(),
      })
      .strict(),
  build: ({ params, options, line }) =>
    imageLayers(
      {
        image: { name: params.name, ...(params.made ? { made: true } : {}) },
        base: { name: params.base, ...(params.baseMade ? { made: true } : {}) },
        more: params.more,
        ...(params.fix ? { fix: line(params.fix) } : {}),
        ...(params.fromBase ? { fromBase: line(params.fromBase) } : {}),
      },
      options,
    ),
});
