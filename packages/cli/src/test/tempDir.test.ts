import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { tempDir } from './spawnScore.js';

describe('a test run’s temporary files', () => {
  it('go into the run’s own folder, which the global setup removes at the end (test/tmpdir.ts)', () => {
    const run = process.env['MUJUN_TEST_TMPDIR'];
    expect(run).toMatch(/mujun-test-run-/);
    expect(tmpdir()).toBe(run);
    expect(tempDir().startsWith(`${run}/`)).toBe(true);
  });
});
