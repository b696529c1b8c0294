/**
 * Compact JSON text (as `JSON.stringify(value)` writes it), as UTF-8 bytes, re-indented the way
 * `JSON.stringify(value, null, 2)` writes it, without parsing it into values and serializing them
 * again. `grade`'s student-files worker receives each run's compact JSON (the bytes summary.json
 * holds) and writes the student's JSON report from it: re-indenting the bytes costs a tenth of
 * parsing, stringifying, escaping and encoding 70 kB of mostly Korean text, whose two-byte strings
 * are large enough for V8 to give each its own pages (issue 25, the batch figures).
 *
 * Whitespace goes only between tokens, never inside a string, so what escapeActiveJson escaped in the
 * compact text stays escaped: `indentJsonBytes(utf8(inertJsonText(v)))` is
 * `utf8(inertJsonText(v, 2))` for any JSON value `v` (a property test holds it to that).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const encoder = new TextEncoder();

/**
 * The re-indented bytes (two spaces a level), with `trailer` bytes appended (a final newline, say).
 * `startDepth`: the level the value sits at inside a larger text (its first line not indented, the
 * rest as they are there): an array element of a top-level key is at level 2.
 */
export function indentJsonBytes(compact: Uint8Array, trailer: readonly number[] = [], startDepth = 0): Uint8Array {
  let out = new Uint8Array(compact.length * 2 + 64);
  let at = 0;
  let depth = startDepth;
  const room = (more: number) => {
    if (at + more <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, at + more));
    bigger.set(out.subarray(0, at));
    out = bigger;
  };
  const newline = () => {
    room(1 + depth * 2);
    out[at++] = NEWLINE;
    out.fill(SPACE, at, at + depth * 2);
    at += depth * 2;
  };
  const length = compact.length;
  let i = 0;
  while (i < length) {
    const byte = compact[i];
    if (byte === QUOTE) {
      // a string, copied whole: up to its closing quote (a backslash escapes the byte after it)
      let end = i + 1;
      while (end < length) {
        const b = compact[end];
        if (b === BACKSLASH) end += 2;
        else if (b === QUOTE) break;
        else end++;
      }
      end = Math.min(end + 1, length);
      room(end - i);
      out.set(compact.subarray(i, end), at);
      at += end - i;
      i = end;
      continue;
    }
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      const close = byte === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
      room(2);
      out[at++] = byte;
      if (compact[i + 1] === close) {
        // empty: `{}` and `[]` stay on one line
        out[at++] = close;
        i += 2;
        continue;
      }
      depth++;
      newline();
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
      newline();
      room(1);
      out[at++] = byte;
    } else if (byte === COMMA) {
      room(1);
      out[at++] = COMMA;
      newline();
    } else if (byte === COLON) {
      room(2);
      out[at++] = COLON;
      out[at++] = SPACE;
    } else {
      room(1);
      out[at++] = byte;
    }
    i++;
  }
  room(trailer.length);
  for (const byte of trailer) out[at++] = byte;
  return out.subarray(0, at);
}

/**
 * `indentJsonBytes` of a compact text made of `head`, whose top-level key `key` holds a marker string
 * (`token`: its JSON text, quotes included) in place of an array, and that array's elements (compact,
 * each re-indented apart at level 2: `indentJsonBytes(element, [], 2)`): the bytes re-indenting the
 * whole text gives, the elements' indented bytes taken as they are. `head` holds `"key":token` once,
 * before any text a learner gave (the caller's guarantee, as runJsonBytes's). No elements is `[]`.
 */
export function indentSplicedBytes(head: Uint8Array, key: string, token: string, elements: readonly Uint8Array[], trailer: readonly number[] = []): Uint8Array {
  const indented = indentJsonBytes(head, trailer);
  const keyText = encoder.encode(`${JSON.stringify(key)}: `);
  const tokenText = encoder.encode(token);
  const found = indexOfBytes(indented, new Uint8Array([...keyText, ...tokenText]));
  if (found < 0) throw new Error(`indentSplicedBytes: no ${key} marker in the head`);
  const at = found + keyText.length;
  const marker = tokenText;
  const open = [OPEN_ARRAY, NEWLINE, SPACE, SPACE, SPACE, SPACE];
  const between = [COMMA, NEWLINE, SPACE, SPACE, SPACE, SPACE];
  const close = [NEWLINE, SPACE, SPACE, CLOSE_ARRAY];
  let length = indented.length - marker.length;
  if (elements.length === 0) length += 2;
  else {
    length += open.length + close.length + between.length * (elements.length - 1);
    for (const element of elements) length += element.length;
  }
  const out = new Uint8Array(length);
  out.set(indented.subarray(0, at), 0);
  let to = at;
  if (elements.length === 0) {
    out[to++] = OPEN_ARRAY;
    out[to++] = CLOSE_ARRAY;
  } else {
    out.set(open, to);
    to += open.length;
    elements.forEach((element, i) => {
      if (i > 0) {
        out.set(between, to);
        to += between.length;
      }
      out.set(element, to);
      to += element.length;
    });
    out.set(close, to);
    to += close.length;
  }
  out.set(indented.subarray(at + marker.length), to);
  return out;
}

/** Where `needle` first starts in `haystack`, or -1. */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  if (needle.length === 0) return 0;
  const first = needle[0];
  for (let i = haystack.indexOf(first); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
