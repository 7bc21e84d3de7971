/**
 * Test helper: runs `score` in this process through `run(argv, io)` with the streams kept in
 * memory — fast enough for hundreds of runs (a spawn costs about half a second).
 */
import { Writable } from 'node:stream';
import type { Io } from '../io.js';
import { run } from '../main.js';

/** What an in-process run printed and returned. */
export interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
  /** Progress texts drawn (only when `stderrIsTTY`). */
  progress: string[];
}

/** Options of {@link runScore}. */
export interface RunOptions {
  /** Pretend stderr is a terminal (progress is drawn). */
  stderrIsTTY?: boolean;
  /** The standard output to use (default: kept in memory). */
  stdout?: Writable;
}

/** Runs `score ...argv` in `cwd`. */
export async function runScore(argv: string[], cwd: string, options: RunOptions = {}): Promise<RunResult> {
  const chunks: Buffer[] = [];
  const stderr: string[] = [];
  const progress: string[] = [];
  const io: Io = {
    stdout:
      options.stdout ??
      new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          chunks.push(Buffer.isBuffer(chunk) ? Buffer.from(chunk) : Buffer.from(chunk, 'utf8'));
          done();
        },
      }),
    stderr: (line) => stderr.push(line),
    stderrIsTTY: options.stderrIsTTY === true,
    progress: (text) => progress.push(text),
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout: Buffer.concat(chunks), stderr: stderr.map((l) => `${l}\n`).join(''), progress };
}

/** True when `stderr` is one line per message with no stack trace. */
export function hasStackTrace(stderr: string): boolean {
  return /\n\s+at /.test(stderr) || stderr.includes('内部错误');
}
