import { readFileSync } from 'node:fs';
import { BEGIN, END, mergeFigures, overLimit, renderTable, tableIn, withTable, type Figure, type FigureFile } from './figures.js';

const row = (id: string, order: number, ok = true, figure = 'ratio 1.10'): Figure => ({ id, order, scenario: `scenario ${id}`, figure, target: 'ratio ≤ 1.5', ok, at: '2026-12-05T08:10:00.000Z', load: 1.25, how: 'npm run bench -- --guard' });

describe('docs/performance.md and bench/figures.json', () => {
  it('hold the same figures: the table is the one the bench writes, not edited by hand', () => {
    const doc = readFileSync('docs/performance.md', 'utf8');
    const { figures } = JSON.parse(readFileSync('bench/figures.json', 'utf8')) as FigureFile;
    expect(tableIn(doc)).toBe(renderTable(figures));
    expect(withTable(doc, figures)).toBe(doc);
  });
});

describe('bench figures', () => {
  it('a run replaces only the rows it measured, in the scenarios order', () => {
    const merged = mergeFigures([row('many500', 2), row('cold', 1, false, 'ratio 6.70')], [row('cold', 1, true, 'ratio 1.12'), row('batch1000', 3)]);
    expect(merged.map((f) => [f.id, f.figure])).toEqual([
      ['cold', 'ratio 1.12'],
      ['many500', 'ratio 1.10'],
      ['batch1000', 'ratio 1.10'],
    ]);
  });

  it('renders each figure beside its target, with when, the load and how it was measured', () => {
    expect(renderTable([row('cold', 1), row('x', 2, false, 'a | b')]).split('\n')).toEqual([
      '| scenario | figure | target | | measured (UTC, load average, how) |',
      '|---|---|---|---|---|',
      '| scenario cold | ratio 1.10 | ratio ≤ 1.5 | ✓ | 2026-12-05 08:10, load 1.3, `npm run bench -- --guard` |',
      '| scenario x | a \\| b | ratio ≤ 1.5 | ✗ | 2026-12-05 08:10, load 1.3, `npm run bench -- --guard` |',
    ]);
  });

  it('rewrites only what lies between the markers, and refuses a doc without them', () => {
    const doc = `# x\n\nbefore\n${BEGIN}\nold table\n${END}\nafter\n`;
    expect(withTable(doc, [row('cold', 1)])).toBe(`# x\n\nbefore\n${BEGIN}\n${renderTable([row('cold', 1)])}\n${END}\nafter\n`);
    expect(() => withTable('# no markers', [])).toThrow(/markers/);
    expect(tableIn('# no markers')).toBeNull();
  });

  it('the guard fails on the median of the pairs, not on one disturbed pair', () => {
    expect(overLimit([1.1, 1.2, 9.0, 1.3, 1.2], 2.0)).toBe(false);
    expect(overLimit([6.1, 6.9, 0.9, 6.7, 7.2], 2.0)).toBe(true);
    expect(overLimit([2.0, 2.0, 2.0], 2.0)).toBe(false);
  });
});
