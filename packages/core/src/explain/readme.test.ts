import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, expect, it, vi } from 'vitest';

// The README's explain/compare example is real code: run it and compare what it prints with what the README shows.
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const section = /<!-- explain-example[^>]*-->([\s\S]*?)<!-- \/explain-example -->/.exec(readme)?.[1] ?? '';
const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'mujun-explain-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the README explain/compare example and prints what the README says it prints', async () => {
  expect(code).toMatch(/explain\(/);
  const file = join(dir, 'example.ts');
  writeFileSync(file, code);
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  });
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    spy.mockRestore();
  }
  expect(`${lines.join('\n')}\n`).toBe(shown);
});
