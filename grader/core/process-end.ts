/**
 * How a command ends the process. Normally Node exits by itself once nothing is left to do; but an
 * engine that stalled or trickles bytes can leave a socket (or a library's timer) behind, and a run
 * that has printed its line and written its files must not then wait for it (a CI job killed at its
 * own timeout, a class grade that never returns). So the exit code is set, and if the process is still
 * alive a moment later it leaves: the timer is unref'd, so it never delays a process that ends on its own.
 */

/** Time a process still held open gets, once its stdout and stderr are written, before it is ended. */
export const EXIT_GRACE_MS = 300;

/** How often a run that ended looks whether its output has been written. */
const FLUSH_POLL_MS = 10;

/** What endProcess waits for: a stream's bytes not yet handed to the system. */
export interface PendingOutput {
  readonly writableLength: number;
  readonly destroyed: boolean;
}

/**
 * Sets the exit code, and ends the process EXIT_GRACE_MS after its output was written should something
 * still hold it open. Writes to a pipe are asynchronous on Linux too: a reader that is slow to read
 * (`dockgrade check … | sed …` on a busy machine) once lost the end of a 200 kB JSON report to the
 * forced exit. Only the grace starts after the output; waiting for it holds nothing open.
 */
export function endProcess(code: number, streams: readonly PendingOutput[] = [process.stdout, process.stderr], exit: (code: number) => void = (c) => process.exit(c)): void {
  process.exitCode = code;
  const leaveLater = () => {
    if (streams.every((s) => s.destroyed || s.writableLength === 0)) setTimeout(() => exit(code), EXIT_GRACE_MS).unref();
    else setTimeout(leaveLater, FLUSH_POLL_MS).unref();
  };
  leaveLater();
}
