import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/inputError.js';
import { readHeaderMapping } from '../node/readHeaderMapping.js';
import { readSource } from '../node/readSource.js';
import { readSources } from '../node/readSources.js';
import { validateHeaderMapping } from './headerMapping.js';
import { mapHeaders } from './mapHeaders.js';

const HUAWEI = '914403001922038216';
const cols = (headers: string[], mapping?: Parameters<typeof mapHeaders>[2]) =>
  mapHeaders('f.csv', headers, mapping).columns.map((c) => [c.header, c.spec.column, c.unit?.unit ?? null]);

describe('mapHeaders', () => {
  it('reads canonical names in any case and spacing, and Chinese headers with full-width brackets', () => {
    expect(cols(['Credit Code', 'NAME', '实缴税金（万元）', '用地面积【亩】', ' 用电量 (千瓦时) ', '从业人员平均人数', '*企业名称'])).toEqual([
      ['Credit Code', 'credit_code', null],
      ['NAME', 'name', null],
      ['实缴税金（万元）', 'tax_wan', '万元'],
      ['用地面积【亩】', 'land_mu', '亩'],
      [' 用电量 (千瓦时) ', 'electricity_wan_kwh', '千瓦时'],
      ['从业人员平均人数', 'employees', '人'],
    ]);
  });

  it('reads units from brackets, including 单位： prefixes and symbols', () => {
    expect(cols(['credit_code', 'name', '税收(单位：元)', '土地面积(㎡)', 'COD排放量(kg)', '综合能耗(吨标煤)'])).toEqual([
      ['credit_code', 'credit_code', null],
      ['name', 'name', null],
      ['税收(单位：元)', 'tax_wan', '元'],
      ['土地面积(㎡)', 'land_mu', '平方米'],
      ['COD排放量(kg)', 'cod_t', '千克'],
      ['综合能耗(吨标煤)', 'energy_tce', '吨标准煤'],
    ]);
  });

  it('reads 是否 + a yes/no header', () => {
    expect(cols(['credit_code', 'name', '是否重点排污单位', '是否高新技术企业', '是否规上'])).toEqual([
      ['credit_code', 'credit_code', null],
      ['name', 'name', null],
      ['是否重点排污单位', 'key_polluter', null],
      ['是否高新技术企业', 'high_tech', null],
      ['是否规上', 'above_scale', null],
    ]);
  });

  it('warns about unknown columns, assumed units and shadowed columns', () => {
    const m = mapHeaders('f.csv', ['序号', 'credit_code', 'name', '联系人', '税收', '营业收入(万元)', '销售收入(元)', '电表户号']);
    expect(m.unknown).toEqual(['联系人']);
    expect(m.ignored).toEqual(['序号']);
    expect(m.warnings.map((w) => [w.code, w.column])).toEqual([
      ['unknown-column', '联系人'],
      ['unit-assumed', '税收'],
      ['shadowed-column', '营业收入(万元)'],
    ]);
    expect(m.columns.map((c) => c.header)).toEqual(['credit_code', 'name', '税收', '销售收入(元)', '电表户号']);
  });

  it('applies a user mapping first: alias, alias with a unit, ignore', () => {
    const mapping = { aliases: { 我的税: 'tax_wan', 户号电量: { column: 'electricity_wan_kwh', unit: '千瓦时' }, 备注: null, 税收: null } };
    const m = mapHeaders('f.csv', ['credit_code', 'name', '我的税(元)', '户号电量', '备注', '税收'], mapping);
    expect(m.columns.map((c) => [c.header, c.spec.column, c.unit?.unit])).toEqual([
      ['credit_code', 'credit_code', undefined],
      ['name', 'name', undefined],
      ['我的税(元)', 'tax_wan', '元'],
      ['户号电量', 'electricity_wan_kwh', '千瓦时'],
    ]);
    expect(m.warnings).toEqual([]);
  });

  it('a user alias converts a whole file', async () => {
    const r = await readSource(
      { name: 'p.csv', data: Buffer.from(`户号,户名,电量\n${HUAWEI},甲,"12,345"\n`) },
      { mapping: { aliases: { 户号: 'credit_code', 电量: { column: 'electricity_wan_kwh', unit: '千瓦时' } } } },
    );
    // 12,345 kWh ÷ 10000 = 1.2345 万千瓦时
    expect(r.rows.numbers['electricityWanKwh']).toEqual({ mant: Float64Array.of(12345), scale: Int8Array.of(4) });
  });

  it('reads the town (镇/街道) and the park (园区) under their bureau names, as text carried to the merged record', async () => {
    for (const [town, park] of [
      ['镇街', '园区'],
      ['镇/街道', '所在园区'],
      ['所属镇街', '开发区'],
      ['乡镇', '工业园区'],
      ['街道', '所属园区'],
      ['town', 'park'],
    ])
      expect(cols(['credit_code', 'name', town!, park!]).slice(2)).toEqual([
        [town, 'town', null],
        [park, 'park', null],
      ]);
    const read = await readSources([{ name: 't.csv', data: Buffer.from(`统一社会信用代码,企业名称,镇街,所在园区,所属区县\n${HUAWEI},甲,邹区镇,,武进区\n`) }]);
    expect(read.records[0]!.record).toMatchObject({ town: '邹区镇', county: '武进区' });
    expect(read.records[0]!.record).not.toHaveProperty('park'); // an empty cell is no park
  });

  it('throws for a missing required column, naming it', () => {
    expect(() => mapHeaders('f.csv', ['企业名称'])).toThrow(InputError);
    expect(() => mapHeaders('f.csv', ['企业名称'])).toThrow(/统一社会信用代码.*credit_code/);
  });
});

describe('header mapping files', () => {
  it('validates: unknown columns and units are errors', () => {
    expect(validateHeaderMapping({ aliases: { a: 'tax_wan', b: null } })).toEqual({ mapping: { aliases: { a: 'tax_wan', b: null } } });
    expect(validateHeaderMapping({ aliases: { a: 'tax' } }).errors?.[0]).toContain('"tax" is not a canonical column');
    expect(validateHeaderMapping({ aliases: { a: { column: 'tax_wan', unit: '度' } } }).errors?.[0]).toContain('unit "度"');
    expect(validateHeaderMapping([]).errors).toHaveLength(1);
  });

  it('reads a file, and names it when it is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mujun-map-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ aliases: { 我的列名: 'tax_wan' } }));
    expect(await readHeaderMapping(good)).toEqual({ aliases: { 我的列名: 'tax_wan' } });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "aliases": ');
    await expect(readHeaderMapping(bad)).rejects.toMatchObject({ code: 'invalid-mapping', source: bad });
  });
});
