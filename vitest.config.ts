import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

/** Tests that need Chromium (the report and the offline page opened in a headless browser). */
const BROWSER = ['packages/report/src/**/*.browser.test.ts', 'packages/web/src/**/*.browser.test.ts'];
/** Tests that run `score` as a whole command: in-process through `run(argv, io)`, a few spawned. */
const E2E = ['packages/cli/src/*.test.ts', 'packages/cli/src/files/*.test.ts', 'fixtures/**/*.test.ts', 'test/doors/**/*.test.ts'];
/** Tests that execute or regenerate documentation. */
const DOCS = ['docs/**/*.test.ts', 'packages/cli/src/readmeCommand.test.ts', 'test/readmes/**/*.test.ts'];
/** Tests that bundle a package for the browser with esbuild and hold it to a size budget. */
const BUNDLE = ['packages/*/src/**/*.bundle.test.ts'];
/** The packages packed, installed with plain npm into an empty project and used as a user would (needs the registry). */
const PACK = ['test/pack/**/*.test.ts'];
/** Tests that compare our results with other tools' (DuckDB, pandas). */
const CROSSCHECK = ['bench/crosscheck.test.ts'];

// Tests import workspace packages from their TypeScript sources, so `vitest` needs no build;
// tests that spawn the `score` binary use the compiled dist, which `pnpm test` builds first.
// Seven projects: `pnpm test:unit` is the everyday loop (about a minute), `pnpm test` runs them all.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@mujun\/core\/arbitraries$/, replacement: src('core/src/arbitraries/index.ts') },
      { find: /^@mujun\/csv\/node$/, replacement: src('csv/src/node.ts') },
      { find: /^@mujun\/cli\/run$/, replacement: src('cli/src/run/index.ts') },
      { find: /^@mujun\/core\/engine$/, replacement: src('core/src/fast/index.ts') },
      { find: /^@mujun\/(core|policy|csv|report|cli)$/, replacement: src('$1/src/index.ts') },
      // The offline page's worker takes this one class from @mujun/csv's compiled files (as its bundle does).
    ],
  },
  test: {
    // Each run's temporary files in one folder, removed at the end (test/tmpdir.ts).
    globalSetup: ['test/tmpdir.ts'],
    // Each test's fast-check seed, drawn or MUJUN_SEED's, and said when the test fails (test/propertySeed.ts).
    setupFiles: ['test/propertySeed.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...BROWSER, ...E2E, ...DOCS, ...CROSSCHECK, ...BUNDLE],
          // Pure tests share one module graph: no per-file re-import of zod, decimal.js and fast-check.
          // The few that spy on console restore it in `finally`.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: DOCS } },
      { extends: true, test: { name: 'docs', include: DOCS } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
      { extends: true, test: { name: 'bundle', include: BUNDLE } },
      { extends: true, test: { name: 'bench-crosscheck', include: CROSSCHECK } },
      { extends: true, test: { name: 'pack', include: PACK } },
    ],
  },
});
