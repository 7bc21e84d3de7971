import { creditCodeCheckCharacter, getPreset } from '@mujun/core';
import { describe, expect, it } from 'vitest';
import { readColumns } from '../readSources.js';
import { figuresNeeded } from './figuresNeeded.js';
import { gapWarning } from './gapWarning.js';

/** The n-th valid credit code of a made-up series. */
const code = (n: number): string => {
  const body = `913204${String(n).padStart(11, '0')}`;
  return body + creditCodeCheckCharacter(body);
};
const src = (name: string, header: string, rows: number[], row: (n: number) => string) => ({
  name,
  data: Buffer.from(`${header}\n${rows.map((n) => `${code(n)},常州甲${n}机械有限公司,${row(n)}`).join('\n')}\n`),
});
const all = [1, 2, 3, 4];
const stats = (scale: (n: number) => string = () => 'above') =>
  src('stats.csv', 'credit_code,name,scale,sales_wan,value_added_wan,energy_tce,employees,rd_wan', all, (n) => `${scale(n)},3000,800,500,120,90`);
const land = (rows = all) => src('land.csv', '统一社会信用代码,企业名称,土地使用权面积(平方米)', rows, () => '6667');
const tax = (rows = all) => src('tax.csv', '纳税人识别号,纳税人名称,实缴税金(元)', rows, () => '1200000');
const environment = (rows = all) => src('env.csv', '统一社会信用代码,单位名称,化学需氧量(吨)', rows, () => '1.5');
const power = (rows = all) => src('power.csv', '统一社会信用代码,户名,用电量(万千瓦时)', rows, () => '120');
const scheme = getPreset('changzhou-wujin');

/** Reads and merges the files as `score` does, then asks for the gap warning under the default scheme. */
async function warningOf(...files: { name: string; data: Buffer }[]) {
  const r = await readColumns(files);
  return gapWarning({ gaps: r.gaps, records: r.records, sources: r.sources, neededFor: (i) => figuresNeeded(scheme, r.records, [i]) });
}

describe('gapWarning', () => {
  it('says nothing when every file lists every firm', async () => {
    expect(await warningOf(land(), tax(), stats(), environment())).toBeNull();
  });

  it('a firm missing from the tax file: one firm, the file and the figure named', async () => {
    const w = await warningOf(land(), tax([1, 2, 3]), stats(), environment());
    expect(w).toMatchObject({ code: 'figure-missing', severity: 'warning', count: 1 });
    expect(w!.message.zh).toContain('tax.csv 1 家缺税收');
    expect(w!.message.en).toContain('tax.csv 1 without tax');
  });

  it('firms missing from several files count once each, every file listed', async () => {
    const w = await warningOf(land([1, 2, 3]), tax([2, 3, 4]), stats(), environment([2, 3, 4]));
    expect(w!.count).toBe(2); // firm 4 lacks land, firm 1 tax and emissions
    expect(w!.message.zh).toContain('env.csv 1 家缺主要污染物排放量；land.csv 1 家缺用地面积；tax.csv 1 家缺税收');
  });

  it('a gap in a figure the firm’s group does not use is not a warning (electricity under the default scheme)', async () => {
    expect(await warningOf(land(), tax(), stats(), environment(), power([1, 2]))).toBeNull();
  });

  it('only the firm’s own group counts: emissions are not used by the default 规下 indicators', async () => {
    const below = stats((n) => (n === 4 ? 'below' : 'above'));
    expect(await warningOf(land(), tax(), below, environment([1, 2, 3]))).toBeNull();
    expect((await warningOf(land(), tax(), below, environment([2, 3, 4])))?.count).toBe(1);
  });

  it('a figure another file gives the firm is not lost', async () => {
    const statsWithTax = src(
      'stats.csv',
      'credit_code,name,scale,sales_wan,value_added_wan,energy_tce,employees,rd_wan,tax_wan',
      all,
      () => 'above,3000,800,500,120,90,120',
    );
    expect(await warningOf(land(), tax([1, 2, 3]), statsWithTax, environment())).toBeNull();
  });
});
