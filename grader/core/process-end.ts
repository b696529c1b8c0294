/**
 * How a command ends the process. Normally Node exits by itself once nothing is left to do; but an
 * engine that stalled or trickles bytes can leave a socket (or a library's timer) behind, and a run
 * that has printed its line and written its files must not then wait for it (a CI job killed at its
 * own timeout, a class grade that never returns). So the exit code is set, and if the process is still
 * alive a moment later it leaves: the timer is unref'd, so it never delays a process that ends on its own.
 */

/** Time given to stdout/stderr (pipes on macOS are asynchronous) before a stuck process is ended. */
export const EXIT_GRACE_MS = 300;

/** Sets the exit code, and ends the process after EXIT_GRACE_MS should something still hold it open. */
export function endProcess(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
}
