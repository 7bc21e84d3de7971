import { describe, expect, it } from 'vitest';
import type { EnterpriseRecord } from '@mujun/core';
import { PolicyCatalog } from '../catalog/catalog.js';
import { getPolicyPreset } from '../presets/presets.js';
import { historyFromResults } from '../history/historyFromResults.js';
import { evaluationOf, scoredFirm } from '../test/testing.js';
import { applyPolicies } from './applyPolicies.js';

const record = (creditCode: string, fields: Partial<EnterpriseRecord>): EnterpriseRecord => ({
  creditCode,
  name: creditCode,
  scale: 'above',
  ...fields,
});

describe('shandong-2022-electricity (hand-computed)', () => {
  const catalog = getPolicyPreset('shandong-2022-electricity');
  const evaluation = evaluationOf([
    scoredFirm({ creditCode: 'D2', class: 'D' }),
    scoredFirm({ creditCode: 'D3', class: 'D' }),
    scoredFirm({ creditCode: 'D1', class: 'D' }),
    scoredFirm({ creditCode: 'B1', class: 'B' }),
  ]);
  const history = historyFromResults([
    { year: 2023, creditCode: 'D2', class: 'D' },
    { year: 2022, creditCode: 'D2', class: 'B' },
    { year: 2023, creditCode: 'D3', class: 'D' },
    { year: '2022', creditCode: 'D3', class: 'D' },
    { year: 2021, creditCode: 'D3', class: 'D' },
    { year: 2023, creditCode: 'D1', class: 'C' },
    { year: 2022, creditCode: 'D1', class: 'D' },
    { year: 2023, creditCode: 'B1', class: 'D' },
  ]);
  const records = [
    record('D2', { electricityWanKwh: '120' }),
    record('D3', { electricityWanKwh: '3.5' }),
    record('D1', { electricityWanKwh: '10' }),
    record('B1', { electricityWanKwh: '999' }),
  ];
  const outcome = applyPolicies(evaluation, catalog, { history, records });
  const firm = (code: string) => outcome.firms.find((f) => f.creditCode === code);

  it('counts the evaluated year as history.latestYear + 1', () => {
    expect(outcome.year).toBe(2024);
  });

  it('charges a D firm in its 2nd consecutive D year 0.10 yuan/kWh, not stacked with the 0.05 step', () => {
    // 120 万kWh = 1 200 000 kWh; 0.10 × 1 200 000 = 120 000.00 yuan (0.05 step superseded).
    const d2 = firm('D2');
    expect(d2?.consecutiveYears).toBe(2);
    expect(d2?.measures.map((m) => [m.measureId, m.amount])).toEqual([['d-electricity-2y', '120000.00']]);
    expect(d2?.skipped).toEqual([expect.objectContaining({ measureId: 'd-electricity-1y', reason: 'superseded', by: 'd-electricity-2y' })]);
    expect(d2?.surcharge).toBe('120000.00');
  });

  it('charges ≥ 3 consecutive years 0.15 and a broken run restarts at 1 year', () => {
    // D3: 2021, 2022, 2023, 2024 in D → 4 years → 0.15 × 35 000 kWh = 5 250.00.
    expect(firm('D3')?.consecutiveYears).toBe(4);
    expect(firm('D3')?.surcharge).toBe('5250.00');
    // D1: D in 2022, C in 2023 → run restarts: 1 year → 0.05 × 100 000 = 5 000.00.
    expect(firm('D1')?.consecutiveYears).toBe(1);
    expect(firm('D1')?.surcharge).toBe('5000.00');
    expect(firm('B1')?.measures).toEqual([]);
  });

  it('sums the district: 120 000 + 5 250 + 5 000 = 130 250.00, all in class D', () => {
    expect(outcome.fiscal.total.surchargeRevenue).toBe('130250.00');
    expect(outcome.fiscal.total.reliefForgone).toBe('0.00');
    expect(outcome.fiscal.byClass['D']?.surchargeRevenue).toBe('130250.00');
    expect(outcome.fiscal.byClass['B']?.surchargeRevenue).toBe('0.00');
    expect(outcome.fiscal.byMeasure['d-electricity-2y']).toEqual({ kind: 'surcharge', amount: '120000.00', firms: 1 });
    expect(outcome.warnings.some((w) => w.includes('not verified'))).toBe(true);
  });
});

describe('zhejiang-2019-land-tax (hand-computed)', () => {
  const catalog = getPolicyPreset('zhejiang-2019-land-tax');
  const evaluation = evaluationOf([
    scoredFirm({ creditCode: 'A30', class: 'A', county: '钟楼区' }),
    scoredFirm({ creditCode: 'B15', class: 'B', county: '钟楼区', industryCode: '3411' }),
    scoredFirm({ creditCode: 'B1', class: 'B', county: '武进区', landMu: '1' }),
    scoredFirm({ creditCode: 'C9', class: 'C', county: '武进区' }),
    scoredFirm({ creditCode: 'Bpower', class: 'B', industryCode: 'D4411' }),
    scoredFirm({ creditCode: 'Bnocode', class: 'B', industryCode: null }),
  ]);
  const records = [record('A30', { landOwnedMu: '30', landLeasedInMu: '5' }), record('B15', { landOwnedMu: '15' })];

  it('relieves A 100 % and B 80 % of land m² × rate', () => {
    const outcome = applyPolicies(evaluation, catalog, { records, settings: { 'land-use-tax-rate': '4' } });
    const relief = Object.fromEntries(outcome.firms.map((f) => [f.creditCode, f.relief]));
    // A30: 30 亩 × 10000/15 = 20 000 m² × 4 元 = 80 000 × 100 % = 80 000.00 (leased-in land pays no tax).
    // B15: 15 亩 = 10 000 m² × 4 = 40 000 × 80 % = 32 000.00 ("3411" is division 34, manufacturing).
    // B1 (no record, evaluated landMu 1): 666.66… m² × 4 = 2 666.66… × 0.8 = 2 133.333… → 2 133.33.
    expect(relief).toEqual({ A30: '80000.00', B15: '32000.00', B1: '2133.33', C9: '0.00', Bpower: '0.00', Bnocode: '0.00' });
    expect(outcome.firms[0]?.measures[0]?.calculation).toEqual({ quantity: '20000', unit: 'm2', quantityFrom: 'record', rate: '4', percent: '100' });
    // 80 000 + 32 000 + 2 133.33 = 114 133.33
    expect(outcome.fiscal.total.reliefForgone).toBe('114133.33');
    expect(outcome.fiscal.total.net).toBe('-114133.33');
    expect(outcome.fiscal.byCounty['钟楼区']?.reliefForgone).toBe('112000.00');
    expect(outcome.fiscal.byCounty['武进区']?.reliefForgone).toBe('2133.33');
    expect(outcome.fiscal.byCounty['(unknown)']?.reliefForgone).toBe('0.00');
    expect(outcome.fiscal.byIndustry['C33']?.reliefForgone).toBe('82133.33');
    expect(outcome.fiscal.byIndustry['C34']?.reliefForgone).toBe('32000.00');
    expect(outcome.settings['land-use-tax-rate']?.from).toBe('user');
  });

  it('uses the marked placeholder rate of 1 元/m² when none is given, and says so', () => {
    const outcome = applyPolicies(evaluation, catalog, { records });
    // A30: 20 000 m² × 1 × 100 % = 20 000.00
    expect(outcome.firms.find((f) => f.creditCode === 'A30')?.relief).toBe('20000.00');
    expect(outcome.settings['land-use-tax-rate']).toMatchObject({ value: '1', from: 'default' });
    expect(outcome.warnings.some((w) => w.includes('PLACEHOLDER'))).toBe(true);
  });

  it('takes landM2 from the consumption map first', () => {
    const outcome = applyPolicies(evaluation, catalog, { records, consumption: { A30: { landM2: '1000.5' } }, settings: { 'land-use-tax-rate': '2' } });
    // 1 000.5 m² × 2 × 100 % = 2 001.00
    expect(outcome.firms[0]?.relief).toBe('2001.00');
  });
});

describe('nanjing-2018', () => {
  const catalog = getPolicyPreset('nanjing-2018');
  const evaluation = evaluationOf([
    scoredFirm({ creditCode: 'D', class: 'D' }),
    scoredFirm({ creditCode: 'CM', class: 'C-' }),
    scoredFirm({ creditCode: 'A', class: 'A' }),
  ]);
  const records = [record('D', { electricityWanKwh: '100' }), record('CM', { electricityWanKwh: '50' })];

  it("skips the surcharges while D's rate is unset, but grants eligibility", () => {
    const outcome = applyPolicies(evaluation, catalog, { records });
    expect(outcome.missingSettings).toEqual(['d-electricity-surcharge', 'd-gas-surcharge', 'd-water-surcharge']);
    const d = outcome.firms[0];
    expect(d?.surcharge).toBe('0.00');
    expect(d?.skipped.map((s) => s.reason)).toEqual(['missing-setting', 'missing-setting', 'missing-setting']);
    expect(d?.measures.map((m) => `${m.lever}:${m.effect}`)).toEqual(['newLand:barred', 'energyQuota:cut', 'emissionRights:cut', 'directPowerTrading:cut']);
    expect(outcome.firms[2]?.measures.map((m) => `${m.lever}:${m.effect}`)).toEqual([
      'newLand:priority',
      'energyQuota:priority',
      'emissionRights:priority',
      'directPowerTrading:priority',
    ]);
  });

  it("charges C− half of D's rate", () => {
    const outcome = applyPolicies(evaluation, catalog, {
      records,
      settings: { 'd-electricity-surcharge': '0.3', 'd-water-surcharge': '2' },
      consumption: { D: { waterT: '1234.5' } },
    });
    // D: 0.3 × 1 000 000 kWh = 300 000.00; water 2 × 1 234.5 t = 2 469.00; gas: setting unset → skipped.
    expect(outcome.firms[0]?.surcharge).toBe('302469.00');
    // C−: 0.3 × 0.5 = 0.15 × 500 000 kWh = 75 000.00; no water figure → water skipped.
    expect(outcome.firms[1]?.surcharge).toBe('75000.00');
    expect(outcome.firms[1]?.skipped.map((s) => `${s.measureId}:${s.reason}`)).toEqual([
      'c-minus-water-surcharge:missing-consumption',
      'c-minus-gas-surcharge:missing-setting',
    ]);
    // 302 469 + 75 000 = 377 469.00
    expect(outcome.fiscal.total.surchargeRevenue).toBe('377469.00');
    expect(outcome.fiscal.byClass['C-']?.firmsCharged).toBe(1);
  });

  it('writes each warning 中文 first, then English after " / " (the report shows one half)', () => {
    const outcome = applyPolicies(evaluation, catalog, { records, settings: { 'd-electricity-surcharge': '0.3', 'no-such-setting': '1' } });
    expect(outcome.warnings).toEqual([
      '政策目录 nanjing-2018 没有设定 no-such-setting / setting no-such-setting is not used by catalog nanjing-2018',
      '设定 d-gas-surcharge、d-water-surcharge 没有值，用到它们的措施未计算 / no value for setting(s) d-gas-surcharge, d-water-surcharge: the measures using them are skipped',
    ]);
  });
});

describe('inputs', () => {
  it('rejects settings and consumption that are not decimals', () => {
    const catalog = getPolicyPreset('nanjing-2018');
    const evaluation = evaluationOf([]);
    expect(() => applyPolicies(evaluation, catalog, { settings: { 'd-gas-surcharge': '1e3' } })).toThrow(expect.objectContaining({ code: 'invalid-settings' }));
    expect(() => applyPolicies(evaluation, catalog, { consumption: { X: { gasM3: '-1' } } })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });
});

describe('combination and scope', () => {
  it('keeps the first of two exclusive measures and stacks the rest', () => {
    const catalog = PolicyCatalog.parse({
      id: 'x',
      title: { zh: 'x', en: 'x' },
      measures: [
        {
          id: 'subsidy',
          name: { zh: '奖补', en: 'subsidy' },
          source: { document: 'doc' },
          appliesTo: { classes: ['A'] },
          instrument: { kind: 'eligibility', lever: 'subsidy', effect: 'priority' },
          exclusiveWith: ['credit'],
        },
        {
          id: 'credit',
          name: { zh: '信贷', en: 'credit' },
          source: { document: 'doc' },
          appliesTo: { classes: ['A'] },
          instrument: { kind: 'eligibility', lever: 'credit', effect: 'priority' },
        },
        {
          id: 'land',
          name: { zh: '用地', en: 'land' },
          source: { document: 'doc' },
          appliesTo: { classes: ['A'] },
          instrument: { kind: 'eligibility', lever: 'newLand', effect: 'priority' },
        },
      ],
    });
    const out = applyPolicies(evaluationOf([scoredFirm({ creditCode: 'A', class: 'A' })]), catalog);
    expect(out.firms[0]?.measures.map((m) => m.measureId)).toEqual(['subsidy', 'land']);
    expect(out.firms[0]?.skipped).toEqual([expect.objectContaining({ measureId: 'credit', reason: 'exclusive', by: 'subsidy' })]);
  });

  it('applies policies to an exempt firm managed as a class (不定等级按 B 类管理), county and industry from its record', () => {
    const evaluation = {
      ...evaluationOf([]),
      excluded: [{ creditCode: 'N', name: '新企业', reason: 'new-enterprise' as const, detail: '', index: 0, managedAs: 'B' as const }],
    };
    const out = applyPolicies(evaluation, getPolicyPreset('zhejiang-2019-land-tax'), {
      records: [record('N', { county: '钟楼区', industryCode: 'C3311', landOwnedMu: '3' })],
      settings: { 'land-use-tax-rate': '5' },
    });
    // 3 亩 = 2 000 m² × 5 元 = 10 000 × 80 % = 8 000.00
    expect(out.firms).toEqual([expect.objectContaining({ creditCode: 'N', class: 'B', managedAs: true, county: '钟楼区', relief: '8000.00' })]);
  });
});
