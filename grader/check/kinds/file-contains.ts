/**
 * Probe kind `file-contains`: `cat PATH` inside the running container prints a text, e.g. what another
 * container wrote into a volume both mount (2.2.6's myvolume: myvolume_1 writes /root/volume,
 * myvolume_2 reads it). Read-only: cat of an absolute path is on the probe allowlist.
 */
import { msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import type { ContainerTarget, Names, ProbeCheck } from '../types.js';
import { fail, pass, type CheckOptions } from './check-builder.js';
import { execProbe } from './exec-probe.js';
import { commandParam, defineKind } from './kind.js';

/** A path cat may be given (the allowlist's shape). */
export const FILE_PATH = /^\/[\w.@+/-]*$/;

/**
 * `cat path` inside the running container prints `text`. `write`: the command that writes it, as the book
 * types it (myvolume_1's `echo … >> /root/volume`), which the hint gives before the look: reading again
 * changes nothing when nothing was written.
 */
export function fileContains(target: ContainerTarget, path: string, text: string, options: CheckOptions & { write?: (names: Names) => string } = {}): ProbeCheck {
  return execProbe(
    target,
    {
      id: `file-${path}`,
      title: msg(`컨테이너 안의 ${path} 내용`, `${path} inside the container`),
      cmd: ['cat', path],
      shown: `cat ${path}`,
      explain: (n) => {
        const who = target.name ? n.name(target.name) : '<name>';
        return msg(`${who} 컨테이너 안의 ${path}에 ${josa(text, '이/가')} 있어야 합니다 (확인: docker exec ${who} cat ${path})`, `${path} inside ${who} holds ${text} (see: docker exec ${who} cat ${path})`);
      },
      judge: (run, c, ctx) => {
        const see = `docker exec ${c.name} cat ${path}`;
        const write = options.write?.(ctx);
        const expected = `${path} ∋ ${text}`;
        const firstLine = run.raw.split('\n')[0]?.trim() || '(none)';
        if (run.ok && run.raw.includes(text)) return pass(msg(`${c.name} 안의 ${path}: ${text}`, `${path} inside ${c.name}: ${text}`), { expected, actual: `${path}: ${text}` });
        return fail(
          run.ok ? msg(`${c.name} 안의 ${path}에 ${josa(text, '이/가')} 없습니다 (첫 줄: ${firstLine})`, `${path} inside ${c.name} does not hold ${text} (first line: ${firstLine})`) : msg(`${c.name} 안에 ${path} 파일이 없습니다`, `no file ${path} inside ${c.name}`),
          { expected, actual: run.ok ? `${path}: ${firstLine}` : `${path}: (none)`, hint: write ? msg(`${josa(text, '을/를')} 쓰세요: ${write} (확인: ${see})`, `write ${text}: ${write} (look: ${see})`) : msg(`확인하세요: ${see}`, `look: ${see}`) },
        );
      },
    },
    options,
  );
}

export const fileContainsKind = defineKind({
  name: 'file-contains',
  code: 'DG306',
  target: 'container',
  docs: msg('실행 중인 컨테이너 안에서 cat PATH가 글을 보여 줌 (다른 컨테이너가 볼륨에 쓴 내용 등)', 'cat PATH inside the running container prints a text (what another container wrote into a shared volume)'),
  params: (z) =>
    z
      .object({
        path: z.string().regex(FILE_PATH, 'an absolute path').describe('the file, an absolute path'),
        text: z.string().min(1).describe('the text it must hold'),
        write: commandParam(z, 'the command that writes it, as the book types it (names get the prefix): the hint gives it first').optional(),
      })
      .strict(),
  build: ({ target, params, options, line }) => fileContains(target!, params.path, params.text, { ...options, ...(params.write ? { write: line(params.write) } : {}) }),
});
