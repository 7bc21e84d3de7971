/**
 * Several rows per firm: a power export lists a firm once per meter (电表户号), a land register
 * once per title or parcel (不动产权证号, 宗地号). Rows that differ in that number are summed;
 * a number said twice with the same values is one row; a number said twice with different
 * values is a conflict. Expected figures are computed by hand.
 */
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCode } from '../test/messyCsv.js';
import { readSources } from '../node/readSources.js';

const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';
const src = (name: string, text: string) => ({ name, data: Buffer.from(text) });
const POWER = '电表户号,统一社会信用代码,户名,用电量(万千瓦时)\n';

describe('rows of one firm with different meter or parcel numbers', () => {
  it('two parcels of 5 000 m² for one firm: 15 亩 (2 × 7.5), not 7.5 and not rejected', async () => {
    const land = src(
      'land.csv',
      `统一社会信用代码,企业名称,宗地号,土地使用权面积(平方米)\n${HUAWEI},华为,A-1,5000\n${HUAWEI},华为,A-2,5000\n${TENCENT},腾讯,B-1,2000\n`,
    );
    const r = await readSources([land]);
    expect(r.rejected).toEqual([]);
    expect(r.records.map((m) => [m.record.creditCode, m.record.landOwnedMu])).toEqual([
      [HUAWEI, '15'],
      [TENCENT, '3'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'rows-summed')).toEqual([expect.objectContaining({ source: 'land.csv', row: 2, count: 2 })]);
    expect(r.warnings.find((w) => w.code === 'rows-summed')?.message.en).toContain('lines 2, 3');
    expect(r.accounting.total).toMatchObject({ rows: 3, merged: 3, rejected: 0, records: 2 });
  });

  it('two meters: electricity 0.53 + 0.79 = 1.32 万千瓦时; a meter said twice identically counts once', async () => {
    const power = src('power.csv', `${POWER}32001,${HUAWEI},华为,0.53\n32002,${HUAWEI},华为,0.79\n32001,${HUAWEI},华为,0.530\n`);
    const r = await readSources([power]);
    expect(r.rejected).toEqual([]);
    expect(r.records.map((m) => m.record.electricityWanKwh)).toEqual(['1.32']);
    expect(r.warnings.filter((w) => w.code !== 'scale-defaulted').map((w) => [w.code, w.row, w.count])).toEqual([
      ['duplicate-identical-rows', 2, 2],
      ['rows-summed', 2, 2],
    ]);
    expect(r.accounting.total).toMatchObject({ rows: 3, merged: 3, rejected: 0, records: 1 });
  });

  it('one meter said twice with different readings: all the firm’s rows rejected, as a duplicate code', async () => {
    const power = src('power.csv', `${POWER}32001,${HUAWEI},华为,0.53\n32002,${HUAWEI},华为,0.79\n32001,${HUAWEI},华为,0.6\n33001,${TENCENT},腾讯,1\n`);
    const r = await readSources([power]);
    expect(r.records.map((m) => m.record.creditCode)).toEqual([TENCENT]);
    expect(r.rejected.map((e) => [e.row, e.code])).toEqual([
      [2, 'duplicate-credit-code'],
      [3, 'duplicate-credit-code'],
      [4, 'duplicate-credit-code'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'rows-summed')).toEqual([]);
  });

  it('meters whose other values disagree (two names) are not summed: all rejected', async () => {
    const power = src('power.csv', `${POWER}32001,${HUAWEI},华为,0.53\n32002,${HUAWEI},华为技术,0.79\n`);
    const r = await readSources([power]);
    expect(r.records).toEqual([]);
    expect(r.rejected.map((e) => e.code)).toEqual(['duplicate-credit-code', 'duplicate-credit-code']);
  });

  it('a meter without a reading adds nothing; every figure of the source is summed', async () => {
    const land = src(
      'land.csv',
      `统一社会信用代码,企业名称,不动产权证号,宗地号,土地使用权面积(平方米),承租土地面积(平方米)\n` +
        `${HUAWEI},华为,苏(2020)1号,P1,1000,\n${HUAWEI},华为,苏(2020)1号,P2,333.3,200\n${HUAWEI},华为,苏(2021)7号,P1,,100\n`,
    );
    const r = await readSources([land]);
    // Owned: (1000 + 333.3) m² × 0.0015 = 1.99995 亩; leased: (200 + 100) × 0.0015 = 0.45 亩.
    expect(r.records[0]!.record).toMatchObject({ landOwnedMu: '1.99995', landLeasedInMu: '0.45' });
    expect(r.warnings.find((w) => w.code === 'rows-summed')?.count).toBe(3);
  });

  it('a source names its own key column in the header mapping file (row_key)', async () => {
    const power = src('power.csv', `计量点编号,统一社会信用代码,户名,用电量(万千瓦时)\nM1,${HUAWEI},华为,2\nM2,${HUAWEI},华为,3.5\n`);
    const unmapped = await readSources([power]);
    expect(unmapped.rejected.map((e) => e.code)).toEqual(['duplicate-credit-code', 'duplicate-credit-code']);
    const r = await readSources([power], { mapping: { aliases: { 计量点编号: 'row_key' } } });
    expect(r.records.map((m) => m.record.electricityWanKwh)).toEqual(['5.5']);
  });

  it('summing never changes the source as read: merging the same reads twice gives the same sums', async () => {
    const { readSource } = await import('../node/readSource.js');
    const { mergeSources } = await import('./mergeSources.js');
    const read = await readSource(src('power.csv', `${POWER}32001,${HUAWEI},华为,0.53\n32002,${HUAWEI},华为,0.79\n`));
    const { decimalText } = await import('@mujun/core/engine');
    for (let k = 0; k < 2; k++) {
      const merged = mergeSources([read]);
      expect(decimalText(merged.records.numbers.electricityWanKwh!, 0)).toBe('1.32');
    }
  });
});

describe('rows summed: a law', () => {
  it('in any order, a firm’s meters sum to the exact total of their readings (in 千瓦时, ÷ 10 000)', async () => {
    // Readings in whole 千瓦时 (< 10¹⁰ each), totalled as integers, shown in 万千瓦时.
    const wan = (kwh: bigint) => {
      const s = kwh.toString().padStart(5, '0');
      const out = `${s.slice(0, -4)}.${s.slice(-4)}`.replace(/\.?0+$/, '');
      return out === '' ? '0' : out;
    };
    let multi = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.bigInt({ min: 0n, max: 9_999_999_999n }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 719 }),
        async (readings, turn) => {
          const rows = readings.map((r, k) => `M${k},${HUAWEI},华为,${r}`);
          const order = rows.map((_, k) => rows[(k + turn) % rows.length]!);
          if (turn % 2 === 1) order.reverse();
          const r = await readSources([src('power.csv', `电表户号,统一社会信用代码,户名,用电量(千瓦时)\n${order.join('\n')}\n`)]);
          if (readings.length > 1) multi++;
          expect(r.rejected).toEqual([]);
          expect(r.records.map((m) => m.record.electricityWanKwh)).toEqual([wan(readings.reduce((t, x) => t + x, 0n))]);
        },
      ),
      { numRuns: 200 },
    );
    // Several readings in 145–178 runs over 62 seeds (p ≈ 0.82 a run: 100 or fewer has a chance
    // under 10⁻¹⁵). At 150 runs (112–132) the same floor was missed about one time in 10⁵.
    expect(multi).toBeGreaterThan(100);
  });
});

describe('rows summed: one stream = parallel parts', async () => {
  // Workers run the compiled reader (as in fast/readParts.test.ts).
  const DIST = new URL('../../dist/node.js', import.meta.url);
  if (!existsSync(fileURLToPath(DIST))) throw new Error('packages/csv/dist is missing: run `npx pnpm@12.4.2 build` first');
  const dist = (await import(DIST.href)) as typeof import('../node.js');

  // Firm i has meters M{i}a (i.5) and M{i}b (0.25), in that order far apart; every 7th firm says
  // its first meter twice, every 11th firm's first meter twice with another reading.
  const firms = 400;
  const lines = [POWER.trimEnd()];
  for (let i = 1; i <= firms; i++) lines.push(`M${i}a,${creditCode(i)},企业${i},${i}.5`);
  for (let i = 1; i <= firms; i++) {
    lines.push(`M${i}b,${creditCode(i)},企业${i},0.25`);
    if (i % 7 === 0) lines.push(`M${i}a,${creditCode(i)},企业${i},${i}.50`);
    if (i % 11 === 0) lines.push(`M${i}a,${creditCode(i)},企业${i},${i}.6`);
  }
  const bytes = Buffer.from(`${lines.join('\n')}\n`);

  it('sums i.5 + 0.25 = i.75 per firm, the same whether the file is read in one stream or in 2 or 3 parts', async () => {
    const plain = (r: Awaited<ReturnType<typeof dist.readSources>>) => ({
      records: r.records.map((m) => [m.record.creditCode, m.record.electricityWanKwh]),
      rejected: r.rejected.map((e) => [e.row, e.code]),
      warnings: r.warnings.map((w) => [w.code, w.row, w.count]),
      accounting: r.accounting,
    });
    const whole = plain(await dist.readSources([{ name: 'power.csv', data: Readable.from([bytes]) }]));
    for (const parts of [2, 3]) {
      const split = plain(await dist.readSources([{ name: 'power.csv', data: bytes }], { minSplitBytes: 1, parts }));
      expect(split).toEqual(whole);
    }
    const kept = Array.from({ length: firms }, (_, k) => k + 1).filter((i) => i % 11 !== 0);
    expect(whole.records).toEqual(kept.map((i) => [creditCode(i), `${i}.75`]));
    // Every row of a firm with a conflicting meter: 3, or 4 when it also repeats that meter (i = 77, 154 …).
    const conflicting = Array.from({ length: firms }, (_, k) => k + 1).filter((i) => i % 11 === 0);
    expect(whole.rejected.length).toBe(conflicting.reduce((t, i) => t + (i % 7 === 0 ? 4 : 3), 0));
    expect(whole.warnings.filter(([code]) => code === 'rows-summed').length).toBe(kept.length);
    expect(whole.warnings.filter(([code]) => code === 'duplicate-identical-rows').length).toBe(kept.filter((i) => i % 7 === 0).length);
  });
});
