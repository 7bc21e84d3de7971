/**
 * The TypeScript examples of the package READMEs, as both README tests read them: a ```ts block is
 * a whole program unless the line before it is `<!-- fragment … -->`; a block followed by a line
 * `prints`, a blank line and a ```text block must print exactly that. Examples read the sample
 * district as `fixtures/zhonglou/*.csv`, relative to where they run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The published packages, in dependency order. */
export const PACKAGES = ['core', 'policy', 'csv', 'report', 'cli'] as const;

/** One README example. */
export interface Example {
  pkg: string;
  /** Line of the opening fence, for messages. */
  line: number;
  code: string;
  /** What it must print, when the README shows it. */
  prints: string | undefined;
}

/** The examples of `packages/<pkg>/README.md`, in order. */
export function readmeExamples(root: string, pkg: string): Example[] {
  const lines = readFileSync(join(root, 'packages', pkg, 'README.md'), 'utf8').split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    if (/^<!-- fragment/.test(lines[start - 1] ?? '')) continue;
    let prints: string | undefined;
    if (lines[i + 1] === '' && lines[i + 2] === 'prints' && lines[i + 3] === '' && lines[i + 4] === '```text') {
      const out: string[] = [];
      for (let j = i + 5; j < lines.length && lines[j] !== '```'; j++) out.push(lines[j]!);
      prints = `${out.join('\n')}\n`;
    }
    examples.push({ pkg, line: start + 1, code: `${body.join('\n')}\n`, prints });
  }
  return examples;
}

/** A file name for the n-th example of all packages. */
export const exampleFile = (e: Example, n: number) => `readme-${e.pkg}-${n}.ts`;
