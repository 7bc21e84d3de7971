import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, getPreset, type Evaluation } from '@mujun/core';
import { arbRecords } from '@mujun/core/arbitraries';
import { BROWSER_ENTRIES, browserBundle } from '../../core/scripts/browserBundle.js';
import { applyPolicies } from './apply/applyPolicies.js';
import type { ApplyOptions, PolicyOutcome } from './apply/types.js';
import { getPolicyPreset } from './presets/presets.js';

/** Issue 13: what a web page that prices the policies of an evaluation downloads. */
const BUDGET_GZIP_BYTES = 40_000;

const dir = mkdtempSync(join(tmpdir(), 'mujun-policy-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('policy in the browser', () => {
  it(`bundles applyPolicies with a preset into at most ${BUDGET_GZIP_BYTES / 1000} kB gzip, with no node: import`, async () => {
    const bundle = await browserBundle(BROWSER_ENTRIES['policy: applyPolicies with a preset']);
    expect(bundle.externalImports).toEqual([]);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);

    // The bundle must still work: tree-shaking (sideEffects: false) may not drop what applyPolicies needs.
    const file = join(dir, 'policy.mjs');
    writeFileSync(file, bundle.code);
    const { price } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
      price: (evaluation: Evaluation, options: ApplyOptions) => PolicyOutcome;
    };
    const records = fc.sample(arbRecords({ minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 13 })[0]!;
    const evaluation = evaluate(records, getPreset('changzhou-wujin'));
    const options: ApplyOptions = { records, settings: { 'd-electricity-surcharge': '0.3', 'd-water-surcharge': '1', 'd-gas-surcharge': '0.5' } };
    const inBrowser = price(evaluation, options);
    expect(inBrowser.firms.some((f) => f.measures.some((m) => m.amount !== null))).toBe(true);
    expect(inBrowser).toEqual(applyPolicies(evaluation, getPolicyPreset('nanjing-2018'), options));
  });
});
