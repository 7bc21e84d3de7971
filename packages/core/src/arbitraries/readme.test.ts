import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The README's property-test snippet is readme.example.test.ts, verbatim, so the suite runs what users copy.
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

it('the README quotes readme.example.test.ts verbatim', () => {
  const quoted = /<!-- arbitraries-example[^>]*-->\n```ts\n([\s\S]*?)```\n<!-- \/arbitraries-example -->/.exec(read('../../README.md'))?.[1];
  expect(quoted).toBe(read('./readme.example.test.ts'));
});
