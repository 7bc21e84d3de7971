import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Io } from './io.js';
import { createProgress } from './progress.js';

function fakeIo(tty: boolean): { io: Io; drawn: string[] } {
  const drawn: string[] = [];
  return { drawn, io: { stdout: new PassThrough(), stderr: () => undefined, stderrIsTTY: tty, progress: (t) => drawn.push(t), cwd: '.' } };
}

describe('progress bar', () => {
  test('draws nothing when stderr is not a terminal, however long the run', () => {
    const { io, drawn } = fakeIo(false);
    let now = 0;
    const p = createProgress(io, () => now);
    now = 60_000;
    p.update('reading', 1, 2);
    p.finish();
    expect(drawn).toEqual([]);
  });
  test('stays silent on a terminal for a short run (< 300 ms)', () => {
    const { io, drawn } = fakeIo(true);
    let now = 0;
    const p = createProgress(io, () => now);
    now = 299;
    p.update('reading', 1, 2);
    expect(drawn).toEqual([]);
  });
  test('draws the share done on a terminal for a long run, and clears it at the end', () => {
    const { io, drawn } = fakeIo(true);
    let now = 0;
    const p = createProgress(io, () => now);
    now = 1000;
    p.update('reading', 1, 4);
    // 1/4 of 24 cells = 6 filled.
    expect(drawn[0]).toBe(`reading [${'#'.repeat(6)}${'.'.repeat(18)}] 25%`);
    p.update('evaluating', 0, 0);
    expect(drawn[1]).toBe('evaluating …');
    p.finish();
    expect(drawn.at(-1)).toBe('');
  });
});
