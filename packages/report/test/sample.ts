/**
 * A small hand-built evaluation for the report's tests and screenshots: two groups, two
 * counties, a veto, an imputed indicator, exclusions, a rejected row, policies and a
 * year-over-year comparison — and an enterprise whose name is an HTML injection attempt.
 * Scores are computed here with plain ratio-to-benchmark so every total is consistent.
 */
import { Scheme } from '@mujun/core';
import type { ClassId, EnterpriseRecord, EnterpriseResult, Evaluation, PoolSummary } from '@mujun/core';
import type { MigrationView, PolicyOutcomeLike, RejectedRow, ReportInput } from '../src/index.js';

export const EVIL_NAME = '<script>alert("x")</script><!-- 恶意 & \u2028 企业';

const scheme = Scheme.parse({
  id: 'report-sample',
  name: '报告示例方案',
  nameEn: 'Report sample scheme',
  groups: [
    { id: 'above-scale', name: '规上工业企业', nameEn: 'Above designated size', indicators: [{ id: 'taxPerMu', weight: 60, benchmark: { kind: 'fixed', value: 20 } }, { id: 'salesPerMu', weight: 40, benchmark: { kind: 'fixed', value: 300 } }] },
    { id: 'below-scale', name: '规下工业企业', nameEn: 'Below designated size', membership: { scale: 'below' }, indicators: [{ id: 'taxPerMu', weight: 60, benchmark: { kind: 'fixed', value: 20 } }, { id: 'salesPerMu', weight: 40, benchmark: { kind: 'fixed', value: 300 } }] },
  ],
});

const NAMES = ['常州精工机械有限公司', '钟楼纺织印染有限公司', '江南新材料科技有限公司', '龙城电子股份有限公司', '天宁五金制品厂', '新北光伏设备有限公司', '武进化工有限公司', EVIL_NAME, '金坛食品有限公司', '溧阳建材有限公司', '常州塑料包装有限公司', '西林模具厂'];
const COUNTIES = ['钟楼区', '天宁区'];

function code(i: number): string {
  return `91320404MA${String(1000000 + i * 7919).slice(-7)}X`.slice(0, 18).padEnd(18, '0');
}

/** Records with deterministic, varied figures; firm 3 lacks sales (imputed 0), firm 6 has a safety veto. */
export function sampleRecords(): EnterpriseRecord[] {
  return NAMES.map((name, i) => {
    const land = 10 + ((i * 37) % 41);
    const r: EnterpriseRecord = {
      creditCode: code(i),
      name,
      county: COUNTIES[i % 2] ?? '钟楼区',
      industryCode: `C${3300 + i * 11}`,
      scale: i < 8 ? 'above' : 'below',
      landOwnedMu: String(land),
      taxWan: ((i * 53) % 97 + 20 + i * 11).toFixed(2),
      electricityWanKwh: String(100 + i * 23),
    };
    if (i !== 3) r.salesWan = String(land * (150 + ((i * 71) % 300)));
    if (i === 6) r.violations = ['safety-accident'];
    if (i === 0) r.flags = ['high-tech'];
    return r;
  });
}

function resultOf(r: EnterpriseRecord, groupCounty: string): Omit<EnterpriseResult, 'rank' | 'poolSize' | 'class'> {
  const land = Number(r.landOwnedMu);
  const tax = Number(r.taxWan) / land;
  const sales = r.salesWan === undefined ? null : Number(r.salesWan) / land;
  const s1 = Math.min(120, (60 * tax) / 20);
  const s2 = sales === null ? 0 : Math.min(80, (40 * sales) / 300);
  const bonus = r.flags?.includes('high-tech') ? 3 : 0;
  const total = (Math.round(s1 * 100) / 100 + Math.round(s2 * 100) / 100 + bonus).toFixed(2);
  return {
    creditCode: r.creditCode,
    name: r.name,
    county: r.county ?? null,
    industryCode: r.industryCode ?? null,
    group: r.scale === 'above' ? 'above-scale' : 'below-scale',
    pool: groupCounty,
    landMu: String(land),
    indicators: [
      { id: 'taxPerMu', value: tax.toFixed(6), benchmark: '20', weight: '60', rawScore: s1.toFixed(6), score: s1.toFixed(2), imputed: false, capped: s1 === 120 },
      { id: 'salesPerMu', value: sales === null ? null : sales.toFixed(6), benchmark: '300', weight: '40', rawScore: s2.toFixed(6), score: s2.toFixed(2), imputed: sales === null, ...(sales === null ? { imputation: 'zero' as const } : {}), capped: s2 === 80 },
    ],
    adjustments: [
      ...(bonus ? [{ kind: 'bonus' as const, flag: 'high-tech', points: '3', source: 'user setting' }] : []),
      ...(r.violations?.includes('safety-accident') ? [{ kind: 'veto' as const, flag: 'safety-accident', points: '0', effect: 'forceD' as const }] : []),
    ],
    rawTotal: total,
    total,
  };
}

/** Quota classes per pool: top 20% A, to 60% B, to 95% C, rest D (ceil of the share, for the sample). */
function classify(pool: ReturnType<typeof resultOf>[]): EnterpriseResult[] {
  const sorted = [...pool].sort((a, b) => Number(b.total) - Number(a.total) || a.creditCode.localeCompare(b.creditCode));
  const n = sorted.length;
  return sorted.map((r, i) => {
    const share = (i + 1) / n;
    const base: ClassId = share <= 0.2 ? 'A' : share <= 0.6 ? 'B' : share <= 0.95 ? 'C' : 'D';
    const vetoed = r.adjustments.some((a) => a.effect === 'forceD');
    return { ...r, rank: i + 1, poolSize: n, class: vetoed ? 'D' : base, ...(vetoed && base !== 'D' ? { classBeforeVeto: base } : {}) };
  });
}

/** The sample evaluation, records and the optional report inputs. */
export function sampleReportInput(): ReportInput & { evaluation: Evaluation; records: EnterpriseRecord[] } {
  const records = sampleRecords();
  const scored = records.filter((_, i) => i !== 10 && i !== 11);
  const byPool = new Map<string, ReturnType<typeof resultOf>[]>();
  for (const r of scored) {
    const key = `${r.scale === 'above' ? 'above-scale' : 'below-scale'}`;
    const list = byPool.get(key) ?? [];
    list.push(resultOf(r, key));
    byPool.set(key, list);
  }
  const results = [...byPool.values()].flatMap(classify);
  const pools: PoolSummary[] = [...byPool.keys()].map((pool) => {
    const members = results.filter((r) => r.pool === pool);
    const counts: Record<string, number> = {};
    const lowestTotal: PoolSummary['lowestTotal'] = {};
    for (const r of members) {
      counts[r.class] = (counts[r.class] ?? 0) + 1;
      const low = lowestTotal[r.class];
      if (low === undefined || Number(r.total) < Number(low)) lowestTotal[r.class] = r.total;
    }
    return { pool, group: pool, county: null, size: members.length, counts, lowestTotal };
  });
  const excluded = [10, 11].map((i) => ({
    creditCode: records[i]?.creditCode ?? '',
    name: records[i]?.name ?? '',
    reason: i === 10 ? ('new-enterprise' as const) : ('below-land-threshold' as const),
    detail: i === 10 ? '投产不满 2 年 / in production < 2 years' : '规下且用地 < 3 亩 / below-scale, land < 3 mu',
    index: i,
  }));
  const evaluation: Evaluation = {
    schemeId: scheme.id,
    scheme,
    referenceDate: '2024-12-31',
    results,
    excluded,
    benchmarks: ['above-scale', 'below-scale'].flatMap((pool) => [
      { pool, group: pool, indicator: 'taxPerMu' as const, industry: null, value: '20', method: 'fixed' },
      { pool, group: pool, indicator: 'salesPerMu' as const, industry: null, value: '300', method: 'fixed' },
    ]),
    pools,
    accounting: { records: records.length, scored: results.length, excluded: excluded.length },
  };
  const rejected: RejectedRow[] = [{ file: 'tax.csv', row: 14, column: '实缴税金(万元)', code: 'not-a-number', message: '“十二万”不是数字 / "十二万" is not a number' }];
  const provenance: Record<string, Record<string, string>> = {};
  for (const r of records) provenance[r.creditCode] = { landOwnedMu: 'land', taxWan: 'tax', salesWan: 'statistics', electricityWanKwh: 'power', flags: 'industry', violations: 'environment' };
  return { evaluation, records, rejected, provenance, policy: samplePolicy(results), comparison: sampleComparison(results) };
}

function samplePolicy(results: readonly EnterpriseResult[]): PolicyOutcomeLike {
  const firms = results.map((r) => {
    const kwh = 1_000_000 + r.rank * 10_000;
    const measures = r.class === 'D'
      ? [{ measureId: 'electricity-d', name: { zh: 'D类企业差别电价', en: 'Class D electricity surcharge' }, kind: 'surcharge' as const, amount: (kwh * 0.05).toFixed(2), calculation: { quantity: String(kwh), unit: 'kWh', rate: '0.05' }, source: '鲁发改价格〔2022〕56号' }]
      : r.class === 'A'
        ? [{ measureId: 'land-tax-a', name: { zh: '城镇土地使用税减免', en: 'Land-use tax relief' }, kind: 'relief' as const, amount: '12000.00', calculation: { quantity: '20000', unit: 'm2', rate: '0.6', percent: '100' }, source: '浙政办发〔2019〕62号' }]
        : [];
    const surcharge = measures.filter((m) => m.kind === 'surcharge').reduce((s, m) => s + Number(m.amount), 0).toFixed(2);
    const relief = measures.filter((m) => m.kind === 'relief').reduce((s, m) => s + Number(m.amount), 0).toFixed(2);
    return { creditCode: r.creditCode, class: r.class, group: r.group, county: r.county, measures, surcharge, relief };
  });
  const figures = (set: typeof firms) => {
    const s = set.reduce((a, f) => a + Number(f.surcharge), 0);
    const g = set.reduce((a, f) => a + Number(f.relief), 0);
    return { surchargeRevenue: s.toFixed(2), reliefForgone: g.toFixed(2), net: (s - g).toFixed(2), firms: set.length, firmsCharged: set.filter((f) => Number(f.surcharge) > 0).length, firmsRelieved: set.filter((f) => Number(f.relief) > 0).length };
  };
  const by = (key: (f: (typeof firms)[number]) => string) => {
    const out: Record<string, ReturnType<typeof figures>> = {};
    for (const k of [...new Set(firms.map(key))].sort()) out[k] = figures(firms.filter((f) => key(f) === k));
    return out;
  };
  return {
    catalogId: 'sample-catalog',
    year: 2024,
    firms,
    fiscal: { total: figures(firms), byClass: by((f) => f.class), byGroup: by((f) => f.group), byCounty: by((f) => f.county ?? '(unknown)'), byIndustry: {} },
    warnings: ['示例金额 / sample amounts'],
  };
}

function sampleComparison(results: readonly EnterpriseResult[]): MigrationView {
  const classes = ['A', 'B', 'C', 'D', '—'];
  const counts: Record<string, Record<string, number>> = {};
  const previousClass: Record<string, string> = {};
  results.forEach((r, i) => {
    const prev = i === 0 ? '—' : classes[(classes.indexOf(r.class) + (i % 3) - 1 + 4) % 4] ?? 'B';
    previousClass[r.creditCode] = prev;
    const row = (counts[prev] ??= {});
    row[r.class] = (row[r.class] ?? 0) + 1;
  });
  return { fromLabel: '2023', toLabel: '2024', classes, counts, previousClass };
}
