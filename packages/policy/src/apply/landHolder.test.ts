/**
 * 城镇土地使用税 is the land-right holder's: its relief goes to the firm that holds the land-use
 * right, on the whole area it holds (also land it leases out), never to a tenant on leased land;
 * and what the data cannot tell is said. Hand-computed with a rate of 4 元/m².
 */
import { columnarFromRecords, evaluate, evaluateColumnar, getPreset, type EnterpriseRecord } from '@mujun/core';
import { arbRecords } from '@mujun/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { getPolicyPreset } from '../presets/presets.js';
import { evaluationOf, scoredFirm } from '../test/testing.js';
import { applyPolicies, applyPoliciesToColumns } from './applyPolicies.js';

const record = (creditCode: string, fields: Partial<EnterpriseRecord>): EnterpriseRecord => ({ creditCode, name: creditCode, scale: 'above', ...fields });
const catalog = getPolicyPreset('zhejiang-2019-land-tax');
const settings = { 'land-use-tax-rate': '4' };

describe('land-use-tax relief goes to the land-right holder', () => {
  const evaluation = evaluationOf([
    scoredFirm({ creditCode: 'HOLDER', class: 'A', landMu: '20' }),
    scoredFirm({ creditCode: 'TENANT', class: 'A', landMu: '12' }),
    scoredFirm({ creditCode: 'FLOOR', class: 'B', landMu: '0.9' }),
    scoredFirm({ creditCode: 'BOTH', class: 'B', landMu: '13' }),
  ]);
  const records = [
    // Holds 30 亩 and leases 10 亩 out: evaluated on 20 亩, but pays the tax on all 30.
    record('HOLDER', { landOwnedMu: '30', landLeasedOutMu: '10' }),
    // Only leased land: its lessor pays the tax.
    record('TENANT', { landLeasedInMu: '12' }),
    // Only rented floor space.
    record('FLOOR', { rentedFloorM2: '600' }),
    // Holds 7.5 亩 and leases 5.5 亩 in: relief on the 7.5 亩 it holds.
    record('BOTH', { landOwnedMu: '7.5', landLeasedInMu: '5.5' }),
  ];
  const outcome = applyPolicies(evaluation, catalog, { records, settings, year: 2021 });
  const firm = (code: string) => outcome.firms.find((f) => f.creditCode === code)!;

  it('relieves the holder on the whole area it holds, leased out or not', () => {
    // 30 亩 × 10 000/15 = 20 000 m² × 4 元 = 80 000 × 100 % = 80 000.00
    expect(firm('HOLDER').relief).toBe('80000.00');
    expect(firm('HOLDER').measures[0]?.calculation).toMatchObject({ quantity: '20000', quantityFrom: 'record' });
    // 7.5 亩 = 5 000 m² × 4 = 20 000 × 80 % = 16 000.00 (the 5.5 亩 leased in are the lessor's)
    expect(firm('BOTH').relief).toBe('16000.00');
  });

  it('gives a tenant on leased land or in rented floor space nothing, and says why', () => {
    for (const code of ['TENANT', 'FLOOR']) {
      expect(firm(code).relief).toBe('0.00');
      expect(firm(code).measures).toEqual([]);
      expect(firm(code).skipped).toEqual([
        expect.objectContaining({ reason: 'not-land-right-holder', detail: expect.stringMatching(/承租土地.*land-right holder/) }),
      ]);
    }
    expect(outcome.fiscal.total).toMatchObject({ reliefForgone: '96000.00', firmsRelieved: 2 });
    expect(outcome.warnings).toContainEqual(expect.stringMatching(/^2 家企业仅有承租土地.* \/ 2 firm\(s\) use only leased land/));
  });

  it('says so when no source tells a tenant from a holder, or no record was given', () => {
    const owned = applyPolicies(evaluation, catalog, { records: [record('HOLDER', { landOwnedMu: '30' })], settings, year: 2021 });
    expect(owned.warnings).toContainEqual(expect.stringMatching(/没有承租土地的列.*no source has a leased-land column/));
    const none = applyPolicies(evaluation, catalog, { settings, year: 2021 });
    expect(none.warnings).toContainEqual(expect.stringMatching(/未提供企业记录.*no records given/));
    // Without records the evaluated land is the base: TENANT's 12 亩 = 8 000 m² × 4 = 32 000.00.
    expect(none.firms.find((f) => f.creditCode === 'TENANT')?.relief).toBe('32000.00');
    expect(outcome.warnings.some((w) => /no source has a leased-land column|no records given/.test(w))).toBe(false);
  });
});

test('law: on the columns, applyPoliciesToColumns gives what applyPolicies gives on the objects', () => {
  let relieved = 0;
  let tenants = 0;
  fc.assert(
    fc.property(arbRecords({ minLength: 1, maxLength: 30 }), fc.constantFrom('4', '0.6', '12.5'), (drawn, rate) => {
      // Every third firm a tenant: its land leased in, none held.
      const records = drawn.map((r, k) => {
        if (k % 3 !== 1) return r;
        const { landOwnedMu, ...rest } = r;
        return { ...rest, landLeasedInMu: landOwnedMu ?? '5' };
      });
      const scheme = getPreset();
      const onObjects = applyPolicies(evaluate(records, scheme), catalog, { records, settings: { 'land-use-tax-rate': rate }, year: 2024 });
      const onColumns = applyPoliciesToColumns(evaluateColumnar(columnarFromRecords(records), scheme), catalog, {
        settings: { 'land-use-tax-rate': rate },
        year: 2024,
      });
      expect(onColumns).toEqual(onObjects);
      relieved += onObjects.fiscal.total.firmsRelieved;
      tenants += onObjects.firms.filter((f) => f.skipped.some((s) => s.reason === 'not-land-right-holder')).length;
    }),
    { numRuns: 150 },
  );
  expect(relieved).toBeGreaterThan(100);
  expect(tenants).toBeGreaterThan(5);
});
