/**
 * Vitest's global setup: every temporary file of a test run — the folders tests make with mkdtemp,
 * `score`'s scratch files in the commands they spawn, the pack test's installs — goes into one folder
 * of this run, removed when the run ends. Left in the system's temporary folder they piled up run
 * after run (tens of gigabytes on a developer's machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  // Every project of the workspace runs the global setup: the first one makes the folder.
  if (process.env['MUJUN_TEST_TMPDIR'] !== undefined) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'mujun-test-run-'));
  // os.tmpdir() reads TMPDIR on every call, and the test workers and the commands they spawn inherit it.
  process.env['TMPDIR'] = dir;
  process.env['MUJUN_TEST_TMPDIR'] = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env['MUJUN_TEST_TMPDIR'];
  };
}
