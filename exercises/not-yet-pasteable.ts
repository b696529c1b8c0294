/**
 * Hints measured here not to work when pasted, each with why, until they are fixed (a fixed one fails this
 * test until it is taken off the list, so the list only shrinks). Keys: `exercise check`.
 */
export const NOT_YET_PASTEABLE: Readonly<Record<string, string>> = {
};
