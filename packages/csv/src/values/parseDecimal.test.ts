/**
 * parseDecimal is linear in the cell's length: the reader allows a 1 MiB cell, and the
 * scientific-notation pattern used to take 20–30 s on 80 000 digits (quadratic backtracking).
 */
import { describe, expect, test } from 'vitest';
import { isProblem } from './cellProblem.js';
import { parseDecimal } from './parseDecimal.js';

const MiB = 1 << 20;

/**
 * Milliseconds of CPU time `f` takes. Not the wall clock: on a loaded machine a test waits for a
 * core, and a linear parse timed by the clock could look slow by chance. (Vitest runs tests in
 * worker processes, one test at a time each, so this process's CPU time is the parse's.)
 */
function timed(f: () => unknown): number {
  const t = process.cpuUsage();
  f();
  const { user, system } = process.cpuUsage(t);
  return (user + system) / 1000;
}

describe('parseDecimal on long cells', () => {
  test.each([
    ['1 MiB of digits then a letter', `${'1'.repeat(MiB)}x`, 'invalid-number'],
    ['80 000 digits then a letter', `${'7'.repeat(80_000)} x`, 'invalid-number'],
    ['1 MiB of digits', '1'.repeat(MiB), 'invalid-number'],
    ['1 MiB of digits in scientific notation', `${'1'.repeat(MiB)}e5`, 'scientific-notation'],
    ['half a MiB of digits, a point, half a MiB of digits, a percent sign', `${'1'.repeat(MiB / 2)}.${'2'.repeat(MiB / 2)}%`, 'unexpected-percent'],
    ['1 MiB of thousands groups', `1${',000'.repeat(MiB / 4)}`, 'invalid-number'],
  ])('%s: a problem, in well under a second', (_what, cell, code) => {
    let result: unknown;
    const ms = timed(() => (result = parseDecimal(cell)));
    expect(ms).toBeLessThan(250);
    expect(isProblem(result) && result.code).toBe(code);
  });

  test('up to 60 digits a figure is read exactly; more are refused as no figure a bureau exports', () => {
    const sixty = `${'9'.repeat(30)}.${'1'.repeat(30)}`;
    expect(parseDecimal(sixty)).toBe(sixty);
    const more = parseDecimal(`${'9'.repeat(31)}.${'1'.repeat(30)}`);
    expect(isProblem(more) && more.code).toBe('invalid-number');
    expect(isProblem(more) && more.why?.en).toContain('60 digits');
  });

  test('scientific notation is still recognised in every spelling', () => {
    for (const cell of ['1.2E+05', '1.e5', '.5E-3', '-3e2', '+12E7'])
      expect(isProblem(parseDecimal(cell)) && (parseDecimal(cell) as { code: string }).code).toBe('scientific-notation');
  });
});
