import type { Bilingual, EnterpriseRecord } from '@mujun/core';
import { Dec } from '../internal/decimal.js';
import type { Origin } from '../merge/types.js';

/**
 * Tonnes of standard coal per 万千瓦时 of electricity at its equivalent value (当量值): 0.1229 kgce
 * per kWh (GB/T 2589-2020《综合能耗计算通则》, 附录 A, 电力 当量值) × 10 000 kWh = 1.229 tce. A firm's total
 * energy use (综合能耗) includes the electricity it buys, so it cannot be below this.
 */
export const TCE_PER_WAN_KWH = '1.229';

/** What is implausible about one firm's figures. */
export type PlausibilityCheck =
  | 'value-added-above-sales' // 工业增加值 > 销售收入: value added is sales less inputs
  | 'tax-above-sales' // 实缴税金 > 销售收入
  | 'rd-above-sales' // 研发经费 > 销售收入
  | 'above-scale-no-employees' // 规上 with 0 employees
  | 'electricity-above-energy'; // 用电量 × 1.229 tce > 综合能耗

/** One figure of a finding, with the file and line it came from when known. */
export interface FindingFigure {
  field: keyof EnterpriseRecord;
  /** As in the record (canonical unit: 万元, 万千瓦时, 吨标准煤, 人). */
  value: string;
  source?: string;
  row?: number;
}

/** One implausible combination of one firm's figures. */
export interface Implausibility {
  check: PlausibilityCheck;
  creditCode: string;
  name: string;
  figures: FindingFigure[];
  message: Bilingual;
}

/** Short names of the checks (for counts), 中文 and English. */
export const CHECK_NAMES: Readonly<Record<PlausibilityCheck, Bilingual>> = {
  'value-added-above-sales': { zh: '增加值高于销售收入', en: 'value added above sales' },
  'tax-above-sales': { zh: '税金高于销售收入', en: 'tax above sales' },
  'rd-above-sales': { zh: '研发经费高于销售收入', en: 'R&D above sales' },
  'above-scale-no-employees': { zh: '规上企业从业人员为零', en: 'above-scale firm with no employees' },
  'electricity-above-energy': { zh: '用电折标煤高于综合能耗', en: 'electricity above total energy' },
};

const FACTOR = new Dec(TCE_PER_WAN_KWH);
const FACTOR_FLOAT = Number(TCE_PER_WAN_KWH);

/**
 * Whether decimal a (its float x, times the factor when given) > decimal b (its float y), exactly.
 * The floats decide when they are apart by more than 1e-9 relative (each conversion and the product
 * err by under 1e-15 relative, so they cannot decide wrongly); closer than that, decimals decide. A
 * million firms are checked in a fraction of a second this way, against about ten seconds in
 * decimals throughout.
 */
function greater(a: string, x: number, b: string, y: number, factor?: Dec): boolean {
  if (Math.abs(x - y) > 1e-9 * Math.max(Math.abs(x), Math.abs(y))) return x > y;
  return (factor ? new Dec(a).times(factor) : new Dec(a)).gt(b);
}

/** Figures that are a part of sales, so never above it. */
const AGAINST_SALES = [
  { part: 'valueAddedWan', check: 'value-added-above-sales' },
  { part: 'taxWan', check: 'tax-above-sales' },
  { part: 'rdWan', check: 'rd-above-sales' },
] as const;

/**
 * Figures that cannot all be right (pure, exact decimals): value added, tax or R&D above sales;
 * a 规上 firm with no employees; electricity (at 1.229 tce per 万千瓦时) above total energy use.
 * `provenance[i]` (field → origin), when given, names the file and line of each figure of record i.
 * Findings come in record order, then check order.
 */
export function plausibilityFindings(records: readonly EnterpriseRecord[], provenance?: readonly Record<string, Origin>[]): Implausibility[] {
  const out: Implausibility[] = [];
  for (const [i, r] of records.entries()) {
    const figure = (field: keyof EnterpriseRecord, value: string): FindingFigure => {
      const o = provenance?.[i]?.[field];
      return o ? { field, value, source: o.source, row: o.row } : { field, value };
    };
    const found = (check: PlausibilityCheck, figures: FindingFigure[], message: Bilingual) =>
      out.push({ check, creditCode: r.creditCode, name: r.name, figures, message });
    const w = r.salesWan;
    const sales = w === undefined ? 0 : Number(w);
    for (const { check, part } of AGAINST_SALES) {
      const p = r[part];
      if (p === undefined || w === undefined || !greater(p, Number(p), w, sales)) continue;
      found(check, [figure(part, p), figure('salesWan', w)], {
        zh: `${CHECK_NAMES[check].zh}：${p} 万元 > ${w} 万元`,
        en: `${CHECK_NAMES[check].en}: ${p} > ${w} (10⁴ yuan)`,
      });
    }
    if (r.scale === 'above' && r.employees !== undefined && Number(r.employees) === 0)
      found('above-scale-no-employees', [figure('scale', 'above'), figure('employees', r.employees)], {
        zh: '规上企业的从业人员为 0 人',
        en: 'an above-scale firm with 0 employees',
      });
    if (
      r.electricityWanKwh !== undefined &&
      r.energyTce !== undefined &&
      greater(r.electricityWanKwh, Number(r.electricityWanKwh) * FACTOR_FLOAT, r.energyTce, Number(r.energyTce), FACTOR)
    ) {
      const tce = new Dec(r.electricityWanKwh).times(FACTOR);
      found('electricity-above-energy', [figure('electricityWanKwh', r.electricityWanKwh), figure('energyTce', r.energyTce)], {
        zh: `用电 ${r.electricityWanKwh} 万千瓦时折 ${tce.toFixed()} 吨标准煤（当量值 ${TCE_PER_WAN_KWH}），高于综合能耗 ${r.energyTce} 吨标准煤`,
        en: `${r.electricityWanKwh} 10⁴ kWh of electricity is ${tce.toFixed()} tce (equivalent value ${TCE_PER_WAN_KWH}), above total energy use of ${r.energyTce} tce`,
      });
    }
  }
  return out;
}

/** How many findings of each check, in check order, leaving out checks with none. */
export function countByCheck(findings: readonly Implausibility[]): { check: PlausibilityCheck; count: number }[] {
  return (Object.keys(CHECK_NAMES) as PlausibilityCheck[])
    .map((check) => ({ check, count: findings.filter((f) => f.check === check).length }))
    .filter((c) => c.count > 0);
}
