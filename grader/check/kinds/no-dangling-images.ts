/**
 * Check kind `no-dangling-images` (`docker image prune`): no dangling image (`<none>:<none>` in `docker
 * images -f dangling=true`: an image whose tag went to a newer build, or that `docker rmi -f` untagged) is
 * left. `label` (`key=value`) keeps it to the exercise's own images (its Dockerfile's `LABEL`), so what other
 * exercises left does not count.
 *
 * A dangling image has no tag to carry a prefix, so on a shared engine an image counts as the learner's
 * when it is labelled `dockgrade.prefix=<their prefix>` (PREFIX_LABEL: their Dockerfile's LABEL line, which
 * the prefix rewriter writes, or `solve`'s label), or when the engine's events saw it tagged under their
 * prefix; other learners' images are never counted, named or removed. The hint is `docker image prune -f`,
 * which the prefix rewriter keeps to the learner's labelled images (`--filter label=dockgrade.prefix=…`); an
 * image known only from the events is removed by id. A dangling image a container still uses is one that
 * neither `docker rmi` (refused: the container uses it) nor a prune removes: the hint removes that
 * container first.
 */
import { msg, type Msg } from '../../core/i18n.js';
import { PREFIX_LABEL } from '../../core/constants.js';
import { countOf } from '../../core/units.js';
import type { Container, Image, Snapshot } from '../../model/snapshot-schema.js';
import { visibleUnder } from '../object-targets.js';
import type { Names, StateCheck } from '../types.js';
import { fail, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { defineKind } from './kind.js';

const shortId = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** A label `key=value` an image must carry. */
export interface LabelFilter {
  key: string;
  value: string;
}

/** `key=value` → { key, value } (the value may be empty, and hold `=`). */
export function parseLabel(text: string): LabelFilter {
  const eq = text.indexOf('=');
  return { key: text.slice(0, eq), value: text.slice(eq + 1) };
}

/**
 * The dangling images that are the learner's (with `label`: only those carrying it): all without a prefix;
 * under one, those labelled with it (PREFIX_LABEL) or that the engine saw tagged under it.
 */
export function danglingOf(snapshot: Snapshot, prefix: string, label?: LabelFilter): Image[] {
  const dangling = snapshot.images.filter((i) => i.dangling && (!label || i.labels[label.key] === label.value));
  if (!prefix) return dangling;
  const ours = visibleUnder(prefix, 'image');
  const tagged = new Set((snapshot.events?.items ?? []).filter((e) => e.type === 'image' && e.action === 'tag' && ours(e.name)).map((e) => e.id));
  return dangling.filter((i) => i.labels[PREFIX_LABEL] === prefix || tagged.has(i.id));
}

/** What the learner can do about one image: the containers (theirs) that still use it. */
function usersOf(image: Image, containers: readonly Container[]): string[] {
  return containers.filter((c) => c.imageId === image.id).map((c) => c.name);
}

/**
 * No dangling image of the learner's is left. `prune`: the learner's `docker image prune -f` (under their
 * prefix, kept to their labelled images: KindInput.line).
 */
export function noDanglingImages(options: CheckOptions = {}, params: { label?: string; prune?: (names: Names) => string } = {}): StateCheck {
  const label = params.label ? parseLabel(params.label) : undefined;
  const prune = params.prune ?? (() => 'docker image prune -f');
  const scope = label ? msg(` (${label.key}=${label.value} 레이블)`, ` (labelled ${label.key}=${label.value})`) : msg('', '');
  const title = msg('댕글링 이미지 없음', 'no dangling images');
  const explain = (names: Names) =>
    msg(
      `이름이 없는 이미지(<none>:<none>)가 남아 있지 않아야 합니다${scope.ko}: ${prune(names)} (확인: docker images -f dangling=true)`,
      `no image without a name (<none>:<none>) is left${scope.en}: ${prune(names)} (look: docker images -f dangling=true)`,
    );
  return stateCheck({ id: 'no-dangling', title, explain }, options, (ctx) => {
    const left = danglingOf(ctx.snapshot, ctx.prefix, label);
    const all = ctx.snapshot.images.filter((i) => i.dangling && (!label || i.labels[label.key] === label.value)).length;
    const others = all - left.length;
    const note: Msg =
      others > 0
        ? msg(` (이 엔진의 다른 댕글링 이미지 ${others}개는 다른 학습자의 것이거나 누구의 것인지 알 수 없어 세지 않았습니다)`, ` (${countOf(others, 'other dangling image')} of this engine not counted: another learner's, or whose cannot be told)`)
        : msg('', '');
    if (!left.length) return pass(msg(`댕글링 이미지가 없습니다${scope.ko}${note.ko}`, `no dangling images${scope.en}${note.en}`), { expected: 'none', actual: 'none' });
    const users = left.map((i) => ({ image: i, users: usersOf(i, ctx.containers) }));
    const describe = (lang: 'ko' | 'en') =>
      users.map(({ image, users: u }) => (u.length ? (lang === 'ko' ? `${shortId(image.id)} (컨테이너 ${u.join(', ')}에서 사용 중)` : `${shortId(image.id)} (used by container ${u.join(', ')})`) : shortId(image.id))).join(', ');
    const inUse = [...new Set(users.flatMap((u) => u.users))];
    // Under a prefix the prune reaches only images labelled with it; one known from the events alone goes by id.
    const byId = ctx.prefix ? left.filter((i) => i.labels[PREFIX_LABEL] !== ctx.prefix).map((i) => shortId(i.id)) : [];
    const steps = [...(inUse.length ? [`docker rm -f ${inUse.join(' ')}`] : []), ...(byId.length < left.length ? [prune(ctx)] : []), ...(byId.length ? [`docker rmi ${byId.join(' ')}`] : [])];
    const why = inUse.length
      ? msg('컨테이너가 쓰는 이미지는 docker rmi도 docker image prune도 지우지 못합니다. 컨테이너를 먼저 지우고 이미지를 지우세요', 'an image a container uses is removed by neither docker rmi nor docker image prune: remove the container first, then the image')
      : msg('지우세요', 'remove them');
    return fail(msg(`댕글링 이미지 ${left.length}개가 남아 있습니다${scope.ko}: ${describe('ko')}`, `${countOf(left.length, 'dangling image')} left${scope.en}: ${describe('en')}`), {
      expected: 'none',
      actual: left.map((i) => shortId(i.id)).join(', '),
      hint: msg(`${why.ko}: ${steps.join(' && ')} (확인: docker images -f dangling=true)`, `${why.en}: ${steps.join(' && ')} (look: docker images -f dangling=true)`),
    });
  });
}

export const noDanglingImagesKind = defineKind({
  name: 'no-dangling-images',
  code: 'DG220',
  target: 'state',
  readsEvents: { image: ['tag'] },
  docs: msg(
    '댕글링 이미지가 남지 않음 (docker image prune; label이 있으면 그 레이블의 이미지만; 접두사가 있으면 dockgrade.prefix 레이블이 그 접두사이거나 엔진이 그 접두사의 태그로 본 이미지만)',
    'no dangling image left (docker image prune; with label, only images carrying it; under a prefix only those labelled dockgrade.prefix with it or the engine saw tagged under it)',
  ),
  params: (z) =>
    z
      .object({
        label: z
          .string()
          .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*=/, 'key=value')
          .optional()
          .describe("key=value: only dangling images carrying this label count (the exercise's own Dockerfile LABEL)"),
      })
      .strict(),
  build: ({ params, options, line }) => noDanglingImages(options, { ...(params.label !== undefined ? { label: params.label } : {}), prune: line('docker image prune -f') }),
});
