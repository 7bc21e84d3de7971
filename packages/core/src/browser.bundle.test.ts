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
 * What a web page that scores firms downloads. Issue 13's target is 40 kB gzip; the one columnar
 * engine (float seams with exact fallbacks for every scoring method) and the records check behind
 * `evaluate`'s `validate` option brought the entry to 45.6 kB (decimal.js alone is 32 kB minified).
 * Issue 11 added 旌德's three indicators, missing data by figure (with a reported 0 scored as
 * data), the emission basis and every preset's account of what is published and what is chosen
 * (47.84 kB), and the pool rules — small pools scored with their group, blank counties, vetoed
 * firms' quota places, the last class's count: 49.23 kB with the source precedence. This guard stops it growing while the
 * target is still open.
 */
const BUDGET_GZIP_BYTES = 49_300;

const dir = mkdtempSync(join(tmpdir(), 'mujun-core-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('core in the browser', () => {
  it(`bundles evaluate with a preset into at most ${BUDGET_GZIP_BYTES / 1000} kB gzip, with no node: import`, async () => {
    const bundle = await browserBundle(BROWSER_ENTRIES['core: evaluate with a preset']);
    expect(bundle.externalImports).toEqual([]);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);

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
