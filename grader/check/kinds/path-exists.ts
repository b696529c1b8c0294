/**
 * Probe kind `path-exists`: `test -e PATH` inside the running container says whether a file or directory
 * is there, or is not: the image's own file that a bind mount hides (2.2.6's volume_dummy sees
 * /home/testdir_2/test; volume_overide, whose host directory covers it, does not), or a file the build
 * context left out (`.dockerignore`, 2.4.3). Read-only: `test` of an absolute path is on the probe allowlist.
 */
import { msg, type Msg } from '../../core/i18n.js';
import { josa } from '../../core/korean-particles.js';
import type { ContainerTarget, Names, ProbeCheck } from '../types.js';
import { fail, fixHint, pass, recreate, withNote, type CheckOptions } from './check-builder.js';
import { plainText } from '../exercise/text-template.js';
import { namedEdit, type FileEdit } from '../file-edit.js';
import { execProbe } from './exec-probe.js';
import { FILE_PATH } from './file-contains.js';
import { commandParam, defineKind, editParam, textParam } from './kind.js';

export interface PathExistsSpec {
  path: string;
  /** Whether the path must be there (default) or must not. */
  exists: boolean;
  /** The command that makes it so, as the learner types it (default: recreate the container as the book makes it). */
  fix?: (names: Names) => string;
  /** A fix that builds: the file edit before it (the hint gives it as `echo … > .dockerignore`, then the fix's commands). */
  edit?: (names: Names) => FileEdit;
  /** Why the path is (not) there, said after the fix: what makes the difference (a host directory hides the image's file; a named volume is filled with it). */
  note?: Msg;
}

/** `test -e path` inside the running container succeeds (`exists`) or fails (`!exists`). */
export function pathExists(target: ContainerTarget, spec: PathExistsSpec, options: CheckOptions = {}): ProbeCheck {
  const { path, exists } = spec;
  return execProbe(
    target,
    {
      id: exists ? `path-${path}` : `no-path-${path}`,
      title: exists ? msg(`컨테이너 안의 ${path}`, `${path} inside the container`) : msg(`컨테이너 안에 ${path} 없음`, `no ${path} inside the container`),
      cmd: ['test', '-e', path],
      shown: `test -e ${path}`,
      explain: (n) => {
        const who = target.name ? n.name(target.name) : '<name>';
        const look = `docker exec ${who} ls -la ${parentOf(path)}`;
        return exists
          ? msg(`${who} 컨테이너 안에 ${josa(path, '이/가')} 있어야 합니다 (확인: ${look})`, `${path} is there inside ${who} (see: ${look})`)
          : msg(`${who} 컨테이너 안에 ${josa(path, '이/가')} 없어야 합니다 (확인: ${look})`, `${path} is not there inside ${who} (see: ${look})`);
      },
      judge: (run, c, ctx) => {
        const look = `docker exec ${c.name} ls -la ${parentOf(path)}`;
        // test -e exits 0 when the path is there and 1 when it is not; anything else is not an answer
        const found = run.ok && run.code === 0;
        const absent = !run.ok && run.code === 1;
        // language-neutral evidence: the path where it is there, (none) where it is not
        const evidence = { expected: exists ? path : '(none)', actual: found ? path : absent ? '(none)' : `test -e ${path} → ${String(run.code)}` };
        if (found === exists && (found || absent)) {
          return pass(exists ? msg(`${c.name} 안에 ${josa(path, '이/가')} 있습니다`, `${path} is there inside ${c.name}`) : msg(`${c.name} 안에 ${josa(path, '이/가')} 없습니다`, `${path} is not there inside ${c.name}`), evidence);
        }
        const fix = spec.fix?.(ctx) ?? recreate(c, target, ctx);
        const how = spec.edit ? fixHint(fix, { edit: spec.edit(ctx) }) : msg(`이렇게 고치세요: ${fix}`, `fix it: ${fix}`);
        const hint = withNote(msg(`${how.ko} (확인: ${look})`, `${how.en} (look: ${look})`), spec.note);
        if (!found && !absent) return fail(msg(`${c.name} 안에서 test -e ${path}의 종료 코드가 ${String(run.code)}입니다`, `test -e ${path} inside ${c.name} exited ${String(run.code)}`), { ...evidence, hint });
        return fail(
          exists ? msg(`${c.name} 안에 ${josa(path, '이/가')} 없습니다`, `${path} is not there inside ${c.name}`) : msg(`${c.name} 안에 ${josa(path, '이/가')} 있습니다`, `${path} is there inside ${c.name}`),
          { ...evidence, hint },
        );
      },
    },
    options,
  );
}

/** The directory holding `path` (`/` for a top-level one). */
function parentOf(path: string): string {
  const cut = path.replace(/\/+$/, '').lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

export const pathExistsKind = defineKind({
  name: 'path-exists',
  code: 'DG307',
  target: 'container',
  docs: msg(
    '실행 중인 컨테이너 안에 경로가 있음, 또는 없음 (test -e: 바인드 마운트가 가린 이미지의 파일, .dockerignore로 뺀 파일)',
    "a path is there inside the running container, or is not (test -e: the image's file a bind mount hides, a file .dockerignore left out)",
  ),
  params: (z) =>
    z
      .object({
        path: z.string().regex(FILE_PATH, 'an absolute path').describe('the file or directory, an absolute path'),
        exists: z.boolean().default(true).describe('true: it must be there (default); false: it must not'),
        fix: commandParam(z, 'the command that makes it so, as the book types it (names get the prefix); default: recreate the container').optional(),
        edit: editParam(z, 'a fix that builds (docker build … && …): the file edit before it; the hint gives it as echo … > FILE').optional(),
        note: textParam(z, 'why the path is there or not, said after the fix (a host directory mounted over an image directory hides its files; a named volume is filled with them)').optional(),
      })
      .strict()
      .refine((p) => p.edit === undefined || /^docker (image )?build /.test(p.fix ?? ''), { path: ['edit'], message: 'edit changes a file of a build: give fix: docker build …' }),
  build: ({ target, params, options, line, fileLine }) =>
    pathExists(target!, { path: params.path, exists: params.exists, ...(params.fix ? { fix: line(params.fix) } : {}), ...(params.edit ? { edit: namedEdit(params.edit, fileLine) } : {}), ...(params.note ? { note: plainText(params.note) } : {}) }, options),
});
