/**
 * Every TypeScript example of the package READMEs, run as a reader runs it: a whole program, type-
 * checked strictly (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess) and run with tsx
 * against the built packages, in a scratch folder holding a copy of the sample district; what it
 * prints must be what the README shows (conventions: `./examples.ts`). Needs the build
 * (`npx --yes pnpm@12.4.2 build`), not the registry; `test/pack` runs the same examples from
 * installed tarballs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFile, PACKAGES, readmeExamples, type Example } from './examples.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const examples: Example[] = PACKAGES.flatMap((p) => readmeExamples(ROOT, p));
let scratch = '';

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'ESNext',
    // Bundler resolution lets the extensionless paths below find dist/*.js (tsx) and dist/*.d.ts (tsc).
    moduleResolution: 'Bundler',
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    baseUrl: ROOT,
    paths: {
      '@mujun/core': ['packages/core/dist/index'],
      '@mujun/core/arbitraries': ['packages/core/dist/arbitraries/index'],
      '@mujun/policy': ['packages/policy/dist/index'],
      '@mujun/policy/testkit': ['packages/policy/dist/testkit/index'],
      '@mujun/csv': ['packages/csv/dist/index'],
      '@mujun/csv/node': ['packages/csv/dist/node'],
      '@mujun/cli/run': ['packages/cli/dist/run/index'],
      '@mujun/core/engine': ['packages/core/dist/fast/index'],
      '@mujun/report': ['packages/report/dist/index'],
    },
  },
  include: ['./*.ts'],
};

function run(cmd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env['NODE_OPTIONS']; // vitest's loader flags must not reach the examples
  const r = spawnSync(cmd, args, { cwd: scratch, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

beforeAll(() => {
  for (const p of PACKAGES)
    if (!existsSync(join(ROOT, 'packages', p, 'dist/index.js'))) throw new Error(`README test: packages/${p} is not built — run npx --yes pnpm@12.4.2 build`);
  scratch = mkdtempSync(join(tmpdir(), 'mujun-readmes-'));
  cpSync(join(ROOT, 'fixtures/zhonglou'), join(scratch, 'fixtures/zhonglou'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules')); // fast-check and @types/node, as a reader installs them
  writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  examples.forEach((e, n) => writeFileSync(join(scratch, exampleFile(e, n)), e.code));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

it('every package README has examples, and the ones that show output are checked against it', () => {
  expect(new Set(examples.map((e) => e.pkg))).toEqual(new Set(['core', 'policy', 'csv', 'report', 'cli']));
  expect(examples.filter((e) => e.prints !== undefined).length).toBeGreaterThanOrEqual(4);
});

it('type-checks every example (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess)', () => {
  const tsc = run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.']);
  const files = examples.map((e, n) => `${exampleFile(e, n)} = packages/${e.pkg}/README.md:${e.line}`).join('\n');
  expect(tsc.status, `${tsc.stdout}\n${tsc.stderr}\n${files}`).toBe(0);
}, 120_000);

describe.each(PACKAGES.filter((p) => examples.some((e) => e.pkg === p)))('packages/%s/README.md', (pkg) => {
  const mine = examples.map((e, n) => ({ e, n })).filter(({ e }) => e.pkg === pkg);
  it.each(mine.map(({ e, n }) => [e.line, e, n] as const))(
    'the example at line %i runs, printing what the README shows where it shows output',
    (_, e, n) => {
      const r = run(join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.json', exampleFile(e, n)]);
      expect(r.status, `packages/${e.pkg}/README.md:${e.line}\n${r.stdout}\n${r.stderr}`).toBe(0);
      if (e.prints !== undefined) expect(r.stdout, `packages/${e.pkg}/README.md:${e.line}`).toBe(e.prints);
    },
    120_000,
  );
});
