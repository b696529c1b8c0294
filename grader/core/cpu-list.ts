/**
 * CPU lists as `--cpuset-cpus` takes them (`2`, `0,1`, `0-2,4`), and what a host that lacks the book's
 * CPUs offers instead: the book's `--cpuset-cpus=2` needs a third CPU, which a two-CPU host does not have
 * (the engine refuses it: "Requested CPUs are not available"), so there the same number of CPUs it has
 * stands in. Pure: the checks (grader/check/kinds/cpuset.ts) and the steps selftest and solve run
 * (grader/docker/docker-args.ts forHost) share it.
 */

/** The CPUs of a list, sorted and without repeats; null when it is not a CPU list. */
export function parseCpuList(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const cpus = new Set<number>();
  for (const part of trimmed.split(',')) {
    const range = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(part.trim());
    if (!range) return null;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from || to - from > 1024) return null;
    for (let cpu = from; cpu <= to; cpu++) cpus.add(cpu);
  }
  return [...cpus].sort((a, b) => a - b);
}

/** A list as the engine writes it: `0-1`, `0,2`, `3`. */
export function formatCpuList(cpus: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < cpus.length; i++) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j] + 1) j++;
    parts.push(j > i ? `${cpus[i]}-${cpus[j]}` : `${cpus[i]}`);
    i = j;
  }
  return parts.join(',');
}

/** Whether a host with `ncpu` CPUs has every CPU of the list (an unknown count, 0, is taken to have them). */
export function hostHas(cpus: readonly number[], ncpu: number): boolean {
  return ncpu <= 0 || cpus.every((cpu) => cpu < ncpu);
}

/**
 * What stands in for the book's list on a host that lacks some of its CPUs: as many of the host's last
 * CPUs (`2` on two CPUs: `1`); null when the host has the book's CPUs, or too few for as many.
 */
export function standInCpus(book: readonly number[], ncpu: number): number[] | null {
  if (hostHas(book, ncpu) || book.length > ncpu) return null;
  return Array.from({ length: book.length }, (_, i) => ncpu - book.length + i);
}
