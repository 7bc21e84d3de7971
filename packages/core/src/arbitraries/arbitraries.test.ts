import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { EnterpriseRecord } from '../schema/record.js';
import { validateScheme } from '../schema/validateScheme.js';
import { getPreset } from '../presets/getPreset.js';
import { creditCodeCheckCharacter } from '../creditCode/creditCode.js';
import { arbCreditCode, arbDecimalString, arbPresetId, arbRecord, arbRecords, arbScheme } from './index.js';

describe('arbitraries', () => {
  test('arbCreditCode: 18 characters of the alphabet, check character valid', () =>
    fc.assert(
      fc.property(arbCreditCode(), (code) => {
        expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
        expect(code.charAt(17)).toBe(creditCodeCheckCharacter(code.slice(0, 17)));
      }),
      { numRuns: 200 },
    ));

  test('arbDecimalString: plain decimal within bounds', () =>
    fc.assert(
      fc.property(arbDecimalString({ min: -5, max: 5, decimals: 3 }), (s) => {
        expect(s).toMatch(/^-?\d+(\.\d{1,3})?$/);
        expect(Math.abs(Number(s))).toBeLessThanOrEqual(5);
      }),
      { numRuns: 200 },
    ));

  test('arbRecord: the schema accepts every record, no key is undefined', () =>
    fc.assert(
      fc.property(fc.oneof(arbRecord(), arbRecord({ values: 'edge' })), (record) => {
        expect(EnterpriseRecord.safeParse(record).success).toBe(true);
        expect(Object.values(record)).not.toContain(undefined);
      }),
      { numRuns: 150 },
    ));

  test('arbRecords: unique codes and the length asked for', () =>
    fc.assert(
      fc.property(arbRecords({ minLength: 2, maxLength: 25, uniqueCodes: true }), (records) => {
        expect(records.length).toBeGreaterThanOrEqual(2);
        expect(records.length).toBeLessThanOrEqual(25);
        expect(new Set(records.map((r) => r.creditCode)).size).toBe(records.length);
      }),
      { numRuns: 50 },
    ));

  it('arbRecords with uniqueCodes false repeats codes', () => {
    const samples = fc.sample(arbRecords({ minLength: 10, maxLength: 10, uniqueCodes: false }), { numRuns: 20, seed: 7 });
    expect(samples.some((rs) => new Set(rs.map((r) => r.creditCode)).size < rs.length)).toBe(true);
  });

  test('arbScheme: validateScheme accepts every scheme', () =>
    fc.assert(
      fc.property(arbScheme(), (scheme) => {
        expect(validateScheme(scheme).success).toBe(true);
      }),
      { numRuns: 150 },
    ));

  test('arbScheme options narrow the schemes', () =>
    fc.assert(
      fc.property(arbScheme({ benchmarks: ['fixed'], normalisations: ['ratio'], classModes: ['threshold'], groups: { min: 1, max: 1 } }), (scheme) => {
        expect(scheme.groups).toHaveLength(1);
        expect(scheme.classes.mode).toBe('threshold');
        for (const ind of scheme.groups[0]?.indicators ?? []) {
          expect(ind.normalisation.method).toBe('ratio');
          expect(ind.benchmark.kind).toBe('fixed');
        }
      }),
      { numRuns: 50 },
    ));

  test('arbPresetId: getPreset accepts it', () =>
    fc.assert(
      fc.property(arbPresetId(), (id) => {
        expect(getPreset(id).id).toBe(id);
      }),
      { numRuns: 20 },
    ));
});
