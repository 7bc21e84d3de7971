import { gb18030Bytes } from '../write/gb18030Bytes.js';
import { EnterpriseRecord } from '@mujun/core';
import { describe, expect, it } from 'vitest';
import { readSources } from '../node/readSources.js';

const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';
const ALIBABA = '91330100716105852F';

const src = (name: string, text: string, partial?: boolean) => ({ name, data: Buffer.from(text), ...(partial ? { partial } : {}) });

describe('readSources: merging bureau exports (归集/比对)', () => {
  const land = src('land.csv', `统一社会信用代码,企业名称,土地使用权面积(平方米)\n${HUAWEI},华为,6667\n${TENCENT},腾讯,2000\n`);
  const tax = {
    name: 'tax.csv',
    data: gb18030Bytes(`纳税人识别号,纳税人名称,实缴税金(元),销售收入(万元)\r\n${HUAWEI},华为,"1,200,000",500\r\n${ALIBABA},阿里,50000,80\r\n`),
  };
  const stats = src('stats.csv', `credit_code,name,scale,tax_wan,sales_wan,employees\n${HUAWEI},华为,above,120.1,500.4,100\n${TENCENT},腾讯,below,3,10,5\n`);

  it('joins by credit code, one record per enterprise, each field from the kind of export that owns it', async () => {
    const r = await readSources([stats, tax, land]);
    // The kinds, from the columns: land area → land; 纳税人识别号, 实缴税金 → tax; scale, employees → statistics.
    expect(r.sources.map((s) => [s.source, s.kind, s.from])).toEqual([
      ['land.csv', 'land', 'columns'],
      ['tax.csv', 'tax', 'columns'],
      ['stats.csv', 'statistics', 'columns'],
    ]);
    expect(r.records.map((m) => m.record.creditCode)).toEqual([HUAWEI, TENCENT, ALIBABA]);
    const huawei = r.records[0]!;
    // 6667 m² × 0.0015 = 10.0005 亩; tax 1,200,000 元 ÷ 10000 = 120 万元 from the tax bureau; sales 500.4
    // from the statistics bureau (its 营业收入 comes before the tax bureau's by default).
    expect(huawei.record).toEqual({
      creditCode: HUAWEI,
      name: '华为',
      scale: 'above',
      landOwnedMu: '10.0005',
      taxWan: '120',
      salesWan: '500.4',
      employees: '100',
    });
    expect(EnterpriseRecord.safeParse(huawei.record).success).toBe(true);
    expect(huawei.provenance).toEqual({
      creditCode: { source: 'land.csv', row: 2 },
      name: { source: 'tax.csv', row: 2 },
      scale: { source: 'stats.csv', row: 2 },
      landOwnedMu: { source: 'land.csv', row: 2 },
      taxWan: { source: 'tax.csv', row: 2 },
      salesWan: { source: 'stats.csv', row: 2 },
      employees: { source: 'stats.csv', row: 2 },
    });
    expect(huawei.rows).toEqual([
      { source: 'land.csv', row: 2 },
      { source: 'tax.csv', row: 2 },
      { source: 'stats.csv', row: 2 },
    ]);
  });

  it('reports every value that differs, within the tolerance or beyond it, with the sources and why one won', async () => {
    const r = await readSources([land, tax, stats]);
    // Default tolerance 0.1 %: taxWan 120 vs 120.1 differ by 0.1 ≤ 0.001 × 120.1 = 0.1201, and
    // salesWan 500 vs 500.4 differ by 0.4 ≤ 0.001 × 500.4 = 0.5004: both within it, still reported.
    const taxConflict = {
      creditCode: HUAWEI,
      name: '华为',
      field: 'taxWan',
      chosen: 'tax.csv',
      reason: 'kind',
      withinTolerance: true,
      values: [
        { source: 'tax.csv', row: 2, column: '实缴税金(元)', value: '120', kind: 'tax' },
        { source: 'stats.csv', row: 2, column: 'tax_wan', value: '120.1', kind: 'statistics' },
      ],
    };
    const salesConflict = {
      creditCode: HUAWEI,
      name: '华为',
      field: 'salesWan',
      chosen: 'stats.csv',
      reason: 'kind',
      withinTolerance: true,
      values: [
        { source: 'stats.csv', row: 2, column: 'sales_wan', value: '500.4', kind: 'statistics' },
        { source: 'tax.csv', row: 2, column: '销售收入(万元)', value: '500', kind: 'tax' },
      ],
    };
    expect(r.conflicts).toEqual([taxConflict, salesConflict]);
    // Compared exactly, both are beyond the tolerance.
    const strict = await readSources([land, tax, stats], { tolerance: { relative: '0' } });
    expect(strict.conflicts).toEqual([
      { ...taxConflict, withinTolerance: false },
      { ...salesConflict, withinTolerance: false },
    ]);
    // A scheme that scores the tax bureau's sales (武进) makes tax.csv win salesWan, and says so.
    const wujin = await readSources([land, tax, stats], { sourcePrecedence: { salesWan: ['tax'] } });
    expect(wujin.records[0]!.record.salesWan).toBe('500');
    expect(wujin.conflicts[1]).toMatchObject({ field: 'salesWan', chosen: 'tax.csv', reason: 'scheme' });
  });

  it('reports names that differ, but not full-width vs half-width brackets', async () => {
    const a = src('a.csv', `credit_code,name\n${HUAWEI},华为技术（深圳）有限公司\n${TENCENT},腾讯计算机\n`);
    const b = src('b.csv', `credit_code,name\n${HUAWEI},华为技术(深圳)有限公司\n${TENCENT},腾讯计算机系统\n`);
    const r = await readSources([a, b]);
    const beyond = r.conflicts.filter((c) => !c.withinTolerance);
    expect(beyond.map((c) => [c.creditCode, c.field, c.values.map((v) => v.value)])).toEqual([[TENCENT, 'name', ['腾讯计算机', '腾讯计算机系统']]]);
    // Two files of no telling kind: the file name decides (a.csv before b.csv), whatever the order given.
    expect(r.conflicts.map((c) => [c.creditCode, c.chosen, c.reason, c.withinTolerance])).toEqual([
      [HUAWEI, 'a.csv', 'name', true],
      [TENCENT, 'a.csv', 'name', false],
    ]);
    expect((await readSources([b, a])).conflicts).toEqual(r.conflicts);
  });

  it('lets a per-field precedence choose the source', async () => {
    const r = await readSources([land, tax, stats], { precedence: { taxWan: ['stats.csv'] } });
    expect(r.records[0]!.record.taxWan).toBe('120.1');
    expect(r.records[0]!.provenance.taxWan).toEqual({ source: 'stats.csv', row: 2 });
  });

  it('reports gaps: enterprises missing from a source, absent or rejected there', async () => {
    const withBad = src('stats.csv', `credit_code,name,scale,employees\n${HUAWEI},华为,above,100\n${TENCENT},腾讯,below,-5\n`);
    const r = await readSources([land, tax, withBad]);
    // 华为 is in all three; 腾讯 is in land.csv, missing from tax.csv, and rejected in stats.csv
    // (negative employees); 阿里 is only in tax.csv.
    expect(r.gaps).toEqual([
      { creditCode: TENCENT, name: '腾讯', source: 'tax.csv', reason: 'absent', presentIn: ['land.csv'] },
      { creditCode: TENCENT, name: '腾讯', source: 'stats.csv', reason: 'rejected', presentIn: ['land.csv'] },
      { creditCode: ALIBABA, name: '阿里', source: 'land.csv', reason: 'absent', presentIn: ['tax.csv'] },
      { creditCode: ALIBABA, name: '阿里', source: 'stats.csv', reason: 'absent', presentIn: ['tax.csv'] },
    ]);
  });

  it('reports no gaps for a partial source (a list such as 重点排污)', async () => {
    const env = src('env.csv', `credit_code,name,key_polluter,cod_t\n${HUAWEI},华为,是,1.5\n`, true);
    const r = await readSources([land, env]);
    expect(r.gaps).toEqual([]);
    const r2 = await readSources([land, src('env.csv', `credit_code,name,key_polluter\n${HUAWEI},华为,是\n`)], { partialSources: ['env.csv'] });
    expect(r2.gaps).toEqual([]);
  });

  it('merges flags from a list column and one-column-per-flag, and reports yes/no conflicts', async () => {
    const a = src('gxj.csv', `credit_code,name,认定\n${HUAWEI},华为,高新技术企业;专精特新\n`);
    const b = src('kj.csv', `credit_code,name,绿色工厂,高新技术企业,安全生产事故\n${HUAWEI},华为,是,否,否\n`);
    const r = await readSources([a, b]);
    expect(r.records[0]!.record.flags).toEqual(['high-tech', 'specialised-new', 'green-factory']);
    expect(r.records[0]!.record.violations).toEqual([]);
    expect(r.records[0]!.provenance['flags.green-factory']).toEqual({ source: 'kj.csv', row: 2 });
    expect(r.conflicts.map((c) => [c.field, c.values.map((v) => [v.source, v.column, v.value])])).toEqual([
      [
        'flags.high-tech',
        [
          ['gxj.csv', '认定', true],
          ['kj.csv', '高新技术企业', false],
        ],
      ],
    ]);
  });

  it('defaults a missing scale to below with a warning, or rejects when told to', async () => {
    const r = await readSources([land]);
    expect(r.records.map((m) => m.record.scale)).toEqual(['below', 'below']);
    expect(r.records[0]!.provenance.scale).toBeUndefined();
    expect(r.warnings.find((w) => w.code === 'scale-defaulted')?.count).toBe(2);
    const roster = src('s.csv', `credit_code,name,scale\n${HUAWEI},华为,above\n`);
    const strict = await readSources([land, roster], { defaultScale: null });
    expect(strict.records.map((m) => m.record.creditCode)).toEqual([HUAWEI]);
    expect(strict.rejected.map((e) => [e.source, e.row, e.code])).toEqual([['land.csv', 3, 'missing-scale']]);
    expect(strict.accounting.sources[0]).toMatchObject({ rows: 2, merged: 1, rejected: 1 });
  });

  it('duplicate codes in one source: identical rows count once, differing rows are all rejected', async () => {
    const a = src('a.csv', `credit_code,name,tax_wan\n${HUAWEI},华为,"1,000"\n${TENCENT},腾讯,1\n${HUAWEI},华为,1000\n${TENCENT},腾讯,2\n${ALIBABA},阿里,3\n`);
    const r = await readSources([a]);
    expect(r.records.map((m) => m.record.creditCode)).toEqual([HUAWEI, ALIBABA]);
    expect(r.rejected.map((e) => [e.row, e.code, e.column])).toEqual([
      [3, 'duplicate-credit-code', 'credit_code'],
      [5, 'duplicate-credit-code', 'credit_code'],
    ]);
    expect(r.rejected[0]!.message.en).toContain('lines 3, 5');
    expect(r.warnings.find((w) => w.code === 'duplicate-identical-rows')).toMatchObject({ row: 2, count: 2 });
    expect(r.accounting.total).toMatchObject({ rows: 5, merged: 3, rejected: 2, summary: 0, records: 2 });
  });

  it('rejects a source given twice', async () => {
    await expect(readSources([land, land])).rejects.toMatchObject({ code: 'duplicate-source' });
  });

  it('accounts for every row of every source', async () => {
    const messy = src('m.csv', `credit_code,name,tax_wan\n${HUAWEI},华为,1\n,无代码,1\n合计,,2\n\n${TENCENT},腾讯,x\n`);
    const r = await readSources([land, messy]);
    expect(r.accounting.sources).toEqual([
      { source: 'land.csv', rows: 2, merged: 2, rejected: 0, summary: 0, blankLines: 0 },
      { source: 'm.csv', rows: 4, merged: 1, rejected: 2, summary: 1, blankLines: 1 },
    ]);
    expect(r.accounting.total).toEqual({ rows: 6, merged: 3, rejected: 2, summary: 1, blankLines: 1, records: 2 });
  });
});
