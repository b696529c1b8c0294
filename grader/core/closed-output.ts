/**
 * A reader that goes away (`dockgrade grade … | head -3`, a CI log viewer closed early) closes our
 * stdout: Node then raises EPIPE on the next write as an unhandled 'error' event and the process dies
 * with a stack trace, before `grade` has written the gradebook and the reports. The rule is that a bad
 * outside condition loses nothing else: once the pipe is closed, what would have been printed is
 * dropped, the rest of the run (files, journal, exit code) goes on as if it had been read.
 */

/** Makes `stream` drop its output once its reader has gone (EPIPE); returns whether that happened so far. */
export function tolerateClosedReader(stream: NodeJS.WriteStream): () => boolean {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closed = true;
  });
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((...args: unknown[]) => {
    if (!closed) return write(...args);
    // still call a write callback, as a stream that accepted the bytes would
    const callback = args.find((a) => typeof a === 'function') as ((error?: Error | null) => void) | undefined;
    if (callback) queueMicrotask(() => callback(null));
    return true;
  }) as typeof stream.write;
  return () => closed;
}
