/**
 * Test helper: the CLI's error contract — one bilingual line (中文, " / ", English) on stderr and
 * no stack trace. Data-problem warnings, said before the results, may come first.
 */
import { expect } from 'vitest';
import { hasStackTrace } from './memoryIo.js';

/** Asserts that `stderr` holds one error line besides the warnings, in both languages, and no stack trace. */
export function expectOneLineError(stderr: string): void {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('score: 注意 / warning:'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^score: .*[\u4e00-\u9fff].* \/ .*[a-z]/);
  expect(hasStackTrace(stderr)).toBe(false);
}
