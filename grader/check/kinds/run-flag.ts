/**
 * Check kind `run-flag`: a boolean `docker run`/`create` flag the container was made with, read from
 * its configuration. One table row per flag (`-i`: `OpenStdin`, check id `stdin`; `-t`: `Tty`, check id
 * `tty`), with its texts as message templates by id (`{{create}}`, `{{recreate}}`: the commands).
 */
import { msg, type Msg } from '../../core/i18n.js';
import type { Container } from '../../model/snapshot-schema.js';
import type { ContainerCheck, ContainerTarget, Names } from '../types.js';
import { containerCheck, fail, pass, recreate, type CheckOptions } from './check-builder.js';
import { defineKind } from './kind.js';

/** What one flag reads and says. */
interface RunFlag {
  /** Default check id. */
  id: string;
  /** The inspect field, as expected/found show it. */
  field: string;
  read: (c: Container) => boolean;
  messages: Record<'title' | 'explain' | 'pass' | 'fail' | 'hint', Msg>;
}

const RUN_FLAGS: Record<'-i' | '-t', RunFlag> = {
  '-i': {
    id: 'stdin',
    field: 'OpenStdin',
    read: (c) => c.openStdin,
    messages: {
      title: msg('-i (표준 입력 유지)', '-i (stdin open)'),
      explain: msg('-i로 표준 입력을 열어 두어야 합니다: {{create}}', '-i keeps stdin open: {{create}}'),
      pass: msg('표준 입력이 열려 있습니다 (-i)', 'stdin is kept open (-i)'),
      fail: msg('-i 옵션 없이 만들어졌습니다', 'made without -i: stdin is closed'),
      hint: msg('-i -t를 붙여 다시 만드세요: {{recreate}}', 'recreate it with -i -t: {{recreate}}'),
    },
  },
  '-t': {
    id: 'tty',
    field: 'Tty',
    read: (c) => c.tty,
    messages: {
      title: msg('-t (TTY 할당)', '-t (a TTY)'),
      explain: msg('-t로 TTY를 할당해야 셸을 쓸 수 있습니다: {{create}}', '-t allocates the TTY a shell needs: {{create}}'),
      pass: msg('TTY가 할당되어 있습니다 (-t)', 'a TTY is allocated (-t)'),
      fail: msg('-t 옵션 없이 만들어져 셸을 쓸 수 없습니다', 'made without -t: there is no TTY for the shell'),
      hint: msg('-i -t를 붙여 다시 만드세요: {{recreate}}', 'recreate it with -i -t: {{recreate}}'),
    },
  },
};

/** A message template with its `{{key}}` placeholders filled (ESLint's message data). */
function fill(template: Msg, data: Record<string, string> = {}): Msg {
  const put = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '');
  return msg(put(template.ko), put(template.en));
}

/** The container was made with `flag` (`-i` or `-t`). */
export function runFlag(target: ContainerTarget, flag: '-i' | '-t', options: CheckOptions = {}): ContainerCheck {
  const { id, field, read, messages } = RUN_FLAGS[flag];
  const explain = (n: Names) => fill(messages.explain, { create: target.create(n) });
  return containerCheck({ id, title: messages.title, explain }, target, options, (c, ctx) =>
    read(c)
      ? pass(messages.pass, { expected: `${field}=true`, actual: `${field}=true` })
      : fail(messages.fail, { expected: `${field}=true`, actual: `${field}=false`, hint: fill(messages.hint, { recreate: recreate(c, target, ctx) }) }),
  );
}

/** `-t`: a pseudo-TTY is allocated (check id `tty`). */
export const tty = (target: ContainerTarget, options: CheckOptions = {}): ContainerCheck => runFlag(target, '-t', options);

/** `-i`: stdin is kept open (check id `stdin`). */
export const interactive = (target: ContainerTarget, options: CheckOptions = {}): ContainerCheck => runFlag(target, '-i', options);

export const runFlagKind = defineKind({
  name: 'run-flag',
  code: 'DG104',
  target: 'container',
  docs: msg('컨테이너를 만들 때 준 옵션 -i (표준 입력 유지) 또는 -t (TTY 할당)', 'the container was made with -i (stdin kept open) or -t (a TTY)'),
  params: (z) => z.object({ flag: z.enum(['-i', '-t']).describe('-i: OpenStdin, check id stdin; -t: Tty, check id tty') }).strict(),
  build: ({ target, params, options }) => runFlag(target!, params.flag, options),
});
