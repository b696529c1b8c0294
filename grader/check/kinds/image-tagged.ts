/**
 * Check kind `image-tagged` (`docker tag`): an image also goes by another name, and it is the same
 * image (one id, two names), not a second image made under that name. The other name may leave one
 * path part to the learner, written `*` (the user name of `alicek106/my-image-name:0.0`); the check says which it found.
 */
import { msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import { prefixedImage } from '../../docker/prefix-rewriter.js';
import { normalizeReference } from '../image-reference.js';
import { visibleUnder } from '../object-targets.js';
import type { Names, StateCheck } from '../types.js';
import { fail, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { imageWanted, missingImage } from './image-layers.js';
import { commandParam, defineKind } from './kind.js';

export interface TaggedSpec {
  /** The image, by the book's reference. */
  name: string;
  /** The learner's steps make it and the other name (under a prefix both tags carry it). */
  made?: boolean;
  /** The other name; `*` stands for one path part the learner chooses (a user name). */
  as: string;
  /** The command that gives the other name, as the learner types it. */
  fix?: (names: Names) => string;
}

/** A `*` pattern as a regular expression over normalised references: `*` is one path part (`alicek106`). */
export function tagPattern(pattern: string): RegExp {
  const parts = normalizeReference(pattern).split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('([a-z0-9]+(?:[._-][a-z0-9]+)*)')}$`);
}

/** A short image id as `docker images` shows it. */
const shortId = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** The image `name` also carries a tag matching `as`. */
export function imageTagged(spec: TaggedSpec, options: CheckOptions = {}): StateCheck {
  const otherUnder = (prefix: string) => (spec.made ? prefixedImage(prefix, spec.as) : spec.as);
  const id = `${spec.name}.tagged`.replace(/[^a-zA-Z0-9_.-]+/g, '-');
  const title = msg(`이미지 ${spec.name}의 다른 이름 ${spec.as}`, `image ${spec.name} also named ${spec.as}`);
  const explain = (n: Names) => {
    const how = spec.fix ? ` (${spec.fix(n)})` : '';
    const user = spec.as.includes('*') ? msg(' (*는 사용자 이름입니다)', ' (* is a user name)') : msg('', '');
    return msg(
      `${imageWanted(spec, n.prefix)} 이미지가 ${josa(otherUnder(n.prefix), '이라는/라는')} 이름도 가집니다: 이미지 ID가 같은 한 이미지입니다${user.ko}${how}`,
      `image ${imageWanted(spec, n.prefix)} is also named ${otherUnder(n.prefix)}: one image id, two names${user.en}${how}`,
    );
  };
  return stateCheck({ id, title, explain }, options, (ctx) => {
    const wanted = imageWanted(spec, ctx.prefix);
    const other = otherUnder(ctx.prefix);
    const fix = spec.fix?.(ctx);
    const image = missingImage(ctx, wanted, fix ? msg(`만드세요: ${fix}`, `make it: ${fix}`) : msg('있는 것을 확인하세요: docker images', 'see what there is: docker images'));
    if (!('tags' in image)) return image;
    const pattern = tagPattern(other);
    const visible = spec.made ? visibleUnder(ctx.prefix, 'image') : () => true;
    const matching = ctx.snapshot.images.flatMap((i) => i.tags.filter((t) => visible(t) && pattern.test(normalizeReference(t))).map((tag) => ({ tag, image: i })));
    const same = matching.find((m) => m.image.id === image.id);
    if (same) {
      const user = pattern.exec(normalizeReference(same.tag))?.[1];
      const whose = user ? msg(` (사용자 이름 ${user})`, ` (user name ${user})`) : msg('', '');
      return pass(
        msg(`${josa(wanted, '와/과')} ${josa(same.tag, '은/는')} 같은 이미지입니다 (ID ${shortId(image.id)})${whose.ko}`, `${wanted} and ${same.tag} are one image (id ${shortId(image.id)})${whose.en}`),
        { expected: `${other} → ${shortId(image.id)}`, actual: `${same.tag} → ${shortId(image.id)}` },
      );
    }
    if (matching.length) {
      const { tag, image: another } = matching[0];
      return fail(
        msg(
          `${josa(tag, '은/는')} ${josa(wanted, '와/과')} 다른 이미지입니다 (ID ${shortId(another.id)}, ${wanted}: ${shortId(image.id)}). 이미지를 다시 만들지 말고 docker tag로 이름을 붙이세요`,
          `${tag} is another image (id ${shortId(another.id)}; ${wanted}: ${shortId(image.id)}): name the image with docker tag instead of making it again`,
        ),
        { expected: `${other} → ${shortId(image.id)}`, actual: `${tag} → ${shortId(another.id)}`, hint: msg(`이렇게 고치세요: docker tag ${wanted} ${tag}`, `fix it: docker tag ${wanted} ${tag}`) },
      );
    }
    const own = image.tags.filter(visible).join(', ');
    return fail(msg(`${wanted} 이미지에 ${other} 이름이 없습니다 (이 이미지의 이름: ${own})`, `image ${wanted} is not named ${other} (its names: ${own})`), {
      expected: `${other} → ${shortId(image.id)}`,
      actual: own,
      hint: fix ? msg(`이름을 붙이세요: ${fix}`, `name it: ${fix}`) : msg(`이름을 붙이세요: docker tag ${wanted} ${other}`, `name it: docker tag ${wanted} ${other}`),
    });
  });
}

export const imageTaggedKind = defineKind({
  name: 'image-tagged',
  code: 'DG208',
  target: 'state',
  docs: msg('이미지가 다른 이름도 가짐: 이미지 ID가 같은 한 이미지 (docker tag)', 'an image also goes by another name: one image id, two names (docker tag)'),
  params: (z) =>
    z
      .object({
        name: z.string().min(1).describe("the image, by the book's reference (my-image-name:0.0)"),
        made: z.boolean().optional().describe("the learner's steps make it and the other name: under a prefix both tags carry the prefix"),
        as: z
          .string()
          .min(1)
          .refine((p) => (p.match(/\*/g) ?? []).length <= 1 && !p.includes('@'), 'one * at most (a path part such as the user name), no digest')
          .describe('the other name; * stands for one path part the learner chooses: */my-image-name:0.0'),
        fix: commandParam(z, 'the command that gives the other name, as the book types it (names get the prefix)').optional(),
      })
      .strict(),
  build: ({ params, options, line }) =>
    imageTagged({ name: params.name, as: params.as, ...(params.made ? { made: true } : {}), ...(params.fix ? { fix: line(params.fix) } : {}) }, options),
});
