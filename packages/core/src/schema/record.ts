import * as z from 'zod/mini';
import type { Described } from './described.js';

/**
 * A non-negative-or-signed decimal written as a string ("123.45", "-0.5", "1e3" is NOT accepted).
 * Decimal strings keep every digit the bureau exported; binary floats never reach a score.
 */
export const DecimalString = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a plain decimal string such as "123.45" / 十进制数字字符串'));
export type DecimalString = z.infer<typeof DecimalString>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD / 日期格式 YYYY-MM-DD'));

/**
 * One enterprise's yearly data, as collected from the bureaus (归集) and merged by credit code.
 * Money in 万元, land in 亩, energy in 吨标准煤, electricity in 万千瓦时, pollutants in tonnes.
 * Every figure is optional: a missing figure is handled by the scheme's missing-data rule.
 */
export const EnterpriseRecord = z.object({
  creditCode: z.string(),
  name: z.string(),
  county: z.optional(z.string()),
  town: z.optional(z.string()),
  park: z.optional(z.string()),
  industryCode: z.optional(z.string()),
  scale: z.enum(['above', 'below']),
  keyPolluter: z.optional(z.boolean()),
  landOwnedMu: z.optional(DecimalString),
  landLeasedOutMu: z.optional(DecimalString),
  landLeasedInMu: z.optional(DecimalString),
  rentedFloorM2: z.optional(DecimalString),
  taxWan: z.optional(DecimalString),
  salesWan: z.optional(DecimalString),
  valueAddedWan: z.optional(DecimalString),
  energyTce: z.optional(DecimalString),
  electricityWanKwh: z.optional(DecimalString),
  emissionEq: z.optional(DecimalString),
  codT: z.optional(DecimalString),
  ammoniaNitrogenT: z.optional(DecimalString),
  so2T: z.optional(DecimalString),
  noxT: z.optional(DecimalString),
  rdWan: z.optional(DecimalString),
  techInvestmentWan: z.optional(DecimalString),
  employees: z.optional(DecimalString),
  productionStartDate: z.optional(IsoDate),
  constructionPeriodEnd: z.optional(IsoDate),
  flags: z.optional(z.array(z.string())),
  violations: z.optional(z.array(z.string())),
});

/** One enterprise-year of data; see {@link EnterpriseRecord} for each field's meaning and unit. */
export type EnterpriseRecord = z.infer<typeof EnterpriseRecord>;

export { RECOGNITION_FLAGS, VIOLATION_FLAGS, NUMERIC_FIELDS } from './recordFields.js';
export type { NumericField } from './recordFields.js';

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
// Plain strings only (a computed one, such as RECOGNITION_FLAGS.join(), would keep this array in every
// bundle); record.test.ts checks that the flag lists here name every flag.
export const RECORD_DOCS: readonly Described[] = [
  { schema: DecimalString, description: 'Exact decimal written as a string, e.g. "1234.5".' },
  { schema: IsoDate, description: 'Calendar date, YYYY-MM-DD.' },
  {
    schema: EnterpriseRecord,
    description: 'One enterprise-year of data merged from the bureaus (归集), keyed by 统一社会信用代码.',
    fields: {
      creditCode: '统一社会信用代码 (USCC, GB 32100-2015), 18 characters.',
      name: '企业名称 — enterprise name.',
      county: '区县 — county or district; pools are ranked per county when several are evaluated together.',
      town: '乡镇/街道 — town or subdistrict; the report breaks the classes down by it. Not used in scoring.',
      park: '工业园区/开发区 — industrial park or development zone; the report breaks the classes down by it. Not used in scoring.',
      industryCode: '国民经济行业代码 (GB/T 4754), e.g. "C3311" or "3311"; used for exemptions and industry benchmarks.',
      scale: '规上 (above designated size) or 规下 (below).',
      keyPolluter: '重点排污单位 — on the key-polluter list.',
      landOwnedMu: '土地使用权面积 (亩) — land held under land-use rights.',
      landLeasedOutMu: '出租土地面积 (亩) — land leased out to others (subtracted).',
      landLeasedInMu: '租用土地面积 (亩) — land leased in (added).',
      rentedFloorM2: '租用厂房建筑面积 (平方米) — rented floor area, converted to land when the scheme says so.',
      taxWan: '实缴税金 (万元) — taxes actually paid.',
      salesWan: '销售收入 / 营业收入 (万元) — sales or main-business revenue.',
      valueAddedWan: '工业增加值 (万元) — industrial value added.',
      energyTce: '综合能耗 (吨标准煤) — total energy use in tonnes of standard coal.',
      electricityWanKwh: '用电量 (万千瓦时) — electricity use.',
      emissionEq: '主要污染物排放当量 — pollution equivalents, when given directly.',
      codT: '化学需氧量 COD 排放量 (吨).',
      ammoniaNitrogenT: '氨氮 NH₃-N 排放量 (吨).',
      so2T: '二氧化硫 SO₂ 排放量 (吨).',
      noxT: '氮氧化物 NOx 排放量 (吨).',
      rdWan: '研发经费支出 (万元) — R&D spend.',
      techInvestmentWan: '技术改造投资 (万元) — investment in technical renovation (旌德 2022: 亩均技术改造投资).',
      employees: '从业人员年平均人数 (人) — average headcount.',
      productionStartDate: '投产日期 — date production started (for the years-in-production exemption).',
      constructionPeriodEnd: '建设期截止日期 — end of the contracted construction period on newly supplied land.',
      flags: '认定 — recognition flags, e.g. high-tech, specialised-new, little-giant, single-champion, smart-factory, green-factory, cloud-star, tech-centre.',
      violations: '违法违规 — violations, e.g. safety-accident, environmental-violation, tax-evasion, dishonest-entity, illegal-land-use.',
    },
  },
];
