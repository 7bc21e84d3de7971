import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

// Tests import workspace packages from their TypeScript sources, so `vitest` needs no build;
// tests that spawn the `score` binary use the compiled dist, which `pnpm test` builds first.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@mujun\/core\/arbitraries$/, replacement: src('core/src/arbitraries/index.ts') },
      { find: /^@mujun\/(core|policy|csv|report|cli)$/, replacement: src('$1/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts', 'docs/**/*.test.ts', 'fixtures/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
