/**
 * `dockgrade check --watch`: grade, then re-grade whenever the engine's state changes, until Ctrl+C
 * (SIGINT) or SIGTERM stops it cleanly with exit code 0. A thin user of the pipeline's live session
 * (grader/pipeline/live-session.ts: events, coalescing, re-grade), which never changes the engine: this
 * module only connects, renders each verdict on the terminal (or into the report files) and says when
 * the engine's event stream is lost.
 */
import { ExitCode } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { openEngine, type GradeStageOptions, type JournalStageOptions } from '../pipeline/pipeline.js';
import { LiveSession } from '../pipeline/live-session.js';
import type { OutputTarget } from './report-outputs.js';
import { inertLine } from '../../reports/terminal-text.js';
import { roundErrorLine } from './report-error.js';
import { emitRun } from './run-output.js';

/** What the watch reads of `check`'s options (declared here, so the two commands never import each other). */
export interface WatchOptions {
  host?: string;
  timeoutMs?: number;
  probes: boolean;
  prefix: string;
  lang: Lang;
  /** Quiet time after the last engine event before a re-grade. */
  debounceMs?: number;
  /** `--color` / `--no-color`. */
  color?: boolean;
}

function clock(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** Watches until SIGINT/SIGTERM; returns 0. Connection trouble at start is an error (exit 3). */
export async function runWatch(
  stages: GradeStageOptions & JournalStageOptions,
  targets: readonly OutputTarget[],
  options: WatchOptions,
  out: NodeJS.WriteStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const client = await openEngine({ host: options.host, timeoutMs: options.timeoutMs });
  const ko = options.lang === 'ko';
  const toStdout = targets.some((target) => target.file === undefined);
  const redraw = Boolean(out.isTTY) && toStdout;
  const session = new LiveSession({
    client,
    stages,
    probes: options.probes,
    timeoutMs: options.timeoutMs,
    debounceMs: options.debounceMs,
    onRun: async (graded) => {
      // A course's hidden checks are counted for the teacher, never shown to the student.
      const run = stages.catalog.course ? (await import('../course/course-run.js')).studentRun(graded, stages.catalog) : graded;
      const stamp = clock(new Date());
      const header = ko ? `── dockgrade check --watch · ${stamp} · 멈추려면 Ctrl+C ──\n` : `── dockgrade check --watch · ${stamp} · Ctrl+C to stop ──\n`;
      if (toStdout) out.write(`${redraw ? '\u001b[2J\u001b[H' : '\n'}${header}`);
      await emitRun(run, targets, options.lang, out, options.color, stages.catalog.publicWords);
      if (!toStdout) out.write(`${header.trimEnd()} → ${targets.map((t) => t.file).join(', ')} (${run.totals.points}/${run.totals.maxPoints})\n`);
    },
    // A failed round is reported; the watch goes on: the engine may come back, the next event re-grades.
    onError: (error) => err.write(`${roundErrorLine(error, options.lang)}\n`),
    onStreamLost: (error) => {
      if (error === undefined) err.write(`dockgrade: ${ko ? '엔진의 이벤트 스트림이 끊겼습니다. 다시 연결합니다' : "lost the engine's event stream; reconnecting"}\n`);
      else err.write(`dockgrade: ${ko ? '이벤트를 받을 수 없습니다' : 'cannot follow engine events'} (${inertLine((error as Error).message)}); ${ko ? '다시 시도합니다' : 'retrying'}\n`);
    },
  });

  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  // Stopped at once, even during the first grade: nothing more is shown after Ctrl+C.
  const stop = () => {
    void session.stop();
    finish();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await session.start();
    await done;
    await session.stop();
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
  if (!redraw && toStdout) out.write(ko ? '\n감시를 멈췄습니다.\n' : '\nstopped watching.\n');
  return ExitCode.Ok;
}
