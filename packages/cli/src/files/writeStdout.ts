/**
 * Writes results to standard output, each chunk handed over before the next is asked for, and
 * any refusal — a closed stdout (`>&-`), a reader that went away (EPIPE), a full disk or
 * /dev/full (ENOSPC) — becomes one user error (exit 1) instead of a lost result or a stack trace.
 */
import type { Io } from '../io.js';
import { cannotWriteStdout } from './fileErrors.js';

/** Writes `chunks` to `io.stdout` (left open); throws a one-line error if stdout will not take them. */
export async function writeStdout(io: Io, chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<void> {
  if (io.stdoutClosed === true) throw cannotWriteStdout(Object.assign(new Error('closed'), { code: 'EBADF' }));
  const out = io.stdout;
  // The write callback carries the error too; this listener only keeps the event from being unhandled.
  const ignore = (): void => undefined;
  out.on('error', ignore);
  try {
    // Only stdout's own refusals are said as such: an error of the chunks' maker (a score out of
    // range found while the table is written) goes on as it is, to be said with its own message.
    for await (const chunk of chunks) {
      await new Promise<void>((resolve, reject) => {
        out.write(chunk, (error) => (error ? reject(cannotWriteStdout(error)) : resolve()));
      });
    }
  } finally {
    out.off('error', ignore);
  }
}
