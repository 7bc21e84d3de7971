/**
 * The order the bureau files are given in changes nothing: `score` and `validate` on the fixture's
 * five files in reverse order write the same bytes as in alphabetical order (a shell's `*.csv`
 * follows its locale; which file wins a field follows the kind of export).
 */
import { describe, expect, test } from 'vitest';
import { runScore } from './test/runScore.js';

const FILES = ['environment', 'land', 'power', 'statistics', 'tax'].map((f) => `fixtures/zhonglou/${f}.csv`);

describe('the fixture files in reverse order', () => {
  test('score writes the same results and says the same on stderr', async () => {
    const forward = await runScore(FILES);
    const reversed = await runScore([...FILES].reverse());
    expect(forward.code).toBe(0);
    expect(reversed.code).toBe(0);
    expect(reversed.stdoutBytes!.equals(forward.stdoutBytes!)).toBe(true);
    expect(reversed.stderr).toBe(forward.stderr);
    // The default scheme (武进) scores the tax bureau's sales, and stderr says so.
    expect(forward.stderr).toMatch(/采用 fixtures\/zhonglou\/tax\.csv（税务局：评价方案规定销售收入以税务局数据为准）/);
  });

  test('score --format json and validate --format json are the same too', async () => {
    for (const args of [
      ['--format', 'json'],
      ['validate', '--format', 'json'],
    ]) {
      const cmd = args[0] === 'validate' ? ['validate'] : [];
      const rest = args[0] === 'validate' ? args.slice(1) : args;
      const forward = await runScore([...cmd, ...FILES, ...rest]);
      const reversed = await runScore([...cmd, ...[...FILES].reverse(), ...rest]);
      expect(reversed.stdout).toBe(forward.stdout);
    }
  });
});
