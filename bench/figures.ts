/**
 * The bench's figures as data (issue 25): each scenario's figure beside its target, kept in
 * bench/figures.json and written into docs/performance.md's table by the bench itself
 * (`npm run bench -- … --write-doc`), never by hand; bench/figures.test.ts holds the two in step.
 * A run that measured some scenarios replaces only their rows; each row says when it was measured,
 * under which load, and how.
 */

/** One scenario's latest figure. */
export interface Figure {
  /** Stable key: `cold`, `many500`, `batch1000`, … (rows sort by `order`, then this). */
  id: string;
  order: number;
  scenario: string;
  /** What was measured, with the numbers: `ratio 1.12 (182 ms vs 162 ms)`. */
  figure: string;
  /** The target, in words: `≤ 1.5 × docker inspect`. */
  target: string;
  ok: boolean;
  /** When, under what load and with which command line it was measured. */
  at: string;
  load: number;
  how: string;
}

export interface FigureFile {
  figures: Figure[];
}

/** Where the table sits in docs/performance.md. */
export const BEGIN = '<!-- bench figures: written by `npm run bench -- --write-doc` from bench/figures.json; do not edit by hand -->';
export const END = '<!-- end of bench figures -->';

/** The new rows replace the old rows of the same id; the rest stay as they were. */
export function mergeFigures(old: readonly Figure[], fresh: readonly Figure[]): Figure[] {
  const byId = new Map(old.map((f) => [f.id, f]));
  for (const f of fresh) byId.set(f.id, f);
  return [...byId.values()].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown table of the figures (between BEGIN and END in the doc). */
export function renderTable(figures: readonly Figure[]): string {
  const lines = ['| scenario | figure | target | | measured (UTC, load average, how) |', '|---|---|---|---|---|'];
  for (const f of figures) {
    const when = `${f.at.slice(0, 16).replace('T', ' ')}, load ${f.load.toFixed(1)}, \`${f.how}\``;
    lines.push(`| ${cell(f.scenario)} | ${cell(f.figure)} | ${cell(f.target)} | ${f.ok ? '✓' : '✗'} | ${cell(when)} |`);
  }
  return lines.join('\n');
}

/** The doc with its table between the markers replaced; throws when the markers are missing. */
export function withTable(doc: string, figures: readonly Figure[]): string {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error('docs/performance.md has no bench figures markers');
  return `${doc.slice(0, begin + BEGIN.length)}\n${renderTable(figures)}\n${doc.slice(end)}`;
}

/** The table currently in the doc (between the markers), or null. */
export function tableIn(doc: string): string | null {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  return begin < 0 || end < begin ? null : doc.slice(begin + BEGIN.length, end).trim();
}

/**
 * A guard's verdict on per-pair ratios (ours / baseline, each pair run back to back): over the limit
 * only when the median of all pairs is. The caller measures a second round before failing, so one
 * disturbed round on a busy machine does not fail CI, while a regression like issue 25's (6.7×) does.
 */
export function overLimit(ratios: readonly number[], limit: number): boolean {
  return median(ratios) > limit;
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
