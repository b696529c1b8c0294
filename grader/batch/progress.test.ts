import { createProgress, progressLine, showProgress } from './progress.js';

describe('progress', () => {
  it('shows count, rate and ETA', () => {
    expect(progressLine(50, 200, 10_000)).toBe('[######..................] 50/200  5.0/s  ETA 30s');
    expect(progressLine(200, 200, 20_000)).toMatch(/200\/200 {2}10\.0\/s {2}ETA 0s$/);
    expect(progressLine(0, 10, 0)).toMatch(/ETA \?$/);
  });

  it('is quiet when stderr is not a terminal or in CI', () => {
    expect(showProgress({ isTTY: false } as NodeJS.WriteStream, {})).toBe(false);
    expect(showProgress({ isTTY: true } as NodeJS.WriteStream, { CI: 'true' })).toBe(false);
    expect(showProgress({ isTTY: true } as NodeJS.WriteStream, {})).toBe(true);
  });

  it('redraws on a terminal at most every 100 ms and clears the line when done', () => {
    const writes: string[] = [];
    let t = 0;
    const stream = { write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
    const progress = createProgress(3, stream, true, () => t);
    t = 10;
    progress.tick(); // 10 ms after the last draw (start): not drawn
    t = 150;
    progress.tick();
    t = 160;
    progress.tick(); // last one is always drawn
    progress.done();
    expect(writes.filter((w) => w.includes('/3')).map((w) => w.match(/\d\/3/)![0])).toEqual(['2/3', '3/3']);
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });
});
