import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it, vi } from 'vitest';

// The README's examples are whole programs, as a user runs them: run them here and check what they
// print. They are written in the package folder (so `fast-check` resolves) but outside src/ (so
// neither the build nor another test run picks them up).
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const dir = mkdtempSync(fileURLToPath(new URL('../.readme-', import.meta.url)));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function run(code: string): Promise<string[]> {
  const file = join(dir, `example${count++}.ts`);
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
  return lines.join('\n').split('\n');
}

it('the first example prints what the README says it prints', async () => {
  const [, code = '', shown = ''] = /```ts\n([\s\S]*?)```\n\nprints\n\n```text\n([\s\S]*?)```/.exec(readme) ?? [];
  expect(code).toMatch(/applyPolicies\(/);
  expect(await run(code)).toEqual(shown.trimEnd().split('\n'));
});

it('the property-test example runs: the law holds and it relieved enough firms', async () => {
  const code = /<!-- readme-example -->\n```ts\n([\s\S]*?)```\n<!-- \/readme-example -->/.exec(readme)?.[1] ?? '';
  expect(code).toMatch(/fc\.assert\(/);
  expect(await run(code)).toEqual([expect.stringMatching(/^only A and B firms got land-tax relief \(\d+ firms relieved\)$/)]);
}, 60_000);
