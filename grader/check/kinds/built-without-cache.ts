/**
 * Check kind `built-without-cache` (2.4.3, `docker build --no-cache`): an image was built again without
 * the build cache, judged against another image whose Dockerfile shares lines with it. A step taken from
 * the cache is the cached step itself: its `docker history` entry (instruction, creation time, size) is
 * the same in both images. So, oldest step first, both images share their base image's steps whatever the
 * build did; after those, a build that used the cache still shares every line both Dockerfiles have (same
 * times), and a build with `--no-cache` shares their instructions only (new times). Passes when at least one
 * step after the shared ones repeats the other's instruction with a time of its own; fails when every
 * instruction they share is the other's very step, naming the steps. Times are the engine's (seconds).
 */
import { msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import type { Image, ImageHistoryStep } from '../../model/snapshot-schema.js';
import type { Names, StateCheck } from '../types.js';
import { fail, fixHint, pass, stateCheck, type CheckOptions } from './check-builder.js';
import { commandParam, defineKind } from './kind.js';
import { comparedImages, imageWanted, type ImageName } from './image-layers.js';

export interface WithoutCacheSpec {
  image: ImageName;
  /** The image whose build shares Dockerfile lines with it (built before, from the cache or not). */
  other: ImageName;
  fix?: (names: Names) => string;
}

const sameStep = (a: ImageHistoryStep, b: ImageHistoryStep) => a.createdBy === b.createdBy && a.created === b.created && a.size === b.size;

/** A history step as `docker history` shows its instruction, short. */
function instruction(step: ImageHistoryStep): string {
  const text = step.createdBy.replace(/^\/bin\/sh -c #\(nop\)\s+/, '').replace(/^\/bin\/sh -c /, 'RUN ').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * How the two histories compare, oldest step first: `same` steps are one and the same step (the base's,
 * and any the cache gave), then `rebuilt` steps repeat the other's instruction with a time of their own.
 */
export function compareHistories(image: Image, other: Image): { same: number; rebuilt: number } {
  const a = image.history;
  const b = other.history;
  let same = 0;
  while (same < a.length && same < b.length && sameStep(a[same], b[same])) same += 1;
  let rebuilt = 0;
  while (same + rebuilt < a.length && same + rebuilt < b.length && a[same + rebuilt].createdBy === b[same + rebuilt].createdBy) rebuilt += 1;
  return { same, rebuilt };
}

export function builtWithoutCache(spec: WithoutCacheSpec, options: CheckOptions = {}): StateCheck {
  const id = `${spec.image.name}.no-cache`.replace(/[^a-zA-Z0-9_.-]+/g, '-');
  const title = msg(`이미지 ${spec.image.name}: 빌드 캐시 없이 빌드 (${josa(spec.other.name, '와/과')} 비교)`, `image ${spec.image.name}: built without the build cache (compared with ${spec.other.name})`);
  const explain = (n: Names) => {
    const how = spec.fix ? ` (${spec.fix(n)})` : '';
    return msg(
      `${imageWanted(spec.image, n.prefix)} 이미지는 ${josa(imageWanted(spec.other, n.prefix), '와/과')} 같은 Dockerfile 줄을 캐시에서 가져오지 않고 다시 빌드했습니다${how}`,
      `image ${imageWanted(spec.image, n.prefix)} built the Dockerfile lines it shares with ${imageWanted(spec.other, n.prefix)} again, not from the cache${how}`,
    );
  };
  return stateCheck({ id, title, explain }, options, (ctx) => {
    const wanted = imageWanted(spec.image, ctx.prefix);
    const otherWanted = imageWanted(spec.other, ctx.prefix);
    const fix = spec.fix?.(ctx);
    const found = comparedImages(ctx, wanted, otherWanted, fix ? fixHint(fix, { missing: true }) : msg('있는 것을 확인하세요: docker images', 'see what there is: docker images'));
    if (!('other' in found)) return found;
    const { image, other } = found;
    const look = `docker history ${wanted} && docker history ${otherWanted}`;
    const hint = fix ? ((h) => msg(`${h.ko} (확인: ${look})`, `${h.en} (look: ${look})`))(fixHint(fix)) : msg(`확인하세요: ${look}`, `look: ${look}`);
    if (image.history.length === 0 || other.history.length === 0) {
      const without = image.history.length === 0 ? wanted : otherWanted;
      return fail(msg(`${without} 이미지의 빌드 기록(docker history)을 읽지 못했습니다`, `no build history (docker history) of image ${without} was read`), {
        expected: `docker history ${without}`,
        actual: '(none)',
        hint: msg('dockgrade를 새 버전으로 다시 실행해 상태를 다시 읽으세요', 'run dockgrade again (a current version) to read the state again'),
      });
    }
    const { same, rebuilt } = compareHistories(image, other);
    // values in no language: the first step that must differ, by its place in docker history (oldest first, from 1)
    const evidence = (found: string) => ({ expected: `history[${same + 1}].created ≠ ${otherWanted} history[${same + 1}].created`, actual: found });
    if (rebuilt > 0) {
      const step = image.history[same];
      return pass(
        msg(
          `${wanted} 이미지는 ${josa(otherWanted, '와/과')} 같은 줄(${instruction(step)}부터 ${rebuilt}단계)을 캐시 없이 다시 빌드했습니다`,
          `image ${wanted} built the lines it shares with ${otherWanted} (${rebuilt} ${rebuilt === 1 ? 'step' : 'steps'} from ${instruction(step)}) again, not from the cache`,
        ),
        evidence(`history[${same + 1}] ${instruction(step)}: ${step.created} ≠ ${other.history[same].created}`),
      );
    }
    // Every instruction both share is one and the same step: taken from the cache, or nothing beyond the base is shared.
    const last = image.history[same - 1];
    const shared = last ? `history[1..${same}] = ${otherWanted} history[1..${same}] (${instruction(last)}: ${last.created})` : '(none)';
    return fail(
      last
        ? msg(
            `${wanted} 이미지는 ${josa(otherWanted, '와/과')} 같은 단계를 모두 캐시에서 가져왔습니다: 처음 ${same}단계(마지막: ${instruction(last)})가 시각까지 같습니다`,
            `image ${wanted} took every step it shares with ${otherWanted} from the cache: its first ${same} steps (the last: ${instruction(last)}) are the same, times included`,
          )
        : msg(`${wanted} 이미지와 ${otherWanted} 이미지는 같은 단계가 없습니다 (비교할 수 없습니다)`, `images ${wanted} and ${otherWanted} share no step (nothing to compare)`),
      { ...evidence(shared), hint },
    );
  });
}

export const builtWithoutCacheKind = defineKind({
  name: 'built-without-cache',
  code: 'DG211',
  target: 'state',
  docs: msg(
    '이미지가 빌드 캐시 없이 빌드됨 (docker build --no-cache): 같은 Dockerfile 줄을 가진 다른 이미지와 빌드 기록(단계와 시각)을 비교',
    'an image was built without the build cache (docker build --no-cache): its history (steps and times) compared with another image that shares Dockerfile lines',
  ),
  params: (z) =>
    z
      .object({
        name: z.string().min(1).describe("the image built again, by the book's reference (mybuild:0.0)"),
        made: z.boolean().optional().describe("the learner's steps make it: under a prefix its tag carries the prefix"),
        other: z.string().min(1).describe('the image whose Dockerfile shares lines with it (mycache:0.0)'),
        otherMade: z.boolean().optional().describe("the learner's steps make that one too"),
        fix: commandParam(z, 'the command that makes it right, as the book types it (names get the prefix)').optional(),
      })
      .strict(),
  build: ({ params, options, line }) =>
    builtWithoutCache(
      {
        image: { name: params.name, ...(params.made ? { made: true } : {}) },
        other: { name: params.other, ...(params.otherMade ? { made: true } : {}) },
        ...(params.fix ? { fix: line(params.fix) } : {}),
      },
      options,
    ),
});
