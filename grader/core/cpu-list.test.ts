import { formatCpuList, hostHas, parseCpuList, standInCpus } from './cpu-list.js';

describe('cpu-list', () => {
  it('reads --cpuset-cpus lists as sorted sets, and refuses what is not one', () => {
    expect(parseCpuList('2')).toEqual([2]);
    expect(parseCpuList('0-2,4')).toEqual([0, 1, 2, 4]);
    expect(parseCpuList('3,1,1')).toEqual([1, 3]);
    expect(parseCpuList('')).toEqual([]);
    for (const bad of ['two', '2-1', '1,,2', '-1', '0-99999']) expect([bad, parseCpuList(bad)]).toEqual([bad, null]);
  });
  it('writes them as the engine does', () => {
    expect(formatCpuList([0, 1, 2, 4])).toBe('0-2,4');
    expect(formatCpuList([1])).toBe('1');
    expect(formatCpuList([])).toBe('');
  });
  it("a host lacking the book's CPUs offers as many of its last ones; an unknown count (0) has them", () => {
    expect(hostHas([2], 3)).toBe(true);
    expect(hostHas([2], 2)).toBe(false);
    expect(hostHas([2], 0)).toBe(true);
    expect(standInCpus([2], 2)).toEqual([1]);
    expect(standInCpus([1], 1)).toEqual([0]);
    expect(standInCpus([2, 3], 2)).toEqual([0, 1]);
    expect(standInCpus([2], 4)).toBeNull();
    expect(standInCpus([0, 1, 2], 2)).toBeNull();
  });
});
