import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { EnterpriseResult } from '@mujun/core';
import type { PolicyCatalog } from '../catalog/catalog.js';
import { validateCatalog } from '../catalog/validateCatalog.js';
import type { ClassHistory } from '../history/history.js';
import { arbCatalog, arbConsumption, arbHistory, arbSettings } from '../testkit/index.js';
import { arbDecimal, arbFirms } from '../test/arbitraries.js';
import { Dec } from '@mujun/core/engine';
import { evaluationOf } from '../test/testing.js';
import { applyPolicies } from './applyPolicies.js';
import type { PolicyOutcome } from './types.js';

const RUNS = { numRuns: 100 };

// The public testkit's arbitraries (catalogs, settings, consumption, histories) over random scored firms.
const scenario = fc.tuple(arbFirms, arbCatalog()).chain(([firms, catalog]) => {
  const codes = firms.map((f) => f.creditCode);
  return fc.record({
    firms: fc.constant(firms),
    catalog: fc.constant(catalog),
    settings: arbSettings(catalog),
    consumption: arbConsumption(codes),
    history: arbHistory(codes, { classes: ['A', 'B', 'C', 'C-', 'D'] }),
  });
});

type Scenario = {
  firms: EnterpriseResult[];
  catalog: PolicyCatalog;
  settings: Record<string, string>;
  consumption: Record<string, object>;
  history: ClassHistory;
};

function run(s: Scenario): PolicyOutcome {
  return applyPolicies(evaluationOf(s.firms), s.catalog, { consumption: s.consumption, history: s.history, settings: s.settings });
}

const sum = (xs: string[]): string => xs.reduce((a, x) => a.plus(x), new Dec(0)).toFixed(2);

describe('applyPolicies laws', () => {
  test('generated catalogs validate', () =>
    fc.assert(
      fc.property(arbCatalog(), (c) => {
        expect(validateCatalog(c).success).toBe(true);
      }),
    ));

  test('fiscal totals equal the sum of per-firm amounts, in every breakdown', () =>
    fc.assert(
      fc.property(scenario, (s) => {
        const out = run(s);
        const total = out.fiscal.total;
        expect(total.surchargeRevenue).toBe(sum(out.firms.map((f) => f.surcharge)));
        expect(total.reliefForgone).toBe(sum(out.firms.map((f) => f.relief)));
        for (const f of out.firms) {
          expect(f.surcharge).toBe(sum(f.measures.filter((m) => m.kind === 'surcharge').map((m) => m.amount ?? '0')));
          expect(f.relief).toBe(sum(f.measures.filter((m) => m.kind === 'relief').map((m) => m.amount ?? '0')));
        }
        for (const by of [out.fiscal.byClass, out.fiscal.byGroup, out.fiscal.byCounty, out.fiscal.byIndustry]) {
          expect(sum(Object.values(by).map((b) => b.surchargeRevenue))).toBe(total.surchargeRevenue);
          expect(sum(Object.values(by).map((b) => b.reliefForgone))).toBe(total.reliefForgone);
          expect(Object.values(by).reduce((n, b) => n + b.firms, 0)).toBe(out.firms.length);
        }
        const measures = Object.values(out.fiscal.byMeasure);
        expect(sum(measures.filter((m) => m.kind === 'surcharge').map((m) => m.amount))).toBe(total.surchargeRevenue);
        expect(sum(measures.filter((m) => m.kind === 'relief').map((m) => m.amount))).toBe(total.reliefForgone);
      }),
      RUNS,
    ));

  test('a firm never gets two measures its rules declare exclusive', () =>
    fc.assert(
      fc.property(scenario, (s) => {
        for (const f of run(s).firms) {
          const kept = new Set(f.measures.map((m) => m.measureId));
          for (const m of s.catalog.measures.filter((x) => kept.has(x.id))) {
            for (const other of m.exclusiveWith ?? []) expect(kept.has(other)).toBe(false);
          }
        }
      }),
      RUNS,
    ));

  test('"highest applies" never exceeds the largest single measure of its group', () =>
    fc.assert(
      fc.property(scenario, (s) => {
        const out = run(s);
        const highest = s.catalog.measures.filter((m) => m.combinationGroup === 'highest');
        // Each measure alone, in a catalog without combination rules: its stand-alone amount per firm.
        const alone = highest.map((m) =>
          run({ ...s, catalog: { ...s.catalog, combinationGroups: [], measures: [{ ...m, combinationGroup: undefined, exclusiveWith: [] }] } }),
        );
        out.firms.forEach((f, i) => {
          const inGroup = f.measures.filter((m) => highest.some((h) => h.id === m.measureId));
          expect(inGroup.length).toBeLessThanOrEqual(1);
          const largest = alone.reduce((mx, o) => Dec.max(mx, o.firms[i]?.measures[0]?.amount ?? 0), new Dec(0));
          for (const m of inGroup) expect(new Dec(m.amount ?? 0).lte(largest)).toBe(true);
        });
      }),
      RUNS,
    ));

  test('a surcharge never decreases as consumption grows', () =>
    fc.assert(
      fc.property(scenario, fc.array(arbDecimal(), { minLength: 12, maxLength: 12 }), (s, extra) => {
        // Exclusivity resolves by catalog order after "highest applies", so with exclusivity a
        // growing amount can change which rival is kept; the firm-level law holds without it.
        const catalog = { ...s.catalog, measures: s.catalog.measures.map((m) => ({ ...m, exclusiveWith: [] })) };
        const grown = Object.fromEntries(
          s.firms.map((f, i) => {
            const c = (s.consumption[f.creditCode] ?? {}) as { electricityKwh?: string; gasM3?: string; waterT?: string };
            const add = extra[i] ?? '0';
            const grow = (x: string | undefined) => new Dec(x ?? 0).plus(add).toString();
            return [f.creditCode, { ...c, electricityKwh: grow(c.electricityKwh), gasM3: grow(c.gasM3), waterT: grow(c.waterT) }];
          }),
        );
        const before = run({ ...s, catalog, consumption: Object.fromEntries(Object.entries(grown).map(([k]) => [k, s.consumption[k] ?? {}])) });
        const after = run({ ...s, catalog, consumption: grown });
        before.firms.forEach((f, i) => {
          expect(new Dec(after.firms[i]?.surcharge ?? 0).gte(f.surcharge)).toBe(true);
          for (const m of f.measures.filter((x) => x.kind === 'surcharge')) {
            const again = after.firms[i]?.measures.find((x) => x.measureId === m.measureId);
            if (again !== undefined) expect(new Dec(again.amount ?? 0).gte(m.amount ?? 0)).toBe(true);
          }
        });
      }),
      RUNS,
    ));

  test('the outcome does not depend on the order of the results', () =>
    fc.assert(
      fc.property(scenario, fc.nat(), (s, k) => {
        const n = s.firms.length;
        const rotated = n === 0 ? [] : [...s.firms.slice(k % n), ...s.firms.slice(0, k % n)].reverse();
        const a = run(s);
        const b = run({ ...s, firms: rotated });
        const byCode = (o: PolicyOutcome) => Object.fromEntries(o.firms.map((f) => [f.creditCode, f]));
        expect(byCode(b)).toEqual(byCode(a));
        expect(b.fiscal).toEqual(a.fiscal);
      }),
      RUNS,
    ));
});
