/** What a command may touch of the outside world, injectable so commands run in tests without a process. */
import { readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { writeStdout } from './files/writeStdout.js';

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
  /** True when the process was started with stdout closed (`score … >&-`): results have nowhere to go. */
  stdoutClosed?: boolean;
  /** False silences the progress bar and notes (`-q`); errors and the accounting are still written. */
  verbose?: boolean;
}

/** The real process's streams. */
export function processIo(): Io {
  // A refused write (a closed pipe, a full disk) also surfaces as an 'error' event: the write's
  // own callback reports it (files/writeStdout), so the event must not end the process with a stack.
  process.stdout.on('error', () => undefined);
  return {
    stdout: process.stdout,
    stderr: (line) => process.stderr.write(`${line}\n`),
    stderrIsTTY: process.stderr.isTTY === true,
    progress: (text) => process.stderr.write(`\r${text}\x1b[K`),
    cwd: userFolder(),
    stdoutClosed: startedWithStdoutClosed(),
  };
}

/**
 * The folder the user ran `score` in. Through the workspace's `pnpm score` script the process
 * starts in the repository root; pnpm and npm pass the user's folder as INIT_CWD, so
 * `cd 2024数据 && pnpm score *.csv` reads the user's files rather than looking for them in the root.
 */
function userFolder(): string {
  const init = process.env['INIT_CWD'];
  return process.env['npm_lifecycle_event'] === 'score' && init ? init : process.cwd();
}

/**
 * Node replaces a closed stdout with /dev/null opened read-write; a shell's `> /dev/null` opens it
 * write-only. Linux shows which in /proc; elsewhere a closed stdout cannot be told apart (false).
 */
function startedWithStdoutClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /flags:\s*([0-7]+)/.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** Writes text to standard output; a closed or full stdout is a one-line error (files/writeStdout). */
export function print(io: Io, text: string): Promise<void> {
  return writeStdout(io, [text]);
}

/** Resolves a user-given path against the run's working directory. */
export function resolvePath(io: Io, path: string): string {
  return resolve(io.cwd, path);
}
