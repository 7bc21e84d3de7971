import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it, vi } from 'vitest';

// The README's property-test example is a whole program (plain fast-check, as a user runs it):
// run it here and check what it prints. It is written in the package folder (so `fast-check`
// resolves) but outside src/ (so neither the build nor another test run picks it up).
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const code = /<!-- arbitraries-example[^>]*-->\n```ts\n([\s\S]*?)```\n<!-- \/arbitraries-example -->/.exec(readme)?.[1] ?? '';
const dir = mkdtempSync(fileURLToPath(new URL('../../.readme-', import.meta.url)));
const file = join(dir, 'example.ts');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the README property-test example: the law holds and it compared enough firms', async () => {
  expect(code).toMatch(/fc\.assert\(/);
  writeFileSync(file, code);
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    spy.mockRestore();
  }
  expect(lines).toEqual([expect.stringMatching(/^paying more tax never lowered a class \(\d+ firms compared\)$/)]);
}, 60_000);
