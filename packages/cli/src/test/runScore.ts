/**
 * Test helper: runs `score` in this process through `run(argv, io)`, with its output caught in
 * memory: what the command does, without the ~0.3 s of starting Node for every case and with no
 * build needed. The few tests about the real process (exit status, signals, pipes) spawn the
 * built binary instead (`spawnScore.ts`).
 */
import { Writable } from 'node:stream';
import type { Io } from '../io.js';
import { run } from '../main.js';
import { ROOT, type Spawned } from './spawnScore.js';

/** Runs `score ...args` with `cwd` (default: the repository root) as its working directory. */
export async function runScore(args: string[], cwd: string = ROOT): Promise<Spawned> {
  const chunks: Buffer[] = [];
  const stderr: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer | string, encoding, done) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
      done();
    },
  });
  const io: Io = { stdout, stderr: (line) => stderr.push(`${line}\n`), stderrIsTTY: false, progress: () => undefined, cwd };
  const code = await run(args, io);
  const stdoutBytes = Buffer.concat(chunks);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: stderr.join(''), stdoutBytes };
}
