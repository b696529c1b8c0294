/** The containers checks are about: one the book names, or the best one a rule admits where it names none. */
import { msg, type Msg } from '../core/i18n.js';
import type { Container } from '../model/snapshot-schema.js';
import type { ContainerTarget, Names } from './types.js';

/** A container target by the name the book gives. */
export function named(
  name: string,
  options: { aliases?: string[]; create: (n: Names) => string; describe?: Msg; missingHint?: ContainerTarget['missingHint']; shared?: boolean },
): ContainerTarget {
  return {
    name,
    aliases: options.aliases,
    describe: options.describe ?? msg(`컨테이너 ${name}`, `container ${name}`),
    create: options.create,
    ...(options.missingHint ? { missingHint: options.missingHint } : {}),
    ...(options.shared ? { shared: true } : {}),
  };
}

/** A target for exercises where the book names no container: the best container `match` admits. */
export function matching(match: (c: Container) => boolean, options: { describe: Msg; create: (n: Names) => string }): ContainerTarget {
  return { match, describe: options.describe, create: options.create };
}
