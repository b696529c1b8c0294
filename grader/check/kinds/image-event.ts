/**
 * Check kind `image-event` (`docker load`, `docker save`, `docker import`, `docker push`): a step that
 * leaves a file or a registry behind, out of reach, but the engine saw it happen to the image. The image
 * must be there (else fail); the engine's event of that image is the evidence (pass). An engine that no
 * longer remembers it (restarted, past its ~256 events, or a state without events) cannot say: the check
 * is skipped, earning nothing, with the command that lets the engine see it again.
 */
import { msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import { eventTime, unseen } from '../engine-history.js';
import type { Names, StateCheck } from '../types.js';
import { pass, stateCheck, type CheckOptions } from './check-builder.js';
import { imageWanted, missingImage } from './image-layers.js';
import { commandParam, defineKind } from './kind.js';

/** The image actions an exercise may ask the engine about (those grader/collect/engine-events.ts keeps). */
export const IMAGE_ACTIONS = ['load', 'save', 'import', 'push', 'pull', 'tag'] as const;
export type ImageAction = (typeof IMAGE_ACTIONS)[number];

export interface ImageEventSpec {
  /** The image, by the book's reference. */
  name: string;
  made?: boolean;
  action: ImageAction;
  /** The commands that do it, as the learner types them. */
  fix: (names: Names) => string;
}

/** The engine saw `action` happen to the image `name`. */
export function imageEvent(spec: ImageEventSpec, options: CheckOptions = {}): StateCheck {
  const id = `${spec.name}.${spec.action}`.replace(/[^a-zA-Z0-9_.-]+/g, '-');
  const title = msg(`이미지 ${spec.name}의 docker ${spec.action} (엔진이 본 기록)`, `docker ${spec.action} of image ${spec.name} (seen by the engine)`);
  const what = `docker ${spec.action}`;
  const explain = (n: Names) =>
    msg(`엔진이 ${imageWanted(spec, n.prefix)} 이미지의 ${josa(what, '을/를')} 본 기록이 있어야 합니다: ${spec.fix(n)}`, `the engine saw ${what} of ${imageWanted(spec, n.prefix)}: ${spec.fix(n)}`);
  return stateCheck({ id, title, explain }, options, (ctx) => {
    const wanted = imageWanted(spec, ctx.prefix);
    const fix = spec.fix(ctx);
    const image = missingImage(ctx, wanted, msg(`이렇게 하세요: ${fix}`, `do it: ${fix}`));
    if (!('tags' in image)) return image;
    const seen = (ctx.snapshot.events?.items ?? []).filter((e) => e.type === 'image' && e.action === spec.action && e.id === image.id).at(-1);
    const expected = `${what} ${wanted}`;
    if (seen) return pass(msg(`엔진이 ${wanted} 이미지의 ${josa(what, '을/를')} 보았습니다 (${eventTime(seen)})`, `the engine saw ${what} of ${wanted} (${eventTime(seen)})`), { expected, actual: `${what} ${wanted} ${eventTime(seen)}` });
    const why = ctx.snapshot.events
      ? msg(
          `엔진이 기억하는 최근 이벤트에 ${wanted} 이미지의 ${josa(what, '이/가')} 없습니다. 하지 않았거나, 엔진이 다시 시작했거나 최근 256개만 기억해 잊었습니다`,
          `the engine's recent events hold no ${what} of ${wanted}: it was not done, or the engine restarted or forgot it (it keeps ~256 events)`,
        )
      : msg('이 상태에는 엔진 이벤트 기록이 없습니다', 'this state has no engine events');
    return unseen(
      msg(`${wanted} 이미지는 있지만 ${josa(what, '을/를')} 했는지 여기서는 확인할 수 없습니다: ${why.ko}`, `image ${wanted} is there, but its ${what} cannot be checked here: ${why.en}`),
      expected,
      msg(`엔진이 보는 곳에서 하세요: ${fix}`, `do it where the engine sees it: ${fix}`),
    );
  });
}

export const imageEventKind = defineKind({
  name: 'image-event',
  code: 'DG209',
  target: 'state',
  readsEvents: { image: IMAGE_ACTIONS },
  docs: msg(
    '이미지가 있고 엔진이 그 이미지의 load, save, import, push 등을 본 기록이 있음 (기록이 없으면 건너뜀)',
    'the image is there and the engine saw it loaded, saved, imported, pushed… (skipped when the engine no longer remembers)',
  ),
  params: (z) =>
    z
      .object({
        name: z.string().min(1).describe("the image, by the book's reference (ubuntu:14.04)"),
        made: z.boolean().optional().describe("the learner's steps make it: under a prefix its tag carries the prefix"),
        action: z.enum(IMAGE_ACTIONS).describe('what the engine saw happen to it'),
        fix: commandParam(z, 'the commands that do it, as the book types them (names get the prefix)'),
      })
      .strict(),
  build: ({ params, options, line }) => imageEvent({ name: params.name, action: params.action, fix: line(params.fix), ...(params.made ? { made: true } : {}) }, options),
});
