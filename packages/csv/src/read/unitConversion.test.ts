import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { mapHeaders } from '../headers/mapHeaders.js';
import { parseRow } from './parseRow.js';
import { readSource } from '../node/readSource.js';

const CODE = '914403001922038216';

/** The per-row reader's value of one cell under a header (the columns then hold at most 15 significant digits of it). */
async function converted(header: string, cell: string): Promise<string | boolean | undefined> {
  const map = mapHeaders('u.csv', ['credit_code', 'name', header]);
  const find = (kind: string) => map.columns.find((c) => c.spec.kind === kind)!;
  const ctx = {
    source: 'u.csv',
    columns: map.columns,
    headerLength: 3,
    codeColumn: find('credit-code'),
    nameColumn: find('name'),
    badValues: 'reject-row' as const,
    onUnknownFlag: () => {},
  };
  const outcome = parseRow(ctx, [CODE, '甲', cell], 2);
  if (outcome.kind !== 'row') throw new Error(`rejected: ${JSON.stringify(outcome)}`);
  return Object.values(outcome.row.values)[1];
}

it('a figure beyond 15 significant digits is rejected with too-many-digits (the columns hold 15 exactly)', async () => {
  const r = await readSource({ name: 'u.csv', data: Buffer.from(`credit_code,name,税收(元)\n${CODE},甲,100000013292644100\n`) });
  expect(r.rejected.map((e) => [e.code, e.column, e.value])).toEqual([['too-many-digits', '税收(元)', '10000001329264.41']]);
  expect(r.rows.n).toBe(0);
});

describe('unit conversions are exact (hand-computed)', () => {
  it.each([
    ['税收(元)', '1,234,567.89', '123.456789'], // ÷ 10000
    ['实缴税金(千元)', '5', '0.5'], // ÷ 10
    ['销售收入(亿元)', '1.2345', '12345'], // × 10000
    ['用地面积(平方米)', '666.67', '1.000005'], // × 0.0015: 666.67 × 15 = 10000.05, ÷ 10000
    ['用地面积(平方米)', '10000', '15'], // 1 公顷 = 10000 m² = 15 亩
    ['土地面积(公顷)', '2.5', '37.5'], // × 15
    ['用地面积(亩)', '12.30', '12.3'],
    ['综合能耗(千克标准煤)', '1500', '1.5'], // ÷ 1000
    ['能源消费总量(万吨标煤)', '0.0123', '123'], // × 10000
    ['用电量(千瓦时)', '123,456', '12.3456'], // ÷ 10000
    ['用电量(kWh)', '5', '0.0005'],
    ['用电量(兆瓦时)', '5', '0.5'], // 1 MWh = 1000 kWh = 0.1 万kWh
    ['用电量(亿千瓦时)', '0.5', '5000'], // × 10000
    ['化学需氧量(公斤)', '1500', '1.5'], // ÷ 1000
    ['氨氮排放量(kg)', '0.8', '0.0008'],
    ['租用厂房面积(㎡)', '1,200', '1200'], // floor area stays in m²
  ])('%s %s → %s', async (header, cell, want) => {
    expect(await converted(header, cell)).toBe(want);
  });

  it('never writes exponent notation', async () => {
    expect(await converted('用电量(千瓦时)', '0.0001')).toBe('0.00000001'); // ÷ 10000
    expect(await converted('销售收入(亿元)', '123456789012345678')).toBe('1234567890123456780000'); // × 10000
  });
});

test('law: 元 → 万元 moves the decimal point four places and loses no digit', () =>
  fc.assert(
    fc.asyncProperty(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }), async (n, k) => {
      const shift = (v: bigint, places: number) => {
        const s = v.toString().padStart(places + 1, '0');
        const int = s.slice(0, s.length - places);
        const frac = s.slice(s.length - places).replace(/0+$/, '');
        return frac ? `${int}.${frac}` : int;
      };
      expect(await converted('税收(元)', shift(n, k))).toBe(shift(n, k + 4));
    }),
    { numRuns: 100 },
  ));
