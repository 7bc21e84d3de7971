import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../catalog/validateCatalog.js';
import { consecutiveYearsInClass } from '../history/history.js';
import { arbCatalog, arbConsumption, arbHistory, arbSettings } from './index.js';

const CODES = ['91320400000000000A', '91320400000000000B', '91320400000000000C'];

describe('@mujun/policy/testkit', () => {
  it('arbCatalog: every catalog validates, and every kind of measure and rule is drawn', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbCatalog(), (catalog) => {
        expect(validateCatalog(catalog).success).toBe(true);
        for (const m of catalog.measures) {
          seen.add(m.instrument.kind === 'surcharge' ? `surcharge:${m.instrument.base}` : m.instrument.kind);
          if (m.combinationGroup !== undefined) seen.add(`group:${m.combinationGroup}`);
          if ((m.exclusiveWith ?? []).length > 0) seen.add('exclusive');
          if (m.conditions.consecutiveYears !== undefined) seen.add('years');
        }
      }),
      { numRuns: 200 },
    );
    expect([...seen].sort()).toEqual([
      'eligibility',
      'exclusive',
      'group:highest',
      'group:stack',
      'relief',
      'surcharge:electricityKwh',
      'surcharge:gasM3',
      'surcharge:waterT',
      'years',
    ]);
  });

  it('arbCatalog: options narrow it; relief percentages stay within maxReliefPercent', () => {
    fc.assert(
      fc.property(arbCatalog({ kinds: ['land-tax-relief'], classes: ['A'], combinations: false, maxReliefPercent: 80 }), (catalog) => {
        for (const m of catalog.measures) {
          expect(m.appliesTo.classes).toEqual(['A']);
          expect(m.combinationGroup).toBeUndefined();
          if (m.instrument.kind !== 'relief' || !('value' in m.instrument.percent)) throw new Error('not a sourced relief');
          expect(Number(m.instrument.percent.value)).toBeLessThanOrEqual(80);
        }
      }),
    );
  });

  it('arbSettings: always a value for a setting without default, sometimes none for one with a default', () => {
    let defaultLeftOut = 0;
    fc.assert(
      fc.property(
        arbCatalog().chain((c) => fc.tuple(fc.constant(c), arbSettings(c))),
        ([catalog, settings]) => {
          for (const [id, s] of Object.entries(catalog.settings)) {
            if (s.default === undefined) expect(settings[id]).toMatch(/^\d+(\.\d+)?$/);
            else if (settings[id] === undefined) defaultLeftOut++;
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(defaultLeftOut).toBeGreaterThan(10);
  });

  it('arbConsumption: figures for exactly the firms given, all of them when complete', () => {
    fc.assert(
      fc.property(arbConsumption(CODES, { complete: true }), (c) => {
        expect(Object.keys(c)).toEqual(CODES);
        for (const f of Object.values(c)) expect(Object.keys(f).sort()).toEqual(['electricityKwh', 'gasM3', 'landM2', 'waterT']);
      }),
    );
  });

  it('arbHistory: runs of two and three prior years in one class come up, and gaps break them', () => {
    const runs = new Map<number, number>();
    fc.assert(
      fc.property(arbHistory(CODES), (h) => {
        for (const code of CODES) {
          const n = consecutiveYearsInClass(h, code, 'D', 2024) - 1;
          runs.set(n, (runs.get(n) ?? 0) + 1);
        }
      }),
      { numRuns: 1000 },
    );
    // Over 62 seeds: runs of two 66–111 (mean 87, sd 9), of three 33–68 (mean 52, sd 7.5). At 300
    // runs (18–38 and 8–25) the floors were 3.6 and 2.6 sd below the means.
    expect(runs.get(2) ?? 0).toBeGreaterThan(10);
    expect(runs.get(3) ?? 0).toBeGreaterThan(5);
  });
});
