import type { Bilingual, ColumnarRecords, EnterpriseRecord, NumericField } from '@mujun/core';
import { decimalText, decimalValue, type DecimalColumn } from '@mujun/core/engine';
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
 * Whether cell i of column a (its float x, times the factor when given) > cell i of column b (its
 * float y), exactly. The floats decide when they are apart by more than 1e-9 relative (a cell's
 * float is its decimal correctly rounded and the product errs by under 1e-15 relative, so they
 * cannot decide wrongly); closer than that, decimals decide. A million firms are checked in a
 * fraction of a second this way, against about ten seconds in decimals throughout.
 */
function greater(a: DecimalColumn, b: DecimalColumn, i: number, x: number, y: number, factor?: Dec): boolean {
  if (Math.abs(x - y) > 1e-9 * Math.max(Math.abs(x), Math.abs(y))) return x > y;
  const exact = new Dec(decimalText(a, i) as string);
  return (factor ? exact.times(factor) : exact).gt(decimalText(b, i) as string);
}

/** Figures that are a part of sales, so never above it. */
const AGAINST_SALES = [
  { part: 'valueAddedWan', check: 'value-added-above-sales' },
  { part: 'taxWan', check: 'tax-above-sales' },
  { part: 'rdWan', check: 'rd-above-sales' },
] as const;

/** The two record fields each check compares, in the order a finding lists them. */
const COMPARED: Readonly<Record<PlausibilityCheck, readonly [keyof EnterpriseRecord, keyof EnterpriseRecord]>> = {
  'value-added-above-sales': ['valueAddedWan', 'salesWan'],
  'tax-above-sales': ['taxWan', 'salesWan'],
  'rd-above-sales': ['rdWan', 'salesWan'],
  'above-scale-no-employees': ['scale', 'employees'],
  'electricity-above-energy': ['electricityWanKwh', 'energyTce'],
};

/**
 * Calls `found(i, check)` for every implausible combination of record i's figures, in record order,
 * then check order, making no text: floats from the columns, decimals only when close.
 */
function scan(records: ColumnarRecords, found: (i: number, check: PlausibilityCheck) => void): void {
  const { salesWan: sales, employees, electricityWanKwh: electricity, energyTce: energy } = records.numbers;
  const parts = AGAINST_SALES.flatMap(({ part, check }) => {
    const col = records.numbers[part];
    return col === undefined || sales === undefined ? [] : [{ check, col }];
  });
  for (let i = 0; i < records.length; i++) {
    if (sales !== undefined && (sales.scale[i] as number) >= 0) {
      const y = decimalValue(sales, i);
      for (const { check, col } of parts) if ((col.scale[i] as number) >= 0 && greater(col, sales, i, decimalValue(col, i), y)) found(i, check);
    }
    if (records.scale[i] === 1 && employees !== undefined && (employees.scale[i] as number) >= 0 && decimalValue(employees, i) === 0)
      found(i, 'above-scale-no-employees');
    if (
      electricity !== undefined &&
      energy !== undefined &&
      (electricity.scale[i] as number) >= 0 &&
      (energy.scale[i] as number) >= 0 &&
      greater(electricity, energy, i, decimalValue(electricity, i) * FACTOR_FLOAT, decimalValue(energy, i), FACTOR)
    )
      found(i, 'electricity-above-energy');
  }
}

/** The one-line message of a finding from the texts of the two figures it compares. */
function messageOf(check: PlausibilityCheck, a: string, b: string): Bilingual {
  if (check === 'above-scale-no-employees') return { zh: '规上企业的从业人员为 0 人', en: 'an above-scale firm with 0 employees' };
  if (check === 'electricity-above-energy') {
    const equivalent = new Dec(a).times(FACTOR).toFixed();
    return {
      zh: `用电 ${a} 万千瓦时折 ${equivalent} 吨标准煤（当量值 ${TCE_PER_WAN_KWH}），高于综合能耗 ${b} 吨标准煤`,
      en: `${a} 10⁴ kWh of electricity is ${equivalent} tce (equivalent value ${TCE_PER_WAN_KWH}), above total energy use of ${b} tce`,
    };
  }
  return { zh: `${CHECK_NAMES[check].zh}：${a} 万元 > ${b} 万元`, en: `${CHECK_NAMES[check].en}: ${a} > ${b} (10⁴ yuan)` };
}

/**
 * Figures that cannot all be right (pure, exact decimals): value added, tax or R&D above sales;
 * a 规上 firm with no employees; electricity (at 1.229 tce per 万千瓦时) above total energy use.
 * Read from the columns (no record objects); text is made only for the findings.
 * `provenance(i)` (field → origin), when given, names the file and line of each figure of record i;
 * it is asked only for records with a finding. Findings come in record order, then check order.
 */
export function plausibilityFindings(records: ColumnarRecords, provenance?: (i: number) => Readonly<Record<string, Origin>>): Implausibility[] {
  const out: Implausibility[] = [];
  scan(records, (i, check) => {
    const origins = provenance?.(i);
    const figure = (field: keyof EnterpriseRecord): FindingFigure => {
      const value = field === 'scale' ? 'above' : (decimalText(records.numbers[field as NumericField] as DecimalColumn, i) as string);
      const o = origins?.[field];
      return o ? { field, value, source: o.source, row: o.row } : { field, value };
    };
    const [a, b] = COMPARED[check].map(figure) as [FindingFigure, FindingFigure];
    out.push({
      check,
      creditCode: records.creditCode[i] as string,
      name: records.name[i] as string,
      figures: [a, b],
      message: messageOf(check, a.value, b.value),
    });
  });
  return out;
}

/** What `score` says of the findings: how many firms have any, and how many findings of each check (in check order, checks with none left out). */
export interface PlausibilityCounts {
  firms: number;
  counts: { check: PlausibilityCheck; count: number }[];
}

/**
 * How many firms have a finding of {@link plausibilityFindings} and how many of each check, without
 * making the findings (pure): at 10⁶ generated firms there may be hundreds of thousands.
 */
export function plausibilityCounts(records: ColumnarRecords): PlausibilityCounts {
  const byCheck = new Map<PlausibilityCheck, number>();
  let firms = 0;
  let last = -1;
  scan(records, (i, check) => {
    if (i !== last) firms++;
    last = i;
    byCheck.set(check, (byCheck.get(check) ?? 0) + 1);
  });
  const counts = (Object.keys(CHECK_NAMES) as PlausibilityCheck[]).flatMap((check) => {
    const count = byCheck.get(check) ?? 0;
    return count > 0 ? [{ check, count }] : [];
  });
  return { firms, counts };
}
