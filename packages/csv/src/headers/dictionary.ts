import type { EnterpriseRecord, SourceKind } from '@mujun/core';
import { FLAG_NAMES } from './flags.js';
import type { Dimension } from './units.js';

/** How a column's cells are read. */
export type ColumnKind =
  | 'credit-code' // 统一社会信用代码, validated (GB 32100-2015)
  | 'name' // required text
  | 'text' // optional text
  | 'industry-code' // GB/T 4754
  | 'scale' // above/below, 规上/规下
  | 'scale-flag' // 是/否 meaning 规上/规下
  | 'boolean' // 是/否
  | 'decimal' // a figure, converted to the canonical unit
  | 'date' // YYYY-MM-DD
  | 'flag-list' // semicolon-separated flag names
  | 'flag' // 是/否 for one flag
  | 'row-key'; // a meter or parcel number: rows of one firm that differ in it are summed

/** One canonical column: the record field it fills, how it is read, and the headers that mean it. */
export interface ColumnSpec {
  /** Canonical English column name, e.g. `tax_wan`. */
  column: string;
  /** The EnterpriseRecord field it fills; `flags`/`violations` for flag columns; `rowKey` for the meter or parcel number (no record field: it says which rows are summed). */
  field: keyof EnterpriseRecord | 'rowKey';
  kind: ColumnKind;
  /** For decimal columns: what is measured (its canonical unit is the record's). */
  dimension?: Dimension;
  /** For decimal columns: whether a negative figure is possible (tax refunds, loss-making value added). */
  negative?: boolean;
  /** For `flag` columns: the flag id. */
  flag?: string;
  /** Every source must have this column (InputError when missing). */
  required?: boolean;
  /** The one bureau whose export has this column (DOMAIN.md §7): a file with it is likely that bureau's. */
  bureau?: SourceKind;
  zh: string;
  en: string;
  /** Chinese headers (without the unit bracket), most preferred first. */
  aliases: readonly string[];
}

/**
 * A header only one bureau's export gives a column other exports have too (纳税人识别号 is the tax
 * bureau's credit code, 户名 the power company's name): a vote for that bureau when a file's kind is told.
 */
interface BureauHeader {
  header: string;
  bureau: SourceKind;
}
const of = (bureau: SourceKind, ...headers: string[]): BureauHeader[] => headers.map((header) => ({ header, bureau }));

/** A row of the table as written: its aliases may be {@link BureauHeader}s. */
type Entry = Omit<ColumnSpec, 'aliases'> & { aliases: readonly (string | BureauHeader)[] };

/** A figure column: converted to the canonical unit of its dimension; `negative` where a figure may be below zero (tax refunds, loss-making value added). */
const figure = (
  column: string,
  field: keyof EnterpriseRecord,
  dimension: Dimension,
  bureau: SourceKind | null,
  zh: string,
  en: string,
  aliases: Entry['aliases'],
  negative = false,
): Entry => ({ column, field, kind: 'decimal', dimension, negative, ...(bureau === null ? {} : { bureau }), zh, en, aliases });

/** The header dictionary as written ({@link COLUMN_SPECS} is what the readers take). */
const TABLE: readonly Entry[] = [
  {
    column: 'credit_code',
    field: 'creditCode',
    kind: 'credit-code',
    required: true,
    zh: '统一社会信用代码（18 位，校验码按 GB 32100-2015 检查）',
    en: 'Unified social credit code (18 characters, check character verified per GB 32100-2015)',
    aliases: [
      '统一社会信用代码',
      '社会信用代码',
      '信用代码',
      '统一代码',
      ...of('tax', '纳税人识别号'),
      '统一社会信用代码(纳税人识别号)',
      '社会信用代码(纳税人识别号)',
    ],
  },
  {
    column: 'name',
    field: 'name',
    kind: 'name',
    required: true,
    zh: '企业名称',
    en: 'Enterprise name',
    aliases: ['企业名称', '单位名称', '公司名称', ...of('tax', '纳税人名称'), ...of('power', '用户名称', '户名'), '名称', '企业'],
  },
  {
    column: 'county',
    field: 'county',
    kind: 'text',
    zh: '所属区县',
    en: 'County or district',
    aliases: ['所属区县', '区县', '所在区县', '县区', '县(市、区)', '县(市区)', '所属地区', '地区'],
  },
  {
    column: 'town',
    field: 'town',
    kind: 'text',
    zh: '乡镇/街道（报告按它分列各类企业数，不参与评分）',
    en: 'Town or subdistrict (the report breaks the classes down by it; not scored)',
    aliases: ['乡镇/街道', '镇/街道', '镇街', '所属镇街', '所在镇街', '乡镇', '所属乡镇', '所在乡镇', '镇', '街道', '所属街道', '乡镇街道', '所属乡镇街道'],
  },
  {
    column: 'park',
    field: 'park',
    kind: 'text',
    zh: '工业园区/开发区（报告按它分列各类企业数，不参与评分）',
    en: 'Industrial park or development zone (the report breaks the classes down by it; not scored)',
    aliases: ['工业园区/开发区', '园区', '所在园区', '所属园区', '工业园区', '开发区', '所在开发区', '所属开发区', '产业园区'],
  },
  {
    column: 'industry_code',
    bureau: 'statistics',
    field: 'industryCode',
    kind: 'industry-code',
    zh: '国民经济行业代码（GB/T 4754，如 C3311 或 3311；代码后的行业名称会被去掉）',
    en: 'Industry code (GB/T 4754, e.g. C3311 or 3311; a name after the code is dropped)',
    aliases: ['行业代码', '国民经济行业代码', '行业分类代码', '所属行业代码', '国民经济行业分类代码'],
  },
  {
    column: 'scale',
    bureau: 'statistics',
    field: 'scale',
    kind: 'scale',
    zh: '规模：规上/规下（规模以上/规模以下，above/below）',
    en: 'Scale: above/below designated size (规上/规下)',
    aliases: ['规模(规上/规下)', '规上/规下', '规上规下', '规模', '企业规模(规上/规下)', '规模类型'],
  },
  {
    column: 'above_scale',
    bureau: 'statistics',
    field: 'scale',
    kind: 'scale-flag',
    zh: '是否规上企业（是 = 规上，否 = 规下）',
    en: 'Above designated size? (yes = above, no = below)',
    aliases: ['规上企业', '是否规上', '规上工业企业', '规模以上工业企业'],
  },
  {
    column: 'key_polluter',
    bureau: 'environment',
    field: 'keyPolluter',
    kind: 'boolean',
    zh: '重点排污单位（是/否）',
    en: 'On the key-polluter list (yes/no)',
    aliases: ['重点排污单位', '重点排污企业', '重点排污', '重点排污单位名录'],
  },
  figure('land_mu', 'landOwnedMu', 'land', 'land', '土地使用权面积（亩）', 'Land held under land-use rights (mu)', [
    '用地面积',
    '土地使用权面积',
    '土地面积',
    '占地面积',
    '实际用地面积',
    '宗地面积',
    '自有土地面积',
    '使用权面积',
    '工业用地面积',
    '土地证面积',
    '不动产登记面积',
  ]),
  figure('land_leased_out_mu', 'landLeasedOutMu', 'land', 'land', '出租土地面积（亩，从用地中扣除）', 'Land leased out to others (mu, subtracted)', [
    '出租土地面积',
    '出租用地面积',
    '租出土地面积',
  ]),
  figure('land_leased_in_mu', 'landLeasedInMu', 'land', 'land', '租用土地面积（亩，计入用地）', 'Land leased in (mu, added)', [
    '租用土地面积',
    '承租土地面积',
    '租入土地面积',
    '租赁土地面积',
  ]),
  figure('rented_floor_m2', 'rentedFloorM2', 'floor', 'land', '租用厂房建筑面积（平方米）', 'Rented floor area (m²)', [
    '租用厂房面积',
    '租用厂房建筑面积',
    '承租厂房面积',
    '租赁厂房面积',
  ]),
  figure(
    'tax_wan',
    'taxWan',
    'money',
    'tax',
    '实缴税金（万元；可为负，退税可使其为负）',
    'Taxes actually paid (10⁴ yuan; may be negative after refunds)',
    [
      '实缴税金',
      '实缴税收',
      '税收',
      '实缴税费',
      '税收总额',
      '入库税金',
      '入库税收',
      '纳税总额',
      // 税务 征管 exports and the schemes that quote them (黄岩 评价税收, 山东 税收实际贡献)
      '本年入库税款',
      '入库税款',
      '入库税额',
      '实际入库税额',
      '实际入库税收',
      '实缴税额',
      '实缴税款',
      '实缴(退)税额',
      '已缴税款',
      '评价税收',
      '税收实际贡献',
    ],
    true,
  ),
  figure('sales_wan', 'salesWan', 'money', null, '销售收入 / 营业收入（万元）', 'Sales or operating revenue (10⁴ yuan)', [
    '销售收入',
    ...of('statistics', '营业收入', '主营业务收入'),
    '销售额',
    ...of('tax', '应税销售收入', '开票销售收入'),
    // 统计 一套表 (工业企业财务状况) and tax invoices
    ...of('statistics', '营业收入合计', '主营业务收入合计', '产品销售收入'),
    '销售收入合计',
    ...of('tax', '开票销售额'),
  ]),
  figure(
    'value_added_wan',
    'valueAddedWan',
    'money',
    'statistics',
    '工业增加值（万元；可为负）',
    'Industrial value added (10⁴ yuan; may be negative)',
    [
      '工业增加值',
      '增加值',
      // a price basis in brackets is not a unit: 工业增加值(现价)(万元)
      '工业增加值(现价)',
      '工业增加值(当年价格)',
      '工业增加值(当年价)',
    ],
    true,
  ),
  figure('energy_tce', 'energyTce', 'energy', 'statistics', '综合能耗（吨标准煤）', 'Total energy use (tonnes of standard coal)', [
    '综合能耗',
    '综合能源消费量',
    '能源消费总量',
    '能耗',
    // 统计 能源报表; 等价值 (黄岩) and 当量值 name the conversion of electricity, not a unit
    '综合能源消费量(等价值)',
    '综合能源消费量(当量值)',
    '综合能耗(等价值)',
    '综合能耗(当量值)',
    '工业综合能耗',
    '能源消费量',
  ]),
  figure('electricity_wan_kwh', 'electricityWanKwh', 'electricity', 'power', '用电量（万千瓦时）', 'Electricity use (10⁴ kWh)', [
    '用电量',
    '全年用电量',
    '年用电量',
    '总用电量',
    '用电总量',
    // 供电公司 exports
    '用电量合计',
    '年度用电量',
    '全年用电总量',
    '结算电量',
    '售电量',
  ]),
  figure('emission_eq', 'emissionEq', 'equivalent', 'environment', '主要污染物排放当量', 'Pollution equivalents of the main pollutants', [
    '主要污染物排放当量',
    '污染物排放当量',
    '排放当量',
    '污染当量',
  ]),
  figure('cod_t', 'codT', 'mass', 'environment', '化学需氧量排放量（吨）', 'COD emitted (tonnes)', [
    '化学需氧量',
    '化学需氧量排放量',
    'cod',
    'cod排放量',
    // 排污许可 执行报告 / 环境统计: actual (not permitted) quantities
    '化学需氧量实际排放量',
    '化学需氧量年排放量',
    'cod实际排放量',
  ]),
  figure('ammonia_nitrogen_t', 'ammoniaNitrogenT', 'mass', 'environment', '氨氮排放量（吨）', 'Ammonia nitrogen emitted (tonnes)', [
    '氨氮',
    '氨氮排放量',
    'nh3-n',
    'nh3-n排放量',
    '氨氮实际排放量',
    '氨氮年排放量',
    'nh3-n实际排放量',
  ]),
  figure('so2_t', 'so2T', 'mass', 'environment', '二氧化硫排放量（吨）', 'SO₂ emitted (tonnes)', [
    '二氧化硫',
    '二氧化硫排放量',
    'so2',
    'so2排放量',
    '二氧化硫实际排放量',
    '二氧化硫年排放量',
    'so2实际排放量',
  ]),
  figure('nox_t', 'noxT', 'mass', 'environment', '氮氧化物排放量（吨）', 'NOx emitted (tonnes)', [
    '氮氧化物',
    '氮氧化物排放量',
    'nox',
    'nox排放量',
    '氮氧化物实际排放量',
    '氮氧化物年排放量',
    'nox实际排放量',
  ]),
  figure('rd_wan', 'rdWan', 'money', 'statistics', '研发经费支出（万元）', 'R&D spend (10⁴ yuan)', [
    '研发经费',
    '研发经费支出',
    'r&d经费',
    'r&d经费支出',
    '研究与试验发展经费支出',
    '研发投入',
    '研发费用',
    // 统计 一套表 (研发活动情况, 财务状况)
    '研究开发费用',
    '研究开发费用合计',
    '研发费用合计',
    'r&d经费内部支出',
    '研究与试验发展经费内部支出',
    '研究与开发经费',
  ]),
  figure('tech_investment_wan', 'techInvestmentWan', 'money', null, '技术改造投资（万元）', 'Technical-renovation investment (10⁴ yuan)', [
    '技术改造投资',
    '技改投资',
    '技术改造投资额',
    '技改投资额',
    '工业技术改造投资',
    '技术改造投资完成额',
  ]),
  figure('employees', 'employees', 'headcount', 'statistics', '从业人员年平均人数（人）', 'Average headcount (persons)', [
    '从业人员',
    '从业人员平均人数',
    '从业人员年平均人数',
    '年平均从业人员',
    '职工人数',
    '员工人数',
    '用工人数',
    // 统计 一套表; the average comes first, so it wins over the year-end count when both are there
    '全部从业人员平均人数',
    '年平均职工人数',
    '平均职工人数',
    '从业人员期末人数',
    '期末从业人员',
    '年末从业人员',
    '年末从业人员数',
  ]),
  {
    column: 'production_start_date',
    bureau: 'statistics',
    field: 'productionStartDate',
    kind: 'date',
    zh: '投产日期',
    en: 'Date production started',
    aliases: ['投产日期', '投产时间', '开工投产日期', '正式投产日期'],
  },
  {
    column: 'construction_period_end',
    bureau: 'land',
    field: 'constructionPeriodEnd',
    kind: 'date',
    zh: '建设期截止日期（新供地）',
    en: 'End of the contracted construction period (newly supplied land)',
    aliases: ['建设期截止日期', '建设期满日期', '建设期截止', '约定竣工日期'],
  },
  {
    column: 'flags',
    field: 'flags',
    kind: 'flag-list',
    zh: '认定（以分号分隔，如“高新技术企业;专精特新”）',
    en: 'Recognitions, semicolon-separated (ids or Chinese names)',
    aliases: ['认定', '认定情况', '资质认定', '荣誉资质', '企业认定'],
  },
  {
    column: 'violations',
    field: 'violations',
    kind: 'flag-list',
    zh: '违法违规（以分号分隔，如“安全生产事故”）',
    en: 'Violations, semicolon-separated (ids or Chinese names)',
    aliases: ['违法违规', '违法违规情况', '负面清单', '违法违规行为'],
  },
  {
    column: 'row_key',
    field: 'rowKey',
    kind: 'row-key',
    zh: '电表户号或不动产权证号、宗地号（同一企业各行按此相加）',
    en: 'Meter or land title / parcel number (rows of one firm that differ in it are summed)',
    aliases: [
      ...of('power', '电表户号', '户号', '用电户号', '电表号', '用户编号'),
      ...of('land', '不动产权证号', '不动产证号', '土地证号', '国有土地使用证号', '宗地号', '宗地编号', '宗地代码', '地块编号', '不动产单元号'),
    ],
  },
  ...FLAG_NAMES.map(
    (f): Entry => ({
      column: f.id.replace(/-/g, '_'),
      field: f.list,
      kind: 'flag',
      flag: f.id,
      zh: `${f.zh[0]}（是/否）`,
      en: `${f.en[0]!.toUpperCase()}${f.en.slice(1)} (yes/no)`,
      aliases: f.zh,
    }),
  ),
];

/**
 * The header dictionary: every column @mujun/csv understands, and which bureau's export a column
 * or a header tells (the merge's kind of a file). `docs/headers.md` is generated from this table
 * (and a test keeps the two equal). Order matters twice: it is the order of the docs, and when two
 * columns of one file fill the same field, the one listed first (then the alias listed first, then
 * the canonical unit) is used and the other is reported as shadowed.
 */
export const COLUMN_SPECS: readonly ColumnSpec[] = TABLE.map((e) => ({ ...e, aliases: e.aliases.map((a) => (typeof a === 'string' ? a : a.header)) }));

/** The headers that tell whose export a file is ({@link BureauHeader}), as the table writes them. */
export const BUREAU_HEADERS: ReadonlyMap<string, SourceKind> = new Map(
  TABLE.flatMap((e) => e.aliases.flatMap((a) => (typeof a === 'string' ? [] : [[a.header, a.bureau] as const]))),
);

/**
 * Headers real exports carry that say nothing the evaluation uses: they are recognised and
 * skipped without a warning (and listed as ignored), with or without a unit in brackets. 序号 is
 * in nearly every export; the land-supply date is in the land bureau's (its certificate, parcel
 * and meter numbers are the `row_key` column: rows that differ in it are summed); the output values are in the statistics bureau's 一套表, whose
 * 工业总产值 and 工业销售产值 are output, not the sales (营业收入) the indicators divide.
 */
export const IGNORED_HEADERS: readonly string[] = [
  '序号',
  '行号',
  'no',
  '备注',
  '供地日期',
  '工业总产值',
  '工业总产值(当年价格)',
  '工业销售产值',
  '工业销售产值(当年价格)',
];
