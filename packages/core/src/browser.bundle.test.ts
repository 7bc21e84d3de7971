import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_ENTRIES, browserBundle } from '../scripts/browserBundle.js';
import { arbRecords } from './arbitraries/index.js';
import { evaluate } from './evaluate/evaluate.js';
import type { Evaluation } from './types/evaluation.js';
import type { EnterpriseRecord } from './schema/record.js';
import { getPreset } from './presets/getPreset.js';

/**
 * What a web page that scores firms downloads — issue 13's budget, 40 kB gzip. The entry carries
 * no schema library: evaluate takes a scheme validateScheme or getPreset checked (a mark, checked
 * cheaply), the presets are written with every default so getPreset needs no parse, and records
 * are checked by validateRecords, outside evaluate. What is left is the engine and decimal.js
 * (33.8 kB gzip; docs/architecture.md, "the weight of a web page").
 */
const BUDGET_GZIP_BYTES = 40_000;

const dir = mkdtempSync(join(tmpdir(), 'mujun-core-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('core in the browser', () => {
  it(`bundles evaluate with a preset into at most ${BUDGET_GZIP_BYTES / 1000} kB gzip, with no node: import`, async () => {
    const bundle = await browserBundle(BROWSER_ENTRIES['core: evaluate with a preset']);
    expect(bundle.externalImports).toEqual([]);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    // No zod: the schemas stay with validateScheme and validateRecords, out of the scoring path.
    expect(bundle.code).not.toMatch(/ZodError|\$ZodType/);

    // The bundle must still work: tree-shaking (sideEffects: false) may not drop what evaluate needs.
    const file = join(dir, 'core.mjs');
    writeFileSync(file, bundle.code);
    const { score } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { score: (records: readonly EnterpriseRecord[]) => Evaluation };
    const records = fc.sample(arbRecords({ minLength: 20, maxLength: 20 }), { numRuns: 1, seed: 13 })[0]!;
    const inBrowser = score(records);
    expect(inBrowser.results.length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(evaluate(records, getPreset('changzhou-wujin')));
  });
});
