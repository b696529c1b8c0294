/**
 * A hint that takes several commands says them as numbered steps, one a line (issue 27): a learner
 * pastes one line at a time and sees which one failed, and a `docker run -i -t` that attaches does not
 * swallow the commands after it as a `&&` chain would. Hints are written with `&&` (a kind's `recreate`,
 * an exercise's `fix: a && b`, a template's `docker rm -f {{container}} && {{create}}`); every failing or
 * skipped outcome's hint passes through here once (check-builder.ts `fail`, `skip`).
 *
 *     다시 만드세요: docker rm -f web && docker run -d --name web nginx (확인: docker ps)
 * becomes
 *     다시 만드세요:
 *     1. docker rm -f web
 *     2. docker run -d --name web nginx
 *     (확인: docker ps)
 */
import type { Msg } from '../core/i18n.js';
import { commandsOfLine } from '../docker/docker-args.js';
import { isFileEdit } from './file-edit.js';
import { memoizedText } from '../core/text-memo.js';

/** Where the commands to paste start: after the last `: ` before `docker ` (or a file edit, `echo … >> Dockerfile`) outside a parenthesised aside. */
function commandsStart(text: string): number {
  const outside = text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  let at = -1;
  for (const m of outside.matchAll(/: (?=docker |echo )/g)) at = m.index + 2;
  return at;
}

/** Where the run of commands from `at` ends: an aside ` (` or a Korean word outside quotes, or the end. */
function commandsEnd(text: string, at: number): number {
  let quote: string | null = null;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ((ch === '(' && text[i - 1] === ' ') || ch === '\n' || (ch >= '\uAC00' && ch <= '\uD7A3')) return i;
  }
  return text.length;
}

/** Hints numbered so far: `grade` numbers the same hints for every student of a class. */
const numbered = new Map<string, string>();

/** One language's hint with a `&&` chain of docker commands as numbered lines; any other text as it is. */
export function numberedCommands(text: string): string {
  return memoizedText(numbered, text, numberCommands);
}

function numberCommands(text: string): string {
  // two commands are joined by `&&` (commandsOfLine): most hints have none, and need no scan
  if (!text.includes('&&')) return text;
  const at = commandsStart(text);
  if (at < 0) return text;
  const end = commandsEnd(text, at);
  const commands = commandsOfLine(text.slice(at, end));
  if (commands.length < 2 || !commands.every((c) => c.startsWith('docker ') || isFileEdit(c))) return text;
  const rest = text.slice(end).trim();
  return `${text.slice(0, at).trimEnd()}\n${commands.map((c, i) => `${i + 1}. ${c}`).join('\n')}${rest ? `\n${rest}` : ''}`;
}

/** A hint in both languages with its command chains numbered. */
export function numberedHint(hint: Msg): Msg {
  return { ko: numberedCommands(hint.ko), en: numberedCommands(hint.en) };
}

/**
 * `numberedHint`, each language numbered when it is first read (and then kept): a hint that is never
 * read (an outcome the runner only scores) costs nothing. Reads as a plain Msg, `ko` before `en`.
 */
export function numberedLater(hint: Msg): Msg {
  let ko: string | undefined;
  let en: string | undefined;
  return {
    get ko() {
      return (ko ??= numberedCommands(hint.ko));
    },
    get en() {
      return (en ??= numberedCommands(hint.en));
    },
  };
}
