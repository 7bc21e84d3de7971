import { describe, expect, it } from 'vitest';
import { readSource } from '../node/readSource.js';
import { sourceKindOf } from './sourceKind.js';
import { compareCodePoints } from './codePointOrder.js';

const cols = (...pairs: [string, string][]) => pairs.map(([header, column]) => ({ header, column, field: '' }));

describe('sourceKindOf', () => {
  it('tells each of the fixture’s five exports by its columns, whatever the file is called', async () => {
    const kinds = await Promise.all(
      ['land', 'tax', 'power', 'environment', 'statistics'].map(async (f) => {
        const read = await readSource(`fixtures/zhonglou/${f}.csv`);
        return sourceKindOf('export.csv', read.file.columns).kind;
      }),
    );
    expect(kinds).toEqual(['land', 'tax', 'power', 'environment', 'statistics']);
  });

  it('reads whose export a shared column is from its header: 纳税人识别号 and 开票销售收入 are the tax bureau’s', () => {
    const tax = cols(['纳税人识别号', 'credit_code'], ['纳税人名称', 'name'], ['开票销售收入(元)', 'sales_wan']);
    expect(sourceKindOf('a.csv', tax)).toEqual({ kind: 'tax', from: 'columns' });
    const stats = cols(['统一社会信用代码', 'credit_code'], ['企业名称', 'name'], ['营业收入(万元)', 'sales_wan']);
    expect(sourceKindOf('a.csv', stats).kind).toBe('statistics');
  });

  it('says null when the columns do not tell, or tell two kinds equally', () => {
    expect(sourceKindOf('a.csv', cols(['credit_code', 'credit_code'], ['name', 'name'], ['sales_wan', 'sales_wan'])).kind).toBeNull();
    expect(sourceKindOf('a.csv', cols(['tax_wan', 'tax_wan'], ['land_mu', 'land_mu'])).kind).toBeNull();
  });

  it('takes the kind the mapping file names, by the name as given or the file’s own name', () => {
    const land = cols(['land_mu', 'land_mu']);
    expect(sourceKindOf('data/2024/export.csv', land, { 'export.csv': 'statistics' })).toEqual({ kind: 'statistics', from: 'mapping' });
    expect(sourceKindOf('data/2024/export.csv', land, { 'data/2024/export.csv': 'tax' }).kind).toBe('tax');
    expect(sourceKindOf('data/2024/export.csv', land, { 'other.csv': 'tax' })).toEqual({ kind: 'land', from: 'columns' });
  });
});

describe('compareCodePoints', () => {
  it('orders by code point, where `<` on strings puts astral characters before U+E000 … U+FFFF', () => {
    const names = ['b.csv', '𝐀.csv', 'Ａ.csv', 'B.csv', '统计.csv', '税务.csv', 'a.csv'];
    expect([...names].sort(compareCodePoints)).toEqual(['B.csv', 'a.csv', 'b.csv', '税务.csv', '统计.csv', 'Ａ.csv', '𝐀.csv']);
    expect(['𝐀', 'Ａ'].sort()).toEqual(['𝐀', 'Ａ']); // the UTF-16 order this replaces
  });
});
