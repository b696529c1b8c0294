/**
 * Orders strings by UTF-16 code units: the same order on every machine and locale, and free, where
 * `localeCompare` first loads ICU's collator (it took 10-80 ms of `dockgrade check`'s start-up in a CPU
 * profile, for sorting a few container names).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares section numbers numerically: 2.2.10 after 2.2.9. */
export function compareSections(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
