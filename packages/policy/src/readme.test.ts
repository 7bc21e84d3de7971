import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8');

describe('README', () => {
  it('quotes the property-test example that readme.example.test.ts runs', () => {
    const example = /\/\/ <readme-example>\n([\s\S]*?)\/\/ <\/readme-example>/.exec(read('./readme.example.test.ts'))?.[1];
    const quoted = /<!-- readme-example -->\n```ts\n([\s\S]*?)```\n<!-- \/readme-example -->/.exec(read('../README.md'))?.[1];
    expect(example).toBeDefined();
    expect(quoted).toBe(example);
  });
});
