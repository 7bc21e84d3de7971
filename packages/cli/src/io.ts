/** What a command may touch of the outside world, injectable so commands run in tests without a process. */
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';

/** Output streams and the working directory of one CLI run. */
export interface Io {
  /** Standard output (results go here unless --out is given). */
  stdout: Writable;
  /** Writes one line to standard error (newline added). */
  stderr(line: string): void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  stderrIsTTY: boolean;
  /** Redraws the progress line on a terminal (carriage return, no newline). */
  progress(text: string): void;
  /** Directory relative paths resolve against. */
  cwd: string;
}

/** The real process's streams. */
export function processIo(): Io {
  // A closed pipe on stdout (`score … | head`) may also surface later as an 'error' event.
  process.stdout.on('error', (error: Error & { code?: string }) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    stdout: process.stdout,
    stderr: (line) => process.stderr.write(`${line}\n`),
    stderrIsTTY: process.stderr.isTTY === true,
    progress: (text) => process.stderr.write(`\r${text}\x1b[K`),
    cwd: process.cwd(),
  };
}

/** Writes text to standard output. */
export function print(io: Io, text: string): void {
  io.stdout.write(text);
}

/** Resolves a user-given path against the run's working directory. */
export function resolvePath(io: Io, path: string): string {
  return resolve(io.cwd, path);
}
