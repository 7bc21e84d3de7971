import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { EnterpriseRecord } from '../schema/record.js';
import { validateScheme } from '../schema/validateScheme.js';
import { getPreset } from '../presets/getPreset.js';
import { arbCreditCode, arbDecimalString, arbPresetId, arbRecord, arbRecords, arbScheme, creditCodeCheckCharacter } from './index.js';

describe('creditCodeCheckCharacter', () => {
  it('gives the published check character of a real code (华为 914403001922038216)', () => {
    // 9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 1·20 + 9·29 + 2·25 + 2·13 + 0·8 + 3·24 + 8·10 + 2·30 + 1·28
    // = 9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 20 + 261 + 50 + 26 + 0 + 72 + 80 + 60 + 28 = 831; 831 mod 31 = 25; 31 − 25 = 6.
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(creditCodeCheckCharacter('91330100716105852')).toBe('F');
  });

  it('maps 31 to "0": a body whose weighted sum is a multiple of 31', () => {
    // All zeros: Σ = 0, 31 − 0 = 31 → "0".
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('rejects bodies of the wrong length or with letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(() => creditCodeCheckCharacter('9144')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030019220382I')).toThrow(RangeError);
  });
});

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
