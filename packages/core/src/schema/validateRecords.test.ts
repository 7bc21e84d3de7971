import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbRecords } from '../arbitraries/records.js';
import { getPreset } from '../presets/getPreset.js';
import { validateRecords } from './validateRecords.js';
import { validateScheme } from './validateScheme.js';

// Two valid codes (GB 32100-2015): 914403001922038216 is the standard's worked example.
const CODE = '914403001922038216';
const OTHER = '91320583MA1MUFPE38';
const firm = { creditCode: CODE, name: '甲精密机械', scale: 'above' as const, landOwnedMu: '10', taxWan: '300' };

/** The issues of one bad record, as [code, path]. */
function issuesOf(record: Record<string, unknown>): [string, readonly (string | number)[]][] {
  const v = validateRecords([{ ...firm, creditCode: OTHER, taxWan: '1' }, record]);
  return v.success ? [] : v.error.issues.map((i) => [i.code, i.path]);
}

describe('validateRecords', () => {
  it('accepts good records and returns the same array, typed', () => {
    const records = [firm, { ...firm, creditCode: OTHER, scale: 'below', flags: ['high-tech'], productionStartDate: '2020-02-29' }];
    const v = validateRecords(records);
    expect(v).toEqual({ success: true, data: records, warnings: [] });
    expect(v.data).toBe(records);
  });

  it.each([
    ['a tax that is not a number', { taxWan: 'abc' }, 'invalid-decimal', 'taxWan'],
    ['a tax given as a JS number', { taxWan: 100 }, 'number-not-string', 'taxWan'],
    ['NaN', { salesWan: Number.NaN }, 'number-not-string', 'salesWan'],
    ['Infinity', { energyTce: Number.POSITIVE_INFINITY }, 'number-not-string', 'energyTce'],
    ['a hexadecimal string (decimal.js reads "0x10" as 16)', { taxWan: '0x10' }, 'invalid-decimal', 'taxWan'],
    ['an exponent beyond any double', { taxWan: '1e400' }, 'invalid-decimal', 'taxWan'],
    ['an empty figure', { landOwnedMu: '' }, 'invalid-decimal', 'landOwnedMu'],
    ['a scale that is neither above nor below', { scale: 'big' }, 'invalid-value', 'scale'],
    ['a missing name', { name: undefined }, 'missing-field', 'name'],
    ['a null credit code', { creditCode: null }, 'invalid-credit-code', 'creditCode'],
    ['a credit code with a wrong check character', { creditCode: '914403001922038217' }, 'invalid-credit-code', 'creditCode'],
    ['a misspelt field', { taxwan: '300' }, 'unknown-field', 'taxwan'],
    ['a day that does not exist', { productionStartDate: '2023-02-29' }, 'invalid-date', 'productionStartDate'],
    ['flags that are not a list', { flags: 'high-tech' }, 'invalid-type', 'flags'],
    ['a key-polluter flag that is text', { keyPolluter: 'yes' }, 'invalid-type', 'keyPolluter'],
    ['a name that is a number', { name: 5 }, 'invalid-type', 'name'],
    ['a county that is null', { county: null }, 'invalid-type', 'county'],
  ])('rejects %s, naming record 1 and the field', (_, change, code, field) => {
    expect(issuesOf({ ...firm, ...change })).toEqual([[code, [1, field]]]);
  });

  it('rejects the same credit code twice, at the second record, naming the first', () => {
    const v = validateRecords([firm, { ...firm, creditCode: OTHER }, { ...firm, name: '甲精密机械（重复）' }]);
    expect(v.success).toBe(false);
    expect(v.error?.issues).toEqual([
      { code: 'duplicate-credit-code', path: [2, 'creditCode'], message: expect.stringMatching(/^\[2\]\.creditCode: .*record 0/) },
    ]);
  });

  it('lists every problem of every record, and rejects what is not an array of objects', () => {
    const v = validateRecords([{ ...firm, taxWan: 1, scale: 'big' }, 'firm', { name: 'x' }]);
    expect(v.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-value', [0, 'scale']],
      ['number-not-string', [0, 'taxWan']],
      ['not-an-object', [1]],
      ['missing-field', [2, 'creditCode']],
      ['missing-field', [2, 'scale']],
    ]);
    expect(validateRecords({ records: [] }).error?.issues.map((i) => i.code)).toEqual(['not-an-array']);
  });

  it('every message is one line that starts with the place and carries 中文 and English', () => {
    const messages = (record: object) => validateRecords([record]).error?.issues.map((i) => i.message);
    expect(messages({ ...firm, taxWan: 'abc' })).toEqual(['[0].taxWan: 不是十进制数字 / not a plain decimal such as "123.45": "abc"']);
    expect(messages({ ...firm, keyPolluter: 'yes' })).toEqual(['[0].keyPolluter: 类型不符 / expected true or false, found "yes"']);
    expect(messages({ ...firm, flags: 'high-tech' })).toEqual(['[0].flags: 类型不符 / expected a list of texts, found "high-tech"']);
    expect(messages({ ...firm, taxWan: Number.NaN })).toEqual([
      '[0].taxWan: 数值须写成十进制字符串 / a figure must be a decimal string such as "123.45", found the number NaN',
    ]);
  });

  it('accepts every record the arbitraries make (law: arbRecords draws valid records)', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbRecords({ maxLength: 20 }), (records) => {
        checked += records.length;
        expect(validateRecords(records).success).toBe(true);
      }),
      { numRuns: 200 },
    );
    // 100 runs drew 421–553 records over 61 seeds (mean 470, sd 36: the floor 4.7 sd below);
    // 200 runs draw 861–1022 (mean 935, sd 36, 62 seeds).
    expect(checked).toBeGreaterThan(300);
  });
});

describe('one shape for every validator', () => {
  it('validateScheme: zod codes for fields, custom for rules across fields, with paths', () => {
    const scheme = getPreset('huaian-2024');
    const group = scheme.groups[0]!;
    const twice = { ...scheme, groups: [{ ...group, indicators: [group.indicators[0], group.indicators[0], { ...group.indicators[1], weight: -1 }] }] };
    const v = validateScheme(JSON.parse(JSON.stringify(twice)));
    expect(v.success).toBe(false);
    expect(v.error?.issues.map((i) => [i.code, i.path])).toEqual([['too_small', ['groups', 0, 'indicators', 2, 'weight']]]);
    const dup = validateScheme({ ...scheme, groups: [{ ...group, indicators: [group.indicators[0], group.indicators[0]] }] });
    expect(dup.error?.issues.map((i) => [i.code, i.path])).toEqual([['custom', ['groups', 0, 'indicators', 1, 'id']]]);
  });
});
