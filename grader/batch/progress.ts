/**
 * A one-line progress display for `grade` on stderr: count, rate and ETA, redrawn at most ten times a
 * second. Silent when stderr is not a terminal or in CI, so logs stay clean.
 */

export interface Progress {
  /** One more row done. */
  tick(): void;
  /** Clears the line. */
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

/** Whether to show progress: on a TTY, outside CI. */
export function showProgress(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb';
}

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  return s >= 90 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.ceil(s)}s`;
}

/** The line shown for `done` of `total` rows after `elapsedMs`. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const width = 24;
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ETA ${done >= total ? '0s' : seconds(eta)}`;
}

/** A progress display for `total` rows, or a silent one. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, enabled = showProgress(stream), now: () => number = Date.now): Progress {
  if (!enabled || total === 0) return SILENT;
  const start = now();
  let count = 0;
  let last = 0;
  const draw = () => stream.write(`\r${progressLine(count, total, now() - start)}\u001b[K`);
  return {
    tick() {
      count += 1;
      const t = now();
      if (t - last >= 100 || count === total) {
        last = t;
        draw();
      }
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
