/**
 * A build's fix that is an edit of one of the learner's files (issue 27): a line the Dockerfile needs
 * (appended: `echo 'VOLUME /home/volume' >> Dockerfile`), or a file that must hold one line only (written:
 * `echo test2.html > .dockerignore`). The hint says it in words and as the one shell line that makes it so,
 * in the folder that holds the Dockerfile; a learner may type it or make the same change in an editor.
 * The hint paste (fixtures/hint-paste.ts) reads that line back (parseFileEdit) and applies it to the files
 * the mutation built from, as a shell would, before the pasted `docker build` runs.
 */
import { msg, type Msg } from '../core/i18n.js';
import { shellWords } from '../docker/docker-args.js';
import { josa } from '../core/korean-particles.js';
import type { Names } from './types.js';

/** One line a file needs: appended to it, or (`only`) as its whole content. */
export interface FileEdit {
  /** The file, relative to the folder `docker build` runs in (`Dockerfile`, `.dockerignore`). */
  readonly file: string;
  /** The line, as the book writes it (`VOLUME /home/volume`, `test2.html`). */
  readonly line: string;
  /** The file holds this one line and nothing else (written over), else the line is appended. */
  readonly only?: boolean;
}

/** An edit under the learner's names: its line as `fileLine` writes it for them (a FROM of an image the steps make). */
export function namedEdit(edit: FileEdit, fileLine: (text: string) => (names: Names) => string): (names: Names) => FileEdit {
  const line = fileLine(edit.line);
  return (names) => ({ ...edit, line: line(names) });
}

/** A file name an edit may name: a plain relative path inside the build folder. */
export const EDIT_FILE = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[\w.-][\w./-]*$/;

/** A word as a shell reads it back: as it is when plain, else in single quotes. */
function quoted(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The shell line that makes the edit: `echo LINE >> FILE` (append) or `echo LINE > FILE` (the one line). */
export function editCommand(edit: FileEdit): string {
  return `echo ${quoted(edit.line)} ${edit.only ? '>' : '>>'} ${edit.file}`;
}

/** What the file needs, in words: "Dockerfile에 VOLUME /home/volume 줄이 있어야 합니다" / ".dockerignore에는 test2.html 한 줄만 …". */
export function editWords(edit: FileEdit): Msg {
  return edit.only
    ? msg(`${edit.file}에는 ${edit.line} 한 줄만 있어야 합니다`, `${edit.file} must hold the one line ${edit.line}`)
    : msg(`${edit.file}에 ${edit.line} ${josa('줄', '이/가')} 있어야 합니다`, `${edit.file} needs the line ${edit.line}`);
}

/** A pasted line read back as a file edit: `echo WORDS > FILE` or `>> FILE`; null when it is no such line. */
export function parseFileEdit(line: string): { file: string; text: string; append: boolean } | null {
  if (!/^echo\s/.test(line)) return null;
  let words: string[];
  try {
    words = shellWords(line);
  } catch {
    return null;
  }
  const redirect = words.at(-2);
  const file = words.at(-1);
  const text = words.slice(1, -2);
  // echo's own options (-n, -e) change what it writes: not an edit this reads
  if ((redirect !== '>' && redirect !== '>>') || !file || !EDIT_FILE.test(file) || text.length === 0 || /^-[neE]+$/.test(text[0]!)) return null;
  return { file, text: `${text.join(' ')}\n`, append: redirect === '>>' };
}

/** Whether a command of a hint is a file edit (it is numbered among the docker commands). */
export const isFileEdit = (command: string): boolean => parseFileEdit(command) !== null;
