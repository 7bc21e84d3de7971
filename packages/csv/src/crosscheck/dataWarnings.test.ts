import { creditCodeCheckCharacter, getPreset, parseScheme } from '@mujun/core';
import { describe, expect, it } from 'vitest';
import { readColumns } from '../node/readSources.js';
import { dataWarnings, type DataWarning } from './dataWarnings.js';
import { figuresNeeded } from './figuresNeeded.js';

/** The n-th valid credit code of a made-up series. */
const code = (n: number): string => {
  const body = `913204${String(n).padStart(11, '0')}`;
  return body + creditCodeCheckCharacter(body);
};
const src = (name: string, text: string) => ({ name, data: Buffer.from(text) });
const scheme = getPreset('changzhou-wujin');

/** Reads and merges the files as `score` does, then asks for the warnings under the default scheme. */
async function warningsOf(...files: { name: string; data: Buffer }[]): Promise<DataWarning[]> {
  const r = await readColumns(files);
  return dataWarnings({ ...r, needed: figuresNeeded(scheme, r.records) });
}

const statsHeader = 'credit_code,name,scale,sales_wan,value_added_wan,energy_tce,employees,rd_wan,cod_t';
const statsRow = (n: number, scale = 'above') => `${code(n)},常州甲${n}机械有限公司,${scale},3000,800,500,120,90,1.5`;
const stats = (rows: number, header = statsHeader) => src('stats.csv', `${header}\n${Array.from({ length: rows }, (_, i) => statsRow(i + 1)).join('\n')}\n`);
const land = (rows: number) =>
  src(
    'land.csv',
    `统一社会信用代码,企业名称,土地使用权面积(平方米)\n${Array.from({ length: rows }, (_, i) => `${code(i + 1)},常州甲${i + 1}机械有限公司,6667`).join('\n')}\n`,
  );
const tax = (rows: number, header = '实缴税金(元)') =>
  src(
    'tax.csv',
    `纳税人识别号,纳税人名称,${header}\n${Array.from({ length: rows }, (_, i) => `${code(i + 1)},常州甲${i + 1}机械有限公司,1200000`).join('\n')}\n`,
  );

/** The Chinese half names no English word: option names, file names, `score validate` and quoted headers aside. */
function chineseHasNoEnglish(w: DataWarning): boolean {
  const rest = w.message.zh
    .replace(/--[a-z-]+/g, '')
    .replace(/score validate/g, '')
    .replace(/docs\/headers\.md/g, '')
    .replace(/[\w.-]+\.csv/g, '')
    .replace(/“[^”]*”/g, '');
  return !/[A-Za-z]{2,}/.test(rest);
}

describe('dataWarnings', () => {
  it('says nothing when every figure the scheme needs is there, with units, and no row is rejected', async () => {
    expect(await warningsOf(land(3), tax(3), stats(3))).toEqual([]);
  });

  it('a firm without a county while others have one: counted, with what happens to it and the fix', async () => {
    const withCounty = src('stats.csv', `${statsHeader},county\n${[1, 2, 3].map((n) => `${statsRow(n)},${n === 2 ? '' : '武进区'}`).join('\n')}\n`);
    const files = [land(3), tax(3), withCounty];
    const w = await warningsOf(...files);
    expect(w).toEqual([expect.objectContaining({ code: 'county-missing', severity: 'warning', count: 1 })]);
    expect(w[0]!.message.zh).toMatch(/1 家企业（共 3 家）未填县区.*不参加评价.*补填县区/);
    expect(w[0]!.message.en).toMatch(/1 of 3 firms have no county while others have one: they are not scored/);
    expect(w.every(chineseHasNoEnglish)).toBe(true);
    const r = await readColumns(files);
    const input = { ...r, needed: figuresNeeded(scheme, r.records) };
    expect(dataWarnings({ ...input, pooling: { poolByCounty: true, blankCounty: 'ownPool' } })[0]!.message.en).toMatch(/they form one pool without a county/);
    // Not pooled by county: a blank county changes nothing.
    expect(dataWarnings({ ...input, pooling: { poolByCounty: false, blankCounty: 'exclude' } })).toEqual([]);
  });

  it('no land column in any file: an error naming the land bureau, for every firm', async () => {
    const w = await warningsOf(tax(4), stats(4));
    expect(w).toEqual([expect.objectContaining({ code: 'figure-absent', severity: 'error', count: 4 })]);
    expect(w[0]!.message.zh).toContain('用地面积');
    expect(w[0]!.message.zh).toContain('自然资源局');
    expect(w[0]!.message.en).toContain('real-estate register');
    expect(w.every(chineseHasNoEnglish)).toBe(true);
  });

  it('a tax header the dictionary does not know: tax absent (a warning naming the tax bureau and the unknown header) and the column reported', async () => {
    const w = await warningsOf(land(2), tax(2, '本期税款甲(元)'), stats(2));
    expect(w.map((x) => [x.code, x.severity, x.count])).toEqual([
      ['figure-absent', 'warning', 2],
      ['unknown-column', 'warning', 1],
    ]);
    expect(w[0]!.message.zh).toContain('税务局');
    expect(w[0]!.message.zh).toContain('“本期税款甲(元)”');
    expect(w[1]!.source).toBe('tax.csv');
    expect(w.every(chineseHasNoEnglish)).toBe(true);
  });

  it('a figure under an exclude rule is required: absent, it is an error', async () => {
    const every = {
      tax: 'exclude',
      sales: 'exclude',
      valueAdded: 'exclude',
      energy: 'exclude',
      emission: 'exclude',
      employees: 'exclude',
      rd: 'exclude',
    } as const;
    const strict = parseScheme({ ...scheme, groups: scheme.groups.map((g) => ({ ...g, missing: every })) });
    const r = await readColumns([land(2), stats(2)]);
    const w = dataWarnings({ ...r, needed: figuresNeeded(strict, r.records) });
    expect(w.map((x) => [x.code, x.severity])).toEqual([['figure-absent', 'error']]);
  });

  it('a scale column nobody recognises: every firm taken as 规下, said with the count', async () => {
    const w = await warningsOf(land(5), tax(5), stats(5, statsHeader.replace(',scale,', ',企业规模类别,')));
    const scale = w.find((x) => x.code === 'scale-defaulted');
    expect(scale).toMatchObject({ severity: 'warning', count: 5 });
    expect(scale!.message.zh).toContain('一律按规下评价');
    expect(w.find((x) => x.code === 'unknown-column')?.message.zh).toContain('“企业规模类别”');
    expect(w.every(chineseHasNoEnglish)).toBe(true);
  });

  it('a money header without a unit: read as 万元, said with the rows concerned and how to name the unit', async () => {
    const w = await warningsOf(land(3), tax(3, '实缴税金'), stats(3));
    expect(w).toEqual([expect.objectContaining({ code: 'unit-assumed', source: 'tax.csv', count: 3 })]);
    expect(w[0]!.message.zh).toContain('按“万元”读取');
    expect(w[0]!.message.zh).toContain('“实缴税金(元)”');
    expect(w.every(chineseHasNoEnglish)).toBe(true);
  });

  it('Excel-mangled codes: 245 of 846 rows rejected (29%), the cause named with an example', async () => {
    const rows = Array.from({ length: 846 }, (_, i) =>
      i < 245 ? `9.13204E+17,常州甲${i + 1}机械有限公司,1200000` : `${code(i + 1)},常州甲${i + 1}机械有限公司,1200000`,
    );
    const mangled = src('tax.csv', `纳税人识别号,纳税人名称,实缴税金(元)\n${rows.join('\n')}\n`);
    const w = await warningsOf(land(846), mangled, stats(846));
    expect(w).toEqual([expect.objectContaining({ code: 'rows-rejected', source: 'tax.csv', count: 245 })]);
    expect(w[0]!.message.zh).toContain('846 行中 245 行（29%）被拒收');
    expect(w[0]!.message.zh).toContain('“9.13204E+17”');
    expect(w[0]!.message.en).toContain('245 of 846 rows (29%) rejected');
    expect(w.every(chineseHasNoEnglish)).toBe(true);
  });

  it('a few rejected rows (under 1 %) are left to the cross-check line', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => (i === 0 ? `9.13204E+17,常州甲1机械有限公司,1` : `${code(i + 1)},常州甲${i + 1}机械有限公司,1`));
    const w = await warningsOf(land(200), src('tax.csv', `纳税人识别号,纳税人名称,实缴税金(元)\n${rows.join('\n')}\n`), stats(200));
    expect(w).toEqual([]);
  });
});

describe('dataWarnings: the unit in the example fits the column', () => {
  it('a land column without a unit suggests 平方米, an electricity column 千瓦时', async () => {
    const landNoUnit = src('land.csv', `统一社会信用代码,企业名称,土地面积\n${code(1)},常州甲1机械有限公司,10\n`);
    const power = src('power.csv', `统一社会信用代码,企业名称,用电量\n${code(1)},常州甲1机械有限公司,10\n`);
    const w = await warningsOf(landNoUnit, tax(1), stats(1), power);
    expect(w.map((x) => x.message.zh)).toEqual([
      expect.stringContaining('列“土地面积”未注明单位，1 行按“亩”读取；若实际单位不同（如平方米），请在列名中注明，如“土地面积(平方米)”'),
      expect.stringContaining('列“用电量”未注明单位，1 行按“万千瓦时”读取；若实际单位不同（如千瓦时）'),
    ]);
  });
});
