/**
 * File names as the file system gives them: bytes. Linux names are any bytes but `/` and NUL, and a zip
 * made on Korean Windows stores CP949 names (홍길동 as C8 AB B1 E6 B5 BF), which are not valid UTF-8: a
 * name read as a string gets U+FFFD in their place and no longer opens ("no such file"). Folders are
 * therefore read with Buffer names (`readdir(..., { encoding: 'buffer' })`), files are opened by their
 * bytes, and rows and messages show the readable name made here.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * A name's bytes decoded as UTF-8 where they are valid, each other byte written as `\xHH` (upper-case
 * hex): readable, one line, and different for different bytes. Valid names come back unchanged.
 */
export function readableFileName(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    // not valid UTF-8 as a whole: sequence by sequence below
  }
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i]);
    if (length > 0 && i + length <= bytes.length) {
      try {
        // the strict decoder refuses overlong forms, surrogates and bad continuation bytes
        text += strict.decode(bytes.subarray(i, i + length));
        i += length;
        continue;
      } catch {
        // one bad byte, then try again from the next
      }
    }
    text += `\\x${bytes[i].toString(16).toUpperCase().padStart(2, '0')}`;
    i += 1;
  }
  return text;
}
