/**
 * Headers as each bureau's export writes them (see docs/headers.md, "列名来源"): every family is
 * read into the right field and unit, and the columns known to carry nothing used are skipped
 * without a warning, with or without a unit.
 */
import { describe, expect, it } from 'vitest';
import { mapHeaders } from './mapHeaders.js';

/** [header, canonical column, unit] of each column read; the unknown and ignored headers. */
function read(headers: string[]) {
  const m = mapHeaders('f.csv', ['统一社会信用代码', '企业名称', ...headers]);
  return {
    columns: m.columns.slice(2).map((c) => [c.header, c.spec.column, c.unit?.unit ?? null]),
    unknown: m.unknown,
    ignored: m.ignored,
    warnings: m.warnings.map((w) => w.code),
  };
}

describe('bureau export headers', () => {
  it('statistics 一套表: 营业收入, 工业增加值 with a price basis, 期末 headcount, 研究开发费用 in 千元', () => {
    const r = read([
      '营业收入合计(千元)',
      '工业增加值(现价)(万元)',
      '从业人员期末人数(人)',
      '研究开发费用(千元)',
      '综合能耗(等价值)(吨标准煤)',
      '工业总产值(当年价格)(千元)',
    ]);
    expect(r.columns).toEqual([
      ['营业收入合计(千元)', 'sales_wan', '千元'],
      ['工业增加值(现价)(万元)', 'value_added_wan', '万元'],
      ['从业人员期末人数(人)', 'employees', '人'],
      ['研究开发费用(千元)', 'rd_wan', '千元'],
      ['综合能耗(等价值)(吨标准煤)', 'energy_tce', '吨标准煤'],
    ]);
    expect(r.ignored).toEqual(['工业总产值(当年价格)(千元)']);
    expect(r.unknown).toEqual([]);
  });

  it('statistics: the average headcount wins over the year-end count when a file has both', () => {
    const r = read(['从业人员期末人数', '从业人员平均人数']);
    expect(r.columns).toEqual([['从业人员平均人数', 'employees', '人']]);
    expect(r.warnings).toContain('shadowed-column');
  });

  it('tax 征管 exports: 本年入库税款(元), 实缴(退)税额, 税收实际贡献', () => {
    expect(read(['本年入库税款(元)']).columns).toEqual([['本年入库税款(元)', 'tax_wan', '元']]);
    expect(read(['实缴(退)税额(元)']).columns).toEqual([['实缴(退)税额(元)', 'tax_wan', '元']]);
    expect(read(['税收实际贡献(万元)']).columns).toEqual([['税收实际贡献(万元)', 'tax_wan', '万元']]);
  });

  it('power company exports: 用户编号 and 电表户号 name the meter (the row key), 结算电量 in 千瓦时', () => {
    const r = read(['用户编号', '电表户号', '结算电量(千瓦时)']);
    expect(r.columns).toEqual([
      ['用户编号', 'row_key', null],
      ['电表户号', 'row_key', null],
      ['结算电量(千瓦时)', 'electricity_wan_kwh', '千瓦时'],
    ]);
    expect(r.ignored).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('pollutant permit reports: the actual emissions of the four pollutants, in kg or t; the permitted quantity is not read', () => {
    const r = read(['化学需氧量实际排放量(kg)', '氨氮实际排放量(t)', '二氧化硫年排放量(吨)', '氮氧化物实际排放量(吨)', '化学需氧量许可排放量(吨)']);
    expect(r.columns).toEqual([
      ['化学需氧量实际排放量(kg)', 'cod_t', '千克'],
      ['氨氮实际排放量(t)', 'ammonia_nitrogen_t', '吨'],
      ['二氧化硫年排放量(吨)', 'so2_t', '吨'],
      ['氮氧化物实际排放量(吨)', 'nox_t', '吨'],
    ]);
    expect(r.unknown).toEqual(['化学需氧量许可排放量(吨)']);
  });

  it('land register: 不动产权证号, 宗地代码, 不动产单元号 together name the parcel (the row key); 工业用地面积 in 平方米', () => {
    const r = read(['不动产权证号', '宗地代码', '不动产单元号', '工业用地面积(平方米)']);
    expect(r.columns).toEqual([
      ['不动产权证号', 'row_key', null],
      ['宗地代码', 'row_key', null],
      ['不动产单元号', 'row_key', null],
      ['工业用地面积(平方米)', 'land_mu', '平方米'],
    ]);
    expect(r.ignored).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});
