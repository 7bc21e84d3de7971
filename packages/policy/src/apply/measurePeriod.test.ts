import { describe, expect, it } from 'vitest';
import { PolicyCatalog } from '../catalog/catalog.js';
import { validateCatalog } from '../catalog/validateCatalog.js';
import { getPolicyPreset } from '../presets/presets.js';
import { evaluationOf, scoredFirm } from '../test/testing.js';
import { applyPolicies } from './applyPolicies.js';

const evaluation = evaluationOf([scoredFirm({ creditCode: 'A1', class: 'A', landMu: '15' })]);
const settings = { 'land-use-tax-rate': '4' };

describe('validity periods of measures', () => {
  it('zhejiang-2019-land-tax states its published end, 2021-12-31', () => {
    const measures = getPolicyPreset('zhejiang-2019-land-tax').measures;
    expect(measures.map((m) => m.validUntil)).toEqual(['2021-12-31', '2021-12-31']);
  });

  it('in force in 2021: no warning', () => {
    const outcome = applyPolicies(evaluation, getPolicyPreset('zhejiang-2019-land-tax'), { settings, year: 2021 });
    expect(outcome.outOfPeriod).toEqual([]);
    expect(outcome.warnings.some((w) => w.includes('有效期'))).toBe(false);
  });

  it('applied to 2024: still computed, and each measure is named with its period, in both languages', () => {
    const outcome = applyPolicies(evaluation, getPolicyPreset('zhejiang-2019-land-tax'), { settings, year: 2024 });
    // 15 亩 = 10 000 m² × 4 元 × 100 % = 40 000.00: the user chose the catalog, so it is applied — loudly.
    expect(outcome.firms[0]?.relief).toBe('40000.00');
    expect(outcome.outOfPeriod).toEqual([
      { measureId: 'land-tax-relief-a', validFrom: null, validUntil: '2021-12-31', year: 2024 },
      { measureId: 'land-tax-relief-b', validFrom: null, validUntil: '2021-12-31', year: 2024 },
    ]);
    expect(outcome.warnings).toContain(
      'land-tax-relief-a: 有效期 … 至 2021-12-31，已于 2024 年前失效，仍按其计算了 2024 年 / valid … to 2021-12-31: expired before 2024, yet applied to 2024',
    );
  });

  it("a measure not yet in force, a period's first and last day, and an unknown year", () => {
    const catalog = PolicyCatalog.parse({
      ...getPolicyPreset('zhejiang-2019-land-tax'),
      measures: getPolicyPreset('zhejiang-2019-land-tax').measures.map((m) => ({ ...m, validFrom: '2025-07-01', validUntil: '2027-06-30' })),
    });
    const at = (year: number | undefined) => applyPolicies(evaluation, catalog, { settings, ...(year === undefined ? {} : { year }) });
    expect(at(2024).outOfPeriod.map((m) => m.measureId)).toEqual(['land-tax-relief-a', 'land-tax-relief-b']);
    expect(at(2024).warnings).toContainEqual(expect.stringMatching(/2025-07-01 至 2027-06-30，2024 年尚未生效.*not yet in force in 2024/));
    // A year with any day in the period is in it.
    expect(at(2025).outOfPeriod).toEqual([]);
    expect(at(2027).outOfPeriod).toEqual([]);
    expect(at(2028).outOfPeriod).toHaveLength(2);
    expect(at(undefined).warnings).toContainEqual(expect.stringMatching(/评价年度未知，未核对政策有效期.*validity periods .* were not checked/));
  });

  it('a period that ends before it begins is an invalid catalog', () => {
    const input = {
      ...getPolicyPreset('zhejiang-2019-land-tax'),
      measures: [{ ...getPolicyPreset('zhejiang-2019-land-tax').measures[0], validFrom: '2022-01-01', validUntil: '2021-12-31' }],
    };
    const checked = validateCatalog(input);
    expect(checked.success).toBe(false);
    if (!checked.success) expect(checked.error.issues.map((i) => i.path)).toEqual([['measures', 0, 'validUntil']]);
    expect(validateCatalog({ ...input, measures: [{ ...input.measures[0], validUntil: '2021-13' }] }).success).toBe(false);
  });
});
