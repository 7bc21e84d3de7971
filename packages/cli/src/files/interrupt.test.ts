/**
 * The real process (spawned, since signals and exit codes are the point): Ctrl-C during the
 * write, or a kill while reading, leaves the previous file untouched and no temporary file, and
 * says so; two runs on one --out leave one run's complete file (no NUL bytes, no mix).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messyCsv } from '../../../csv/src/test/messyCsv.js';
import { BIN, withFiles } from '../test/spawnScore.js';

const dir = withFiles({ 'firms.csv': messyCsv(30000) });

function start(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

const temporary = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('an interrupted run', () => {
  test('SIGINT while the results are written: ended by the signal (shell: 130), the previous file untouched, no temporary file, said on stderr', async () => {
    writeFileSync(join(dir, 'published.json'), 'last year’s published results');
    const run = start(['firms.csv', '--format', 'json', '--out', 'published.json', '--force']);
    let seen = false;
    const poll = setInterval(() => {
      if (!seen && temporary().length > 0) {
        seen = true;
        run.child.kill('SIGINT');
      }
    }, 2);
    const { signal, stderr } = await run.done;
    clearInterval(poll);
    expect(seen, 'the run ended before its temporary file was seen: use a larger input').toBe(true);
    expect(signal).toBe('SIGINT');
    expect(stderr).toMatch(/已中断（SIGINT），未写出 published\.json.*interrupted \(SIGINT\): published\.json not written/);
    expect(readFileSync(join(dir, 'published.json'), 'utf8')).toBe('last year’s published results');
    expect(temporary()).toEqual([]);
  });

  test('SIGTERM while reading: ended by the signal (shell: 143), nothing written, said on stderr', async () => {
    // The input is a named pipe nobody writes to: the run waits in its read until it is killed.
    const fifo = join(dir, 'waiting.csv');
    execFileSync('mkfifo', [fifo]);
    const run = start(['waiting.csv', '--out', 'never.csv']);
    // Opening the pipe's other end succeeds once score holds it open for reading: it is running.
    const writer = await new Promise<number>((resolve) => {
      const poll = setInterval(() => {
        try {
          const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
          clearInterval(poll);
          resolve(fd);
        } catch {
          // ENXIO: no reader yet
        }
      }, 5);
    });
    run.child.kill('SIGTERM');
    const { signal, stderr } = await run.done;
    closeSync(writer);
    expect(signal).toBe('SIGTERM');
    expect(stderr).toContain('interrupted (SIGTERM): no file was written');
    expect(readdirSync(dir)).not.toContain('never.csv');
    expect(temporary()).toEqual([]);
  });
});

describe('two runs on one --out at once', () => {
  test('both complete; the file is one run’s output, whole: no NUL bytes, no mix', async () => {
    const alone = start(['firms.csv', '--out', 'alone.csv']);
    expect((await alone.done).code).toBe(0);
    const runs = [start(['firms.csv', '--out', 'shared.csv', '--force']), start(['firms.csv', '--out', 'shared.csv', '--force'])];
    const outcomes = await Promise.all(runs.map((r) => r.done));
    expect(outcomes.map((o) => o.code)).toEqual([0, 0]);
    const shared = readFileSync(join(dir, 'shared.csv'));
    expect(shared.includes(0)).toBe(false);
    expect(shared.equals(readFileSync(join(dir, 'alone.csv')))).toBe(true);
    expect(temporary()).toEqual([]);
  });
});
