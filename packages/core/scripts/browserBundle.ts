/**
 * Bundles a browser entry the way an app would (esbuild, ESM, minified, platform browser) from the
 * workspace sources and measures it gzipped. Used by the browser-budget tests; run directly it
 * prints the measured entries and what each holds (minified bytes by dependency, from esbuild's
 * metafile):
 *
 *   npx tsx packages/core/scripts/browserBundle.ts
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const src = (p: string): string => fileURLToPath(new URL(`../../${p}/src/index.ts`, import.meta.url));

/** What a browser bundle of an entry weighs and what it still imports. */
export interface BrowserBundle {
  /** The bundled module (ESM, self-contained when `externalImports` is empty). */
  code: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** Imports left in the bundle (`node:fs`…): a browser cannot load them. Empty when self-contained. */
  externalImports: string[];
  /** Minified bytes in the bundle by source file (esbuild's metafile; paths relative to this folder). */
  inputBytes: Record<string, number>;
}

/**
 * Bundles `entry` (JavaScript source importing `@mujun/*`) for the browser, as an ES module or a
 * classic script. `node:*` modules are left external rather than failing the build, so a test can
 * say which one slipped in; any other Node built-in (`stream`, `buffer`) fails it.
 */
export async function browserBundle(entry: string, format: 'esm' | 'iife' = 'esm'): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    alias: {
      '@mujun/core/engine': fileURLToPath(new URL('../src/fast/index.ts', import.meta.url)),
      '@mujun/core': src('core'),
      '@mujun/policy': src('policy'),
      '@mujun/csv': src('csv'),
    },
    bundle: true,
    minify: true,
    format,
    // An iife bundle hands its exports to the page as the global `mujun`.
    ...(format === 'iife' ? { globalName: 'mujun' } : {}),
    platform: 'browser',
    external: ['node:*'],
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    code: new TextDecoder().decode(bytes),
    minifiedBytes: bytes.length,
    gzipBytes: gzipSync(bytes).length,
    externalImports: output.imports.map((i) => i.path),
    inputBytes: Object.fromEntries(Object.entries(output.inputs).map(([path, input]) => [path, input.bytesInOutput])),
  };
}

/** The entries whose size the tests hold to a budget: what a web page needs to score, and to price policies. */
export const BROWSER_ENTRIES = {
  'core: evaluate with a preset': `import { evaluate, getPreset } from '@mujun/core';
export const score = (records) => evaluate(records, getPreset('changzhou-wujin'));`,
  'policy: applyPolicies with a preset': `import { applyPolicies, getPolicyPreset } from '@mujun/policy';
export const price = (evaluation, options) => applyPolicies(evaluation, getPolicyPreset('nanjing-2018'), options);`,
  'csv: read and merge bureau files from bytes': `export { readSources } from '@mujun/csv';`,
} as const;

/** An input's part of the bundle: its npm package, or `@mujun/<package>/<folder>` for workspace sources. */
function partOf(path: string): string {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dependency) return dependency[1] as string;
  const source = /packages\/([^/]+)\/src\/([^/.]+)/.exec(path);
  return source ? `@mujun/${source[1]}/${source[2]}` : path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const [name, entry] of Object.entries(BROWSER_ENTRIES)) {
    const b = await browserBundle(entry);
    console.log(`${name}: ${kB(b.minifiedBytes)} minified, ${kB(b.gzipBytes)} gzip`);
    const parts = new Map<string, number>();
    for (const [path, bytes] of Object.entries(b.inputBytes)) parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + bytes);
    for (const [part, bytes] of [...parts].sort((x, y) => y[1] - x[1])) if (bytes >= 500) console.log(`  ${kB(bytes).padStart(9)}  ${part}`);
  }
}
